/** One leaf item of the form: standard and method beside the fact inputs, the live score and its trace. */
import type { ItemResult } from "@kaoping/engine";
import { maskPersonalNumbersIn } from "@kaoping/server/contract";
import { Card, Collapse, Space, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { FactInput, isWideList, rangeText, unitText } from "./fact-input";
import { problemsUnder, type FormSection } from "./facts-model";
import "./self-assessment.css";

/** Props of one section. */
export interface ItemSectionProps {
  section: FormSection;
  values: Record<string, unknown>;
  onChange: (name: string, value: unknown) => void;
  result: ItemResult | undefined;
  problems: Map<string, string[]>;
  missing: ReadonlySet<string>;
  readOnly?: boolean | undefined;
  /** Below the inputs: narrative, evidence, review fields. */
  extra?: ReactNode;
  /** Per fact: a note shown under the input (e.g. the reviewer's corrected value). */
  factNote?: ((name: string) => ReactNode) | undefined;
}

/** The score tag of an item: 得分 4.5 / 5. */
export function ScoreTag({ result, max }: { result: ItemResult | undefined; max: string }) {
  const score = result?.score ?? null;
  return (
    <Tag
      color={score === null ? "default" : score === max ? "green" : "blue"}
      className="score-number"
      data-testid="item-score"
    >
      {score === null ? "待填" : `得分 ${score}`} / {max} 分
    </Tag>
  );
}

/** One section of the self-assessment form. */
export function ItemSection({
  section,
  values,
  onChange,
  result,
  problems,
  missing,
  readOnly,
  extra,
  factNote,
}: ItemSectionProps) {
  const { item } = section;
  const facts = item.facts ?? [];
  return (
    <Card
      id={`item-${item.code}`}
      size="small"
      className="item-section"
      title={
        <Space wrap>
          <span className="item-code">{item.code}</span>
          <span>{item.title}</span>
          {section.trail.length > 0 && (
            <Typography.Text type="secondary">（{section.trail.join(" › ")}）</Typography.Text>
          )}
        </Space>
      }
      extra={<ScoreTag result={result} max={item.max} />}
    >
      <div className={facts.some(isWideList) ? "item-body item-body-wide" : "item-body"}>
        <div className="item-texts">
          <Typography.Text type="secondary" className="item-label">
            评分标准
          </Typography.Text>
          <Typography.Paragraph className="item-standard">
            {section.standard ?? "—"}
          </Typography.Paragraph>
          {section.method !== undefined && (
            <>
              <Typography.Text type="secondary" className="item-label">
                评价办法
              </Typography.Text>
              <Typography.Paragraph className="item-standard">
                {section.method}
              </Typography.Paragraph>
            </>
          )}
        </div>
        <div className="item-inputs">
          {facts.length === 0 && (
            <Typography.Text type="secondary">本项无需填报，由其他项目的数据计算。</Typography.Text>
          )}
          {facts.map((decl) => {
            const path = `${item.code}.${decl.name}`;
            const errors = problemsUnder(problems, path);
            const isMissing = missing.has(path);
            const range = decl.type === "list" ? "" : rangeText(decl);
            return (
              <div key={decl.name} className="fact-row" data-fact={path}>
                <label htmlFor={`fact-${path}`} className="fact-label">
                  {decl.required === false ? "" : <span className="fact-required">*</span>}
                  {decl.label}
                  {decl.type !== "list" && unitText(decl) !== "" && `（${unitText(decl)}）`}
                  {range !== "" && decl.type !== "int" && (
                    <Typography.Text type="secondary"> 范围 {range}</Typography.Text>
                  )}
                </label>
                <FactInput
                  id={`fact-${path}`}
                  decl={decl}
                  value={readOnly ? maskPersonalNumbersIn(values[decl.name]) : values[decl.name]}
                  onChange={(v) => onChange(decl.name, v)}
                  disabled={readOnly}
                  hasError={errors.length > 0}
                />
                {decl.description !== undefined && (
                  <div className="fact-help">{decl.description}</div>
                )}
                {errors.map((message) => (
                  <div key={message} className="fact-error" role="alert">
                    {message}
                  </div>
                ))}
                {isMissing && errors.length === 0 && <div className="fact-missing">尚未填写</div>}
                {factNote?.(decl.name)}
              </div>
            );
          })}
        </div>
      </div>
      {extra}
      {result !== undefined && result.trace.length > 0 && (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: "trace",
              label: "计分说明",
              children: (
                <ol className="trace-list" data-testid="item-trace">
                  {result.trace.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ol>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
