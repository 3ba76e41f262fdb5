/** `kaoping export` and `kaoping import` from facts files, without a database. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { validateScheme } from "@kaoping/engine";
import { main, type CliContext } from "../../src/cli/main.js";
import { parseDocumentXml, readDocumentXml } from "../../src/office/docx-read.js";
import { fixtureInput, liuanNarratives, liuanOpening } from "./samples.js";
import { medicalAidRubricDocx } from "./source-rubrics.js";

const fixtures = fileURLToPath(new URL("../../../../../shared/fixtures/", import.meta.url));

function context(cwd: string): CliContext & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (c: string) => ((out += c), true) },
    stderr: { write: (c: string) => ((err += c), true) },
    env: {},
    cwd,
    out: () => out,
    err: () => err,
  };
}

async function paragraphs(path: string): Promise<string[]> {
  const read = await readDocumentXml(readFileSync(path));
  if (!read.ok) throw new Error(read.message);
  return parseDocumentXml(read.xml).paragraphs;
}

describe("kaoping export (facts-file mode)", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaoping-export-"));

  it("writes the seed's report from a facts file with narratives", async () => {
    const input = fixtureInput("medical-aid-2021/liuan-self-evaluation-2021.json");
    const file = join(dir, "liuan.json");
    writeFileSync(
      file,
      JSON.stringify({
        ...input,
        units: input.units.map((u) => ({ ...u, narratives: liuanNarratives })),
      }),
    );
    const ctx = context(dir);
    const status = await main(
      [
        "export",
        "report",
        "liuan.json",
        "--unit",
        "liuan-etdz",
        "--year",
        "2021",
        "--opening",
        liuanOpening,
        "-o",
        "report.docx",
      ],
      ctx,
    );
    expect(ctx.err()).toBe("");
    expect(status).toBe(0);
    const text = await paragraphs(join(dir, "report.docx"));
    expect(text).toContain("四、监督检查（分值20分，自评19分）");
    expect(text).toContain("综上所述，2021年六安经济技术开发区城乡医疗救助绩效自评得分99分。");
  });

  it("writes a score sheet, a workbook, a template and a zip of every unit's sheet", async () => {
    const facts = join(fixtures, "township-2022/county-round.json");
    const units = fixtureInput("township-2022/county-round.json").units;
    const ctx = context(dir);
    expect(
      await main(
        [
          "export",
          "sheet",
          facts,
          "--unit",
          units[0]?.id ?? "",
          "--as",
          "both",
          "-o",
          "sheet.docx",
        ],
        ctx,
      ),
    ).toBe(0);
    expect((await paragraphs(join(dir, "sheet.docx")))[0]).toBe(
      "乡镇(街道、园区)医疗保障工作目标考核评分表",
    );
    expect(await main(["export", "workbook", facts, "-o", "round.xlsx"], ctx)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "round.xlsx"));
    expect(wb.getWorksheet("排名")?.rowCount).toBe(units.length + 2);
    expect(await main(["export", "sheets", facts, "--zip", "-o", "sheets.zip"], ctx)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "sheets.zip")));
    expect(Object.keys(zip.files)).toEqual(
      units.map((u, i) => `${String(i + 1).padStart(3, "0")}-${u.name}-评分表.docx`),
    );
    expect(ctx.err()).toContain(`已生成 ${units.length} / ${units.length}`);
  });

  it("refuses an unknown unit and invalid facts with status 2", async () => {
    const ctx = context(dir);
    expect(
      await main(
        ["export", "sheet", join(fixtures, "township-2022/county-round.json"), "--unit", "nowhere"],
        ctx,
      ),
    ).toBe(2);
    expect(ctx.err()).toContain("事实文件中没有单位 nowhere");
    const bad = context(dir);
    expect(
      await main(["export", "workbook", join(fixtures, "township-2022/invalid-rate.json")], bad),
    ).toBe(2);
    expect(bad.err()).toMatch(/4\.1\.rate/);
  });
});

describe("kaoping import", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaoping-import-"));

  it("turns a 评分细则 .docx into a valid draft scheme and lists the proposals", async () => {
    writeFileSync(join(dir, "rubric.docx"), await medicalAidRubricDocx());
    const ctx = context(dir);
    expect(
      await main(
        ["import", "rubric", "rubric.docx", "--id", "aid-draft", "-o", "scheme.json"],
        ctx,
      ),
    ).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, "scheme.json"), "utf8")) as unknown;
    expect(validateScheme(doc).ok).toBe(true);
    expect(ctx.err()).toContain("2.7\t阶梯计分（steps）");
  });

  it("reads a facts template back into a facts file, or names the bad cells and writes nothing", async () => {
    const facts = join(fixtures, "township-2022/county-round.json");
    const ctx = context(dir);
    expect(await main(["export", "template", facts, "-o", "template.xlsx"], ctx)).toBe(0);
    expect(await main(["import", "facts", "template.xlsx", facts, "-o", "out.json"], ctx)).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as {
      units: { facts: Record<string, Record<string, unknown>> }[];
    };
    expect(out.units[0]?.facts["4.1"]?.rate).toBe(
      String(
        (
          fixtureInput("township-2022/county-round.json").units[0]?.facts as Record<
            string,
            Record<string, unknown>
          >
        )["4.1"]?.rate,
      ),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "template.xlsx"));
    const ws = wb.getWorksheet("事实填报") as ExcelJS.Worksheet;
    ws.getCell(3, 3).value = "不知道";
    const keys = ws.getRow(2).values as unknown[];
    const rate = keys.indexOf("4.1.rate");
    ws.getCell(4, rate).value = 100.5;
    await wb.xlsx.writeFile(join(dir, "bad.xlsx"));
    const bad = context(dir);
    expect(await main(["import", "facts", "bad.xlsx", facts, "-o", "bad.json"], bad)).toBe(2);
    // Both bad cells in one attempt: the one the reader refuses and the one the engine refuses.
    expect(bad.err()).toContain("事实填报!C3（1.1 已明确分管领导和专门负责人）");
    expect(bad.err()).toContain(`事实填报!${String.fromCharCode(64 + rate)}4（4.1 参保率(%)）`);
    expect(bad.err().trim().split("\n")).toHaveLength(2);
    expect(() => readFileSync(join(dir, "bad.json"))).toThrow();
  });
});
