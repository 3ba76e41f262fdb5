/**
 * The form of one item: texts and points for every item, cap/floor for groups; for leaves the
 * facts (named in Chinese), the rule (kind and one control per parameter from the engine's
 * catalogue), the rule read back as a sentence beside the 评分标准, and the 试算 panel.
 * Engine problems are shown at the field they name; its warnings (a fact no rule reads) above
 * the facts. An item's 否决条件 (gate) has its own form under the rule; what the import asked to
 * check about the item (its 请核对) is repeated at the top, where it is corrected (decision 0342).
 */
import type { SchemeDocument } from "@kaoping/engine";
import { Alert, Col, Form, Input, Row, Typography } from "antd";
import { useMemo } from "react";
import { factChoices } from "./fact-choices";
import { FactsEditor } from "./facts-editor";
import { GateControl } from "./gate-control";
import { itemChoices, type ParamEnv } from "./param-env";
import { RuleFields } from "./rule-fields";
import { RuleSentence } from "./rule-sentence";
import type { DocItem } from "./scheme-tree";
import { TryPanel } from "./try-panel";
import "./editor.css";

/** Props of the item form. */
export interface ItemFormProps {
  doc: SchemeDocument;
  item: DocItem;
  onChange: (item: DocItem) => void;
  /** Problems of this item by field (`title`, `rule.steps`, `facts[0].name`, "" for the item). */
  problems: { field: string; message: string }[];
  /** The engine's warnings about this item (a fact no rule reads), as they read. */
  warnings?: readonly string[];
  /** What the import asked to check about this item (its 请核对), shown where it is corrected. */
  importNotes?: readonly string[] | undefined;
}

/** The item form. */
export function ItemForm({
  doc,
  item,
  onChange,
  problems,
  warnings = [],
  importNotes = [],
}: ItemFormProps) {
  const isGroup = Array.isArray(item.children) && item.children.length > 0;
  const errorsAt = (field: string) =>
    problems
      .filter(
        (p) =>
          p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`),
      )
      .map((p) => p.message);
  const items = (doc.items as unknown as DocItem[] | undefined) ?? [];
  const facts = useMemo(() => factChoices(items, item), [items, item]);
  const others = useMemo(() => itemChoices(items, String(item.code ?? "")), [items, item]);
  const env: ParamEnv = {
    facts,
    items: others,
    declOf: (ref) => facts.find((f) => f.ref === ref)?.decl,
    errorsAt: (field) => problems.filter((p) => p.field === field).map((p) => p.message),
  };
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
        htmlFor={`item-${key}`}
        validateStatus={errors.length > 0 ? "error" : undefined}
        help={errors.length > 0 ? errors.join("；") : options.extra}
      >
        {options.area ? (
          <Input.TextArea
            id={`item-${key}`}
            autoSize={{ minRows: 2, maxRows: 10 }}
            value={value}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <Input id={`item-${key}`} value={value} onChange={(e) => set(e.target.value)} />
        )}
      </Form.Item>
    );
  };
  const general = problems.filter((p) => p.field === "");
  const gate = (
    <GateControl
      gate={item.gate}
      facts={facts}
      errors={errorsAt("gate")}
      onChange={(next) => {
        const { gate: _old, ...rest } = item;
        onChange((next === undefined ? rest : { ...rest, gate: next }) as DocItem);
      }}
    />
  );
  const ruleProblems = problems.filter((p) => p.field === "rule" || p.field.startsWith("rule."));
  const form = (
    <Form layout="vertical" component="div">
      {importNotes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="item-import-notes"
          title="导入时提示请核对："
          description={importNotes.map((n) => (
            <div key={n}>{n}</div>
          ))}
          style={{ marginBottom: 12 }}
        />
      )}
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
        <>
          <div style={{ display: "flex", gap: 12 }}>
            <div style={{ width: 200 }}>
              {field("cap", "上限", { extra: "子项合计不超过此分，如加分最高 10 分" })}
            </div>
            <div style={{ width: 200 }}>{field("floor", "保底", { extra: "合计不低于此分" })}</div>
          </div>
          {/* A group's gate reads its children's facts; shown so an imported one can be removed. */}
          {item.gate !== undefined && gate}
        </>
      ) : (
        <>
          <Typography.Title level={5}>所需事实</Typography.Title>
          {warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="item-warnings"
              title={warnings.join("；")}
              description="若此项不需要它，请删除；若需要，请让计分规则使用它。"
              style={{ marginBottom: 12 }}
            />
          )}
          <FactsEditor
            facts={(item.facts as Record<string, unknown>[] | undefined) ?? []}
            onChange={(next) => onChange({ ...item, facts: next })}
            errorsAt={errorsAt}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            计分规则
          </Typography.Title>
          {ruleProblems.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`规则还有 ${ruleProblems.length} 处需要填写或修改（见标红的项）`}
            />
          )}
          <RuleFields
            path="rule"
            rule={(item.rule as Record<string, unknown> | undefined) ?? { kind: "checklist" }}
            onChange={(rule) => onChange({ ...item, rule })}
            env={env}
          />
          {gate}
          <RuleSentence doc={doc} item={item} />
        </>
      )}
    </Form>
  );
  if (isGroup) return form;
  return (
    <Row gutter={12}>
      <Col xs={24} xl={15}>
        {form}
      </Col>
      <Col xs={24} xl={9}>
        <TryPanel doc={doc} item={item} />
      </Col>
    </Row>
  );
}
