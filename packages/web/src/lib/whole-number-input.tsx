/** A whole-number input that keeps what is typed (whole-number.ts); for antd forms. */
import { Input } from "antd";
import type { CSSProperties, ReactNode } from "react";
import { wholeNumberText, wholeNumberValue } from "./whole-number";

export function WholeNumberInput(props: {
  id?: string;
  value?: unknown;
  onChange?: (value: number | string | undefined) => void;
  onBlur?: () => void;
  status?: "error" | undefined;
  suffix?: ReactNode;
  style?: CSSProperties;
  disabled?: boolean;
  "aria-label"?: string;
}) {
  const { value, onChange, suffix, ...rest } = props;
  return (
    <Input
      {...rest}
      inputMode="numeric"
      maxLength={20}
      suffix={suffix === "" ? undefined : suffix}
      value={wholeNumberText(value)}
      onChange={(e) => onChange?.(wholeNumberValue(e.target.value))}
    />
  );
}
