/**
 * Numbers as people type them (decision 0131): full-width digits and punctuation from a Chinese
 * input method (９９．８, －１, ２０％) and the minus sign U+2212 are the same number in ASCII.
 * Only a text that is nothing but such characters is normalised; any other text (a name, a
 * note, "1.5 次") is left exactly as typed, for the engine to accept or refuse with a message
 * naming the field. Shared by the web inputs and the API's facts schemas.
 */
import { z } from "zod";

const fullWidth = /[０-９．％－＋，\u2212\u3000]/g;
const hasFullWidth = /[０-９．％－＋，\u2212\u3000]/;
const numberLike = /^\s*[+-]?[\d.,%\s]*$/;

/** A number typed in full width (or with U+2212) in ASCII; any other text unchanged. */
export function normaliseNumberText(text: string): string {
  if (!hasFullWidth.test(text)) return text;
  const ascii = text.replace(fullWidth, (c) =>
    c === "\u2212" ? "-" : c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  return numberLike.test(ascii) ? ascii.trim() : text;
}

/** A facts value with every number-like string normalised (objects and lists walked). */
export function normaliseFactsText(value: unknown): unknown {
  if (typeof value === "string") return normaliseNumberText(value);
  if (Array.isArray(value)) return value.map(normaliseFactsText);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, normaliseFactsText(v)]),
    );
  return value;
}

/** One item's facts object as the API reads it: number-like strings normalised. */
export function factsInputSchema() {
  return z
    .record(z.string().max(64), z.unknown())
    .overwrite((facts) => normaliseFactsText(facts) as Record<string, unknown>);
}
