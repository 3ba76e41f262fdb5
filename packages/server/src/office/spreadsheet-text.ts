/**
 * Spreadsheet formula injection (docs/spec/security.md row 16): a text cell starting with = + - @ (or a
 * tab or carriage return) is prefixed with an apostrophe, so no spreadsheet program — nor a CSV
 * exported from the workbook — ever evaluates it. Numbers are written as numbers, never as text.
 * ID-card and mobile numbers in the text are masked (row 22).
 */

import { maskPersonalNumbers } from "../contract/personal-data.js";

const dangerous = /^[=+\-@\t\r]/;

/** The text as it is safe to put in a cell: unchanged, or prefixed with "'" when it could start a formula. */
export function safeCellText(text: string): string {
  const shown = maskPersonalNumbers(text);
  return dangerous.test(shown) ? `'${shown}` : shown;
}
