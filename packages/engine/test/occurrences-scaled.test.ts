// The occurrences kind's scaled-integer path (docs/decisions/0009, second pass) must give exactly
// what its decimal.js path gives — score (value and sign) and trace — whenever it answers, and it
// must answer for the values real schemes and facts have.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constant, Decimal, formatDecimal } from "../src/decimal.js";
import type { FactDeclaration } from "../src/facts/declaration.js";
import type { FactValue } from "../src/facts/value.js";
import type { RuleEnv } from "../src/rules/kind.js";
import { evaluateDecimal, evaluateScaled, occurrences } from "../src/rules/kinds/occurrences.js";

/** A decimal text with up to `digits` integer digits and `places` places, canonical or not. */
function decimalText(digits: number, places: number, canonical: boolean, negative = true) {
  return fc
    .tuple(
      negative ? fc.boolean() : fc.constant(false),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(digits) - 1n }),
      fc.integer({ min: 0, max: places }),
      fc.bigInt({ min: 0n, max: 10n ** BigInt(places) - 1n }),
    )
    .map(([minus, whole, p, part]) => {
      const fraction = p === 0 ? "" : String(part % 10n ** BigInt(p)).padStart(p, "0");
      const text = `${minus ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
      return canonical ? formatDecimal(new Decimal(text)) : text;
    });
}

/** Scheme literals and fact values: mostly small, sometimes far outside the scaled domain. */
const anyText = fc.oneof(
  { weight: 14, arbitrary: decimalText(3, 2, false) },
  { weight: 2, arbitrary: decimalText(8, 4, true) },
  { weight: 1, arbitrary: decimalText(14, 6, true) },
  { weight: 1, arbitrary: decimalText(25, 12, false) },
  { weight: 1, arbitrary: fc.constantFrom("0", "-0", "0.0000", "999999999.9999", "1000000000") },
);
/** What real schemes hold: a few places, small values (the path must answer for these). */
const smallText = decimalText(3, 2, false, false);

const keys = ["a", "b", "c"];
const listDecl = (i: number): FactDeclaration =>
  ({
    name: `l${i}`,
    type: "list",
    label: `事件${i}`,
    required: false,
    ...(i % 2 === 0 ? { unit: "起" } : {}),
    fields: [
      { name: "level", type: "level", label: "级别" },
      { name: "key", type: "text", label: "事项" },
      { name: "flag", type: "bool", label: "协助" },
      { name: "extra", type: "bool", label: "推广" },
    ],
  }) as unknown as FactDeclaration;
const countDecl = (i: number): FactDeclaration =>
  ({
    name: `c${i}`,
    type: "decimal",
    label: `次数${i}`,
    required: false,
    ...(i % 2 === 0 ? { unit: "次" } : {}),
  }) as unknown as FactDeclaration;

function termOf(text: fc.Arbitrary<string>, value: fc.Arbitrary<string> = text) {
  const points = fc.option(text, { nil: undefined });
  const count = fc.record({ kind: fc.constant("count" as const), points: text, value });
  const list = fc.record({
    kind: fc.constant("list" as const),
    points,
    byField: fc.option(
      fc.record({
        county: text,
        city: text,
        province: text,
      }),
      { nil: undefined },
    ),
    exempt: fc.boolean(),
    extra: fc.option(text, { nil: undefined }),
    onePerKey: fc.boolean(),
    events: fc.array(
      fc.record({
        level: fc.constantFrom("county", "city", "province", "national"),
        key: fc.constantFrom(...keys),
        flag: fc.boolean(),
        extra: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  });
  return fc.oneof(count, list);
}

type TermCase =
  | { kind: "count"; points: string; value: string }
  | {
      kind: "list";
      points: string | undefined;
      byField: Record<string, string> | undefined;
      exempt: boolean;
      extra: string | undefined;
      onePerKey: boolean;
      events: Record<string, unknown>[];
    };

/** The kind's params (as its schema reads them) and a rule environment for one unit. */
function caseOf(mode: "deduct" | "award", max: string, terms: TermCase[]) {
  const values = new Map<string, FactValue>();
  const decls = new Map<string, FactDeclaration>();
  const params = {
    mode,
    terms: terms.map((t, i) => {
      if (t.kind === "count") {
        decls.set(`c${i}`, countDecl(i));
        values.set(`c${i}`, new Decimal(t.value));
        return { fact: `c${i}`, points: t.points };
      }
      decls.set(`l${i}`, listDecl(i));
      values.set(`l${i}`, t.events as FactValue);
      return {
        fact: `l${i}`,
        ...(t.points !== undefined || t.byField === undefined ? { points: t.points ?? "1" } : {}),
        ...(t.byField !== undefined ? { byField: { field: "level", points: t.byField } } : {}),
        ...(t.exempt ? { exempt: { field: "flag", equals: true } } : {}),
        ...(t.extra !== undefined
          ? { extra: { field: "extra", equals: true, points: t.extra } }
          : {}),
        ...(t.onePerKey ? { onePerKey: "key" } : {}),
      };
    }),
  };
  const env: RuleEnv = {
    item: { code: "1", title: "测试项", max: constant(max) },
    get: (ref) => values.get(ref),
    has: (ref) => values.has(ref),
    decl: (ref) => decls.get(ref) as FactDeclaration,
    context: undefined,
    run: () => {
      throw new Error("not composite");
    },
  };
  return { params: occurrences.params.parse(params), env };
}

/** Score text, its sign (the walk reads isNegative) and trace of an outcome. */
const shown = (o: { score: Decimal; trace: string[] }) => ({
  score: o.score.toFixed(),
  negative: o.score.isNegative(),
  text: formatDecimal(o.score),
  trace: o.trace,
});

describe("occurrences on scaled integers", () => {
  it("equals decimal.js whenever it answers, on values inside and far outside its domain", () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom("deduct" as const, "award" as const),
        anyText,
        fc.array(termOf(anyText, fc.oneof(anyText, fc.constantFrom("1e+21", "1e-7"))), {
          minLength: 1,
          maxLength: 3,
        }),
        (mode, max, terms) => {
          const { params, env } = caseOf(mode, max, terms as TermCase[]);
          const fast = evaluateScaled(params, env);
          const slow = evaluateDecimal(params, env);
          if (fast === undefined) return;
          answered++;
          expect(shown(fast)).toEqual(shown(slow));
        },
      ),
      { numRuns: 3000 },
    );
    // Both sides of the domain were exercised.
    expect(answered).toBeGreaterThan(200);
    expect(answered).toBeLessThan(3000);
  });

  it("answers (and equals decimal.js) for the small values schemes and facts have", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("deduct" as const, "award" as const),
        smallText,
        fc.array(termOf(smallText), { minLength: 1, maxLength: 3 }),
        (mode, max, terms) => {
          const { params, env } = caseOf(mode, max, terms as TermCase[]);
          const fast = evaluateScaled(params, env);
          expect(fast).toBeDefined();
          if (fast !== undefined) expect(shown(fast)).toEqual(shown(evaluateDecimal(params, env)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("leaves a max of −0 and values beyond its domain to decimal.js", () => {
    const big = caseOf("deduct", "5", [{ kind: "count", points: "0.5", value: "1234567890" }]);
    expect(evaluateScaled(big.params, big.env)).toBeUndefined();
    const places = caseOf("award", "5", [{ kind: "count", points: "0.00001", value: "3" }]);
    expect(evaluateScaled(places.params, places.env)).toBeUndefined();
    const minusZero = caseOf("deduct", "-0", [{ kind: "count", points: "1", value: "0" }]);
    expect(evaluateScaled(minusZero.params, minusZero.env)).toBeUndefined();
    expect(evaluateDecimal(minusZero.params, minusZero.env).score.isNegative()).toBe(true);
    const kind = caseOf("deduct", "5", [{ kind: "count", points: "0.5", value: "3" }]);
    expect(shown(occurrences.evaluate(kind.params, kind.env))).toEqual({
      score: "3.5",
      negative: false,
      text: "3.5",
      trace: ["次数0 3 次，每次扣 0.5 分，扣 1.5 分"],
    });
  });
});
