/**
 * The rule read back as a sentence (the engine's `explainRule`) beside the 细则's 评分标准, so
 * the administrator compares the two; updated live while the form is edited.
 */
import { explainRule, lookupFactsOf, lookupTitlesOf, type SchemeDocument } from "@kaoping/engine";
import { Col, Row, Typography } from "antd";

/** The two sentences side by side. */
export function RuleSentence({
  doc,
  item,
}: {
  doc: SchemeDocument;
  item: Record<string, unknown>;
}) {
  const sentence = explainRule(
    item.rule,
    {
      code: String(item.code ?? ""),
      title: String(item.title ?? ""),
      max: String(item.max ?? ""),
      facts: (item.facts as unknown[] | undefined) ?? [],
    },
    lookupFactsOf((doc.items as unknown[] | undefined) ?? []),
    lookupTitlesOf((doc.items as unknown[] | undefined) ?? []),
  );
  const standard = typeof item.standard === "string" ? item.standard.trim() : "";
  return (
    <Row gutter={12} className="rule-sentence">
      <Col xs={24} md={12}>
        <Typography.Text type="secondary">细则原文（评分标准）</Typography.Text>
        <div className="rule-sentence-box">{standard === "" ? "（未填写评分标准）" : standard}</div>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text type="secondary">按此规则计分</Typography.Text>
        <div className="rule-sentence-box" data-testid="rule-sentence">
          {sentence ?? "（规则参数尚未填写完整）"}
        </div>
      </Col>
    </Row>
  );
}
