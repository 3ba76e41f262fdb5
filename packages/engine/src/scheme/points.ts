/**
 * A scheme's points as an office states them (decision 0334): the base points of its regular
 * items (100) and, apart, the cap of its 加分 parts («另设加分，最高10分») — never the two added
 * (110), which no office's sheet writes as its 满分.
 */
import { constant, formatDecimal, sum } from "../decimal.js";
import { deductsFromPoints } from "../rules/kinds/sum-base.js";
import type { Item, RuleDoc, Scheme } from "./schema.js";

/** A title naming an award: 加分, 奖励, 奖分 (not 加减分 or 奖惩, which also take away). */
const AWARD_TITLE = /加分|奖励|奖分/;

/** An item as a draft may hold it: any of its fields may be missing or malformed. */
type RawItem = { code?: unknown; title?: unknown; rule?: unknown; children?: unknown };

/** The children of an item as a draft holds them. */
function childrenOf(item: RawItem): RawItem[] {
  return Array.isArray(item.children)
    ? item.children.filter((c): c is RawItem => typeof c === "object" && c !== null)
    : [];
}

/** True when no rule of the item or under it deducts from its points. */
function onlyAdds(item: RawItem): boolean {
  const rule = item.rule as { kind?: unknown } | null | undefined;
  if (typeof rule?.kind === "string" && deductsFromPoints(rule as RuleDoc)) return false;
  return childrenOf(item).every(onlyAdds);
}

/** True for an item whose title names an award and under which nothing deducts. */
function namesAward(item: RawItem): boolean {
  return typeof item.title === "string" && AWARD_TITLE.test(item.title) && onlyAdds(item);
}

/**
 * True for a top-level 加分 part: its title names an award and nothing under it deducts (a part
 * of 扣分 or a 加减分 item is the scheme's regular points).
 */
function isBonusPart(item: Item): boolean {
  return namesAward(item);
}

/**
 * Which items are 加分 items, by code: an item whose title names an award (加分, 奖励, 奖分) and
 * under which nothing deducts, at any level, and every item under it. What such an item's rules
 * award is added to the unit's points and said 加 (前3名加6分); in any other item an award is what
 * the item earns, said 得 (decision 0343). Works on a draft being edited.
 */
export function bonusItemsOf(items: readonly unknown[]): (code: string) => boolean {
  const codes = new Set<string>();
  const walk = (item: RawItem, inBonus: boolean) => {
    const bonus = inBonus || namesAward(item);
    if (bonus && typeof item.code === "string") codes.add(item.code);
    for (const child of childrenOf(item)) walk(child, bonus);
  };
  for (const item of items) if (typeof item === "object" && item !== null) walk(item, false);
  return (code) => codes.has(code);
}

/**
 * The scheme's base points (its regular top-level items' maxima added) and its 加分 parts' cap
 * (their points added: a part scores at most its points, whatever cap its children have); `bonus` undefined when it has no 加分 part — or when
 * every top-level item would be one, so that nothing is left as the base.
 */
export function schemePoints(scheme: Scheme): { points: string; bonus: string | undefined } {
  const bonusParts = scheme.items.filter(isBonusPart);
  const regular = scheme.items.filter((item) => !isBonusPart(item));
  const added = (texts: string[]) => formatDecimal(sum(texts.map((t) => constant(t))));
  if (bonusParts.length === 0 || regular.length === 0)
    return { points: added(scheme.items.map((i) => i.max)), bonus: undefined };
  return {
    points: added(regular.map((i) => i.max)),
    bonus: added(bonusParts.map((i) => i.max)),
  };
}

/**
 * A scheme's full marks as every screen and document states them (decision 0343): the base
 * points («100») and the 加分 part said apart («另设加分，最高10分», undefined without one) — the
 * one wording of the score sheet's 合计 row, the 评分表预览 and the 自评 panel.
 */
export function schemePointsWords(scheme: Scheme): { points: string; bonus: string | undefined } {
  const { points, bonus } = schemePoints(scheme);
  return { points, bonus: bonus === undefined ? undefined : `另设加分，最高${bonus}分` };
}
