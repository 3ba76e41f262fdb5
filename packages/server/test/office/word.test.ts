/** The Word documents opened again: the seed's self-evaluation reproduced, and a township score sheet. */
import { describe, expect, it } from "vitest";
import { parseDocumentXml, readDocumentXml } from "../../src/office/docx-read.js";
import { buildScoreSheet } from "../../src/office/score-sheet.js";
import { buildSelfReport } from "../../src/office/self-report.js";
import { countyRound, liuanNarratives, liuanOpening, liuanRound, scored } from "./samples.js";

/** Opens a generated .docx and returns its XML, paragraphs and tables. */
async function open(buffer: Buffer) {
  const read = await readDocumentXml(buffer);
  if (!read.ok) throw new Error(read.message);
  return { xml: read.xml, ...parseDocumentXml(read.xml) };
}

describe("self-evaluation report (绩效自评报告)", () => {
  it("reproduces the seed's self-evaluation: title, group lines with self scores, conclusion 99", async () => {
    const { scheme, units, result } = liuanRound();
    const unit = units[0];
    const self = result.units[0];
    if (unit === undefined || self === undefined) throw new Error("fixture has no unit");
    const buffer = await buildSelfReport({
      scheme,
      unit,
      round: { title: "2021年度城乡医疗救助工作考核" },
      self,
      narratives: liuanNarratives,
      opening: liuanOpening,
    });
    const { paragraphs, tables } = await open(buffer);
    expect(paragraphs[0]).toBe("六安经济技术开发区城乡医疗救助 绩效自评");
    expect(paragraphs).toContain(liuanOpening);
    expect(paragraphs).toContain("一、制度建设（分值30分，自评30分）");
    expect(paragraphs).toContain("二、规范管理（分值35分，自评35分）");
    expect(paragraphs).toContain("三、资金管理（分值15分，自评15分）");
    expect(paragraphs).toContain("四、监督检查（分值20分，自评19分）");
    expect(paragraphs).toContain(
      "综上所述，2021年六安经济技术开发区城乡医疗救助绩效自评得分99分。",
    );
    // Narratives follow their heading; the seed's two paragraphs of group 1 stay two paragraphs.
    const at = paragraphs.indexOf("一、制度建设（分值30分，自评30分）");
    expect(paragraphs[at + 1]).toMatch(/^按市民生办要求/);
    expect(paragraphs[at + 2]).toMatch(/^对特困人员参保/);
    // The appended score table: its 合计 row carries 100 and the self total 99; 4.2 scores 2.
    const table = tables[0] ?? [];
    const total = table.find((row) => row[0]?.text === "合计");
    expect(total?.map((c) => c.text)).toEqual(["合计", "100分", "", "99", "", ""]);
    const row42 = table.find((row) => row.some((c) => c.text.startsWith("4.2 ")));
    expect(row42?.map((c) => c.text).slice(-3)).toEqual(["2", "", ""]);
  });

  it("titles a township's report by unit and subject, prints each indicator's narrative, never calls the raters' score 自评, and lists the evidence per item (issue 14 defect 6, issue 18)", async () => {
    const { scheme: template, units, result } = countyRound();
    // A scheme titled the way a county names its own (the demo's): county + kind of unit + subject.
    const scheme = { ...template, title: "示例县乡镇（街道）医疗保障工作目标考核评分细则" };
    const self = result.units[0];
    if (self === undefined || units[0] === undefined) throw new Error("fixture has no unit");
    const narratives = {
      "1": "全年召开党组会议研究医保工作4次。\n\n医保工作纳入年度目标责任制考核。",
      "4": "参保扩面按计划推进，参保率99.65%。",
    };
    const { paragraphs, tables } = await open(
      await buildSelfReport({
        scheme,
        unit: { id: units[0].id, name: "长乐街道" },
        round: { title: "2025年度乡镇医保工作考核", year: 2025 },
        self,
        narratives,
        remarks: { "1.2": "佐证材料：专题会议纪要.pdf、目标责任书.pdf" },
      }),
    );
    expect(paragraphs[0]).toBe("长乐街道医疗保障 绩效自评");
    expect(paragraphs).toContain("长乐街道2025年度医疗保障工作考核评价细则");
    expect(paragraphs.some((p) => p.includes("示例县乡镇（街道）医疗保障 绩效自评"))).toBe(false);
    const heading1 = paragraphs.findIndex((p) => p.startsWith("一、工作重视（分值"));
    expect(heading1).toBeGreaterThan(0);
    expect(paragraphs[heading1 + 1]).toBe("全年召开党组会议研究医保工作4次。");
    expect(paragraphs[heading1 + 2]).toBe("医保工作纳入年度目标责任制考核。");
    const heading4 = paragraphs.findIndex((p) => p.startsWith("四、参保工作（分值"));
    expect(paragraphs[heading4 + 1]).toBe(narratives["4"]);
    // 8 is scored by the leaders and departments: its heading says so, not 自评.
    const heading8 = paragraphs.find((p) => p.startsWith("八、领导、科室评议"));
    expect(heading8).toMatch(/（分值\d+分，(评议得分[\d.]+分|由评议人评分)）$/);
    expect(
      paragraphs.filter((p) => /^[一二三四五六七八九十]+、/.test(p) && p.includes("自评")),
    ).toHaveLength(scheme.items.length - 1);
    expect(
      paragraphs.some((p) => p.startsWith("综上所述，2025年长乐街道医疗保障绩效自评得分")),
    ).toBe(true);
    const cells = (tables[0] ?? []).flat().map((c) => c.text);
    expect(cells).toContainEqual(
      expect.stringContaining("佐证材料：专题会议纪要.pdf、目标责任书.pdf"),
    );
  });

  it("prints the scheme's 说明 under the appended 细则 table, where the unit reads the rules (decision 0343)", async () => {
    const { scheme: template, units, result } = countyRound();
    const self = result.units[0];
    if (self === undefined || units[0] === undefined) throw new Error("fixture has no unit");
    const reportOf = async (description: string | undefined) => {
      const scheme = structuredClone(template);
      if (description === undefined) delete scheme.description;
      else scheme.description = description;
      const { paragraphs } = await open(
        await buildSelfReport({
          scheme,
          unit: units[0]!,
          round: { title: "2025" },
          self,
          narratives: {},
        }),
      );
      // The paragraphs after the conclusion: the table's heading, then what is under the table.
      const at = paragraphs.findIndex((p) => p.startsWith("综上所述"));
      return paragraphs.slice(at + 1).filter((p) => p.trim() !== "");
    };
    expect(
      (await reportOf("自评材料于次年1月10日前报县医保局。\n本细则由县医保局负责解释。")).slice(1),
    ).toEqual(["说明：自评材料于次年1月10日前报县医保局。", "本细则由县医保局负责解释。"]);
    expect((await reportOf("注：佐证材料须加盖公章。")).slice(1)).toEqual([
      "注：佐证材料须加盖公章。",
    ]);
    expect((await reportOf(undefined)).slice(1)).toEqual([]);
  });

  it("names the Chinese fonts with eastAsia attributes", async () => {
    const { scheme, units, result } = liuanRound();
    const self = result.units[0];
    if (self === undefined || units[0] === undefined) throw new Error("fixture has no unit");
    const { xml } = await open(
      await buildSelfReport({
        scheme,
        unit: units[0],
        round: { title: "2021" },
        self,
        narratives: {},
      }),
    );
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="宋体"');
  });
});

describe("score sheet (评分表)", () => {
  it("lists every item with self and reviewed scores, merged group cells, totals and signature lines", async () => {
    const { scheme, units, result } = countyRound();
    const unit = units[0];
    const self = result.units[0];
    if (unit === undefined || self === undefined) throw new Error("fixture has no unit");
    const buffer = await buildScoreSheet({
      scheme,
      unit,
      round: { title: "2022年度乡镇医保工作目标考核" },
      self,
      reviewed: self,
    });
    const { xml, paragraphs, tables } = await open(buffer);
    expect(paragraphs[0]).toBe("乡镇(街道、园区)医疗保障工作目标考核评分表");
    expect(paragraphs[1]).toContain(`被考核单位：${unit.name}`);
    expect(
      paragraphs.some(
        (p) => p.startsWith("评分人（签字）") && p.includes("审核人（签字）") && p.includes("日期"),
      ),
    ).toBe(true);
    expect(xml).toContain('w:orient="landscape"');
    const table = tables[0] ?? [];
    expect(table[0]?.map((c) => c.text)).toEqual([
      "序号",
      "项目",
      "分值",
      "评分标准",
      "自评分",
      "得分",
      "备注",
    ]);
    // Group 1 has four items and a 小计 row: its 序号 cell starts a vertical merge continued 4 times.
    const groupRows = table.filter(
      (row) =>
        row[0]?.text === "1" ||
        (row[0]?.continued === true && row.some((c) => c.text.startsWith("1."))),
    );
    expect(groupRows.length).toBe(4);
    const total = table.find((row) => row[0]?.text === "合计");
    // The base points as the office writes them, the 加分 part's cap said in the note (decision 0334).
    expect(total?.map((c) => c.text).slice(0, 2)).toEqual(["合计", "100分"]);
    expect(total?.at(-1)?.text).toContain("另设加分，最高10分");
    expect(total?.[3]?.text).toBe(self.total);
    expect(total?.[4]?.text).toBe(self.total);
    const bonus = table.find(
      (row) =>
        row.some((c) => c.text === "小计") &&
        row.some((c) => c.text.includes("最高") && c.text.includes("10")),
    );
    expect(bonus).toBeDefined();
  });

  it("states each item's rule under the 细则's text as 计分规则 (decision 0201), alone where the 细则 has none", async () => {
    const { scheme, units, result } = countyRound();
    const unit = units[0];
    const self = result.units[0];
    if (unit === undefined || self === undefined) throw new Error("fixture has no unit");
    const item41 = scheme.items.flatMap((i) => i.children ?? [i]).find((i) => i.code === "4.1");
    if (item41?.standard === undefined) throw new Error("fixture has no 4.1 standard");
    const sheet = async (s: typeof scheme) => {
      const { tables } = await open(
        await buildScoreSheet({ scheme: s, unit, round: { title: "2022" }, self }),
      );
      return tables[0] ?? [];
    };
    const table = await sheet(scheme);
    const cell41 = table.flat().find((c) => c.text.startsWith("4.1 "));
    expect(cell41?.text.startsWith(`4.1 ${item41.standard}`)).toBe(true);
    expect(cell41?.text).toMatch(/计分规则：参保率低于 99\.8% 时，每低 0\.1 个百分点扣 0\.5 分/);
    const rules = table.flat().filter((c) => c.text.includes("计分规则："));
    expect(rules.length).toBeGreaterThan(20);
    for (const c of rules) expect(c.text.split("计分规则：")[1]).not.toMatch(/[A-Za-z]/);
    expect(
      table.some(
        (row) =>
          row.some((c) => c.text === "小计" || c.text.includes("合计")) &&
          row.some((c) => c.text.includes("计分规则")),
      ),
    ).toBe(false);
    // Without the 细则's text, the sentence is the standard (still marked 计分规则).
    const bare = structuredClone(scheme);
    const at = bare.items.flatMap((i) => i.children ?? [i]).find((i) => i.code === "4.1");
    if (at === undefined) throw new Error("no 4.1");
    delete at.standard;
    const bareCell = (await sheet(bare)).flat().find((c) => c.text.startsWith("4.1 "));
    expect(bareCell?.text).toMatch(
      new RegExp(`^4\\.1 ${at.title}\\s*计分规则：参保率低于 99\\.8%`),
    );
  });
  it("says the scheme's rounding (得分保留小数位数) in the 合计 row's note", async () => {
    const { scheme, units } = countyRound();
    const rounded = { ...scheme, places: 1 };
    const unit = units[0];
    const result = scored(rounded, units).units[0];
    if (unit === undefined || result === undefined) throw new Error("fixture has no unit");
    const buffer = await buildScoreSheet({
      scheme: rounded,
      unit,
      round: { title: "2022年度乡镇医保工作目标考核" },
      self: result,
      reviewed: result,
    });
    const total = (await open(buffer)).tables[0]?.find((row) => row[0]?.text === "合计");
    expect(total?.at(-1)?.text).toBe(
      "另设加分，最高10分；各项得分四舍五入保留一位小数，合计为各项保留后得分之和",
    );
  });

  it("prints the scheme's 说明 under the table, a line a paragraph as written, before the signature lines (decision 0335)", async () => {
    const { scheme, units, result } = countyRound();
    const unit = units[0];
    const self = result.units[0];
    if (unit === undefined || self === undefined) throw new Error("fixture has no unit");
    const paragraphsOf = async (description: string | undefined) => {
      const s = structuredClone(scheme);
      if (description === undefined) delete s.description;
      else s.description = description;
      const sheet = await buildScoreSheet({ scheme: s, unit, round: { title: "2022" }, self });
      const { paragraphs } = await open(sheet);
      return paragraphs.filter((p) => p.trim() !== "").slice(2);
    };
    const signature = expect.stringMatching(/^评分人（签字）/);
    expect(await paragraphsOf("本细则由县医保局负责解释。\n考核数据截至11月30日。")).toEqual([
      "说明：本细则由县医保局负责解释。",
      "考核数据截至11月30日。",
      signature,
    ]);
    expect(await paragraphsOf("注：1.佐证材料须加盖公章。\n2.本细则由县局负责解释。")).toEqual([
      "注：1.佐证材料须加盖公章。",
      "2.本细则由县局负责解释。",
      signature,
    ]);
    expect(await paragraphsOf(undefined)).toEqual([signature]);
  });
});
