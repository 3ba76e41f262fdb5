/**
 * Requirements stated per period (每月/每季度/每半年…不少于N), a shortfall verb with the act between
 * 每少 and the count (每少登记1人), and an amount with a cap above it (加2分，最高加4分): read as the
 * 细则 means them (decision 0318), each on wording of its own.
 */
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return item;
}

describe("requirements stated per period", () => {
  it("multiplies a quarterly or monthly quota out to the year, and says so in the fact", async () => {
    const quarter = await leaf("8", "每季度召开医保工作例会不少于1次，每少1次扣2分。");
    expect(quarter.rule).toMatchObject({ kind: "quota", quota: "4", points: "2" });
    // Each quarter must meet it (decision 0341): the quarters that did, not the year's meetings.
    expect(quarter.facts?.[0]?.label).toBe("召开医保工作例会达到要求的季度数（每季度不少于1次）");
    const month = await leaf("6", "镇医保办每月上报参保动态信息不少于3条，每少报1条扣0.2分。");
    expect(month.rule).toMatchObject({ kind: "quota", quota: "36", points: "0.2" });
    const half = await leaf("4", "每半年开展业务培训不少于2次，少1次扣1分。");
    expect(half.rule).toMatchObject({ kind: "quota", quota: "4", points: "1" });
  });

  it("keeps a quota stated for the year as it is", async () => {
    const year = await leaf("5", "全年开展政策宣讲不少于6场，每少1场扣0.5分。");
    expect(year.rule).toMatchObject({ kind: "quota", quota: "6" });
  });

  it("reads 至少N as 不少于N", async () => {
    const r = await leaf("3", "每月至少走访困难群众2户，每少1户扣0.1分。");
    expect(r.rule).toMatchObject({ kind: "quota", quota: "24", points: "0.1" });
    expect(r.facts?.[0]?.label).toBe("全年走访困难群众（每月超过2户的部分不计）");
  });

  it("asks for what is short of a weekly or daily requirement instead of assuming a year's weeks", async () => {
    const r = await leaf("3", "每周至少开展1次窗口业务抽查，每少一次扣0.2分。");
    expect(r.rule).toMatchObject({ kind: "occurrences", mode: "deduct" });
    expect(JSON.stringify(r.rule)).not.toContain('"quota"');
    expect(r.facts?.[0]?.label).toContain("每周至少开展1次窗口业务抽查");
    expect(r.facts?.[0]?.label).toContain("所少");
  });
});

describe("a shortfall with its act written after 每少", () => {
  it("names the count after the act and the unit (少核查 … 户数)", async () => {
    const r = await leaf("6", "低保对象资助参保应核尽核，每少核查1户扣0.3分。");
    expect(r.rule).toMatchObject({ kind: "occurrences", mode: "deduct" });
    const fact = r.facts?.[0];
    expect(fact?.label).toContain("少核查");
    expect(fact?.label).toMatch(/户数$/);
    expect(fact?.label).not.toMatch(/\d/);
  });
});

describe("an amount with a cap above it", () => {
  it("counts the occurrences up to the cap (加N分，最高加M分 with M > N)", async () => {
    const r = await leaf("10", "工作经验被省级推广的加1.5分，最高加3分。");
    expect(r.rule).toMatchObject({ kind: "occurrences", mode: "award" });
    expect(JSON.stringify(r.rule)).toContain('"cap":"3"');
    expect(r.facts?.[0]?.type).toBe("int");
  });

  it("counts deductions up to the cap (扣N分，最多扣M分 with M > N)", async () => {
    const r = await leaf("10", "被市级督查通报的扣1分，最多扣5分。");
    expect(r.rule).toMatchObject({ kind: "occurrences", mode: "deduct" });
    expect(r.facts?.[0]?.type).toBe("int");
  });

  it("counts an addition with its cap beside a deduction of another kind", async () => {
    const r = await leaf("12", "群众投诉查实的每件扣2分；获得市级以上表彰的加1分，最高加3分。");
    const parts = (r.rule as { parts?: unknown[] }).parts ?? [r.rule];
    expect(JSON.stringify(parts)).toContain('"mode":"award"');
    expect(JSON.stringify(parts)).toContain('"cap":"3"');
  });

  it("leaves a cap after several deductions to limit them together", async () => {
    const r = await leaf("6", "未按时报送的扣1分，报送数据错误的扣2分，最多扣5分。");
    expect(JSON.stringify(r.rule)).not.toContain('"cap":"5"');
  });

  it("keeps a one-off amount whose cap equals it (加2分，最高加2分) a single condition", async () => {
    const r = await leaf("10", "获评省级示范点的加2分，最高加2分。");
    expect(r.rule.kind).not.toBe("occurrences");
  });
});

/** The item read from one row, with what the reader says about it (its clauses used or not). */
async function reading(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  const said = r.proposals.find((p) => p.code === item?.code)?.reading;
  if (item === undefined || said === undefined) throw new Error(text);
  return { item, said };
}

describe("a requirement once a period whose shortfall is counted (decision 0325)", () => {
  it("reads 每半年/每季度/每月<act>一次…少<act>一次扣 as the year's quota, named for the act", async () => {
    const half = await leaf("4", "每半年组织一次定点机构负责人约谈会，少开一次扣1.5分。");
    expect(half.rule).toMatchObject({ kind: "quota", quota: "2", points: "1.5" });
    expect(half.facts?.[0]?.label).toBe(
      "组织定点机构负责人约谈会达到要求的半年数（每半年不少于1次）",
    );
    const quarter = await leaf("6", "每季度开展1次医保基金使用情况分析，少一次扣1分。");
    expect(quarter.rule).toMatchObject({ kind: "quota", quota: "4", points: "1" });
    const month = await leaf("3", "每月向县医保局报送2期工作简报，每缺报1期扣0.2分。");
    expect(month.rule).toMatchObject({ kind: "quota", quota: "24", points: "0.2" });
    // Each month's 2 期 (decision 0341): a month's excess does not make up another's shortfall.
    expect(month.facts?.[0]?.label).toBe("全年向县医保局报送工作简报（每月超过2期的部分不计）");
  });

  it("leaves a weekly requirement's shortfall counted, and a shortfall of another measure alone", async () => {
    const week = await leaf("2", "每周组织一次经办窗口自查，少一次扣0.1分。");
    expect(week.rule).toMatchObject({ kind: "occurrences", mode: "deduct" });
    expect(JSON.stringify(week.rule)).not.toContain('"quota"');
    const other = await leaf("3", "每季度召开一次协调会，参会人员每缺1人扣0.2分。");
    expect(JSON.stringify(other.rule)).not.toContain('"quota":"4"');
    const event = await leaf("3", "每月核查一次异地备案，发现违规备案一次扣0.5分。");
    expect(event.rule).toMatchObject({ kind: "occurrences", mode: "deduct" });
  });
});

describe("the clause a shortfall takes its quota from (decision 0325)", () => {
  it("counts as used, not as an unused scoring clause", async () => {
    const { item, said } = await reading(
      "4",
      "村级医保服务站每季度开展政策宣讲不少于2场；每少1场扣0.4分。",
    );
    expect(item.rule).toMatchObject({ kind: "quota", quota: "8", points: "0.4" });
    expect(said.unused).toEqual([]);
    expect(said.clauses.every((c) => c.used)).toBe(true);
  });

  it("still lists a clause nothing was read from", async () => {
    const { said } = await reading("4", "台账资料应规范整齐；每少1场宣讲扣0.4分。");
    expect(said.unused.join("")).toContain("台账资料应规范整齐");
  });
});
