/**
 * One control per rule parameter, generated from the engine's catalogue (rule-params.ts):
 * choices with Chinese names, numbers with their unit (分, %, 次…), fact and field pickers by
 * label, the values of a fact or field as choices, lists as editable rows (add, remove, move),
 * optional groups behind a switch, measured values (one fact, a ratio, the better of several)
 * and nested rules. Problems from the engine are shown at the control they name.
 */
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from "@ant-design/icons";
import { factTypeInfo, type FactDeclaration, type FieldDeclaration } from "@kaoping/engine";
import { Button, Form, Input, InputNumber, Select, Space, Switch } from "antd";
import type { ReactNode } from "react";
import { choiceKey, valueChoices, type FactChoice } from "./fact-choices";
import { MeasureControl } from "./measure-control";
import { elementOf, initialObject, nodesOf, type ParamNode } from "./rule-params";
import { RuleFields } from "./rule-fields";

/** What every control of one rule sees: the facts and the engine's problems by field. */
export interface ParamEnv {
  facts: FactChoice[];
  declOf(ref: string): FactDeclaration | undefined;
  /** Problems exactly at a field (`rule.terms[0].points`). */
  errorsAt(field: string): string[];
}

/** Where a control sits: its field path, the enclosing object, its fact and the unit of its numbers. */
export interface Scope {
  path: string;
  parent: Record<string, unknown>;
  fact: FactDeclaration | undefined;
  unit: string;
}

/** The unit of a declaration's numbers ("%", "次", ""). */
export function unitOfDecl(decl: FieldDeclaration | undefined): string {
  if (decl === undefined) return "";
  return decl.unit ?? factTypeInfo[decl.type]?.unit ?? "";
}

/** The unit of a measured value (`{ fact }`, `{ ratio }`, `{ best }`). */
function measuredUnit(value: unknown, env: ParamEnv): string | undefined {
  const v = value as { fact?: unknown; ratio?: unknown; percent?: unknown; best?: unknown[] };
  if (v === null || typeof v !== "object") return undefined;
  if (typeof v.fact === "string") return unitOfDecl(env.declOf(v.fact));
  if (Array.isArray(v.ratio)) return v.percent === false ? "" : "%";
  if (Array.isArray(v.best)) return measuredUnit(v.best[0], env);
  return undefined;
}

/** The scope of an object's fields: its own fact (or measured value) sets the fact and unit. */
export function scopeOf(
  obj: Record<string, unknown>,
  path: string,
  outer: Scope,
  env: ParamEnv,
): Scope {
  let { fact, unit } = outer;
  if (typeof obj.fact === "string") {
    fact = env.declOf(obj.fact);
    unit = unitOfDecl(fact);
  }
  unit = measuredUnit(obj.value, env) ?? unit;
  return { path, parent: obj, fact, unit };
}

/** A DOM id for a field path, so labels point at their inputs. */
export function idOf(path: string): string {
  return `p-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

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

function NumberInput(props: {
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

/** The control of one node. */
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
  switch (node.control) {
    case "choice":
      return (
        <Select
          id={id}
          status={status}
          allowClear={!node.required}
          style={{ width: 240 }}
          value={typeof value === "string" ? value : undefined}
          onChange={(v: string | undefined) => onChange(v)}
          options={node.choices}
        />
      );
    case "number":
      return (
        <NumberInput
          id={id}
          value={value}
          status={status}
          unit={node.unit === "points" ? "分" : node.unit === "measure" ? scope.unit : ""}
          onChange={onChange}
        />
      );
    case "integer":
      return (
        <InputNumber
          id={id}
          min={1}
          precision={0}
          status={status}
          value={typeof value === "number" ? value : null}
          onChange={(v) => onChange(v ?? undefined)}
        />
      );
    case "switch":
      return <Switch id={id} checked={value === true} onChange={(on) => onChange(on)} />;
    case "fact":
      return (
        <FactPicker id={id} value={value} onChange={onChange} facts={env.facts} status={status} />
      );
    case "field":
      return (
        <Select
          id={id}
          status={status}
          allowClear={!node.required}
          placeholder={scope.fact?.type === "list" ? "选择字段" : "先选择清单型事实"}
          style={{ width: 200 }}
          value={typeof value === "string" ? value : undefined}
          onChange={(v: string | undefined) => onChange(v)}
          options={(scope.fact?.fields ?? []).map((f) => ({ value: f.name, label: f.label }))}
        />
      );
    case "factValue":
    case "fieldValue": {
      const choices = valueChoices(node.control === "factValue" ? scope.fact : sibling);
      return (
        <Select
          id={id}
          status={status}
          allowClear={!node.required}
          placeholder="选择取值"
          style={{ width: 200 }}
          value={choiceKey(value)}
          onChange={(k: string | undefined) => onChange(choices.find((c) => c.value === k)?.raw)}
          options={choices.map(({ value: v, label }) => ({ value: v, label }))}
        />
      );
    }
    case "fieldPoints": {
      const record = (value ?? {}) as Record<string, unknown>;
      const choices = valueChoices(sibling);
      if (choices.length === 0) return <span className="param-hint">先选择字段</span>;
      return (
        <Space wrap>
          {choices.map((c) => (
            <Space key={c.value} size={4}>
              <label htmlFor={idOf(`${path}.${String(c.raw)}`)}>{c.label}</label>
              <NumberInput
                id={idOf(`${path}.${String(c.raw)}`)}
                value={record[String(c.raw)]}
                unit="分"
                status={status}
                onChange={(v) => {
                  const next = { ...record };
                  if (v === undefined) delete next[String(c.raw)];
                  else next[String(c.raw)] = v;
                  onChange(next);
                }}
              />
            </Space>
          ))}
        </Space>
      );
    }
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
      return (
        <Input
          id={id}
          status={status}
          style={{ width: 240 }}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
        />
      );
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
  return (
    <div className={inline ? "param-inline" : undefined}>
      {nodes.map((node) => (
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

function RowsControl({
  node,
  value,
  onChange,
  env,
  scope,
}: {
  node: ParamNode;
  value: unknown;
  onChange: (v: unknown) => void;
  env: ParamEnv;
  scope: Scope;
}) {
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const element = elementOf(node);
  const isRule = element.properties?.kind !== undefined;
  const nodes = isRule ? [] : nodesOf(element, node.labels);
  const path = `${scope.path}.${node.name}`;
  const set = (next: Record<string, unknown>[]) => onChange(next.length === 0 ? undefined : next);
  const move = (i: number, delta: number) => {
    const copy = [...rows];
    const [row] = copy.splice(i, 1);
    if (row !== undefined) copy.splice(i + delta, 0, row);
    set(copy);
  };
  return (
    <div className="param-rows">
      {rows.map((row, i) => {
        const rowPath = `${path}[${i}]`;
        const rowErrors = env.errorsAt(rowPath);
        return (
          <div key={i} className="param-row" data-row={rowPath}>
            <div className="param-row-head">
              <span>第 {i + 1} 项</span>
              <Space size={2}>
                <Button
                  size="small"
                  type="text"
                  aria-label={`上移第 ${i + 1} 项`}
                  icon={<ArrowUpOutlined />}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                />
                <Button
                  size="small"
                  type="text"
                  aria-label={`下移第 ${i + 1} 项`}
                  icon={<ArrowDownOutlined />}
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, 1)}
                />
                <Button
                  size="small"
                  type="text"
                  danger
                  aria-label={`删除第 ${i + 1} 项`}
                  icon={<DeleteOutlined />}
                  onClick={() => set(rows.filter((_r, j) => j !== i))}
                />
              </Space>
            </div>
            {rowErrors.length > 0 && <div className="fact-error">{rowErrors.join("；")}</div>}
            {isRule ? (
              <RuleFields
                path={rowPath}
                rule={row}
                onChange={(r) => set(rows.map((x, j) => (j === i ? r : x)))}
                env={env}
              />
            ) : (
              <ObjectFields
                inline
                nodes={nodes}
                value={row}
                onChange={(r) => set(rows.map((x, j) => (j === i ? r : x)))}
                env={env}
                scope={{ ...scope, path: rowPath }}
              />
            )}
          </div>
        );
      })}
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() =>
          set([...rows, isRule ? { kind: "discretionary" } : initialObject(element, node.labels)])
        }
      >
        添加{node.label}
      </Button>
    </div>
  );
}

function GroupControl({
  node,
  value,
  onChange,
  env,
  scope,
}: {
  node: ParamNode;
  value: unknown;
  onChange: (v: unknown) => void;
  env: ParamEnv;
  scope: Scope;
}) {
  const on = value !== undefined && value !== null && typeof value === "object";
  const path = `${scope.path}.${node.name}`;
  return (
    <div>
      {!node.required && (
        <Switch
          id={idOf(path)}
          size="small"
          checked={on}
          checkedChildren="设置"
          unCheckedChildren="不设置"
          onChange={(next) => onChange(next ? initialObject(node.schema, node.labels) : undefined)}
        />
      )}
      {(on || node.required) && (
        <div className="param-nested">
          <ObjectFields
            inline
            nodes={nodesOf(node.schema, node.labels)}
            value={(value as Record<string, unknown> | undefined) ?? {}}
            onChange={onChange}
            env={env}
            scope={{ ...scope, path }}
          />
        </div>
      )}
    </div>
  );
}
