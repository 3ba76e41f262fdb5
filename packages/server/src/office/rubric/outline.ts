/**
 * The item tree of a rubric table read like an outline. Each level column (项目, 一级/二级/三级指标,
 * 工作内容 …) opens a heading where its cell starts; within a column, headings numbered in another
 * style (一、 （一） 1. 1.1 (1) ① A、 第一项) nest under the styles seen before them, so two to four
 * levels are read whether they sit in separate columns, merged cells or one column. A row's
 * scoring part (分值, 评价内容, 评分标准, 评价办法, 备注) goes under its deepest heading; a heading
 * row with points and no standard is a group with that total.
 */
import { isCaption, type RubricBlock, type TableRow } from "./table.js";
import { looksLikeStandard, type Columns, type Role } from "./columns.js";
import { partsGaps, siblings, type Node } from "./outline-drafts.js";
import {
  capOf,
  impliedBy,
  isPart,
  joinLines,
  joinShared,
  leadingPoints,
  ownPoints,
  pointsRemark,
  signed,
  trailingPoints,
  withCondition,
  withTarget,
} from "./outline-cells.js";
import { pointsOf, type DraftItem, type Segment } from "./structure.js";
import { parseHeading } from "./heading.js";
import { pointsOfWeight, sharesOfParents } from "./weights.js";

/** The tree of a table's rows under its columns. */
export function buildOutline(
  blocks: readonly RubricBlock[],
  /** The total weights are shares of (the title's 总分120分; weights.ts), else 100. */
  of?: string,
): {
  items: DraftItem[];
  skipped: string[];
  warnings: string[];
} {
  const root: Node[] = [];
  const stack: Node[] = [];
  const skipped: string[] = [];
  const warnings: string[] = [];
  let columns: Columns = { roles: new Map(), levels: [], unused: [], ignored: [] };
  /** A points cell's figure: points as written, or a weight as points of 100 (weights.ts). */
  const pointsIn = (text: string) =>
    columns.weights === undefined ? pointsOf(text) : pointsOfWeight(text, columns.weights, of);
  const cell = (row: TableRow, role: Exclude<Role, "ignored">) => {
    const i = columns.roles.get(role);
    return i === undefined
      ? { text: "", starts: false }
      : {
          text: (row.cells[i] ?? "").trim(),
          starts: row.continued[i] !== true && (row.cells[i] ?? "").trim() !== "",
        };
  };
  for (const row of blocks.flatMap((b) =>
    b.rows.map((r, i) => ({ r, b, first: i === 0, next: b.rows[i + 1] })),
  )) {
    if (row.first) {
      columns = row.b.columns;
      if (!row.b.continues) stack.length = 0;
      if (row.b.caption !== undefined) openCaption(row.b.caption, row.b.captionPoints);
    }
    readRow(row.r, row.next);
  }
  const items = siblings(root, undefined, false, warnings);
  const weighted = blocks.find((b) => b.columns.weights !== undefined);
  if (weighted !== undefined) sharesOfParents(items, weighted.columns, warnings, 0, of);
  partsGaps(items, warnings);
  return { items, skipped, warnings };

  /** A 加分/一票否决 table or sheet: its rows are read under a heading of that name. */
  function openCaption(caption: string, stated?: { figure: string; where: string }): void {
    const p = parseHeading(caption);
    const own = p.max ?? capOf(caption);
    const node: Node = {
      key: "caption",
      col: -1,
      code: undefined,
      title: p.title
        .replace(/[(（][^)）]*分[^)）]*[)）]$/, "")
        .replace(/^附(?:表|件)\s*\d*\s*[：:.．、]?\s*/, "")
        .trim(),
      text: caption,
      max: own ?? stated?.figure,
      ...(own === undefined && stated !== undefined ? { where: stated.where } : {}),
      bonus: /加分|奖励/.test(caption),
      veto: /否决/.test(caption),
      slash: false,
      children: [],
      segments: [],
    };
    root.push(node);
    stack.push(node);
  }

  /** The points of a heading from its own 分值 column (一级指标 | 分值 | 二级指标 | 分值 …). */
  function levelPoints(row: TableRow, level: number | undefined): string | undefined {
    const i = level === undefined ? undefined : columns.levelPoints?.get(level);
    return i === undefined || row.continued[i] === true ? undefined : pointsIn(row.cells[i] ?? "");
  }

  /** Reads a row (`next`: the row below it in its block, to see what is merged down). */
  function readRow(row: TableRow, next: TableRow | undefined): void {
    const code = cell(row, "code");
    const levelTexts = columns.levels.map((i) => ({
      text: (row.cells[i] ?? "").trim(),
      starts: row.continued[i] !== true && (row.cells[i] ?? "").trim() !== "",
    }));
    const first = levelTexts.find((l) => l.starts)?.text ?? code.text;
    if (/^(合计|总计|总分|小计|共计)/.test(first.replace(/\s+/g, ""))) return;
    const filled = row.cells.filter((c, i) => c.trim() !== "" && row.continued[i] !== true);
    const content = cell(row, "content").text;
    const targetName = columns.headers?.[columns.roles.get("target") ?? -1] ?? "目标值";
    const pointsCell = cell(row, "points").text;
    // A signed figure (+5, -20, -5至-50, 加1—20分) says whether the row adds or deducts.
    const bonusCell =
      cell(row, "bonus").text || (/^\s*[+\-－加扣减]/.test(pointsCell) ? pointsCell : "");
    // «5（每季度1.25）»: the figure is the points, the words go with the standard (0340).
    const remark = bonusCell === "" ? pointsRemark(pointsCell) : undefined;
    const body: Segment = {
      points:
        (bonusCell === "" ? pointsIn(remark?.figure ?? pointsCell) : undefined) ??
        signed(bonusCell) ??
        trailingPoints(content),
      content,
      // The target (目标值 column) heads the standard that compares with it.
      standard: withTarget(
        targetName,
        cell(row, "target").text,
        (columns.moreStandards ?? []).reduce(
          (text, i) => joinLines(text, (row.cells[i] ?? "").trim()),
          withCondition(cell(row, "condition").text, cell(row, "standard").text),
        ),
      ),
      method: cell(row, "method").text,
      notes: cell(row, "notes").text,
    };
    // «本项10分。…» opening a standard cell (of several: 考核标准 | 评分方法) where no 分值 is given.
    if (body.points === undefined && bonusCell === "")
      body.points = [columns.roles.get("standard"), ...(columns.moreStandards ?? [])]
        .map((i) => leadingPoints(row.cells[i ?? -1] ?? ""))
        .find((p) => p !== undefined);
    if (remark !== undefined) {
      body.standard = joinLines(body.standard, `分值说明：${remark.remark}`);
      body.doubt = `分值栏“${pointsCell}”按 ${body.points ?? remark.figure} 分导入，括号中的“${remark.remark}”已并入评分标准，请核对`;
    }
    const heads = levelTexts.map((l, k) => ({ ...l, k })).filter((l) => l.starts);
    // 序号 as the only level column: 一 / （一） / 第一项 / 1 / 1.1 there is a numbering, not a name.
    // With a short name in the content column and nothing else but points ("一 | 组织建设 | 25 |"),
    // the row is a heading named by that content; its points are the group's total.
    const bare = columns.levels[0] === columns.roles.get("code") && HEADING_NUMBER.test(code.text);
    let named: string | undefined;
    const nameOnly =
      body.standard === "" && body.method === "" && body.notes === "" && bonusCell === "";
    if (bare && heads.length === 1 && nameOnly && isName(body.content)) {
      named = body.content;
      body.content = "";
    }
    // «加分项（最高加5分）» alone across the table: a part of its own after the items above.
    if (heads.length === 0 && filled.length === 1 && isCaption((filled[0] ?? "").trim())) {
      stack.length = 0;
      openCaption((filled[0] ?? "").trim());
      return;
    }
    // «1 | 基金监管（8分）| 日常稽核 | 5 | …»: a group starting on a numbered row whose content names
    // an item with points of its own (not the group's): the row is the group's first item, as the
    // rows numbered under it are.
    const group = heads[heads.length - 1];
    let firstItem = false;
    const codeAt = columns.roles.get("code");
    // (A 序号 merged down with the group, or 一/（一）, numbers the group, not the row.)
    const numbersRows =
      codeAt !== undefined && next?.continued[codeAt] !== true && !/^cn/.test(codeStyle(code.text));
    if (
      code.starts &&
      numbersRows &&
      group !== undefined &&
      columns.levels[0] !== columns.roles.get("code") &&
      isName(body.content) &&
      body.standard !== "" &&
      body.points !== undefined
    ) {
      // A group without points of its own merged down over the rows below, or written again as it
      // goes on (after a header repeated on a new page), is not this row's item.
      const max = parseHeading(group.text).max;
      const below = next === undefined ? undefined : cell(next, "content");
      const spans =
        next?.continued[columns.levels[group.k] ?? -1] === true && below?.starts === true;
      const again = stack.some((n) => n.col === group.k && n.text === group.text);
      firstItem = max === undefined ? spans || again : max !== body.points;
      if (firstItem) heads.push({ text: "", starts: true, k: columns.levels.length });
    }
    // A numbered row whose level cells continue the headings above: a new item under them.
    if (code.starts && heads.length === 0 && columns.levels[0] !== columns.roles.get("code"))
      heads.push({ text: "", starts: true, k: columns.levels.length });
    // A 序号 merged down as a heading's cell is (一 | 经办管理 merged over 业务规程, 内控检查) numbers
    // that heading, not the deepest one starting on the row (decision 0340).
    const spanned = heads.findIndex(
      (h) =>
        codeAt !== undefined &&
        next?.continued[codeAt] === true &&
        next.continued[columns.levels[h.k] ?? -1] === true,
    );
    const numberedHead = spanned >= 0 ? spanned : heads.length - 1;
    const lone = (filled[0] ?? "").trim();
    const note =
      filled.length === 1 &&
      lone.length > 15 &&
      /[。；;]|^(注|说明|备注)[:：]|^本.{0,6}表/.test(lone) &&
      parseHeading(lone).style === "plain" &&
      parseHeading(lone).max === undefined;
    if (
      (heads.length === 0 || note) &&
      filled.length === 1 &&
      body.standard === "" &&
      body.content === "" &&
      body.points === undefined
    ) {
      skipped.push((filled[0] ?? "").trim().slice(0, 60));
      return;
    }
    heads.forEach((h, j) => {
      // "经办服务" written again on every row of its group (no merged cell): the same heading goes on.
      const open = stack.findIndex((n) => n.col === h.k);
      if (j < heads.length - 1 && open >= 0 && stack[open]?.text === h.text) {
        stack.length = open + 1;
        return;
      }
      const p =
        bare && h.k === 0
          ? { style: codeStyle(h.text), code: undefined, title: named ?? "", max: undefined }
          : parseHeading(h.text);
      // «奖励项目（最多加2分）» unnumbered in the first level column after numbered headings: a part
      // of its own at the top, not a heading nested under the last one.
      if (h.k === 0 && p.style === "plain" && !code.starts && isPart(h.text)) {
        stack.length = 0;
        openCaption(h.text);
        return;
      }
      // "一 | 加分项目", "1 | 信息采用": plain names numbered in the 序号 column nest by that numbering.
      // (A group whose first item is on its row nests by the same numbering as its item.)
      const numbered =
        (j === numberedHead || (firstItem && j === heads.length - 2)) &&
        code.starts &&
        p.style === "plain";
      const key = `${h.k}|${numbered ? codeStyle(code.text) : p.style}`;
      while ((stack[stack.length - 1]?.col ?? -1) > h.k) stack.pop();
      const same = stack.findIndex((n) => n.key === key);
      if (same >= 0) stack.length = same;
      const bonus = /加分|奖励分|奖分|奖励项/.test(p.title);
      const node: Node = {
        key,
        col: h.k,
        code:
          j === numberedHead && code.starts
            ? code.text.replace(/[、\s]/g, "").replace(/[.．]$/, "")
            : p.code,
        title: p.title,
        text: named ?? h.text,
        // «加分项目（最高5分）»: a 加分 part's cap in its heading is its points.
        max: p.max ?? levelPoints(row, columns.levels[h.k]) ?? (bonus ? capOf(h.text) : undefined),
        bonus,
        veto: /一票否决|否决事项/.test(p.title),
        slash: false,
        children: [],
        segments: [],
      };
      (stack[stack.length - 1]?.children ?? root).push(node);
      stack.push(node);
    });
    ownPoints(body, { heads, next, bonusCell, levels: columns.levels, stack });
    if (heads.length > 0 && /^[/／]$/.test(pointsCell))
      (stack[stack.length - 1] as Node).slash = true;
    const implied = impliedBy(
      bonusCell,
      stack.some((n) => n.veto),
    );
    if (implied !== undefined) {
      body.implied = implied;
      // "经验做法被推广的 | +2": the heading is the condition the signed points apply to; under
      // a bare 序号 ("1 | 发生…的" in a 一票否决 list) the condition is the name read from the
      // content column, never the number.
      if (body.content === "" && body.standard === "")
        body.content = named ?? heads[heads.length - 1]?.text ?? "";
    }
    if (body.content === "" && body.standard === "" && body.points === undefined) return;
    let target = stack[stack.length - 1];
    if (target === undefined) {
      target = {
        key: "",
        col: 0,
        code: undefined,
        title: "",
        text: "",
        max: undefined,
        bonus: false,
        veto: false,
        slash: false,
        children: [],
        segments: [],
      };
      root.push(target);
      stack.push(target);
    }
    // A heading row with points and no standard: the points are the heading's total.
    if (
      heads.length > 0 &&
      body.standard === "" &&
      body.content === "" &&
      body.points !== undefined
    ) {
      target.max ??= body.points;
      return;
    }
    // A further case or 考核要点 of the item above (its 分值 merged down over this row): one more
    // line of that item's standard, not an item of its own.
    const last = target.segments[target.segments.length - 1];
    const pointsAt = columns.roles.get("points");
    if (
      last !== undefined &&
      heads.length === 0 &&
      !code.starts &&
      pointsAt !== undefined &&
      row.continued[pointsAt] === true &&
      body.points === undefined &&
      body.standard !== ""
    )
      joinShared(last, body);
    else target.segments.push(body);
  }
}

/** A 序号 cell that is only a heading's number: 一, 一、, （一）, 第一项, 1, 1.1. */
const HEADING_NUMBER =
  /^\s*(\d+(?:[.．]\d+)*[.．、]?|[一二三四五六七八九十]+\s*[、.．]?|[（(]\s*[一二三四五六七八九十]+\s*[)）]|第[一二三四五六七八九十\d]+(部分|项|章|类|条))\s*$/;

/** True when a content cell names an item rather than stating a requirement or standard. */
function isName(text: string): boolean {
  return text !== "" && text.length <= 30 && !/[。；;，,]/.test(text) && !looksLikeStandard(text);
}

/** The numbering style of a 序号 cell: 一 (cn), （一） (cnp), 1 (num), 1.1 (dot2) …. */
function codeStyle(code: string): string {
  const t = code.trim();
  if (/^[一二三四五六七八九十]+[、.．]?$/.test(t)) return "cn";
  if (/^[（(][一二三四五六七八九十]+[)）]$/.test(t)) return "cnp";
  if (/^\d+[、.．]?$/.test(t)) return "num";
  if (/^\d+(?:[.．]\d+)+$/.test(t)) return `dot${t.split(/[.．]/).length}`;
  return parseHeading(t).style;
}
