// The lossless JSON reader: numbers stay the decimals they are written as; errors say where.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonLossless } from "./lossless-json.js";

const value = (text: string) => {
  const r = parseJsonLossless(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe("parseJsonLossless", () => {
  it.each([
    ["99.6", 99.6],
    ["14.5", 14.5],
    ["50000.00", 50000],
    ["-0.5", -0.5],
    ["1e2", 100],
    ["0.1000000000000000055511151231257827", "0.1000000000000000055511151231257827"],
    ["123456789012345678901234567890", "123456789012345678901234567890"],
    ["1e400", "1e400"],
    ["99.60000000000000001", "99.60000000000000001"],
  ])("reads %s as %j", (text, expected) => expect(value(text)).toEqual(expected));

  it("reads structures like JSON.parse, keeping __proto__ as data", () => {
    expect(value(` { "a" : [1, "x\\u00e9\\n", true, false, null, {}], "b": {"c": []} } `)).toEqual({
      a: [1, "xé\n", true, false, null, {}],
      b: { c: [] },
    });
    const obj = value(`{"__proto__": {"polluted": 1}}`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(Object.keys(obj)).toEqual(["__proto__"]);
  });

  it.each([
    ["{ not json", 1, 3],
    ['{"a": 1,}', 1, 9],
    ["[1, 2", 1, 6],
    ['{"a":\n  01}', 2, 4],
    ['"tab\there"', 1, 5],
    ["1 2", 1, 3],
    ["", 1, 1],
  ])("refuses %j at line %i column %i", (text, line, column) => {
    const r = parseJsonLossless(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.column]).toEqual([line, column]);
  });

  it("agrees with JSON.parse on any JSON whose numbers are doubles", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        expect(value(text)).toEqual(JSON.parse(text));
      }),
    );
  });
});
