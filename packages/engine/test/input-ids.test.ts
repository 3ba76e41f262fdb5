// The round's input ids must be exactly as discriminating as the JSON text they replace: two
// plain inputs share an id if and only if JSON.stringify writes the same text for them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputIds } from "../src/facts/input-ids.js";

/** Item inputs like a round's: records of scalars and lists of records, small ranges so they repeat. */
const scalar = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, 1.25, 99.65, 1e21),
  fc.constantFrom("", "0", "1", "99.65", "city", "true", "null"),
);
const record = fc.dictionary(fc.constantFrom("a", "b", "1", "level", "rate"), scalar, {
  maxKeys: 3,
});
const input = fc.oneof(
  scalar,
  record,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom("a", "list"),
    fc.oneof(scalar, fc.array(record, { maxLength: 2 })),
    {
      maxKeys: 2,
    },
  ),
);

describe("input ids", () => {
  it("give equal ids exactly to inputs with equal JSON text", () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 2, maxLength: 12 }), (inputs) => {
        const ids = new InputIds();
        const seen = inputs.map((v) => ({ id: ids.idOf(v), text: JSON.stringify(v) }));
        for (const a of seen) {
          expect(a.id).toBeGreaterThan(0);
          for (const b of seen) expect(a.id === b.id).toBe(a.text === b.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("tell apart key order, types and nesting", () => {
    const ids = new InputIds();
    const cases: unknown[] = [
      { a: 1, b: 2 },
      { b: 2, a: 1 },
      { a: "1" },
      { a: 1 },
      { a: true },
      { a: null },
      { a: [] },
      { a: {} },
      [],
      {},
      [1, 2],
      [[1], 2],
      [1, [2]],
      ["a", 1],
      { a: 1, "1": 2 },
      1,
      "1",
      true,
      null,
    ];
    const all = cases.map((c) => ids.idOf(c));
    expect(new Set(all).size).toBe(cases.length);
    expect(ids.idOf({ b: 2, a: 1 })).toBe(all[1]);
    expect(ids.idOf(Object.assign(Object.create(null) as object, { a: 1 }))).toBe(all[3]);
  });

  it("refuse what JSON text would blur", () => {
    const ids = new InputIds();
    const deep = { a: [{ b: [1] }] };
    const sparse: unknown[] = [];
    sparse[1] = 1;
    for (const v of [
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      () => 1,
      Symbol("s"),
      1n,
      Object(1) as unknown,
      new Date(0),
      new Map(),
      sparse,
      { a: undefined },
      [undefined],
      deep,
    ])
      expect(ids.idOf(v)).toBe(-1);
  });
});
