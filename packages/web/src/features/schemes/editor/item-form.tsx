/**
 * The form of one item: texts and points for every item, cap/floor for groups, facts and the
 * rule (kind and one input per parameter from the engine's `ruleKinds`) for leaves.
 * Engine problems are shown at the field they name.
 */
import { Alert, Form, Input, Typography } from "antd";
import { FactsEditor } from "./facts-editor";
import { RuleParamsForm } from "./rule-params-form";
import type { DocItem } from "./scheme-tree";

/** Props of the item form. */
export interface ItemFormProps {
  item: DocItem;
  onChange: (item: DocItem) => void;
  /** Problems of this item by field (`title`, `rule.steps`, `facts[0].name`, "" for the item). */
  problems: { field: string; message: string }[];
}

/** The item form. */
export function ItemForm({ item, onChange, problems }: ItemFormProps) {
  const isGroup = Array.isArray(item.children) && item.children.length > 0;
  const errorsAt = (field: string) =>
    problems
      .filter(
        (p) =>
          p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`),
      )
      .map((p) => p.message);
  const field = (key: string, label: string, options: { area?: boolean; extra?: string } = {}) => {
    const errors = errorsAt(key);
    const value = item[key] === undefined ? "" : String(item[key]);
    const set = (next: string) =>
      onChange(
        Object.fromEntries(
          Object.entries({ ...item, [key]: next }).filter(
            ([k, v]) => !(v === "" && k !== "title" && k !== "code" && k !== "max"),
          ),
        ) as DocItem,
      );
    return (
      <Form.Item
        label={label}
        validateStatus={errors.length > 0 ? "error" : undefined}
        help={errors.length > 0 ? errors.join("；") : options.extra}
      >
        {options.area ? (
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 10 }}
            value={value}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <Input value={value} onChange={(e) => set(e.target.value)} />
        )}
      </Form.Item>
    );
  };
  const general = problems.filter((p) => p.field === "");
  return (
    <Form layout="vertical" component="div">
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={general.map((p) => p.message).join("；")}
          style={{ marginBottom: 12 }}
        />
      )}
      <div style={{ display: "flex", gap: 12 }}>
        <div style={{ width: 120 }}>{field("code", "编号")}</div>
        <div style={{ flex: 1 }}>{field("title", "项目")}</div>
        <div style={{ width: 100 }}>{field("max", "分值")}</div>
      </div>
      {field("standard", "评分标准", { area: true })}
      {field("method", "评价办法", { area: true })}
      {field("notes", "备注", { area: true })}
      {isGroup ? (
        <div style={{ display: "flex", gap: 12 }}>
          <div style={{ width: 200 }}>
            {field("cap", "上限（cap）", { extra: "子项合计不超过此分，如加分最高 10 分" })}
          </div>
          <div style={{ width: 200 }}>{field("floor", "保底（floor）")}</div>
        </div>
      ) : (
        <>
          <Typography.Title level={5}>所需事实</Typography.Title>
          {errorsAt("facts").length > 0 && (
            <Alert
              type="error"
              showIcon
              title={errorsAt("facts").join("；")}
              style={{ marginBottom: 8 }}
            />
          )}
          <FactsEditor
            facts={(item.facts as Record<string, unknown>[] | undefined) ?? []}
            onChange={(facts) => onChange({ ...item, facts })}
            errorsAt={errorsAt}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            计分规则
          </Typography.Title>
          <RuleParamsForm
            rule={(item.rule as Record<string, unknown> | undefined) ?? { kind: "checklist" }}
            onChange={(rule) => onChange({ ...item, rule })}
            errorsAt={errorsAt}
            factNames={((item.facts as { name?: unknown }[] | undefined) ?? []).map((f) =>
              String(f.name ?? ""),
            )}
          />
        </>
      )}
    </Form>
  );
}
