/**
 * A whole number as typed (decision 0131, issue 14 defect 7): antd's InputNumber rounds on blur
 * (precision 0: 3.5 → 4), clamps to its min/max (−1 → 1) and drops full-width digits (４) —
 * silent changes. A whole-number field is a text input instead: full-width digits and
 * punctuation are normalised (shared contract function), a whole number written plainly (2026,
 * −1) is passed on as that number, anything else exactly as typed (3.5, 03, abc stay text, so
 * the input never rewrites what is being typed) — the field's check (the form's rule or the
 * server's schema) refuses what is not a whole number in range with a message naming the field.
 */
import { normaliseNumberText } from "@kaoping/server/contract";

/** The value a typed text stands for; undefined when nothing is typed. */
export function wholeNumberValue(typed: string): number | string | undefined {
  const text = normaliseNumberText(typed).trim();
  if (text === "") return undefined;
  if (/^-?(0|[1-9]\d{0,14})$/.test(text)) return Number(text);
  return text;
}

/** The text the input shows for a value. */
export function wholeNumberText(value: unknown): string {
  return typeof value === "number" || typeof value === "string" ? String(value) : "";
}
