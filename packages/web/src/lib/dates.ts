/**
 * Date display in the bureau's time zone (系统设置 → 时区, decision 0210), never the browser's:
 * prose in Chinese (2022年3月1日), tables in ISO (2022-03-01 08:00). The zone is read with the
 * system name at start-up (`setBureauTimeZone`).
 */
import { dayIn, defaultTimeZone, formatDeadlineIn, wallClockIn } from "@kaoping/server/contract";

let bureauTimeZone = defaultTimeZone;

/** Sets the zone every date on screen is shown in. */
export function setBureauTimeZone(zone: string): void {
  bureauTimeZone = zone;
}

/** What staff call the zone: 北京时间 for Asia/Shanghai, else its name. */
export function timeZoneLabel(): string {
  return bureauTimeZone === "Asia/Shanghai" ? "北京时间" : bureauTimeZone;
}

function valid(value: string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `2022年3月1日` for prose; "—" for absent values. */
export function formatDateProse(value: string | null | undefined): string {
  const date = valid(value);
  if (date === undefined)
    return value === null || value === undefined || value === "" ? "—" : value;
  const w = wallClockIn(date, bureauTimeZone);
  return `${w.year}年${w.month}月${w.day}日`;
}

/** `2022-03-01 08:00` for tables; "—" for absent values. */
export function formatDateTime(value: string | null | undefined): string {
  const date = valid(value);
  if (date === undefined)
    return value === null || value === undefined || value === "" ? "—" : value;
  const w = wallClockIn(date, bureauTimeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** A deadline as staff read it: `2027年3月31日 24:00 前` for a day's end, else the time. */
export function formatDeadline(value: string | null | undefined): string {
  const date = valid(value);
  return date === undefined ? "未设置" : formatDeadlineIn(date, bureauTimeZone);
}

/** The calendar day (YYYY-MM-DD) of an instant in the bureau's zone, for date pickers. */
export function bureauDayOf(value: string): string {
  return dayIn(value, bureauTimeZone);
}
