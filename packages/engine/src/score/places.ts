/**
 * 得分保留小数位数 (decision 0334): a scheme's `places` rounds every item's score half-up
 * (四舍五入) to so many places, as offices do — each item rounded, the rounded scores added.
 * Without it scores stay exact. Groups, the clamp and the total then add rounded scores, so only
 * a leaf's score (and an amount beyond its points) ever needs rounding; a group whose cap or
 * floor has more places is rounded the same way.
 */
import { Decimal, formatDecimal, parseDecimal } from "../decimal.js";

/** «两位小数», «取整»: how a number of places is said in a trace or a sentence. */
export function placesWords(places: number): string {
  return places === 0
    ? "取整"
    : `保留${["", "一", "两", "三", "四"][places] ?? String(places)}位小数`;
}

/**
 * The scheme's rounding as one plain Chinese sentence, for a scheme read back and a score sheet:
 * «各项得分四舍五入保留两位小数，合计为各项保留后得分之和»; undefined when scores stay exact.
 */
export function explainPlaces(places: number | undefined): string | undefined {
  if (places === undefined) return undefined;
  return `各项得分四舍五入${placesWords(places)}，合计为各项保留后得分之和`;
}

/** The number of places of a canonical decimal text ("4.625" → 3). */
function placesOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A canonical decimal text rounded half-up to `places`, or itself when it has no more places. */
export function roundText(text: string, places: number): string {
  if (placesOf(text) <= places) return text;
  const value = parseDecimal(text) as Decimal;
  return formatDecimal(value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
}

/**
 * An item's closed score rounded to the scheme's places; where that changes it, the closing words
 * say the rounded score only («…，计 4.625 分，四舍五入保留两位小数，得 4.63 分» — never «得 4.625
 * 分» beside it, decision 0343), or, where the line does not close with the score, a line of its
 * own («4.625 分，四舍五入保留两位小数为 4.63 分»). The text itself when there is nothing to round.
 * `verb` is the closing's (`close`): 加 in a 加分 item's leaf (decision 0346), else 得.
 */
export function roundScore(
  trace: string[],
  text: string,
  places: number | undefined,
  verb: "得" | "加" = "得",
): string {
  if (places === undefined) return text;
  const rounded = roundText(text, places);
  if (rounded === text) return text;
  const words = placesWords(places);
  const last = trace.length - 1;
  const line = trace[last];
  const closing = `${verb} ${text} 分`;
  if (line !== undefined && line.endsWith(closing))
    trace[last] =
      `${line.slice(0, -closing.length)}计 ${text} 分，四舍五入${words}，${verb} ${rounded} 分`;
  else trace.push(`${text} 分，四舍五入${words}为 ${rounded} 分`);
  return rounded;
}
