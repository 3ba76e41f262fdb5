/**
 * The self-assessment form generated from a scheme: a heading per top-level item with its live
 * subtotal, one section per leaf item, and the score panel with the "still missing" list. The
 * caller owns the facts (a draft from the API, or a local try-out) and any per-item extras.
 */
import {
  listFacts,
  type Item,
  type ItemResult,
  type RoundContext,
  type Scheme,
} from "@kaoping/engine";
import { Col, Row, Typography } from "antd";
import { useMemo, type ReactNode } from "react";
import { chineseNumeral } from "../../lib/chinese-numbers";
import { formSections, type FormFacts, type FormSection } from "./facts-model";
import { ItemSection } from "./item-section";
import { ScorePanel } from "./score-panel";
import { useLiveScore } from "./use-live-score";

/** Props of the form. */
export interface SelfAssessmentFormProps {
  scheme: Scheme;
  unit: { id: string; name: string };
  facts: FormFacts;
  onFactChange: (code: string, name: string, value: unknown) => void;
  context?: RoundContext | undefined;
  readOnly?: boolean | undefined;
  /** Items the user does not fill here (评议 items are rated by raters). */
  isItemReadOnly?: ((code: string) => boolean) | undefined;
  /** Extra content of a section (narrative, evidence). */
  renderExtra?: ((section: FormSection) => ReactNode) | undefined;
  /** Under a top-level indicator's heading (its 自评说明); `heading` is "一、工作重视". */
  renderGroupExtra?: ((top: Item, heading: string) => ReactNode) | undefined;
  /** Above the panel (save state, submit button). */
  panelHeader?: ReactNode;
}

/** Every item result by code, nested ones included. */
export function resultsByCode(
  items: readonly ItemResult[],
  out = new Map<string, ItemResult>(),
): Map<string, ItemResult> {
  for (const item of items) {
    out.set(item.code, item);
    resultsByCode(item.children, out);
  }
  return out;
}

/** The form. */
export function SelfAssessmentForm({
  scheme,
  unit,
  facts,
  onFactChange,
  context,
  readOnly,
  isItemReadOnly,
  renderExtra,
  renderGroupExtra,
  panelHeader,
}: SelfAssessmentFormProps) {
  const sections = useMemo(() => formSections(scheme), [scheme]);
  const factInfos = useMemo(() => listFacts(scheme), [scheme]);
  const stableUnit = useMemo(() => ({ id: unit.id, name: unit.name }), [unit.id, unit.name]);
  const live = useLiveScore(scheme, stableUnit, facts, context);
  const byCode = useMemo(() => resultsByCode(live.result.items), [live.result]);
  // Facts of items the user does not fill here (评议) are not theirs to complete.
  const ownMissing = useMemo(
    () =>
      live.missing.filter(
        (path) => isItemReadOnly?.(path.slice(0, path.lastIndexOf("."))) !== true,
      ),
    [live.missing, isItemReadOnly],
  );
  const missing = useMemo(() => new Set(ownMissing), [ownMissing]);
  const problemCount = [...live.problems.values()].reduce((n, list) => n + list.length, 0);

  return (
    <Row gutter={16}>
      <Col xs={24} lg={17}>
        {scheme.items.map((top, index) => {
          const inTop = sections.filter((s) => s.top === top);
          const topResult = byCode.get(top.code);
          return (
            <section key={top.code} aria-label={top.title}>
              <div className="group-heading">
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {chineseNumeral(index + 1)}、{top.title}（{top.max}分
                  {top.cap === undefined ? "" : `，最高 ${top.cap} 分`}）
                </Typography.Title>
                <Typography.Text className="score-number" data-testid={`subtotal-${top.code}`}>
                  小计 {topResult?.score ?? "—"} 分
                </Typography.Text>
              </div>
              {renderGroupExtra?.(top, `${chineseNumeral(index + 1)}、${top.title}`)}
              {inTop.map((section) => (
                <ItemSection
                  key={section.item.code}
                  section={section}
                  values={facts[section.item.code] ?? {}}
                  onChange={(name, value) => onFactChange(section.item.code, name, value)}
                  result={byCode.get(section.item.code)}
                  problems={live.problems}
                  missing={missing}
                  readOnly={readOnly === true || isItemReadOnly?.(section.item.code) === true}
                  extra={renderExtra?.(section)}
                />
              ))}
            </section>
          );
        })}
      </Col>
      <Col xs={24} lg={7}>
        <div className="score-panel">
          {panelHeader}
          <ScorePanel
            scheme={scheme}
            result={live.result}
            missing={ownMissing}
            problemCount={problemCount}
            facts={factInfos}
            isStale={live.isStale}
          />
        </div>
      </Col>
    </Row>
  );
}
