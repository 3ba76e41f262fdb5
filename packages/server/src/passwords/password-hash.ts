/**
 * Password hashing with Node's scrypt in PHC string format
 * (`$scrypt$ln=17,r=8,p=1$<salt>$<hash>`, base64 without padding). Verification reads the cost
 * from the stored string, so hashes made at another cost keep working.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function options(log2N: number, r: number, p: number): ScryptOptions {
  // scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is below what N = 2^17 needs.
  return { N: 2 ** log2N, r, p, maxmem: 256 * 2 ** log2N * r + 1024 * 1024 };
}

const b64 = (buffer: Buffer): string => buffer.toString("base64").replace(/=+$/, "");

/** Hashes a password at cost 2^log2N (17 in production: docs/spec/security.md row 8). */
export async function hashPassword(password: string, log2N: number): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scryptAsync(password, salt, options(log2N, 8, 1));
  return `$scrypt$ln=${log2N},r=8,p=1$${b64(salt)}$${b64(key)}`;
}

/** The parameters of a stored PHC scrypt hash, or undefined when it is not one. */
export function parsePasswordHash(
  stored: string,
): { log2N: number; r: number; p: number; salt: Buffer; key: Buffer } | undefined {
  const match =
    /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
      stored,
    );
  if (match === null) return undefined;
  const [, ln, r, p, salt, key] = match;
  return {
    log2N: Number(ln),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt ?? "", "base64"),
    key: Buffer.from(key ?? "", "base64"),
  };
}

/** Whether a password matches a stored hash (constant-time comparison). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (parsed === undefined) return false;
  const key = await scryptAsync(password, parsed.salt, options(parsed.log2N, parsed.r, parsed.p));
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}
