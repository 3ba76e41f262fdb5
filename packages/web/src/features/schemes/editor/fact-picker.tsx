/** The fact picker of a rule parameter: the item's facts first, then other items' facts, by label. */
import { Select } from "antd";
import type { FactChoice } from "./fact-choices";

/** The fact picker: the item's facts and other items' facts, by label. */
export function FactPicker(props: {
  id: string;
  value: unknown;
  onChange: (ref: string | undefined) => void;
  facts: FactChoice[];
  status?: "error" | undefined;
  width?: number;
}) {
  const groups = new Map<string, FactChoice[]>();
  for (const f of props.facts) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  return (
    <Select
      id={props.id}
      showSearch={{ optionFilterProp: "label" }}
      allowClear
      placeholder="选择事实"
      status={props.status}
      style={{ width: props.width ?? 260 }}
      value={typeof props.value === "string" && props.value !== "" ? props.value : undefined}
      onChange={(v: string | undefined) => props.onChange(v)}
      notFoundContent="本项还没有事实，请先在上方添加"
      options={[...groups].map(([group, facts]) => ({
        label: group === "本项" ? "本项的事实" : group,
        options: facts.map((f) => ({ value: f.ref, label: f.label })),
      }))}
    />
  );
}
