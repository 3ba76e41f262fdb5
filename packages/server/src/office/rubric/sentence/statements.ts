/**
 * Statements of a scoring text: pieces grouped up to the one that scores (an action, 酌情, 一票否决),
 * with a following limit (扣完为止, 最高扣N分) or exemption attached, each given a role from the
 * parts it holds — a step on a rate, a count (每次/每例), a threshold award, a fixed deduction or
 * award, a zero (不得分), full marks, 酌情, 一票否决, a rank, or nothing recognised.
 */
import { minus } from "../proposal.js";
import { findParts, TOTAL_WORDS, type Part } from "./parts.js";
import { splitPieces, type Piece } from "./text.js";

/** What a statement contributes to the rule. */
export type Role =
  | "veto"
  | "rank"
  | "discretion"
  | "step"
  | "count"
  | "threshold"
  | "zero"
  | "full"
  | "award"
  | "deduct"
  | "exempt"
  | "limit"
  | "extra"
  | "best"
  | "proportional"
  | "others"
  | "first"
  | "otherwise"
  | "base"
  | "none";

/** A statement: its pieces, parts and role; [start, end) in the normalised text. */
export interface Statement {
  start: number;
  end: number;
  text: string;
  parts: Part[];
  role: Role;
  /** The scoring action, when there is one. */
  action: Part | undefined;
  /** The unit of counting, when there is one. */
  unit: Part | undefined;
  /** Its own numeric limit (最高扣N分, 加分不超过N分). */
  cap: string | undefined;
  /** It scores on the unit's total (从总分中扣除, 扣减总分N分). */
  total: boolean;
}

const RATE_UNITS = /^(个百分点|百分点|个点|%|‰)$/;
const AMOUNT_UNITS = /^(万元|千元|元|小时|岁|周岁)$/;
const SCORING = new Set<Part["kind"]>(["action", "discretion", "veto", "base"]);
const CEILING_UNITS = /^(万元|千元|元|小时|岁|周岁|天|日|个工作日|工作日|个月)$/;

/** A unit that counts steps of a measured value (a rate, an amount, a place in a ranking). */
export function isStepUnit(u: Part | undefined): boolean {
  if (u === undefined) return false;
  const unit = u.unit ?? "";
  return (
    RATE_UNITS.test(unit) ||
    AMOUNT_UNITS.test(unit) ||
    (unit === "名" && /进|退/.test(u.verb ?? ""))
  );
}

/** The role of a statement from its parts. */
export function roleOfParts(parts: Part[]): Role {
  const has = (k: Part["kind"]) => parts.some((p) => p.kind === k);
  const action = parts.find((p) => p.kind === "action");
  const unit = parts.find((p) => p.kind === "unit");
  if (has("veto")) return "veto";
  if (has("base")) return "base";
  if (action?.verb === "best") return "best";
  if (action?.verb === "proportional") return "proportional";
  if (action?.verb === "othersMean") return "others";
  if (has("discretion")) return "discretion";
  if (has("first") && action !== undefined) return "first";
  if (has("rank") && action !== undefined) return "rank";
  if (action === undefined) return has("exempt") ? "exempt" : has("limit") ? "limit" : "none";
  // 其余得1分 / 否则得1分: the else branch of the thresholds before it.
  if (has("otherwise") && action.verb !== "extra") return "otherwise";
  // 追加扣除 / 扣满N分的，另从总分中扣除M分: a penalty beyond the item.
  if (action.verb === "extra" || (has("reach") && action.verb === "deduct")) return "extra";
  if (action.verb === "zero") return "zero";
  // "不低于全县平均水平的得满分": the base of steps from the round's mean.
  if (has("mean") && (action.verb === "full" || action.verb === "award")) return "threshold";
  if (action.verb === "full") return "full";
  // 每超1个百分点扣0.5分 / 每超1天扣0.2分 is a step above a ceiling (steps "over"); whether a
  // ceiling is stated decides the assembly (without one, what is over is counted).
  const over =
    action.verb === "deduct" &&
    /^(多|多报|超|超过|超出|超期|超时|逾期|延期|增加|增|高出|提高|高|上升|增长|提升)$/.test(
      unit?.verb ?? "",
    );
  // 扣0.5分/次 counts; 扣0.5分/个百分点 is a step.
  if (action.per !== undefined)
    return isStepUnit({ kind: "unit", start: 0, end: 0, unit: action.per }) ? "step" : "count";
  if (unit !== undefined && unit.start < action.start)
    return isStepUnit(unit) || (over && CEILING_UNITS.test(unit.unit ?? "")) ? "step" : "count";
  if (has("threshold") && parts.some((p) => p.kind === "threshold" && p.start < action.start))
    return "threshold";
  return action.verb === "deduct" ? "deduct" : "award";
}

/** The unit an action names after it (扣0.5分/次): a unit of one, where the action starts. */
function perUnit(action: Part | undefined): Part | undefined {
  if (action?.per === undefined) return undefined;
  return {
    kind: "unit",
    start: action.start,
    end: action.start,
    verb: "",
    value: "1",
    unit: action.per,
  };
}

/** 按次扣分 / 按项加分: the method named before the amounts that follow, not a rule of its own. */
function methodOnly(text: string, action: Part | undefined): boolean {
  return (
    action !== undefined &&
    action.value === undefined &&
    (action.verb === "deduct" || action.verb === "bonus") &&
    /^(?:[\d.、]+)?按(?:次|项|件|例|人次|篇|处|条|起)(?:扣|减|加)分$/.test(text)
  );
}

/**
 * 高于30%的，超出部分每2个百分点扣0.5分: a step without a verb of its own counts on the side of
 * the threshold before it in its statement (超过/高于 → over it, 低于/不足 → under it).
 */
function inheritSide(ps: Part[], action: Part | undefined): void {
  const unit = ps.find(
    (p) => p.kind === "unit" && p.verb === "" && (action === undefined || p.start < action.start),
  );
  if (unit === undefined || !isStepUnit(unit)) return;
  const t = ps.filter((p) => p.kind === "threshold" && p.end <= unit.start).pop();
  const verb = `${t?.verb ?? ""}${t?.upper ?? ""}`;
  if (/(?<!不)(?:超过|超出|高于|大于)|以上/.test(verb)) unit.verb = "超过";
  else if (/(?<!不)(?:低于|少于|小于)|不足|以下/.test(verb)) unit.verb = "低于";
}

/** Groups the pieces of a normalised text into statements. */
export function readStatements(text: string): Statement[] {
  const parts = findParts(text, 0);
  const out: Statement[] = [];
  let current: Piece[] = [];
  const partsIn = (s: number, e: number) => parts.filter((p) => p.start >= s && p.end <= e);
  const close = () => {
    if (current.length === 0) return;
    const start = (current[0] as Piece).start;
    const end = (current[current.length - 1] as Piece).end;
    const ps = partsIn(start, end);
    const action = ps.find((p) => p.kind === "action");
    inheritSide(ps, action);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      parts: ps,
      role: methodOnly(text.slice(start, end), action) ? "none" : roleOfParts(ps),
      action,
      unit:
        ps.find((p) => p.kind === "unit" && (action === undefined || p.start < action.start)) ??
        perUnit(action),
      cap: ps.find((p) => p.kind === "limit" && p.value !== undefined)?.value,
      total: ps.some((p) => p.kind === "total" || p.total === true),
    });
    current = [];
  };
  for (const piece of splitPieces(text)) {
    const ps = partsIn(piece.start, piece.end);
    const kinds = new Set(ps.map((p) => p.kind));
    const onlyLimit = ps.length > 0 && [...kinds].every((k) => k === "limit");
    const prev = out[out.length - 1];
    if (current.length === 0 && onlyLimit && prev !== undefined && prev.role !== "none") {
      // "扣完为止" / "最高扣10分" after a scoring statement belongs to it.
      prev.end = piece.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.parts.push(...ps);
      prev.cap ??= ps.find((p) => p.value !== undefined)?.value;
      continue;
    }
    current.push(piece);
    if (
      ps.some((p) => SCORING.has(p.kind)) ||
      kinds.has("exempt") ||
      piece.stop === ";" ||
      piece.stop === "。"
    )
      close();
  }
  close();
  countedUpToCap(out);
  totalAfterZero(text, out);
  return out;
}

/**
 * 本项不得分，并在总分中扣5分 / …的，本项不得分，并扣减总分5分: a deduction on the unit's total
 * after the item's 不得分, in one sentence, is a penalty beyond the item (as 追加扣除 is), not a
 * deduction within it nor the whole item taken from the total.
 */
function totalAfterZero(text: string, sts: Statement[]): void {
  const onTotal = (s: Statement, from: number) =>
    s.parts.find(
      (p) =>
        p.kind === "action" &&
        p.verb === "deduct" &&
        p.start >= from &&
        (p.total === true || s.parts.some((t) => t.kind === "total" && t.end <= p.start)),
    );
  sts.forEach((s, i) => {
    const zero = s.parts.find((p) => p.kind === "action" && p.verb === "zero");
    const own = zero === undefined ? undefined : onTotal(s, zero.end);
    // After the 不得分 in its sentence, or in a sentence of its own without a condition
    // (…本项不得分；另从总分中扣1分).
    const prev = sts[i - 1];
    const bare = (p: Part) =>
      /^[,;。\s]*(?:并|另|另行|同时|再|还|且)?[,\s]*$/.test(
        text.slice(s.start, p.start).replace(TOTAL_WORDS, ""),
      );
    const after = (p: Part) => !/[;。]/.test(text.slice(prev?.end ?? 0, s.start)) || bare(p);
    const cut = prev?.role === "zero" && s.role === "deduct" ? onTotal(s, s.start) : undefined;
    const next = own ?? (cut !== undefined && after(cut) ? cut : undefined);
    if (next === undefined) return;
    s.role = "extra";
    s.action = next;
  });
}

/**
 * An amount with a cap above it (受到表扬的加2分，最高加4分; 被通报的扣1分，最多扣5分): the cap
 * says it can happen more than once, so each occurrence counts, up to the cap. Only where that
 * statement is the text's one deduction (or its one addition): a cap after several deductions
 * limits them together.
 */
function countedUpToCap(sts: Statement[]): void {
  const deducts = (s: Statement) => s.action?.verb === "deduct";
  for (const s of sts) {
    if (s.role !== "award" && s.role !== "deduct") continue;
    const value = s.action?.value;
    if (value === undefined || s.cap === undefined) continue;
    const above = minus(s.cap, value);
    if (above === "0" || above.startsWith("-")) continue;
    const alike = sts.filter((o) => o.action !== undefined && deducts(o) === deducts(s));
    if (alike.length !== 1) continue;
    const start = s.action?.start ?? s.start;
    s.role = "count";
    s.unit = { kind: "unit", start, end: start, verb: "", value: "1", unit: "次" };
  }
}

/** The condition a statement states: its words before the unit or action, without 的/是否 and numbering. */
export function conditionOf(s: Statement): string {
  const first = Math.min(
    ...s.parts
      .filter((p) => ["unit", "action", "discretion", "veto", "reach", "total"].includes(p.kind))
      .map((p) => p.start),
    s.end,
  );
  let words = s.text.slice(0, first - s.start);
  if (words.replace(/[,的]/g, "") === "" && s.unit !== undefined && s.action !== undefined)
    words = s.text.slice(s.unit.end - s.start, s.action.start - s.start);
  return (
    words
      // Numbering, not a window or an age (30日内…, 60周岁以上…).
      .replace(/^[①-⑩A-Za-z\d]+[.、)]?/, (m, at: number, all: string) =>
        /^\d+(?:\.\d+)?(?:个)?(?:工作日|日|天|月|年|周|小时|周岁|岁)/.test(all.slice(at)) ? m : "",
      )
      .replace(/^(其中|对|凡|如|若|凡是|是否)/, "")
      .replace(/[,;。:]/g, "")
      // 实行“一票否决”: the quote opens the consequence, not the condition.
      .replace(/[“"‘「『]+$/, "")
      .replace(/(除|实行|实施|予以|给予|则)$/, "")
      .replace(/(的|者|时)$/, "")
      .replace(/(发现|一经发现)$/, "")
      .trim()
  );
}

/** The statements with one of the roles. */
export function byRole(sts: Statement[], ...roles: Role[]): Statement[] {
  return sts.filter((s) => roles.includes(s.role));
}
