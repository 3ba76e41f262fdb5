/**
 * Measures listed with a share each and one standard for all («A率、B率各占4分，每低1个百分点扣0.5分»):
 * each measure is a sub-item scored by that standard out of its own share, so a shortfall on one
 * never takes from the other's share. Before, the list was read as one unnamed rate of the whole
 * item's points. Wording written for this test.
 */
import { scoreRound, type Item, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { xlsxOf } from "./layout-files.js";

async function imported(title: string, points: string, standard: string) {
  const r = await importRubric(
    await xlsxOf([
      ["序号", "考核项目", "分值", "评分标准"],
      ["1", title, points, standard],
    ]),
    "xlsx",
  );
  if (!r.ok) throw new Error(r.message);
  return r;
}

function totalOf(scheme: Scheme | undefined, facts: Record<string, Record<string, unknown>>) {
  if (scheme === undefined) throw new Error("the draft did not validate");
  const scored = scoreRound(scheme, [{ id: "u", name: "甲镇", facts }]);
  if (!scored.ok) throw new Error("scoring failed");
  return scored.result.units[0]?.total;
}

describe("measures listed with a share each", () => {
  it("are sub-items, each named by its measure and scored out of its own share", async () => {
    const r = await imported(
      "两项覆盖率",
      "8",
      "门诊统筹定点覆盖率、村卫生室联网率各计4分，每低1个百分点扣0.5分，扣完为止。",
    );
    const item = (r.document.items as Item[])[0];
    expect(item?.children?.map((c) => [c.code, c.title, c.max])).toEqual([
      ["1.1", "门诊统筹定点覆盖率", "4"],
      ["1.2", "村卫生室联网率", "4"],
    ]);
    for (const c of item?.children ?? [])
      expect(c.rule).toMatchObject({ kind: "steps", direction: "below", step: "1", points: "0.5" });
    expect(item?.children?.map((c) => c.facts?.[0]?.label)).toEqual([
      "门诊统筹定点覆盖率",
      "村卫生室联网率",
    ]);
    // 92% on the first (4 − 8 × 0.5 = 0), 99% on the second (4 − 0.5): the first's shortfall does
    // not take from the second's share.
    const total = totalOf(r.scheme, { "1.1": { rate: "92" }, "1.2": { rate: "99" } });
    expect(total?.toString()).toBe("3.5");
    expect(r.proposals.find((p) => p.code === "1.1")?.reading.warnings.join("")).toMatch(
      /各计4分|拆为/,
    );
    // Each sub-item is shown on the item's text as written, its own measure marked.
    for (const [code, name] of [
      ["1.1", "门诊统筹定点覆盖率"],
      ["1.2", "村卫生室联网率"],
    ]) {
      const reading = r.proposals.find((p) => p.code === code)?.reading;
      expect(reading?.source).toBe(
        "门诊统筹定点覆盖率、村卫生室联网率各计4分，每低1个百分点扣0.5分，扣完为止。",
      );
      const marked = (reading?.spans ?? []).map((x) => reading?.source.slice(x.start, x.end));
      expect(marked).toContain(name);
      expect(marked).toContain("扣0.5分");
    }
  });

  it("reads a proportional standard for each of three measures after a lead", async () => {
    const r = await imported(
      "信息化应用",
      "9",
      "其中：电子处方流转率、移动支付结算率和线上办理率各占3分，按实际完成比例计分。",
    );
    const item = (r.document.items as Item[])[0];
    expect(item?.children?.map((c) => c.title)).toEqual([
      "电子处方流转率",
      "移动支付结算率",
      "线上办理率",
    ]);
    for (const c of item?.children ?? []) expect(c.rule).toMatchObject({ kind: "proportional" });
    // Each rate is entered under its own name, not as a 完成率.
    expect(item?.children?.map((c) => c.facts?.[0]?.label)).toEqual([
      "电子处方流转率",
      "移动支付结算率",
      "线上办理率",
    ]);
    const total = totalOf(r.scheme, {
      "1.1": { rate: "50" },
      "1.2": { rate: "100" },
      "1.3": { rate: "80" },
    });
    expect(total?.toString()).toBe("6.9");
  });

  it("is not taken where the shares do not come to the item's points", async () => {
    const r = await imported("两项覆盖率", "10", "甲率、乙率各计4分，每低1个百分点扣0.5分。");
    expect((r.document.items as Item[])[0]?.children).toBeUndefined();
  });
});
