/**
 * 数据来源：另一考核项得分 — the item whose computed score a rule ranks or compares on
 * (docs/decisions/0293), picked from the scheme's other items by number and title.
 */
import { Radio, Select } from "antd";
import type { ItemChoice } from "./param-env";

/** The item picker: every item but this one and the groups above it, as 第3项 基金监管. */
export function ItemPicker(props: {
  id: string;
  value: unknown;
  onChange: (code: string | undefined) => void;
  items: ItemChoice[];
  status?: "error" | undefined;
}) {
  return (
    <Select
      id={props.id}
      showSearch={{ optionFilterProp: "label" }}
      allowClear
      placeholder="选择考核项"
      status={props.status}
      style={{ width: 300 }}
      value={typeof props.value === "string" && props.value !== "" ? props.value : undefined}
      onChange={(v: string | undefined) => props.onChange(v)}
      notFoundContent="方案中还没有其他考核项"
      options={props.items.map((it) => ({
        value: it.code,
        label: `第${it.code}项 ${it.title}`.trim(),
      }))}
    />
  );
}

/** Where a rule's value comes from: an entered fact, or another item's score. */
export type Source = "fact" | "item";

/** The 数据来源 switch: 填报数据 / 另一考核项得分. */
export function SourceSwitch(props: { value: Source; onChange: (source: Source) => void }) {
  return (
    <Radio.Group
      size="small"
      optionType="button"
      aria-label="数据来源"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as Source)}
      options={[
        { value: "fact", label: "填报数据" },
        { value: "item", label: "另一考核项得分" },
      ]}
    />
  );
}
