/** Checks a typed rating against the item's range and decimal places before it is sent. */
import { parseDecimal } from "@kaoping/engine";

/** A Chinese message when `text` is not a valid rating in [min, max] with at most `scale` decimals; undefined when valid. */
export function ratingProblem(
  text: string,
  item: { min: string; max: string; scale: number },
): string | undefined {
  const value = parseDecimal(text.trim());
  if (text.trim() === "" || value === undefined) return "请输入数字";
  if (value.decimalPlaces() > item.scale)
    return item.scale === 0 ? "请输入整数" : `最多 ${item.scale} 位小数`;
  const min = parseDecimal(item.min);
  const max = parseDecimal(item.max);
  if ((min !== undefined && value.lessThan(min)) || (max !== undefined && value.greaterThan(max)))
    return `应在 ${item.min}–${item.max} 分之间`;
  return undefined;
}
