/**
 * The seed's 9.6 reads "县级领导批示肯定每条加O.5分" with the letter O (issue 14 defect 11): the
 * template keeps the standard's text as issued and says in the item's 备注 that the letter is a
 * mistyped zero, scoring 0.5 per endorsement.
 */
import { describe, expect, it } from "vitest";
import { getTemplate } from "../src/index.js";

/** The object with the given code anywhere under a scheme. */
function findByCode(node: unknown, code: string): Record<string, unknown> | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findByCode(child, code);
      if (found) return found;
    }
    return undefined;
  }
  if (node === null || typeof node !== "object") return undefined;
  const record = node as Record<string, unknown>;
  if (record.code === code) return record;
  for (const value of Object.values(record)) {
    const found = findByCode(value, code);
    if (found) return found;
  }
  return undefined;
}

describe("the township template's 9.6 typo", () => {
  it("keeps the seed's 加O.5分 and marks it in a note, scoring 0.5 per 县级 endorsement", () => {
    const item = findByCode(getTemplate("township-2022"), "9.6");
    expect(item?.standard).toContain("县级领导批示肯定每条加O.5分");
    expect(item?.notes).toMatch(/误写.*按每条加 0\.5 分计分/);
    expect(JSON.stringify(item?.rule)).toContain('"county":"0.5"');
  });
});
