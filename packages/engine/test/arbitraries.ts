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

const level = fc.constantFrom("county", "city", "province", "national");
/** A decimal string in [0, max] with at most `places` decimals, or sometimes a JSON number. */
export const dec = (max: number, places: number) =>
  fc
    .integer({ min: 0, max: max * 10 ** places })
    .chain((n) =>
      fc.constantFrom(new Decimal(n).dividedBy(10 ** places).toFixed(), n / 10 ** places),
    );
export const count = fc.integer({ min: 0, max: 30 });

/** Random valid facts for one township-2022 unit; some optional facts left out. */
export const townshipFacts = fc
  .record({
    late: count,
    again: count,
    served: fc.integer({ min: 0, max: 40 }),
    extraVillages: fc.integer({ min: 0, max: 40 }),
    f: fc.record({
      "1.1": fc.record({ met: fc.boolean() }),
      "1.2": fc.record({ met: fc.boolean() }),
      "1.3": fc.record({ absences: count }),
      "2.1": fc.record({ score: dec(5, 2) }),
      "2.2": fc.record({ articles: count }),
      "3.1": fc.record({ score: dec(5, 2) }),
      "3.2": fc.record({ score: dec(5, 2) }),
      "4.1": fc.record({ rate: dec(100, 4) }),
      "4.2": fc.record({ violations: count }),
      "4.3": fc.record({ notices: count }),
      "4.4": fc.record({ rate: dec(100, 2) }),
      "5.1": fc.record({ missingWindows: count }),
      "5.3": fc.record({ met: fc.boolean() }),
      "5.4": fc.record({ errors: count }),
      "5.5": fc.record({ notices: count }),
      "5.6": fc.record({ volume: fc.nat(10000), previousVolume: fc.nat(10000) }),
      "6": fc.record(
        {
          cases: fc.array(fc.record({ assisted: fc.boolean() }, { requiredKeys: [] }), {
            maxLength: 4,
          }),
        },
        { requiredKeys: [] },
      ),
      "7": fc.record(
        { findings: fc.array(fc.record({ level }), { maxLength: 6 }) },
        { requiredKeys: [] },
      ),
      "8": fc.record({ ratings: fc.array(dec(15, 2), { minLength: 1, maxLength: 9 }) }),
      "9.2": fc.record({ donationYuan: dec(200000, 2) }, { requiredKeys: [] }),
      "9.3": fc.record(
        { reached70On: fc.constantFrom("2022-01-05", "2022-03-01", "2022-06-30") },
        { requiredKeys: [] },
      ),
      "9.4": fc.record(
        { pilots: fc.array(fc.record({ level, promoted: fc.boolean() }), { maxLength: 5 }) },
        { requiredKeys: [] },
      ),
      "9.5": fc.record({ honors: count }, { requiredKeys: [] }),
      "9.6": fc.record(
        {
          endorsements: fc.array(fc.record({ work: fc.constantFrom("a", "b", "c"), level }), {
            maxLength: 6,
          }),
        },
        { requiredKeys: [] },
      ),
      "9.7": fc.record(
        {
          adoptions: fc.array(
            fc.record({
              info: fc.constantFrom("x", "y"),
              channel: fc.constantFrom("gov", "media"),
              level,
            }),
            { maxLength: 8 },
          ),
        },
        { requiredKeys: [] },
      ),
      "9.8": fc.record({ met: fc.boolean() }, { requiredKeys: [] }),
    }),
  })
  .map(({ late, again, served, extraVillages, f }) => ({
    ...f,
    "1.4": { late: late + again, lateAfterReminder: again },
    "5.2": { villagesServed: served, villagesTotal: Math.max(1, served + extraVillages) },
  }));
