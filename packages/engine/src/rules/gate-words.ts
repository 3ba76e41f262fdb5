/**
 * Gates in words as staff write them (decision 0325): «发生重大安全事故的，实行一票否决（总分为 0
 * 分）». The condition is the gate's reason — the 细则's own words — without the effect it names;
 * without one, the fact's label turned round (未发生X → 发生X); else «“label”为否时».
 */
import type { Gate } from "../scheme/schema.js";
import { notLabel } from "./wording.js";

/** What each effect of a gate does, in words (after the condition; the editor's choices). */
export const gateEffectWords: Readonly<Record<Gate["effect"], string>> = {
  zero: "本项得 0 分",
  veto: "实行一票否决（总分为 0 分）",
  noExcellent: "实行一票否优（不得评为优秀等次，得分不变）",
  ineligible: "取消评先评优资格（得分不变）",
};

/** The effect words a reason may carry before or after its condition. */
const EFFECT_WORDS =
  "(?:实行|予以|给予|按)?(?:一票否决|一票否优|本项不得分|该项不得分|本项得0分|不得分|(?:年度)?考核(?:结果)?(?:定为|为)不合格|取消[^,，;；。]{0,12}资格)";
const LEADING = new RegExp(`^(?:${EFFECT_WORDS}(?:项|事项|情形)?[：:]\\s*)+`);
const TRAILING = new RegExp(`(?:[，,；;]?\\s*(?:的|者)?[，,]?\\s*${EFFECT_WORDS}[。.]?)+$`);

/** A reason's condition without the effect it names; several conditions joined by 或. */
export function conditionOfReason(reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined;
  const cond = reason
    .trim()
    .replace(/[。.]+$/, "")
    .replace(LEADING, "")
    .replace(TRAILING, "")
    .replace(/(?:的|者)$/, "")
    .split(/[；;]/)
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .join("或");
  // A reason that only names the effect (一票否决, 未达标) says nothing the label does not.
  return cond === "" || /^(?:未达标|不达标|未通过)$/.test(cond) ? undefined : cond;
}

/** A gate in words: its condition (的) and its effect. */
export function gateWords(gate: Gate, label: string): string {
  const effect = gateEffectWords[gate.effect];
  const cond = conditionOfReason(gate.reason) ?? (gate.pass === false ? label : notLabel(label));
  if (cond === undefined) return `“${label}”为否时，${effect}`;
  return `${cond}的，${effect}`;
}

/**
 * True when a rule reads only the gate's fact (a veto item's 0/1 award) and the gate zeroes the
 * score (一票否决, 本项不得分): the gate says it all. A grade veto leaves the score to the rule.
 */
export function readsOnlyGate(rule: unknown, gate: Gate): { points: string } | undefined {
  if (gate.effect !== "veto" && gate.effect !== "zero") return undefined;
  const r = rule as { kind?: unknown; mode?: unknown; items?: unknown } | null;
  if (r?.kind !== "checklist" || r.mode !== "award" || !Array.isArray(r.items)) return undefined;
  const items = r.items as { fact?: unknown; when?: unknown; points?: unknown }[];
  const only = items.length === 1 ? items[0] : undefined;
  if (only?.fact !== gate.fact || (only.when ?? true) !== gate.pass) return undefined;
  return typeof only.points === "string" ? { points: only.points } : undefined;
}
