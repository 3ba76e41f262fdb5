/**
 * «…每低1个百分点扣1分，低于90%的不得分»: the zero below a figure of the measure the steps count
 * down is the rule's own floor (`zeroBelow`) on that value — not a gate on a separate 是/否 fact
 * the reviewer would have to tick after entering the same rate. Wording written for this test.
 */
import { scoreRound } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { proposeItem } from "../../src/office/rubric/read-item.js";
import { importRows } from "./layout-files.js";

function read(text: string, max: string) {
  return proposeItem(text, { code: "1", max, bonus: false, subjects: new Map() }).proposal;
}

describe("a zero below a figure of the measured rate", () => {
  it.each([
    ["门诊慢特病待遇认定率达到98%得6分，每下降1个百分点扣1分，低于92%的不得分。", "6", "98", "92"],
    ["异地备案办结率100%的得5分；每低2个百分点扣1分，不足90%的本项不得分。", "5", "100", "90"],
  ])("%s", (text, max, from, floor) => {
    const p = read(text, max);
    expect(p.rule).toMatchObject({ kind: "steps", direction: "below", from, zeroBelow: floor });
    expect(p.gate).toBeUndefined();
    expect(p.facts.map((f) => f.type)).toEqual(["pct"]);
    expect(p.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps a zero on another matter as the item's gate", () => {
    const p = read("结算率达到98%得6分，每下降1个百分点扣1分；发生重大差错的不得分。", "6");
    expect(p.rule).toMatchObject({ kind: "steps", direction: "below", from: "98" });
    expect((p.rule as { zeroBelow?: string }).zeroBelow).toBeUndefined();
    expect(p.gate).toMatchObject({ effect: "zero" });
  });
});

describe("the floor scores", () => {
  it("gives 0 below the floor and the steps above it, from the one rate entered", async () => {
    const r = await importRows([
      [
        "待遇认定",
        "6",
        "门诊慢特病待遇认定率达到98%得6分，每下降1个百分点扣1分，低于92%的不得分。",
      ],
    ]);
    const scheme = r.scheme;
    if (scheme === undefined) throw new Error("the draft did not validate");
    const total = (rate: string) => {
      const scored = scoreRound(scheme, [{ id: "u", name: "甲镇", facts: { "1": { rate } } }]);
      if (!scored.ok) throw new Error("scoring failed");
      return scored.result.units[0]?.total.toString();
    };
    expect(total("93")).toBe("1");
    expect(total("91.5")).toBe("0");
    expect(total("98")).toBe("6");
  });
});
