/** fast-check arbitraries shared by the engine's property tests. */
import fc from "fast-check";
import { Decimal, formatDecimal } from "../src/decimal.js";

/**
 * A decimal text with up to `digits` integer digits and up to `places` places, either sign
 * unless `negative` is false: canonical (as `formatDecimal` writes it) unless `canonical` is false.
 */
export function decimalText(digits: number, places: number, canonical = true, negative = true) {
  return fc
    .tuple(
      negative ? fc.boolean() : fc.constant(false),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(digits) - 1n }),
      fc.integer({ min: 0, max: places }),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(places) - 1n }),
    )
    .map(([negative, whole, p, part]) => {
      const fraction = p === 0 ? "" : String(part % 10n ** BigInt(p)).padStart(p, "0");
      const text = `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
      return canonical ? formatDecimal(new Decimal(text)) : text;
    });
}
