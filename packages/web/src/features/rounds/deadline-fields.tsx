/**
 * Deadline days on forms (decision 0210): a picked day means the end of that day (24:00) in the
 * bureau's time zone; the server converts it. New rounds start with sensible defaults shown.
 */
import { DatePicker, Form } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { bureauDayOf, timeZoneLabel } from "../../lib/dates";
import type { DeadlineDays } from "./round-admin-api";

const fields = [
  ["selfAssessment", "自评截止"],
  ["review", "审核截止"],
  ["rating", "评议截止"],
  ["appeal", "申诉截止"],
] as const;

/** A picked day as the API takes it (YYYY-MM-DD) or null. */
export function dayText(value: Dayjs | null | undefined): string | null {
  return value === null || value === undefined ? null : value.format("YYYY-MM-DD");
}

/** A stored instant as the day a picker shows (in the bureau's zone). */
export function pickerDay(instant: string | null): Dayjs | null {
  return instant === null ? null : dayjs(bureauDayOf(instant));
}

/** Default days for a new round: 自评 in 30 days, then 15 days for each later step. */
export function defaultDeadlineDays(today: Dayjs = dayjs()): Record<string, Dayjs> {
  return {
    selfAssessment: today.add(30, "day"),
    review: today.add(45, "day"),
    rating: today.add(60, "day"),
    appeal: today.add(75, "day"),
  };
}

/** The form's values of the four pickers as API days. */
export function deadlineDaysOf(values: {
  selfAssessment?: Dayjs | null;
  review?: Dayjs | null;
  rating?: Dayjs | null;
  appeal?: Dayjs | null;
}): DeadlineDays {
  return {
    selfAssessment: dayText(values.selfAssessment),
    review: dayText(values.review),
    rating: dayText(values.rating),
    appeal: dayText(values.appeal),
  };
}

/** The four day pickers in a 2-column grid; 自评截止 required when `requireSelf`. */
export function DeadlineFields({ requireSelf }: { requireSelf: boolean }) {
  return (
    <>
      <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: 12 }}>
        {fields.map(([name, label]) => (
          <Form.Item
            key={name}
            label={label}
            name={name}
            rules={
              requireSelf && name === "selfAssessment"
                ? [{ required: true, message: "请选择自评截止日期" }]
                : []
            }
          >
            <DatePicker style={{ width: "100%" }} placeholder="选择日期" aria-label={label} />
          </Form.Item>
        ))}
      </div>
      <div style={{ marginTop: -8, marginBottom: 12, color: "rgba(0,0,0,0.45)" }}>
        截止日期指当天 24:00 前（{timeZoneLabel()}
        ）；各截止日期须按自评、审核、评议、申诉的先后顺序。
      </div>
    </>
  );
}
