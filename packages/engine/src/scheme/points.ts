/**
 * A scheme's points as an office states them (decision 0334): the base points of its regular
 * items (100) and, apart, the cap of its 加分 parts («另设加分，最高10分») — never the two added
 * (110), which no office's sheet writes as its 满分.
 */
import { constant, formatDecimal, sum } from "../decimal.js";
import { deductsFromPoints } from "../rules/kinds/sum-base.js";
import type { Item, Scheme } from "./schema.js";

/** A title naming an award: 加分, 奖励, 奖分 (not 加减分 or 奖惩, which also take away). */
const AWARD_TITLE = /加分|奖励|奖分/;

/** True when no rule of the item or under it deducts from its points. */
function onlyAdds(item: Item): boolean {
  if (item.rule !== undefined && deductsFromPoints(item.rule)) return false;
  return (item.children ?? []).every(onlyAdds);
}

/**
 * True for a top-level 加分 part: its title names an award and nothing under it deducts (a part
 * of 扣分 or a 加减分 item is the scheme's regular points).
 */
function isBonusPart(item: Item): boolean {
  return AWARD_TITLE.test(item.title) && onlyAdds(item);
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
