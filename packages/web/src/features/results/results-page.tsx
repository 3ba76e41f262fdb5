/**
 * 考核结果: the round's ranking with category subtotals and self vs reviewed totals, the charts
 * (loaded on demand), publication for the administrator, and each unit's score sheet. 打印排名表
 * prints the ranking alone: everything else on the page is marked no-print.
 */
import { roundStateLabels } from "@kaoping/server/contract";
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { Link, Route, Routes, useParams } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { resultsApi, type RoundResults } from "../../api/review-api";
import { useQuery } from "../../api/use-query";
import { roundsApi } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { formatDeadline } from "../../lib/dates";
import { useActiveRole } from "../auth/session-context";
import { DocumentButtons } from "../documents/document-buttons";
import { usePageTitle } from "../layout/page-title";
import { RoundPicker } from "../rounds/round-picker";
import { distributionOption, plotAverages, rankingBarOption } from "./chart-options";
import SnapshotPage, { SnapshotHistory } from "./snapshot-history";
import "./ranking-print.css";
import UnitSheetPage from "./unit-sheet-page";

const LossAnalysisPage = lazy(() => import("../analysis/loss-analysis-page"));

const Chart = lazy(() => import("./charts"));

type Row = RoundResults["units"][number];

function Ranking() {
  const { roundId = "" } = useParams();
  const role = useActiveRole();
  const results = useQuery((signal) => resultsApi.round(roundId, signal), [roundId]);
  const round = useQuery((signal) => roundsApi.get(roundId, signal), [roundId]);
  const { modal, message } = App.useApp();
  usePageTitle(round.data?.title);
  const data = results.data;
  const charts = useMemo(
    () =>
      data === undefined
        ? undefined
        : {
            bar: rankingBarOption(data.units),
            dist: distributionOption(data.units.map((u) => u.total)),
            averages: plotAverages(data.averages),
          },
    [data],
  );
  if (results.error !== undefined)
    return <LoadFailed error={results.error} onRetry={results.reload} />;
  if (data === undefined || charts === undefined) return <PageLoading />;
  const publish = round.data?.allowedTransitions.find((t) => t.to === "published");
  const doPublish = () =>
    modal.confirm({
      title: "发布考核结果（公示）？",
      content: "发布后冻结当前结果快照，单位可以看到排名并在申诉阶段提出申诉。",
      okText: "发布",
      onOk: async () => {
        try {
          await roundsApi.transition(roundId, "published", round.data?.version ?? 0);
          void message.success("结果已发布");
          results.reload();
          round.reload();
        } catch (error) {
          showApiError(error, message);
        }
      },
    });
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle">
      <Card
        title={round.data?.title ?? "考核结果"}
        extra={
          <Space className="no-print">
            <Button data-testid="print-ranking" onClick={() => window.print()}>
              打印排名表
            </Button>
            <Tag color={data.source === "snapshot" ? "green" : "orange"}>
              {data.source === "snapshot"
                ? `已发布快照 #${data.snapshotSequence ?? ""}`
                : "实时计算（未发布）"}
            </Tag>
            <Tag>
              {roundStateLabels[data.roundState as keyof typeof roundStateLabels] ??
                data.roundState}
            </Tag>
            {(data.roundState === "published" || data.roundState === "appeals") &&
              round.data !== undefined && (
                <Tag color="blue" data-testid="results-appeal-deadline">
                  申诉截止：{formatDeadline(round.data.deadlines.appeal)}
                </Tag>
              )}
            {(role === "assessment_admin" || role === "viewer") && (
              <Link to={`/results/${roundId}/loss-analysis`}>
                <Button data-testid="open-loss-analysis">失分分析</Button>
              </Link>
            )}
            {role === "assessment_admin" && publish !== undefined && (
              <Button type="primary" onClick={doPublish}>
                发布结果（公示）
              </Button>
            )}
          </Space>
        }
      >
        <DocumentButtons.Round roundId={roundId} role={role} />
        <Typography.Paragraph type="secondary" className="no-print">
          方案 {data.schemeTitle} · 共 {data.unitCount} 个单位。点击单位名称查看评分表和计分说明。
        </Typography.Paragraph>
        <Table<Row>
          rowKey="unitId"
          size="small"
          bordered
          pagination={false}
          scroll={{ x: "max-content" }}
          dataSource={[...data.units].sort((a, b) => a.rank - b.rank)}
          data-testid="ranking-table"
          className="ranking-table"
          columns={[
            { title: "名次", dataIndex: "rank", width: 60, align: "center" },
            {
              title: "单位",
              dataIndex: "unitName",
              fixed: "left",
              render: (name: string, r) =>
                r.canOpen ? <Link to={`/results/${roundId}/${r.unitId}`}>{name}</Link> : name,
            },
            {
              title: "总分",
              dataIndex: "total",
              align: "center",
              fixed: "left",
              render: (v: string) => (
                <b className="score-number" data-testid="ranking-total">
                  {v}
                </b>
              ),
            },
            ...data.categories.map((c) => ({
              title: `${c.title}（${c.max}）`,
              key: c.code,
              align: "center" as const,
              render: (_: unknown, r: Row) => (
                <span className="score-number">
                  {r.subtotals?.find((s) => s.code === c.code)?.score ?? "—"}
                </span>
              ),
            })),
            {
              title: "自评总分",
              dataIndex: "selfTotal",
              align: "center",
              render: (v: string | null) => <span className="score-number">{v ?? "—"}</span>,
            },
            {
              title: "差值",
              dataIndex: "difference",
              align: "center",
              render: (v: string | null) => <span className="score-number">{v ?? "—"}</span>,
            },
            {
              title: "",
              key: "complete",
              render: (_: unknown, r: Row) =>
                r.complete ? null : <Tag color="orange">数据不完整</Tag>,
            },
          ]}
        />
      </Card>
      <SnapshotHistory roundId={roundId} current={data.snapshotSequence} />
      {data.units.some((u) => !u.complete) && (
        <Alert
          className="no-print"
          type="warning"
          showIcon
          title="部分单位数据不完整，其总分只计已能评分的项目。"
        />
      )}
      <Card title="图表" size="small" className="no-print">
        <Suspense fallback={<Typography.Text type="secondary">图表加载中…</Typography.Text>}>
          <div
            style={{
              display: "grid",
              gridTemplateColumns: "repeat(auto-fit, minmax(420px, 1fr))",
              gap: 16,
            }}
          >
            <Chart
              option={charts.bar}
              height={Math.max(240, data.units.length * 32 + 80)}
              testId="chart-ranking"
            />
            <Chart option={charts.dist} testId="chart-distribution" />
          </div>
        </Suspense>
      </Card>
    </Space>
  );
}

/** The results section. */
export default function ResultsPage() {
  return (
    <Routes>
      <Route
        index
        element={
          <RoundPicker
            base="/results"
            states={["rating", "results", "published", "appeals", "final"]}
          />
        }
      />
      <Route path=":roundId" element={<Ranking />} />
      <Route path=":roundId/loss-analysis" element={<LossAnalysisPage />} />
      <Route path=":roundId/snapshots/:sequence" element={<SnapshotPage />} />
      <Route path=":roundId/:unitId" element={<UnitSheetPage />} />
    </Routes>
  );
}
