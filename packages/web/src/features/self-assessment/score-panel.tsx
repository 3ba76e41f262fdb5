/** The side panel of the form: total score, one line per top-level item, and the "still missing" list. */
import {
  describeUnitExtras,
  schemePointsWords,
  type FactInfo,
  type Scheme,
  type UnitResult,
} from "@kaoping/engine";
import { Alert, Card, Divider, Typography } from "antd";

/** Props of the panel. */
export interface ScorePanelProps {
  scheme: Scheme;
  result: UnitResult;
  missing: string[];
  facts: readonly FactInfo[];
  problemCount: number;
  isStale?: boolean | undefined;
  title?: string | undefined;
}

/**
 * A missing fact's name in Chinese (`7 违规 · 第 1 条 级别`), never its path: the fact of the
 * longest matching path, and for a list row its number and field.
 */
export function missingFactLabel(facts: readonly FactInfo[], path: string): string {
  const fact = facts
    .filter((f) => path === f.path || /^[.[]/.test(path.slice(f.path.length)))
    .filter((f) => path.startsWith(f.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (fact === undefined) return "一项数据";
  const name = `${fact.code} ${fact.declaration.label}`;
  const [row, field] = path
    .slice(fact.path.length)
    .split(/[.[\]]+/)
    .filter((part) => part !== "");
  if (row === undefined || row === "" || !/^\d+$/.test(row)) return name;
  const fields = "fields" in fact.declaration ? fact.declaration.fields : undefined;
  const label = fields?.find((f) => f.name === field)?.label ?? "";
  return `${name} · 第 ${Number(row) + 1} 条${label === "" ? "" : ` ${label}`}`;
}

/** Jumps to an item's section. */
function scrollToItem(code: string): void {
  document.getElementById(`item-${code}`)?.scrollIntoView({ behavior: "smooth", block: "start" });
}

/** The score panel. */
export function ScorePanel({
  scheme,
  result,
  missing,
  facts,
  problemCount,
  isStale,
  title = "自评得分",
}: ScorePanelProps) {
  // The scheme's base points, its 加分 part said apart — as the score sheet's 合计 row (0343).
  const full = schemePointsWords(scheme);
  return (
    <Card size="small" className="score-panel" title={title}>
      <div className="score-total" data-testid="live-total" style={{ opacity: isStale ? 0.6 : 1 }}>
        {result.total}
        <Typography.Text type="secondary" style={{ fontSize: 14 }}>
          {" "}
          / {full.points} 分
        </Typography.Text>
      </div>
      {full.bonus !== undefined && (
        <Typography.Text type="secondary" data-testid="scheme-bonus">
          {full.bonus}
        </Typography.Text>
      )}
      {result.veto !== undefined && (
        <Alert type="error" showIcon title={result.veto} style={{ marginTop: 8 }} />
      )}
      {describeUnitExtras(result).map((line) => (
        <Alert key={line} type="warning" showIcon title={line} style={{ marginTop: 8 }} />
      ))}
      <Divider style={{ margin: "12px 0" }} />
      {result.items.map((item) => (
        <div key={item.code} style={{ display: "flex", justifyContent: "space-between" }}>
          <Typography.Link
            onClick={() => scrollToItem(item.code)}
            ellipsis
            style={{ maxWidth: "70%" }}
          >
            {item.code} {item.title}
          </Typography.Link>
          <span className="score-number">
            {item.score ?? "—"} / {item.max}
          </span>
        </div>
      ))}
      <Divider style={{ margin: "12px 0" }} />
      {missing.length === 0 && problemCount === 0 ? (
        <Alert type="success" showIcon title="所有必填数据已填写" />
      ) : (
        <>
          {problemCount > 0 && (
            <Alert
              type="error"
              showIcon
              title={`有 ${problemCount} 处数据不符合要求`}
              style={{ marginBottom: 8 }}
            />
          )}
          {missing.length > 0 && (
            <>
              <Typography.Text strong>尚缺 {missing.length} 项数据</Typography.Text>
              <ul className="missing-list" data-testid="missing-list">
                {missing.map((path) => (
                  <li key={path}>
                    <Typography.Link
                      onClick={() => scrollToItem(path.split(".").slice(0, -1).join("."))}
                    >
                      {missingFactLabel(facts, path)}
                    </Typography.Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Card>
  );
}
