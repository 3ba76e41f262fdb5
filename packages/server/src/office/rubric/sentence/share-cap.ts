/**
 * A cap written as a share of the item's points (扣分不超过本项分值的50%, 扣分最多不超过本项分值的一半,
 * 以该项分值的40%为限): read as the points it comes to before the parts are found, so the cap
 * patterns read it as any cap in 分 (decision 0339). The figure maps back to the words it stands
 * for. Where the item's points are not known the text is left as written.
 */
import { parseDecimal } from "@kaoping/engine";
import type { Mapped } from "./text.js";

/** 本项分值的50% / 该项总分的一半 / 本项满分的0.5 (二分之一, already a figure): the share written. */
const SHARE =
  /(以)?(?:本项|该项|此项|本项目|该项目)(?:的)?(?:分值|总分|满分|标准分|分数)(?:的)?(\d+(?:\.\d+)?%|一半|0\.\d+)(为限)?/g;
/** A cap word before the share, in the same piece (不超过, 最多, 最高, 至多, 上限为). */
const CAP_BEFORE = /(?:不(?:得)?超过|最多|最高|至多|上限(?:为)?|封顶)[^,;。]{0,3}$/;

/** The share as a fraction of 1: 50% → 0.5, 一半 → 0.5, 0.4 → 0.4. */
function fractionOf(written: string) {
  if (written === "一半") return parseDecimal("0.5");
  if (written.endsWith("%")) return parseDecimal(written.slice(0, -1))?.dividedBy(100);
  return parseDecimal(written);
}

/** The text with every capped share of the item's points written as the points it comes to. */
export function withShareCaps(m: Mapped, max: string | undefined): Mapped {
  const points = parseDecimal(max);
  if (points === undefined || m.text.search(SHARE) < 0) return m;
  let text = "";
  const at: number[] = [];
  let from = 0;
  for (const s of m.text.matchAll(SHARE)) {
    const limited = s[1] !== undefined && s[3] === "为限";
    const capped = CAP_BEFORE.test(m.text.slice(0, s.index));
    const share = fractionOf(s[2] ?? "");
    if ((!limited && !capped) || share === undefined || share.greaterThan(1)) continue;
    // 以本项分值的一半为限 is 不超过N分; after a cap word the share is the figure alone.
    const figure = `${limited ? "不超过" : ""}${points.times(share).toFixed()}分`;
    text += m.text.slice(from, s.index);
    at.push(...m.at.slice(from, s.index));
    const end = s.index + s[0].length;
    [...figure].forEach((_, k) =>
      at.push((k === figure.length - 1 ? m.at[end - 1] : m.at[s.index]) ?? 0),
    );
    text += figure;
    from = end;
  }
  text += m.text.slice(from);
  at.push(...m.at.slice(from));
  return { text, at };
}
