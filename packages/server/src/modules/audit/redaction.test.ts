/**
 * Secrets never reach the audit log's details (docs/spec/security.md row 13): the walk that hides
 * them stops after eight levels (a guard, not a feature), and what lies below is left out rather
 * than stored unread (issue 15: the surviving mutants of that limit).
 */
import { describe, expect, it } from "vitest";
import { redactSecrets } from "./writer.js";

/** `{ level: { level: … { ...leaf } } }`, `levels` objects above the leaf. */
function nested(levels: number, leaf: Record<string, unknown>): Record<string, unknown> {
  let value: Record<string, unknown> = leaf;
  for (let i = 0; i < levels; i++) value = { level: value };
  return value;
}

describe("hiding secrets in audit details", () => {
  it.each([1, 7, 8])("hides a secret %i levels down and keeps its neighbours", (levels) => {
    const out = redactSecrets(nested(levels, { password: "Kp-secret-1", note: "保留" }));
    expect(out).toEqual(nested(levels, { password: "[已隐藏]", note: "保留" }));
  });

  it("hides secrets inside lists, item by item, keeping the list", () => {
    expect(redactSecrets({ items: [{ token: "t-1" }, "plain", 3, null] })).toEqual({
      items: [{ token: "[已隐藏]" }, "plain", 3, null],
    });
  });

  it.each([9, 12, 40])("stores nothing unread %i levels down, never the secret", (levels) => {
    const text = JSON.stringify(redactSecrets(nested(levels, { password: "Kp-secret-1" })));
    expect(text).not.toContain("Kp-secret-1");
    expect(text).toContain("[已省略]");
  });

  it("counts a list as a level like an object", () => {
    let value: unknown = { password: "Kp-secret-1" };
    for (let i = 0; i < 12; i++) value = [value];
    const text = JSON.stringify(redactSecrets(value));
    expect(text).not.toContain("Kp-secret-1");
    expect(text).toContain("[已省略]");
  });

  it("keeps plain values as they are", () => {
    expect(redactSecrets({ count: 2, name: "张三", empty: null, flag: false })).toEqual({
      count: 2,
      name: "张三",
      empty: null,
      flag: false,
    });
    expect(redactSecrets("text")).toBe("text");
  });
});
