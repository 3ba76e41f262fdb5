/** A list parameter as editable rows: add, remove, move up and down; a row is an object or a rule. */
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from "@ant-design/icons";
import { Button, Space } from "antd";
import { ObjectFields } from "./param-control";
import type { ParamEnv, Scope } from "./param-env";
import { elementOf, initialObject, nodesOf, type ParamNode } from "./rule-params";
import { RuleFields } from "./rule-fields";

/** The rows of a list parameter. */
export function RowsControl({
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
