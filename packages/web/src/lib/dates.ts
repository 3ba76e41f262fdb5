/** Date display: prose in Chinese (2022年3月1日), tables in ISO (2022-03-01 08:00), local time. */
import dayjs from "dayjs";

/** `2022年3月1日` for prose; "—" for absent values. */
export function formatDateProse(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = dayjs(value);
  return date.isValid() ? `${date.year()}年${date.month() + 1}月${date.date()}日` : value;
}

/** `2022-03-01 08:00` for tables; "—" for absent values. */
export function formatDateTime(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const date = dayjs(value);
  return date.isValid() ? date.format("YYYY-MM-DD HH:mm") : value;
}
