/** An object parameter: its fields, behind a 设置 / 不设置 switch when it is optional. */
import { Switch } from "antd";
import { ObjectFields } from "./param-control";
import { idOf, type ParamEnv, type Scope } from "./param-env";
import { initialObject, nodesOf, type ParamNode } from "./rule-params";

/** The fields of an object parameter. */
export function GroupControl({
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
