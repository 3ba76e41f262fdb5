/**
 * The rule of a leaf: its kind (from the engine's `ruleKinds`) and one input per parameter,
 * labelled in Chinese with the engine's help as a tooltip, with the engine's problems at each.
 */
import { ruleKinds } from "@kaoping/engine";
import { AutoComplete, Form, Input, Select, Switch } from "antd";
import { useEffect, useState } from "react";
import { paramFields, type ParamField } from "./rule-params";

type Rule = Record<string, unknown>;

function JsonParam({
  value,
  onChange,
  status,
}: {
  value: unknown;
  onChange: (v: unknown) => void;
  status: "error" | undefined;
}) {
  const shown = value === undefined ? "" : JSON.stringify(value, null, 2);
  const [text, setText] = useState(shown);
  const [bad, setBad] = useState(false);
  useEffect(() => setText(shown), [shown]);
  return (
    <>
      <Input.TextArea
        value={text}
        status={bad ? "error" : status}
        autoSize={{ minRows: 2, maxRows: 12 }}
        style={{ fontFamily: "monospace", fontSize: 12 }}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text.trim() === "") return onChange(undefined);
          try {
            onChange(JSON.parse(text));
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && <div className="fact-error">JSON 格式不正确，修改未生效</div>}
    </>
  );
}

function ParamInput({
  field,
  value,
  onChange,
  factNames,
  status,
}: {
  field: ParamField;
  value: unknown;
  onChange: (v: unknown) => void;
  factNames: string[];
  status: "error" | undefined;
}) {
  const text = typeof value === "string" || typeof value === "number" ? String(value) : "";
  switch (field.input) {
    case "select":
      return (
        <Select
          allowClear={!field.required}
          status={status}
          value={typeof value === "string" ? value : undefined}
          onChange={(v: string | undefined) => onChange(v)}
          options={field.options}
          style={{ maxWidth: 240 }}
        />
      );
    case "fact":
      return (
        <AutoComplete
          status={status}
          value={text}
          onChange={(v: string) => onChange(v === "" ? undefined : v)}
          options={factNames.map((n) => ({ value: n }))}
          style={{ maxWidth: 240 }}
        />
      );
    case "boolean":
      return <Switch checked={value === true} onChange={(on) => onChange(on ? true : undefined)} />;
    case "json":
      return <JsonParam value={value} onChange={onChange} status={status} />;
    default:
      return (
        <Input
          status={status}
          value={text}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
          style={{ maxWidth: 240 }}
        />
      );
  }
}

/** The tooltip of a parameter: its help, its name in the scheme JSON and a JSON value's fields. */
function ParamHelp({ field }: { field: ParamField }) {
  return (
    <div>
      {field.help !== undefined && <div>{field.help}</div>}
      <div>
        参数名 <code>{field.name}</code>
      </div>
      {field.fields.length > 0 && (
        <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {field.fields.map((f) => (
            <li key={f.name}>
              <code>{f.name}</code> {f.label}：{f.help}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The rule form. */
export function RuleParamsForm({
  rule,
  onChange,
  errorsAt,
  factNames,
}: {
  rule: Rule;
  onChange: (rule: Rule) => void;
  errorsAt: (field: string) => string[];
  factNames: string[];
}) {
  const kind = ruleKinds.find((k) => k.id === rule.kind);
  const fields = kind === undefined ? [] : paramFields(kind);
  const known = new Set(fields.map((f) => f.name));
  const general = errorsAt("rule").filter(
    (m) => !fields.some((f) => errorsAt(`rule.${f.name}`).includes(m)),
  );
  const set = (name: string, value: unknown) => {
    const next: Rule = { ...rule };
    if (value === undefined) delete next[name];
    else next[name] = value;
    onChange(next);
  };
  return (
    <>
      <Form.Item
        label="计分规则"
        validateStatus={general.length > 0 ? "error" : undefined}
        help={general.join("；") || kind?.description}
      >
        <Select
          value={rule.kind as string}
          // A new kind keeps only the parameters it also has.
          onChange={(id: string) => {
            const nextKind = ruleKinds.find((k) => k.id === id);
            const keep = new Set(
              nextKind === undefined ? [] : paramFields(nextKind).map((f) => f.name),
            );
            onChange(
              Object.fromEntries([
                ["kind", id],
                ...Object.entries(rule).filter(([k]) => keep.has(k)),
              ]),
            );
          }}
          options={ruleKinds.map((k) => ({ value: k.id, label: `${k.name}（${k.id}）` }))}
          style={{ maxWidth: 320 }}
        />
      </Form.Item>
      {fields.map((field) => {
        const errors = errorsAt(`rule.${field.name}`);
        return (
          <Form.Item
            key={field.name}
            label={field.label}
            tooltip={{ title: <ParamHelp field={field} />, styles: { root: { maxWidth: 460 } } }}
            required={field.required}
            validateStatus={errors.length > 0 ? "error" : undefined}
            help={errors.join("；") || field.description}
          >
            <ParamInput
              field={field}
              value={rule[field.name]}
              onChange={(v) => set(field.name, v)}
              factNames={factNames}
              status={errors.length > 0 ? "error" : undefined}
            />
          </Form.Item>
        );
      })}
      {Object.keys(rule).some((k) => k !== "kind" && !known.has(k)) && (
        <div className="fact-error">
          规则中有此计分方式不认识的参数：
          {Object.keys(rule)
            .filter((k) => k !== "kind" && !known.has(k))
            .join("、")}
        </div>
      )}
    </>
  );
}
