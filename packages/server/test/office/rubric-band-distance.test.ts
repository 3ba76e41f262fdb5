/**
 * «在6—9个月之间的得10分；低于6个月或高于9个月的，每相差1个月扣2分»: outside a band that gives the
 * item's points, each step of distance from the band's nearer end deducts — two steps on the one
 * value entered (below the lower end, over the upper), sharing the item's points. Before, a sum of
 * the band and a separate count of «相差个月数» the reviewer had to work out and enter beside the
 * value itself. Wording written for this test.
 */
import { scoreRound } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function imported(text: string, max: string) {
  const r = await importRows([["结存水平", max, text]]);
  const scheme = r.scheme;
  if (scheme === undefined) throw new Error("the draft did not validate");
  const total = (value: string) => {
    const facts = Object.fromEntries(
      (r.leaves[0]?.facts ?? []).map((f) => [String(f.name), value]),
    );
    const scored = scoreRound(scheme, [{ id: "u", name: "甲镇", facts: { "1": facts } }]);
    if (!scored.ok) throw new Error(`scoring failed: ${JSON.stringify(scored).slice(0, 400)}`);
    return scored.result.units[0]?.total.toString();
  };
  return { leaf: r.leaves[0], total };
}

describe("steps of distance outside a band", () => {
  it("reads one value, scored from both ends of the band", async () => {
    const { leaf, total } = await imported(
      "职工医保统筹基金累计结余可支付月数保持在6至9个月的得8分，低于6个月或高于9个月的，每相差1个月扣2分，扣完为止。",
      "8",
    );
    expect(leaf?.facts).toHaveLength(1);
    expect(String(leaf?.facts[0]?.label)).toMatch(/可支付月数$/);
    expect(leaf?.rule).toMatchObject({
      kind: "pool",
      parts: [
        { rule: { kind: "steps", direction: "below", from: "6", step: "1", points: "2" } },
        { rule: { kind: "steps", direction: "over", from: "9", step: "1", points: "2" } },
      ],
    });
    expect(total("7.5")).toBe("8");
    expect(total("5")).toBe("6");
    expect(total("11")).toBe("4");
    expect(total("1")).toBe("0");
  });

  it("reads a percentage band with steps of a percentage point", async () => {
    const { leaf, total } = await imported(
      "住院费用实际报销比例在70%-75%之间的得5分；高于75%或低于70%的，每偏离1个百分点扣1分。",
      "5",
    );
    expect(leaf?.facts).toHaveLength(1);
    expect(total("72")).toBe("5");
    expect(total("68")).toBe("3");
    expect(total("76.5")).toBe("3");
  });
});
