/**
 * 失分分析 (assessment administrators and viewers): where the round's units lose points — a
 * sorted bar per item, a heat map of units × items, the common reasons — each unit's weakest
 * items against the mean, and the year-over-year view against the previous round of the lineage
 * (slope chart of ranks, changed items).
 */
import { Alert, Card, Space, Table, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "../../api/use-query";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { usePageTitle } from "../layout/page-title";
import { analysisApi, type LossAnalysis } from "./analysis-api";
import {
  lossBarOption,
  lossHeatmapOption,
  losingItems,
  rankChangeWords,
  rankSlopeOption,
} from "./loss-chart-options";

const Chart = lazy(() => import("../results/charts"));

type Unit = LossAnalysis["units"][number];
type Item = LossAnalysis["items"][number];

const number = (v: string | null) => <span className="score-number">{v ?? "—"}</span>;

/** The loss analysis page of one round. */
export default function LossAnalysisPage() {
  const { roundId = "" } = useParams();
  const analysis = useQuery((signal) => analysisApi.losses(roundId, signal), [roundId]);
  usePageTitle(analysis.data === undefined ? undefined : `失分分析 · ${analysis.data.roundTitle}`);
  const charts = useMemo(
    () =>
      analysis.data === undefined
        ? undefined
        : {
            bar: lossBarOption(analysis.data),
            heat: lossHeatmapOption(analysis.data),
            slope: rankSlopeOption(analysis.data),
          },
    [analysis.data],
  );
  if (analysis.error !== undefined)
    return <LoadFailed error={analysis.error} onRetry={analysis.reload} />;
  const data = analysis.data;
  if (data === undefined || charts === undefined) return <PageLoading />;
  const previous = data.previousRound;
  const losing = losingItems(data);
  const chartHeight = Math.max(260, losing.length * 26 + 80);
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle">
      <Space wrap>
        <Link to={`/results/${roundId}`}>← 返回考核结果</Link>
        <Typography.Text type="secondary">
          {data.roundTitle}，共 {data.unitCount} 个单位；失分 = 分值 −
          得分（审核后的数据）；有上限的加分组按整组计。
        </Typography.Text>
      </Space>
      <Card title="各项失分" size="small">
        <Suspense fallback={<Typography.Text type="secondary">图表加载中…</Typography.Text>}>
          {losing.length === 0 ? (
            <Alert type="success" showIcon title="各单位在所有项目上均未失分。" />
          ) : (
            <Chart option={charts.bar} height={chartHeight} testId="chart-loss-bar" />
          )}
        </Suspense>
        <Table<Item>
          size="small"
          rowKey="code"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={data.items.filter((i) => i.unitsLosing > 0)}
          data-testid="loss-items"
          columns={[
            { title: "编号", dataIndex: "code", width: 70 },
            { title: "项目", dataIndex: "title", width: 200 },
            { title: "分值", dataIndex: "max", width: 60, align: "right", render: number },
            { title: "失分合计", dataIndex: "lostSum", width: 80, align: "right", render: number },
            { title: "平均失分", dataIndex: "lostMean", width: 80, align: "right", render: number },
            { title: "失分单位", dataIndex: "unitsLosing", width: 80, align: "right" },
            ...(previous === null
              ? []
              : [
                  {
                    title: "上一轮失分合计",
                    dataIndex: "previousLostSum",
                    width: 110,
                    align: "right" as const,
                    render: number,
                  },
                ]),
            {
              title: "常见失分原因（单位数）",
              key: "reasons",
              render: (_: unknown, item: Item) => (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {item.reasons.map((r) => (
                    <li key={r.text}>
                      {r.text}（{r.units} 个单位）
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </Card>
      <Card title="各单位各项失分" size="small">
        <Suspense fallback={<Typography.Text type="secondary">图表加载中…</Typography.Text>}>
          {losing.length > 0 && (
            <Chart
              option={charts.heat}
              height={Math.max(260, Math.min(60, data.units.length) * 28 + 140)}
              testId="chart-loss-heatmap"
            />
          )}
        </Suspense>
        {data.units.length > 60 && (
          <Typography.Text type="secondary">
            热力图显示名次前 60 的单位；各单位最弱项目见下表。
          </Typography.Text>
        )}
        <Table<Unit>
          size="small"
          rowKey="unitId"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={[...data.units].sort((a, b) => a.rank - b.rank)}
          columns={[
            { title: "名次", dataIndex: "rank", width: 60, align: "right" },
            {
              title: "单位",
              dataIndex: "unitName",
              width: 160,
              render: (name: string, u: Unit) => (
                <Link to={`/results/${roundId}/${u.unitId}`}>{name}</Link>
              ),
            },
            { title: "总分", dataIndex: "total", width: 80, align: "right", render: number },
            {
              title: "失分高于平均的项目（本单位失分 / 平均失分）",
              key: "weakest",
              render: (_: unknown, u: Unit) =>
                u.weakest.length === 0
                  ? "—"
                  : u.weakest
                      .map((w) => `${w.code} ${w.title}（${w.lost} / ${w.meanLost}）`)
                      .join("；"),
            },
          ]}
        />
      </Card>
      <Card
        title={previous === null ? "与上一轮比较" : `与上一轮比较：${previous.title}`}
        size="small"
        data-testid="year-over-year"
      >
        {previous === null ? (
          <Alert
            type="info"
            showIcon
            title="没有同一方案谱系已公示的上一轮考核，暂无可比较的数据。"
          />
        ) : (
          <Space direction="vertical" style={{ width: "100%" }}>
            <Suspense fallback={<Typography.Text type="secondary">图表加载中…</Typography.Text>}>
              <Chart
                option={charts.slope}
                height={Math.max(300, Math.min(40, data.units.length) * 22 + 100)}
                testId="chart-rank-slope"
              />
            </Suspense>
            <Typography.Text type="secondary">
              本轮尚未评分的项目（如评议尚未结束）不计入得分变化。
            </Typography.Text>
            <Table<Unit>
              size="small"
              rowKey="unitId"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={data.units
                .filter((u) => u.previous !== null)
                .sort((a, b) => a.rank - b.rank)}
              columns={[
                { title: "单位", dataIndex: "unitName", width: 140 },
                {
                  title: "上一轮",
                  key: "before",
                  width: 120,
                  render: (_: unknown, u: Unit) =>
                    `${u.previous?.total} 分 第 ${u.previous?.rank} 名`,
                },
                {
                  title: "本轮",
                  key: "now",
                  width: 120,
                  render: (_: unknown, u: Unit) => `${u.total} 分 第 ${u.rank} 名`,
                },
                {
                  title: "名次",
                  key: "rank",
                  width: 90,
                  render: (_: unknown, u: Unit) => {
                    const change = u.previous?.rankChange ?? 0;
                    return (
                      <Tag color={change > 0 ? "green" : change < 0 ? "red" : "default"}>
                        {rankChangeWords(change)}
                      </Tag>
                    );
                  },
                },
                {
                  title: "总分变化",
                  key: "total",
                  width: 80,
                  align: "right",
                  render: (_: unknown, u: Unit) => number(u.previous?.totalChange ?? null),
                },
                {
                  title: "得分变化的项目",
                  key: "items",
                  render: (_: unknown, u: Unit) =>
                    (u.previous?.items ?? []).length === 0
                      ? "各项得分相同"
                      : (u.previous?.items ?? [])
                          .map(
                            (i) =>
                              `${i.code} ${i.title} ${i.change.startsWith("-") ? "" : "+"}${i.change}`,
                          )
                          .join("；"),
                },
              ]}
            />
          </Space>
        )}
      </Card>
    </Space>
  );
}
