import { getTemplate, validateFacts } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import {
  cleanFacts,
  formSections,
  problemsByPath,
  problemsUnder,
  storedStateKey,
  withFact,
} from "./facts-model";
import { scoreFacts } from "./use-live-score";

const township = getTemplate("township-2022")!;
const medicalAid = getTemplate("medical-aid-2021")!;

describe("formSections", () => {
  it.each([
    ["township-2022", township],
    ["medical-aid-2021", medicalAid],
  ])("gives one section per leaf of %s, in scheme order", (_id, scheme) => {
    const leaves: string[] = [];
    const walk = (items: typeof scheme.items) => {
      for (const item of items) {
        if (item.children?.length) walk(item.children);
        else leaves.push(item.code);
      }
    };
    walk(scheme.items);
    expect(formSections(scheme).map((s) => s.item.code)).toEqual(leaves);
  });

  it("inherits the group's method when a leaf has none, and keeps a top-level leaf's own standard", () => {
    const sections = formSections(township);
    const top6 = sections.find((s) => s.item.code === "6")!;
    expect(top6.top.code).toBe("6");
    expect(top6.standard).toBe(township.items.find((i) => i.code === "6")!.standard);
    for (const section of formSections(medicalAid)) expect(section.method).toBeTruthy();
  });
});

describe("cleanFacts", () => {
  it.each([
    [{ "4.1": { rate: "" } }, {}],
    [{ "4.1": { rate: "  " }, "1.1": { met: false } }, { "1.1": { met: false } }],
    [{ "4.1": { rate: " 99.5 " } }, { "4.1": { rate: "99.5" } }],
    [{ "6": { cases: [] } }, { "6": { cases: [] } }],
    [
      { "6": { cases: [{ level: "county", note: "" }] } },
      { "6": { cases: [{ level: "county" }] } },
    ],
    [{ "1.3": { absences: null } }, {}],
  ])("%j → %j", (input, expected) => {
    expect(cleanFacts(input)).toEqual(expected);
  });

  it("makes a half-typed form count as missing rather than as a problem", () => {
    const facts = withFact({}, "4.1", "rate", "");
    const checked = validateFacts(township, cleanFacts(facts));
    expect(checked.problems).toEqual([]);
    expect(checked.missing).toContain("4.1.rate");
  });
});

describe("live scoring", () => {
  it("changes the item score and the total as a fact is typed, exactly as the engine scores it", () => {
    const before = scoreFacts(township, { id: "u", name: "u" }, {});
    const after = scoreFacts(township, { id: "u", name: "u" }, { "1.1": { met: true } });
    const item = (r: typeof before) => r.result.items[0]!.children.find((c) => c.code === "1.1")!;
    expect(item(before).score).toBeNull();
    expect(item(after).score).toBe("1");
    expect(after.missing).not.toContain("1.1.met");
    expect(before.missing).toContain("1.1.met");
  });

  it("reports a bad value at its path", () => {
    const scored = scoreFacts(township, { id: "u", name: "u" }, { "4.1": { rate: "120" } });
    expect(problemsUnder(scored.problems, "4.1.rate").join()).toMatch(/超过上限 100/);
  });

  it("groups problems under list facts", () => {
    const byPath = problemsByPath([
      { path: "6.cases[0].level", message: "a" },
      { path: "6.casesOther", message: "b" },
    ]);
    expect(problemsUnder(byPath, "6.cases")).toEqual(["a"]);
  });
});

describe("storedStateKey", () => {
  const sa = (versions: Record<string, number>, unitVersion = 1) => ({
    roundUnit: { version: unitVersion, status: "draft" },
    facts: Object.entries(versions).map(([itemCode, version]) => ({ itemCode, version })),
  });
  it("changes when an import changes a stored item, whatever the order of the answer", () => {
    expect(storedStateKey(sa({ "4.1": 1, "1.1": 2 }))).toBe(
      storedStateKey(sa({ "1.1": 2, "4.1": 1 })),
    );
    expect(storedStateKey(sa({ "4.1": 2, "1.1": 2 }))).not.toBe(
      storedStateKey(sa({ "4.1": 1, "1.1": 2 })),
    );
    expect(storedStateKey(sa({ "4.1": 1, "9.3": 1 }))).not.toBe(storedStateKey(sa({ "4.1": 1 })));
    expect(storedStateKey(sa({}, 2))).not.toBe(storedStateKey(sa({}, 1)));
  });
});
