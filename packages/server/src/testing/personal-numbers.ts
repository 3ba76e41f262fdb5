/** Personal numbers for the masking tests (docs/spec/security.md row 22). */

/** A valid 18-character ID-card number (GB 11643 check digit) for a birth date. */
export function idCardNumber(area = "330502", birth = "19900101", order = "123"): string {
  const body = `${area}${birth}${order}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return body + "10X98765432"[sum % 11];
}
