/**
 * The plain controls of rule parameters: a decimal number with its unit (kept as typed, decision
 * 0131), a whole number, a yes/no switch, a choice of the catalogue's Chinese names, and text.
 */
import { Input, Select, Switch } from "antd";
import { WholeNumberInput } from "../../../lib/whole-number-input";

/** A decimal number as typed, with its unit (分, %, 次 …) after it. */
export function NumberInput(props: {
  id: string;
  value: unknown;
  unit: string;
  onChange: (v: string | undefined) => void;
  status: "error" | undefined;
}) {
  const text =
    typeof props.value === "string" || typeof props.value === "number" ? String(props.value) : "";
  return (
    <Input
      id={props.id}
      inputMode="decimal"
      status={props.status}
      style={{ width: 150 }}
      suffix={props.unit === "" ? undefined : props.unit}
      value={text}
      onChange={(e) =>
        props.onChange(e.target.value.trim() === "" ? undefined : e.target.value.trim())
      }
    />
  );
}

/**
 * A whole number of at least 1 (a count of steps or of units), kept as typed (0, 1.5 stay and
 * the engine's check names the parameter; never clamped to 1 or rounded).
 */
export function IntegerInput(props: {
  id: string;
  value: unknown;
  onChange: (v: number | string | undefined) => void;
  status: "error" | undefined;
}) {
  return (
    <WholeNumberInput
      id={props.id}
      status={props.status}
      style={{ width: 120 }}
      value={props.value}
      onChange={props.onChange}
    />
  );
}

/** Yes / no. */
export function SwitchInput(props: { id: string; value: unknown; onChange: (v: boolean) => void }) {
  return (
    <Switch id={props.id} checked={props.value === true} onChange={(on) => props.onChange(on)} />
  );
}

/** One of the catalogue's choices, by its Chinese name. */
export function ChoiceInput(props: {
  id: string;
  value: unknown;
  onChange: (v: string | undefined) => void;
  choices: { value: string; label: string }[];
  required: boolean;
  status: "error" | undefined;
}) {
  return (
    <Select
      id={props.id}
      status={props.status}
      allowClear={!props.required}
      style={{ width: 240 }}
      value={typeof props.value === "string" ? props.value : undefined}
      onChange={(v: string | undefined) => props.onChange(v)}
      options={props.choices}
    />
  );
}

/** Free text (a parameter the catalogue gives no better control). */
export function TextInput(props: {
  id: string;
  value: unknown;
  onChange: (v: string | undefined) => void;
  status: "error" | undefined;
}) {
  return (
    <Input
      id={props.id}
      status={props.status}
      style={{ width: 240 }}
      value={typeof props.value === "string" ? props.value : ""}
      onChange={(e) => props.onChange(e.target.value === "" ? undefined : e.target.value)}
    />
  );
}
