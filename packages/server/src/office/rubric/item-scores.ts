/**
 * Rank and compare on another item's score (docs/decisions/0293): where the reader found a rule
 * ranking on an item's 得分 ("按第3项得分排名", "以“基金监管”项得分在全县排名"), the reference is
 * linked once the whole rubric is read to the item it names — by its number, else by its title —
 * and the rule then ranks on that item's computed score (`itemScore`) instead of an entered value.
 * A reference naming no item, several, the item itself or a group above it (本项, 各项, 本部分)
 * keeps the entered value and the reader's warning (decision 0292).
 */
import type { FactDoc } from "./proposal.js";
import type { ItemProposal } from "./import-rubric.js";
import { levelOf } from "./reading.js";

type ItemDoc = Record<string, unknown>;
type RuleNode = Record<string, unknown>;

/** An item whose rule ranks on another item's score, and the reference as written. */
export interface ScoreLink {
  code: string;
  reference: string;
}

/** Every item of the draft, depth first. */
function allItems(items: readonly ItemDoc[]): ItemDoc[] {
  return items.flatMap((it) => [it, ...allItems((it.children ?? []) as ItemDoc[])]);
}

/** The rank rules of a rule, nested ones too (a part of 多项合计, a wrapped rule). */
function rankRules(rule: unknown, out: RuleNode[] = []): RuleNode[] {
  if (rule === null || typeof rule !== "object") return out;
  if (Array.isArray(rule)) {
    for (const r of rule) rankRules(r, out);
    return out;
  }
  const r = rule as RuleNode;
  if (r.kind === "rank" && typeof r.fact === "string") out.push(r);
  for (const value of Object.values(r)) rankRules(value, out);
  return out;
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

/** Links each item's rank rules to the item its reference names (see the file's comment). */
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
    for (const rule of rankRules(leaf.rule)) {
      entered.add(rule.fact as string);
      delete rule.fact;
      rule.itemScore = target.code;
    }
    // The entered value the reader proposed in its place is no longer read.
    const facts = ((leaf.facts ?? []) as FactDoc[]).filter((f) => !entered.has(f.name));
    if (facts.length > 0) leaf.facts = facts;
    else delete leaf.facts;
    const proposal = proposals.find((p) => p.code === link.code);
    if (proposal === undefined) continue;
    const reading = proposal.reading;
    reading.warnings = reading.warnings.filter((w) => !w.startsWith("排名依据“"));
    reading.warnings.push(
      `排名依据为第${String(target.code)}项“${String(target.title)}”的得分（系统先计算各单位该项得分，再排名），请核对引用的考核项`,
    );
    reading.confidence = Math.max(reading.confidence, 0.7);
    reading.level = levelOf(reading.confidence);
    proposal.confidence = reading.confidence;
  }
}
