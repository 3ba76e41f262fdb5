import { getTemplate, scoreUnit, computeRoundContext, validateScheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { scoreSheetRows } from "./score-sheet-rows";

const township = getTemplate("township-2022")!;
const medicalAid = getTemplate("medical-aid-2021")!;

function scored(scheme: typeof township, facts: unknown) {
  return scoreUnit(scheme, { id: "u", name: "u", facts }, computeRoundContext(scheme, [{ facts }]));
}

describe("scoreSheetRows", () => {
  it.each([
    ["township-2022", township],
    ["medical-aid-2021", medicalAid],
  ])("merges each top-level item of %s over exactly its rows", (_id, scheme) => {
    const rows = scoreSheetRows(scheme, scored(scheme, {}));
    const body = rows.filter((r) => r.kind !== "total");
    let covered = 0;
    for (const row of body) {
      if (row.span > 0) {
        expect(covered).toBe(0);
        covered = row.span;
      }
      covered -= 1;
      expect(covered).toBeGreaterThanOrEqual(0);
    }
    expect(covered).toBe(0);
    expect(rows.filter((r) => r.span > 0 && r.kind !== "total")).toHaveLength(scheme.items.length);
  });

  it("shows the engine's scores and total, and the self score beside them", () => {
    const facts = { "1.1": { met: true }, "1.2": { met: false }, "1.3": { absences: 1 } };
    const result = scored(township, facts);
    const self = scored(township, { ...facts, "1.2": { met: true } });
    const rows = scoreSheetRows(township, result, self);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row("1.1").score).toBe(result.items[0]!.children[0]!.score);
    expect(row("1.2").score).toBe("0");
    expect(row("1.2").selfScore).toBe("2");
    expect(row("1-subtotal").score).toBe(result.items[0]!.score);
    expect(row("total").score).toBe(result.total);
    expect(row("total").selfScore).toBe(self.total);
    expect(row("1.3").trace.length).toBeGreaterThan(0);
  });

  it("gives every item row the rule's sentence (计分规则) and none to 小计 and 合计", () => {
    const rows = scoreSheetRows(township, scored(township, {}));
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row("4.1").rule).toMatch(/^参保率低于 99\.8% 时，每低 0\.1 个百分点扣 0\.5 分/);
    expect(row("4.1").rule).toMatch(/满分 5 分$/);
    expect(rows.filter((r) => r.kind === "leaf").every((r) => r.rule !== "")).toBe(true);
    expect(rows.filter((r) => r.kind !== "leaf").every((r) => r.rule === "")).toBe(true);
  });

  it("numbers groups 一、二 … and leaves the column empty without a self result", () => {
    const rows = scoreSheetRows(township, scored(township, {}));
    expect(rows[0]!.index).toBe("一");
    expect(rows.find((r) => r.span > 0 && r.topTitle.startsWith("临时性"))!.index).toBe("九");
    expect(rows.every((r) => r.selfScore === undefined)).toBe(true);
  });
});

describe("the scheme's full marks", () => {
  it("writes the base points on the 合计 row and says the 加分 cap and the rounding apart", () => {
    const total = (scheme: typeof township) =>
      scoreSheetRows(scheme, scored(scheme, {})).find((r) => r.kind === "total")!;
    expect([total(township).max, total(township).standard]).toEqual(["100", "另设加分，最高10分"]);
    const rounded = { ...medicalAid, places: 2 };
    expect([total(rounded).max, total(rounded).standard]).toEqual([
      "100",
      "各项得分四舍五入保留两位小数，合计为各项保留后得分之和",
    ]);
  });

  it("states amounts beyond the items and grade vetoes on the 合计 row", () => {
    const checked = validateScheme({
      id: "beyond",
      title: "节选",
      items: [
        {
          code: "1",
          title: "设备设施",
          max: "5",
          facts: [
            { name: "faults", type: "int", label: "不符合规定处数", unit: "处" },
            { name: "criticised", type: "bool", label: "受到通报批评" },
          ],
          gate: { fact: "criticised", pass: false, effect: "noExcellent", reason: "受到通报批评" },
          rule: {
            kind: "penalty",
            rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "faults", points: "1" }] },
            penalties: [{ when: { deducted: "5" }, points: "10" }],
          },
        },
      ],
    });
    if (!checked.ok) throw new Error("invalid scheme");
    const total = (facts: unknown) =>
      scoreSheetRows(checked.scheme, scored(checked.scheme, facts)).at(-1)!;
    const hit = total({ "1": { faults: 5, criticised: true } });
    expect(hit.score).toBe("-10");
    expect(hit.standard).toBe(
      "1 设备设施：累计扣分 5 分，达到 5 分，追加扣除，从总分中扣除 10 分；1 设备设施：受到通报批评，一票否优（不得评为优秀等次）",
    );
    expect(total({ "1": { faults: 1, criticised: false } }).standard).toBe("");
  });
});
