/**
 * The rule read back as a sentence (the engine's `explainRule`) beside the 细则's 评分标准, so
 * the administrator compares the two; updated live while the form is edited.
 */
import {
  bonusItemsOf,
  explainRule,
  lookupFactsOf,
  lookupTitlesOf,
  type Gate,
  type SchemeDocument,
} from "@kaoping/engine";
import { Col, Row, Typography } from "antd";

/**
 * An item of a draft as the engine states it: its rule, its gate (一票否决, 不得分) and its 满分 —
 * the one sentence the review list and the editor show; undefined while the rule is incomplete.
 */
export function itemSentence(
  doc: SchemeDocument,
  item: Record<string, unknown>,
): string | undefined {
  const items = (doc.items as unknown[] | undefined) ?? [];
  const gate = item.gate as Gate | undefined;
  return explainRule(
    item.rule,
    {
      code: String(item.code ?? ""),
      title: String(item.title ?? ""),
      max: String(item.max ?? ""),
      facts: (item.facts as unknown[] | undefined) ?? [],
      bonus: bonusItemsOf(items)(String(item.code ?? "")),
      ...(gate !== undefined ? { gate } : {}),
    },
    lookupFactsOf(items),
    lookupTitlesOf(items),
  );
}

/** The two sentences side by side. */
export function RuleSentence({
  doc,
  item,
}: {
  doc: SchemeDocument;
  item: Record<string, unknown>;
}) {
  const sentence = itemSentence(doc, item);
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
