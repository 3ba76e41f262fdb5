/**
 * Spreadsheet formula injection (docs/spec/security.md row 16): a text cell starting with = + - @ (or a
 * tab or carriage return) is prefixed with an apostrophe, so no spreadsheet program — nor a CSV
 * exported from the workbook — ever evaluates it. Numbers are written as numbers, never as text.
 * ID-card and mobile numbers in free text are masked (row 22); identifiers (a unit id, an item
 * code) never are: a UUID's last group can hold eleven digits that look like a mobile number.
 */

import { maskPersonalNumbers } from "../contract/personal-data.js";

const dangerous = /^[=+\-@\t\r]/;

/** An identifier as it is safe to put in a cell: exactly as stored, "'"-prefixed if it could start a formula. */
export function safeCellIdentifier(text: string): string {
  return dangerous.test(text) ? `'${text}` : text;
}

/** Free text as it is safe to put in a cell: personal numbers masked, then as an identifier. */
export function safeCellText(text: string): string {
  return safeCellIdentifier(maskPersonalNumbers(text));
}
