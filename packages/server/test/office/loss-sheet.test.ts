/** The round workbook's sheet 失分分析, read back: items by points lost, units against the previous round. */
import { describe, expect, it } from "vitest";
import { rankChangeWords } from "../../src/office/loss-sheet.js";
import { buildRoundWorkbook } from "../../src/office/round-workbook.js";
import { analyseLosses } from "../../src/modules/analysis/loss.js";
import { workbookOf } from "../../src/testing/documents.js";
import { countyRound, scored } from "./samples.js";

describe("round workbook: 失分分析", () => {
  it("lists the items by points lost with reasons, and each unit's rank change", async () => {
    const { scheme, units, result } = countyRound();
    const worse = units.map((u, i) =>
      i === 0 ? { ...u, facts: { ...(u.facts as object), "1.3": { absences: 6 } } } : u,
    );
    const previous = scored(scheme, worse);
    const analysed = (r: typeof result) =>
      r.units.map((u) => ({
        unitId: u.id,
        unitName: u.id === units[1]?.id ? '=HYPERLINK("http://evil","点我")' : u.name,
        total: u.total,
        rank: u.rank as number,
        items: u.items,
      }));
    const losses = analyseLosses({ roundId: "r", roundTitle: "2023年度考核" }, analysed(result), {
      roundId: "p",
      title: "2022年度考核",
      year: 2022,
      units: analysed(previous),
    });
    const wb = await workbookOf(
      await buildRoundWorkbook({
        scheme,
        round: { title: "2023年度考核" },
        units: units.map((u, i) => ({ id: u.id, name: u.name, self: result.units[i] })),
        losses,
      }),
    );
    const ws = wb.getWorksheet("失分分析");
    if (ws === undefined) throw new Error("no 失分分析 sheet");
    expect(String(ws.getCell("A1").value)).toContain("与上一轮“2022年度考核”比较");
    const top = losses.items[0]!;
    expect(ws.getRow(3).getCell(1).value).toBe(top.code);
    expect(ws.getRow(3).getCell(4).value).toBe(Number(top.lostSum));
    expect(ws.getRow(3).getCell(6).value).toBe(top.unitsLosing);
    expect(String(ws.getRow(3).getCell(8).value)).toContain(`（${top.reasons[0]!.units}）`);
    // Lost sums are sorted, largest first.
    const sums = losses.items.map((i) => Number(i.lostSum));
    expect([...sums].sort((a, b) => b - a)).toEqual(sums);
    // Item 1.3 lost more in the previous round (6 absences for the first unit).
    const absences = losses.items.find((i) => i.code === "1.3")!;
    expect(Number(absences.previousLostSum)).toBeGreaterThan(Number(absences.lostSum));
    // The units part: the first unit moved up or kept its rank; text cells are never formulas.
    const first = losses.units[0]!;
    expect(first.previous?.rankChange).toBe((first.previous?.rank ?? 0) - first.rank);
    expect(Number(first.previous?.totalChange)).toBeGreaterThan(0);
    const values: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
    expect(values).toContain(rankChangeWords(first.previous!.rankChange));
  });
});
