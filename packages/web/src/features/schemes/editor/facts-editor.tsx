/** The fact declarations of a leaf item as an editable table (name, type, label, unit, required, range). */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { factTypeInfo, factTypes } from "@kaoping/engine";
import { Button, Input, Select, Switch, Table } from "antd";

/** One fact as the document holds it. */
type FactDoc = Record<string, unknown>;

/** The facts table. */
export function FactsEditor({
  facts,
  onChange,
  errorsAt,
}: {
  facts: FactDoc[];
  onChange: (facts: FactDoc[]) => void;
  errorsAt: (field: string) => string[];
}) {
  const set = (index: number, key: string, value: unknown) =>
    onChange(
      facts.map((fact, i) =>
        i === index
          ? Object.fromEntries(
              Object.entries({ ...fact, [key]: value }).filter(
                ([, v]) => v !== undefined && v !== "",
              ),
            )
          : fact,
      ),
    );
  const text = (index: number, key: string, width: number, placeholder?: string) => (
    <Input
      size="small"
      style={{ width }}
      placeholder={placeholder}
      status={errorsAt(`facts[${index}].${key}`).length > 0 ? "error" : undefined}
      value={
        typeof facts[index]?.[key] === "string"
          ? (facts[index]?.[key] as string)
          : facts[index]?.[key] === undefined
            ? ""
            : String(facts[index]?.[key])
      }
      onChange={(e) => set(index, key, e.target.value === "" ? undefined : e.target.value)}
    />
  );
  return (
    <>
      <Table
        size="small"
        rowKey="key"
        scroll={{ x: "max-content" }}
        pagination={false}
        dataSource={facts.map((fact, key) => ({ key, fact }))}
        columns={[
          {
            title: "名称",
            key: "name",
            render: (_: unknown, r: { key: number }) => text(r.key, "name", 110, "如 rate"),
          },
          {
            title: "类型",
            key: "type",
            render: (_: unknown, r: { key: number; fact: FactDoc }) => (
              <Select
                size="small"
                style={{ width: 96 }}
                value={r.fact.type as string}
                onChange={(v: string) => set(r.key, "type", v)}
                options={factTypes.map((t) => ({ value: t, label: factTypeInfo[t].name }))}
              />
            ),
          },
          {
            title: "中文说明",
            key: "label",
            render: (_: unknown, r: { key: number }) => text(r.key, "label", 200),
          },
          {
            title: "单位",
            key: "unit",
            render: (_: unknown, r: { key: number }) => text(r.key, "unit", 56),
          },
          {
            title: "下限",
            key: "min",
            render: (_: unknown, r: { key: number }) => text(r.key, "min", 64),
          },
          {
            title: "上限",
            key: "max",
            render: (_: unknown, r: { key: number }) => text(r.key, "max", 64),
          },
          {
            title: "必填",
            key: "required",
            render: (_: unknown, r: { key: number; fact: FactDoc }) => (
              <Switch
                size="small"
                checked={r.fact.required !== false}
                onChange={(on) => set(r.key, "required", on ? undefined : false)}
              />
            ),
          },
          {
            title: "",
            key: "remove",
            render: (_: unknown, r: { key: number }) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label="删除事实"
                onClick={() => onChange(facts.filter((_f, i) => i !== r.key))}
              />
            ),
          },
        ]}
      />
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() =>
          onChange([...facts, { name: `fact${facts.length + 1}`, type: "int", label: "新事实" }])
        }
      >
        添加事实
      </Button>
    </>
  );
}
