// The occurrences kind remembers an event's value and text by the values of the fields its term
// names (docs/decisions/0009, second pass): that must give exactly what valuing the event afresh
// gives, whatever the events, field values (also numbers, strings that look like keys) and
// the order they come in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../src/decimal.js";
import type { FactDeclaration } from "../src/facts/declaration.js";
import type { FactRecord } from "../src/facts/value.js";
import { occurrences, rememberedEvent, valueEvent } from "../src/rules/kinds/occurrences.js";

const decl = {
  name: "events",
  type: "list",
  label: "事件",
  required: false,
  fields: [
    { name: "level", type: "level", label: "级别" },
    { name: "key", type: "text", label: "事项" },
    { name: "flag", type: "bool", label: "协助" },
    { name: "extra", type: "bool", label: "推广" },
  ],
} as unknown as FactDeclaration;

const fieldValue = fc.oneof(
  fc.constantFrom("county", "city", "province", "national", "a", "s1:a", "T", "u", "-", ""),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant(undefined),
  fc.integer({ min: -3, max: 3 }).map((i) => new Decimal(i)),
);
const event = fc
  .record({ level: fieldValue, key: fieldValue, flag: fieldValue, extra: fieldValue })
  .map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)));
const fieldName = fc.constantFrom("level", "key", "flag", "extra");
const equals = fc.oneof(fc.boolean(), fc.constantFrom("county", "a", "T"));
const term = fc
  .record({
    points: fc.option(fc.constantFrom("1", "0.5", "-2", "3.25"), { nil: undefined }),
    byField: fc.option(
      fc.record({
        field: fieldName,
        points: fc.constant({ county: "1", city: "2", a: "0.5", true: "4" }),
      }),
      { nil: undefined },
    ),
    exempt: fc.option(fc.record({ field: fieldName, equals }), { nil: undefined }),
    extra: fc.option(
      fc.record({ field: fieldName, equals, points: fc.constantFrom("1", "0.25") }),
      {
        nil: undefined,
      },
    ),
    onePerKey: fc.option(fieldName, { nil: undefined }),
  })
  .map((t) => {
    const raw = Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined));
    const withPoints =
      raw.points === undefined && raw.byField === undefined ? { ...raw, points: "1" } : raw;
    const params = occurrences.params.parse({
      mode: "deduct",
      terms: [{ fact: "events", ...withPoints }],
    });
    return params.terms[0] as (typeof params.terms)[number];
  });

describe("occurrences: remembered events", () => {
  it("value and text equal valuing the event afresh, in any order and repetition", () => {
    fc.assert(
      fc.property(term, fc.array(event, { minLength: 1, maxLength: 30 }), (t, events) => {
        for (const e of [...events, ...events.reverse()]) {
          const fresh = valueEvent(t, decl, e as FactRecord);
          const remembered = rememberedEvent(t, decl, e as FactRecord);
          expect(remembered.e).toBe(e);
          expect(remembered.text).toBe(fresh.text);
          expect(remembered.value.toFixed()).toBe(fresh.value.toFixed());
          expect(remembered.value.isNegative()).toBe(fresh.value.isNegative());
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("a different declaration for the same term is not served another's texts", () => {
    const t = occurrences.params.parse({
      mode: "deduct",
      terms: [{ fact: "events", byField: { field: "level", points: { county: "1" } } }],
    }).terms[0] as Parameters<typeof valueEvent>[0];
    const e = { level: "county" } as FactRecord;
    const other = { ...decl, fields: [{ name: "level", type: "text", label: "等级" }] };
    expect(rememberedEvent(t, decl, e).text).toBe(valueEvent(t, decl, e).text);
    const text = rememberedEvent(t, other as unknown as FactDeclaration, e).text;
    expect(text).toBe(valueEvent(t, other as unknown as FactDeclaration, e).text);
    expect(text).not.toBe(valueEvent(t, decl, e).text);
  });
});
