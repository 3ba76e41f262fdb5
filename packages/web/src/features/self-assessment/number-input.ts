/**
 * What a number input passes on (decision 0131): the text as typed, full-width digits and
 * punctuation normalised (９９．８ → 99.8); a whole number typed for a whole-number fact as a
 * number; anything else exactly as typed, so the engine refuses it with a message naming the
 * field — never rounded (1.5 次 stays 1.5), clamped (−1 stays −1) or dropped (abc stays abc).
 */
import { normaliseNumberText } from "@kaoping/server/contract";

/** The value a typed text stands for; undefined when nothing is typed. */
export function numberInputValue(type: string, typed: string): unknown {
  const text = normaliseNumberText(typed);
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (type === "int" && /^-?\d{1,15}$/.test(trimmed)) return Number(trimmed);
  return text;
}

/** The text an input shows for a stored value. */
export function numberInputText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
