/**
 * The bureau's time zone (decision 0210): a deadline picked as a day means the END of that day
 * (23:59:59.999) in the time zone set in 系统设置 (default Asia/Shanghai); the server stores the
 * instant (UTC ISO text) and the screens show instants in the same zone. Pure (Intl only), shared
 * by the server and the web app.
 */

/** The time zone used when none is configured. */
export const defaultTimeZone = "Asia/Shanghai";

/** Whether `name` is an IANA time zone name this runtime knows (Asia/Shanghai, Asia/Urumqi, UTC …). */
export function isValidTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a time zone. */
export function wallClockIn(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant (Asia/Shanghai: 8 h). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockIn(new Date(instant), timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** A calendar day as typed in a request or picked on screen. */
export const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The last millisecond of a calendar day (YYYY-MM-DD) in a time zone, as an instant
 * (2027-03-31 in Asia/Shanghai → 2027-03-31T15:59:59.999Z).
 */
export function endOfDayIn(day: string, timeZone: string): Date {
  const match = dayPattern.exec(day);
  if (match === null) throw new RangeError(`not a day: ${day}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = Date.UTC(y, m - 1, d, 23, 59, 59, 999);
  // The offset at the guess, corrected once more for a change of offset (summer time) between.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(instant: Date | string, timeZone: string): string {
  const w = wallClockIn(typeof instant === "string" ? new Date(instant) : instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** An instant as staff read it in a time zone: 2027年3月31日 23:59. */
export function formatInstantIn(instant: Date | string, timeZone: string): string {
  const w = wallClockIn(typeof instant === "string" ? new Date(instant) : instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}年${w.month}月${w.day}日 ${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * A deadline as staff read it in a time zone: the end of a day as `2027年3月31日 24:00 前`,
 * another instant as `2027年3月31日 18:00`.
 */
export function formatDeadlineIn(instant: Date | string, timeZone: string): string {
  const w = wallClockIn(typeof instant === "string" ? new Date(instant) : instant, timeZone);
  if (w.hour === 23 && w.minute === 59 && w.second === 59)
    return `${w.year}年${w.month}月${w.day}日 24:00 前`;
  return formatInstantIn(instant, timeZone);
}
