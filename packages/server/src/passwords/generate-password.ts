/** One-time passwords for new accounts, resets and the first administrators. */
import { randomInt } from "node:crypto";

// No look-alike characters (0/O, 1/l/I) so a printed password is typed correctly.
const classes = ["abcdefghijkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "#%+=@^*"];

/** A random 16-character password with every character class (meets the policy). */
export function generateOneTimePassword(length = 16): string {
  const all = classes.join("");
  const chars = classes.map((set) => set[randomInt(set.length)] ?? "");
  while (chars.length < length) chars.push(all[randomInt(all.length)] ?? "");
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? "", chars[i] ?? ""];
  }
  return chars.join("");
}
