import { describe, expect, it } from "vitest";
import { defaultConfig } from "../config.js";
import { hashPassword, parsePasswordHash, verifyPassword } from "./password-hash.js";

describe("password hashing (docs/spec/security.md row 8)", () => {
  it("uses scrypt N = 2^17, r = 8, p = 1 in PHC format by default", async () => {
    const cost = defaultConfig("/tmp").passwordHashCost;
    expect(cost).toBe(17);
    const hash = await hashPassword("Kp-2026-long", cost);
    expect(hash).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    const parsed = parsePasswordHash(hash);
    expect(parsed).toMatchObject({ log2N: 17, r: 8, p: 1 });
    expect(parsed?.salt).toHaveLength(16);
    expect(parsed?.key).toHaveLength(32);
    expect(await verifyPassword("Kp-2026-long", hash)).toBe(true);
  });

  it("verifies the right password only, with a fresh salt every time", async () => {
    const a = await hashPassword("Kp-2026-long", 10);
    const b = await hashPassword("Kp-2026-long", 10);
    expect(a).not.toBe(b);
    expect(await verifyPassword("Kp-2026-long", a)).toBe(true);
    expect(await verifyPassword("Kp-2026-lonG", a)).toBe(false);
    expect(await verifyPassword("Kp-2026-long", "not a hash")).toBe(false);
  });
});
