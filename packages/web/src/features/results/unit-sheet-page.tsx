/** One unit's score sheet in a round, with its categories against the round average and its trend across years. */
import { validateScheme } from "@kaoping/engine";
import { Alert, Card, Space, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { useParams } from "react-router-dom";
import { resultsApi } from "../../api/review-api";
import { useQuery } from "../../api/use-query";
import { roundsApi } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { ImprovementsCard } from "../analysis/improvements-card";
import { DocumentButtons } from "../documents/document-buttons";
import { usePageTitle } from "../layout/page-title";
import { plotAverages, radarOption, trendOption } from "./chart-options";
import { ScoreSheet } from "./score-sheet";
import { sheetResults } from "./sheet-result";

const Chart = lazy(() => import("./charts"));

/** The unit sheet page. */
export default function UnitSheetPage() {
  const { roundId = "", unitId = "" } = useParams();
  const sheet = useQuery((signal) => resultsApi.unit(roundId, unitId, signal), [roundId, unitId]);
  const schemeDoc = useQuery((signal) => roundsApi.scheme(roundId, signal), [roundId]);
  const round = useQuery((signal) => resultsApi.round(roundId, signal), [roundId]);
  const history = useQuery(
    (signal) => resultsApi.history(unitId, signal).catch(() => undefined),
    [unitId],
  );
  usePageTitle(sheet.data?.unitName);
  const scheme = useMemo(
    () => (schemeDoc.data === undefined ? undefined : validateScheme(schemeDoc.data.document)),
    [schemeDoc.data],
  );
  const error = sheet.error ?? schemeDoc.error;
  if (error !== undefined)
    return <LoadFailed error={error} onRetry={() => (sheet.reload(), schemeDoc.reload())} />;
  if (sheet.data === undefined || scheme === undefined) return <PageLoading />;
  if (!scheme.ok) return <Alert type="error" showIcon title="方案无法读取。" />;
  const { result, self } = sheetResults(sheet.data);
  const categories = round.data?.categories ?? [];
  const unitRow = round.data?.units.find((u) => u.unitId === unitId);
  const trend = (history.data?.lineages ?? [])
    .flatMap((l) => l.rounds)
    .sort((a, b) => a.year - b.year);
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle">
      <DocumentButtons.Unit roundId={roundId} unitId={unitId} unitName={sheet.data.unitName} />
      <ScoreSheet
        scheme={scheme.scheme}
        result={result}
        self={self}
        caption={`被考核单位：${sheet.data.unitName}  总分 ${sheet.data.total} 分  名次 ${sheet.data.rank}/${sheet.data.unitCount}  ${sheet.data.source === "snapshot" ? `（已发布快照 #${sheet.data.snapshotSequence ?? ""}）` : "（实时计算）"}`}
      />
      <ImprovementsCard
        roundId={roundId}
        unitId={unitId}
        scheme={scheme.scheme}
        basis="effective"
      />
      <Card title="分析" size="small" className="no-print">
        <Suspense fallback={<Typography.Text type="secondary">图表加载中…</Typography.Text>}>
          <div
            style={{
              display: "grid",
              gridTemplateColumns: "repeat(auto-fit, minmax(420px, 1fr))",
              gap: 16,
            }}
          >
            {categories.length > 0 && unitRow?.subtotals != null && (
              <Chart
                testId="chart-radar"
                option={radarOption(
                  categories,
                  categories.map(
                    (c) => unitRow.subtotals?.find((s) => s.code === c.code)?.score ?? null,
                  ),
                  plotAverages(round.data?.averages ?? []),
                  sheet.data.unitName,
                )}
              />
            )}
            {trend.length > 0 && (
              <Chart
                testId="chart-trend"
                option={trendOption(
                  trend.map((t) => ({ label: `${t.year}`, total: t.total, rank: t.rank })),
                )}
              />
            )}
          </div>
        </Suspense>
      </Card>
    </Space>
  );
}
