/**
 * Personal numbers in free text (docs/spec/security.md row 22, PIPL art. 51): an ID-card number
 * (18 characters with a valid birth date and check digit, or the old 15-digit form) or a mainland
 * mobile number typed into a comment, a reason or a text fact is masked wherever it leaves the
 * database for people to read — the audit log, the server log, the Word and Excel exports:
 * `330502********123X`, `138****5678` — and on the web screens that show free text written by
 * someone else. One function, in the contract so the server and the web app share it.
 */

const ID_18 = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])/g;
const ID_15 = /(?<![0-9A-Za-z])(\d{6})(\d{6})(\d{3})(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g;
// Identifiers, never personal numbers: a UUID (its last group can hold eleven digits that look
// like a mobile number, …-a13812345678) and a run of 32 or more hex digits (a hash). Text
// inside them is left as it is, so a record stays findable by its id.
const IDENTIFIER =
  /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{32,}/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** Whether `yyyymmdd` is a plausible birth date (1900–2099, a real month and day). */
function isBirthDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Whether an 18-character number carries the right GB 11643 check digit. */
function hasCheckDigit(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] === id[17]!.toUpperCase();
}

/** The text with every ID-card and mobile number in it masked; anything else unchanged. */
export function maskPersonalNumbers(text: string): string {
  if (!/\d{11}/.test(text)) return text;
  let out = "";
  let from = 0;
  for (const id of text.matchAll(IDENTIFIER)) {
    out += maskPlain(text.slice(from, id.index)) + id[0];
    from = id.index + id[0].length;
  }
  return out + maskPlain(text.slice(from));
}

/** `maskPersonalNumbers` on text that holds no identifier. */
function maskPlain(text: string): string {
  if (!/\d{11}/.test(text)) return text;
  return text
    .replace(ID_18, (whole, area: string, birth: string, tail: string) =>
      isBirthDate(birth) && hasCheckDigit(whole) ? `${area}${"*".repeat(8)}${tail}` : whole,
    )
    .replace(ID_15, (whole, area: string, birth: string, tail: string) =>
      isBirthDate(`19${birth}`) ? `${area}${"*".repeat(6)}${tail}` : whole,
    )
    .replace(MOBILE, (_whole, head: string, _middle: string, tail: string) => `${head}****${tail}`);
}

/** A copy of a JSON-like value with every string (and key) passed through `maskPersonalNumbers`. */
export function maskPersonalNumbersIn(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskPersonalNumbers(value);
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => maskPersonalNumbersIn(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    Object.defineProperty(out, maskPersonalNumbers(key), {
      value: maskPersonalNumbersIn(inner, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
