/**
 * Identifiers the administrator never sees: a new fact, field or option gets the next free
 * name of its kind (`f3`, `v2`) when it is added, and keeps it for good — renaming its Chinese
 * label changes nothing a rule or stored facts refer to.
 */

/** The next free name `prefix` + number among `taken` (one more than the highest in use). */
export function nextName(prefix: string, taken: readonly unknown[]): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const name of taken) {
    const match = typeof name === "string" ? pattern.exec(name) : null;
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}
