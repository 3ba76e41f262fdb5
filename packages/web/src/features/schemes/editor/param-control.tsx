/**
 * One control per rule parameter, generated from the engine's catalogue (rule-params.ts): the
 * catalogue's control type picks a small control — plain inputs (param-inputs.tsx), the fact
 * picker (fact-picker.tsx), a fact's fields and values (value-controls.tsx), measured values
 * (measure-control.tsx), lists as rows (rows-control.tsx), optional groups (group-control.tsx)
 * and nested rules (rule-fields.tsx). Problems from the engine are shown at the control they name.
 */
import { Form } from "antd";
import type { ReactNode } from "react";
import { FactPicker } from "./fact-picker";
import { ItemPicker, SourceSwitch } from "./item-picker";
import { GroupControl } from "./group-control";
import { MeasureControl } from "./measure-control";
import { idOf, scopeOf, type ParamEnv, type Scope } from "./param-env";
import { ChoiceInput, IntegerInput, NumberInput, SwitchInput, TextInput } from "./param-inputs";
import type { ParamNode } from "./rule-params";
import { RuleFields } from "./rule-fields";
import { RowsControl } from "./rows-control";
import { FieldPointsControl, FieldSelect, ValueSelect } from "./value-controls";

/** The control of one node: the catalogue's control type picks the small control. */
function ControlOf({
  node,
  value,
  onChange,
  env,
  scope,
  status,
}: {
  node: ParamNode;
  value: unknown;
  onChange: (v: unknown) => void;
  env: ParamEnv;
  scope: Scope;
  status: "error" | undefined;
}): ReactNode {
  const path = `${scope.path}.${node.name}`;
  const id = idOf(path);
  const sibling = scope.fact?.fields?.find((f) => f.name === scope.parent.field);
  const base = { id, value, onChange, status };
  switch (node.control) {
    case "choice":
      return <ChoiceInput {...base} choices={node.choices ?? []} required={node.required} />;
    case "number":
      return (
        <NumberInput
          {...base}
          unit={node.unit === "points" ? "分" : node.unit === "measure" ? scope.unit : ""}
        />
      );
    case "integer":
      return <IntegerInput {...base} />;
    case "switch":
      return <SwitchInput id={id} value={value} onChange={onChange} />;
    case "fact":
      return <FactPicker {...base} facts={env.facts} />;
    case "item":
      return <ItemPicker {...base} items={env.items} />;
    case "field":
      return <FieldSelect {...base} fact={scope.fact} required={node.required} />;
    case "factValue":
    case "fieldValue":
      return (
        <ValueSelect
          {...base}
          of={node.control === "factValue" ? scope.fact : sibling}
          required={node.required}
        />
      );
    case "fieldPoints":
      return (
        <FieldPointsControl
          path={path}
          value={value}
          onChange={onChange}
          of={sibling}
          status={status}
        />
      );
    case "measure":
      return (
        <MeasureControl
          id={id}
          path={path}
          value={value}
          onChange={onChange}
          env={env}
          labels={node.labels}
        />
      );
    case "rows":
      return <RowsControl node={node} value={value} onChange={onChange} env={env} scope={scope} />;
    case "group":
      return <GroupControl node={node} value={value} onChange={onChange} env={env} scope={scope} />;
    case "rule":
      return (
        <div className="param-nested">
          <RuleFields
            path={path}
            rule={
              (value as Record<string, unknown> | undefined) ?? { kind: "discretionaryDeduction" }
            }
            onChange={onChange}
            env={env}
          />
        </div>
      );
    default:
      return <TextInput {...base} />;
  }
}

/** One labelled field: label with help, its control and the engine's problems at it. */
export function ParamField(props: {
  node: ParamNode;
  value: unknown;
  onChange: (v: unknown) => void;
  env: ParamEnv;
  scope: Scope;
}) {
  const path = `${props.scope.path}.${props.node.name}`;
  const errors = props.env.errorsAt(path);
  const status = errors.length > 0 ? "error" : undefined;
  return (
    <Form.Item
      label={props.node.label}
      htmlFor={idOf(path)}
      tooltip={props.node.help === "" ? undefined : props.node.help}
      required={props.node.required}
      validateStatus={status}
      help={errors.length > 0 ? errors.join("；") : undefined}
      style={{ marginBottom: 12 }}
    >
      <ControlOf {...props} status={status} />
    </Form.Item>
  );
}

/** The fields of one object (a row, a group, the rule itself). */
export function ObjectFields({
  nodes,
  value,
  onChange,
  env,
  scope,
  inline,
}: {
  nodes: ParamNode[];
  value: Record<string, unknown>;
  onChange: (v: Record<string, unknown>) => void;
  env: ParamEnv;
  scope: Scope;
  inline?: boolean;
}) {
  const inner = scopeOf(value, scope.path, scope, env);
  const set = (name: string, v: unknown) => {
    const next = { ...value };
    if (v === undefined) delete next[name];
    else next[name] = v;
    onChange(next);
  };
  // 数据来源: a rule that ranks an entered fact or another item's score shows one of the two.
  const sourced =
    nodes.some((n) => n.control === "fact" && n.name === "fact") &&
    nodes.some((n) => n.control === "item");
  const source = typeof value.itemScore === "string" ? "item" : "fact";
  const shown = sourced
    ? nodes.filter((n) => (source === "item" ? n.name !== "fact" : n.control !== "item"))
    : nodes;
  return (
    <div className={inline ? "param-inline" : undefined}>
      {sourced && (
        <Form.Item label="数据来源" style={{ marginBottom: 12 }}>
          <SourceSwitch
            value={source}
            onChange={(next) => {
              const { fact: _fact, itemScore: _item, ...rest } = value;
              onChange(next === "item" ? { ...rest, itemScore: "" } : { ...rest, fact: "" });
            }}
          />
        </Form.Item>
      )}
      {shown.map((node) => (
        <ParamField
          key={node.name}
          node={node}
          value={value[node.name]}
          onChange={(v) => set(node.name, v)}
          env={env}
          scope={inner}
        />
      ))}
    </div>
  );
}
