/**
 * Controls of a parameter that names something of a fact: a field of the row's list fact, a value
 * of a fact or field (是/否, levels, options), and points per value of a field (县级 1 分 …).
 */
import type { FactDeclaration, FieldDeclaration } from "@kaoping/engine";
import { Select, Space } from "antd";
import { choiceKey, valueChoices } from "./fact-choices";
import { idOf } from "./param-env";
import { NumberInput } from "./param-inputs";

/** A field of the list fact in scope. */
export function FieldSelect(props: {
  id: string;
  value: unknown;
  onChange: (v: string | undefined) => void;
  fact: FactDeclaration | undefined;
  required: boolean;
  status: "error" | undefined;
}) {
  return (
    <Select
      id={props.id}
      status={props.status}
      allowClear={!props.required}
      placeholder={props.fact?.type === "list" ? "选择字段" : "先选择清单型事实"}
      style={{ width: 200 }}
      value={typeof props.value === "string" ? props.value : undefined}
      onChange={(v: string | undefined) => props.onChange(v)}
      options={(props.fact?.fields ?? []).map((f) => ({ value: f.name, label: f.label }))}
    />
  );
}

/** A value of a fact or field: 是/否, a level, an option. */
export function ValueSelect(props: {
  id: string;
  value: unknown;
  onChange: (v: unknown) => void;
  of: FieldDeclaration | undefined;
  required: boolean;
  status: "error" | undefined;
}) {
  const choices = valueChoices(props.of);
  return (
    <Select
      id={props.id}
      status={props.status}
      allowClear={!props.required}
      placeholder="选择取值"
      style={{ width: 200 }}
      value={choiceKey(props.value)}
      onChange={(k: string | undefined) => props.onChange(choices.find((c) => c.value === k)?.raw)}
      options={choices.map(({ value: v, label }) => ({ value: v, label }))}
    />
  );
}

/** Points for each value of a field (县级 1 分、市级 2 分 …). */
export function FieldPointsControl(props: {
  path: string;
  value: unknown;
  onChange: (v: unknown) => void;
  of: FieldDeclaration | undefined;
  status: "error" | undefined;
}) {
  const record = (props.value ?? {}) as Record<string, unknown>;
  const choices = valueChoices(props.of);
  if (choices.length === 0) return <span className="param-hint">先选择字段</span>;
  return (
    <Space wrap>
      {choices.map((c) => (
        <Space key={c.value} size={4}>
          <label htmlFor={idOf(`${props.path}.${String(c.raw)}`)}>{c.label}</label>
          <NumberInput
            id={idOf(`${props.path}.${String(c.raw)}`)}
            value={record[String(c.raw)]}
            unit="分"
            status={props.status}
            onChange={(v) => {
              const next = { ...record };
              if (v === undefined) delete next[String(c.raw)];
              else next[String(c.raw)] = v;
              props.onChange(next);
            }}
          />
        </Space>
      ))}
    </Space>
  );
}
