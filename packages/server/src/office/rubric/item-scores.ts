/**
 * Rank and compare on another item's score (docs/decisions/0293, 0300): where the reader found a
 * rule ranking on an item's 得分 ("按第3项得分排名", "以“基金监管”项得分在全县排名") or comparing it
 * with the round's mean ("第二项得分低于各乡镇平均分的扣1分", mean-score.ts), the reference is
 * linked once the whole rubric is read to the item it names — by its number, else by its title —
 * and the rule then reads that item's computed score (`itemScore`) instead of an entered value.
 * A reference naming no item, several, the item itself or a group above it (本项, 各项, 本部分)
 * keeps the entered value and the reader's warning (decision 0292).
 */
import type { FactDoc } from "./proposal.js";
import type { ItemProposal } from "./import-rubric.js";
import { levelOf } from "./reading.js";

type ItemDoc = Record<string, unknown>;
type RuleNode = Record<string, unknown>;

/** An item whose rule ranks or compares on another item's score, and the reference as written. */
export interface ScoreLink {
  code: string;
  reference: string;
  /** A single deduction below the mean: one step as wide as the referenced item's points. */
  once?: boolean;
}

/** Every item of the draft, depth first. */
function allItems(items: readonly ItemDoc[]): ItemDoc[] {
  return items.flatMap((it) => [it, ...allItems((it.children ?? []) as ItemDoc[])]);
}

/**
 * The rules of a rule reading an entered value in place of a score, nested ones too (a part of
 * 多项合计, a wrapped rule): a rank on `fact`, a comparison with the mean on `value.fact`.
 */
function scoreRules(rule: unknown, out: RuleNode[] = []): RuleNode[] {
  if (rule === null || typeof rule !== "object") return out;
  if (Array.isArray(rule)) {
    for (const r of rule) scoreRules(r, out);
    return out;
  }
  const r = rule as RuleNode;
  if (r.kind === "rank" && typeof r.fact === "string") out.push(r);
  const value = r.value as RuleNode | undefined;
  if (r.kind === "vsMean" && typeof value?.fact === "string") out.push(r);
  for (const v of Object.values(r)) scoreRules(v, out);
  return out;
}

/** Points the rule at the target's score; the entered fact it read. */
function pointAt(rule: RuleNode, target: ItemDoc, once: boolean): string {
  const code = String(target.code);
  if (rule.kind === "rank") {
    const fact = rule.fact as string;
    delete rule.fact;
    rule.itemScore = code;
    return fact;
  }
  const fact = (rule.value as RuleNode).fact as string;
  rule.value = { itemScore: code };
  // A score lies in [0, max]: no unit is further below the mean than the item's points.
  if (once) {
    rule.step = String(target.max ?? rule.step);
    // 高于平均分的加b分 (docs/decisions/0303): the addition's one step is as wide.
    const bonus = rule.bonus as RuleNode | undefined;
    if (bonus !== undefined) bonus.step = rule.step;
  }
  return fact;
}

const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A number written in Chinese up to 99 (三, 十二, 二十, 二十三), or undefined. */
function chineseNumber(text: string): number | undefined {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (m === null || text === "") return undefined;
  if (m[2] === undefined)
    return m[3] === undefined && m[1] !== undefined ? DIGITS[m[1]] : undefined;
  return (
    (m[1] === undefined ? 1 : (DIGITS[m[1]] as number)) * 10 + (m[3] ? (DIGITS[m[3]] as number) : 0)
  );
}

/** A title compared without quotes, spaces and a trailing 工作/项. */
function plain(text: string): string {
  return text.replace(/[“”"'‘’「」《》\s]/g, "").replace(/(?:工作)?项?$/, "");
}

/**
 * The item a reference names, or undefined: 第N项 by its number (第三项 as 3), else "XX项" by the
 * one title equal to XX (or, when none is equal, the one title holding it). Never the item itself
 * or a group above it — a group's score contains the rule's own.
 */
export function itemNamed(
  reference: string,
  items: readonly ItemDoc[],
  from: string,
): ItemDoc | undefined {
  const candidates = allItems(items).filter(
    (it) => it.code !== from && !from.startsWith(`${String(it.code)}.`),
  );
  const numbered = /第([\d.]+|[一二两三四五六七八九十]+)项/.exec(reference);
  if (numbered !== null) {
    const written = numbered[1] as string;
    const code = /^[\d.]+$/.test(written) ? written : String(chineseNumber(written));
    return candidates.find((it) => it.code === code);
  }
  const named = /^(?:按照|按|根据|依据|以)?(.{2,16}?)项(?:的)?(?:考核)?(?:得分|分数)/.exec(
    reference,
  );
  const name = plain(named?.[1] ?? "");
  if (name.length < 2 || /^(本|各|该|此|上|前|以上|下)/.test(name)) return undefined;
  const equal = candidates.filter((it) => plain(String(it.title)) === name);
  if (equal.length > 0) return equal.length === 1 ? equal[0] : undefined;
  const holding = candidates.filter((it) => plain(String(it.title)).includes(name));
  return holding.length === 1 ? holding[0] : undefined;
}

/** Links each item's rank and mean rules to the item its reference names (see the file's comment). */
export function linkItemScores(
  items: ItemDoc[],
  proposals: ItemProposal[],
  links: readonly ScoreLink[],
): void {
  const byCode = new Map(allItems(items).map((it) => [String(it.code), it]));
  for (const link of links) {
    const leaf = byCode.get(link.code);
    const target = itemNamed(link.reference, items, link.code);
    if (leaf === undefined || target === undefined) continue;
    const entered = new Set<string>();
    let ranks = false;
    for (const rule of scoreRules(leaf.rule)) {
      ranks ||= rule.kind === "rank";
      entered.add(pointAt(rule, target, link.once === true));
    }
    if (entered.size === 0) continue;
    // The entered value the reader proposed in its place is no longer read.
    const facts = ((leaf.facts ?? []) as FactDoc[]).filter((f) => !entered.has(f.name));
    if (facts.length > 0) leaf.facts = facts;
    else delete leaf.facts;
    const proposal = proposals.find((p) => p.code === link.code);
    if (proposal === undefined) continue;
    const reading = proposal.reading;
    const named = `第${String(target.code)}项“${String(target.title)}”的得分`;
    reading.warnings = reading.warnings.filter(
      (w) => !w.startsWith("排名依据“") && !w.startsWith("比较依据“"),
    );
    reading.warnings.unshift(
      ranks
        ? `排名依据为${named}（系统先计算各单位该项得分，再排名），请核对引用的考核项`
        : `比较依据为${named}（系统先计算各单位该项得分，再与本轮平均分比较），请核对引用的考核项`,
    );
    reading.confidence = Math.max(reading.confidence, 0.7);
    reading.level = levelOf(reading.confidence);
    proposal.confidence = reading.confidence;
  }
}
