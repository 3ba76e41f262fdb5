/**
 * A unit's score sheet laid out like the source documents' tables (序号, 项目, 分值, 评分标准,
 * 评价办法, 自评分, 得分, merged cells per group), under each 评分标准 the rule as kaoping scores
 * it ("计分规则：…", decision 0201), each score's 计分说明 (the rule, then the trace) on demand, the
 * scheme's 说明 under the table as the printed sheet has it (decision 0335), and an A4 print layout.
 */
import { PrinterOutlined } from "@ant-design/icons";
import { schemeDescriptionLines } from "@kaoping/server/contract";
import type { Scheme, UnitResult } from "@kaoping/engine";
import { Button, Popover, Typography } from "antd";
import { useMemo } from "react";
import { scoreSheetRows, type SheetRow } from "./score-sheet-rows";
import "./score-sheet.css";

/** Props of the sheet. */
export interface ScoreSheetProps {
  scheme: Scheme;
  result: UnitResult;
  /** The unit's own self-assessment result, for the 自评分 column. */
  self?: UnitResult | undefined;
  /** Heading lines above the table (unit, round). */
  caption?: string | undefined;
}

function TraceCell({ row }: { row: SheetRow }) {
  const text = row.score ?? "—";
  if (row.trace.length === 0) return <span className="score-number">{text}</span>;
  return (
    <Popover
      trigger="click"
      // The score is the sheet's last column: open to its left so the explanation is never
      // clipped at the window's right edge (issue 14 defect 11).
      placement="leftTop"
      title={`${row.code} ${row.title} 计分说明`}
      content={
        <div className="sheet-trace">
          {row.rule !== "" && <p className="sheet-trace-rule">计分规则：{row.rule}</p>}
          <ol>
            {row.trace.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
      }
    >
      <a className="score-number sheet-score-link" title="点击查看计分说明">
        {text}
      </a>
    </Popover>
  );
}

/** The score sheet. */
export function ScoreSheet({ scheme, result, self, caption }: ScoreSheetProps) {
  const rows = useMemo(() => scoreSheetRows(scheme, result, self), [scheme, result, self]);
  const withSelf = self !== undefined;
  const description = schemeDescriptionLines(scheme.description);
  return (
    <div className="score-sheet">
      <div className="page-toolbar no-print">
        <Typography.Text type="secondary">点击得分可查看计分说明。</Typography.Text>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印（A4）
        </Button>
      </div>
      <h2 className="sheet-title">{scheme.title}</h2>
      {caption !== undefined && <p className="sheet-caption">{caption}</p>}
      <table className="sheet-table" data-testid="score-sheet">
        <colgroup>
          <col style={{ width: "5%" }} />
          <col style={{ width: "10%" }} />
          <col style={{ width: "6%" }} />
          <col />
          <col style={{ width: "16%" }} />
          {withSelf && <col style={{ width: "7%" }} />}
          <col style={{ width: "7%" }} />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>项目</th>
            <th>分值</th>
            <th>评分标准</th>
            <th>评价办法</th>
            {withSelf && <th>自评分</th>}
            <th>得分</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            if (row.kind === "total") {
              return (
                <tr key={row.key} className="sheet-total">
                  <td colSpan={2}>合计</td>
                  <td className="num">{row.max}</td>
                  <td colSpan={2}>{row.standard}</td>
                  {withSelf && <td className="num">{row.selfScore ?? "—"}</td>}
                  <td className="num" data-testid="sheet-total">
                    {row.score}
                  </td>
                </tr>
              );
            }
            return (
              <tr
                key={row.key}
                className={row.kind === "subtotal" ? "sheet-subtotal" : undefined}
                data-code={row.code}
              >
                {row.span > 0 && (
                  <>
                    <td rowSpan={row.span} className="center">
                      {row.index}
                    </td>
                    <td rowSpan={row.span}>{row.topTitle}</td>
                    <td rowSpan={row.span} className="num">
                      {row.topMax}
                    </td>
                  </>
                )}
                <td className="sheet-standard">
                  {row.standard}
                  {row.rule !== "" && (
                    <div className="sheet-rule" data-testid="sheet-rule">
                      计分规则：{row.rule}
                    </div>
                  )}
                </td>
                <td className="sheet-method">{row.method}</td>
                {withSelf && <td className="num">{row.selfScore ?? "—"}</td>}
                <td className="num">
                  <TraceCell row={row} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {description.length > 0 && (
        <div className="sheet-description" data-testid="sheet-description">
          {description.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
