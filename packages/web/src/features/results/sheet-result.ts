/** The API's score sheet (scores and self scores per item) in the engine's result shape, for the ScoreSheet component. */
import type { ItemResult, UnitResult } from "@kaoping/engine";
import type { UnitSheetCore } from "@kaoping/server/contract";

type SheetItem = UnitSheetCore["items"][number];

function toItem(item: SheetItem, pick: "score" | "selfScore"): ItemResult {
  return {
    code: item.code,
    title: item.title,
    max: item.max,
    score: item[pick],
    trace: pick === "score" ? item.trace : [],
    children: item.children.map((c) => toItem(c, pick)),
  };
}

/** The reviewed result and the self result of a sheet. */
export function sheetResults(sheet: UnitSheetCore): { result: UnitResult; self: UnitResult } {
  const base = {
    id: sheet.unitId,
    name: sheet.unitName,
    rank: sheet.rank,
    complete: sheet.complete,
    missing: sheet.missing,
  };
  return {
    result: {
      ...base,
      total: sheet.total,
      items: sheet.items.map((i) => toItem(i, "score")),
      ...(sheet.veto === null ? {} : { veto: sheet.veto }),
      ...(sheet.adjustments === undefined ? {} : { adjustments: sheet.adjustments }),
      ...(sheet.marks === undefined ? {} : { marks: sheet.marks }),
    },
    self: {
      ...base,
      total: sheet.selfTotal,
      items: sheet.items.map((i) => toItem(i, "selfScore")),
    },
  };
}
