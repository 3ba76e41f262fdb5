/**
 * 结果快照历史: every snapshot of a round (发布公示, 申诉更正, 归档锁定) with its time and reason, and
 * any of them opened read-only — the ranking and the score sheets exactly as frozen (a unit sees
 * its own sheet only, as the API gives it).
 */
import { validateScheme } from "@kaoping/engine";
import { Alert, Card, Select, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { resultsApi, type SnapshotDetail, type SnapshotSummary } from "../../api/review-api";
import { useQuery } from "../../api/use-query";
import { roundsApi } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { formatDateTime } from "../../lib/dates";
import { usePageTitle } from "../layout/page-title";
import { ScoreSheet } from "./score-sheet";
import { sheetResults } from "./sheet-result";

/** What each kind of snapshot is, in words. */
export const snapshotKindLabels: Record<SnapshotSummary["kind"], string> = {
  published: "发布公示",
  appeal: "申诉更正",
  final: "归档锁定",
};

/**
 * The reason as staff read it: an upheld appeal's reason names the appeal by its internal id,
 * which says nothing to them (the appeals list shows which appeal it was).
 */
export function snapshotReasonText(reason: string): string {
  return reason.replace(/（申诉编号 [0-9a-fA-F-]+）/u, "");
}

/** The snapshot list of a round, newest first, each with a link to open it. */
export function SnapshotHistory({ roundId, current }: { roundId: string; current: number | null }) {
  const list = useQuery(
    (signal) => resultsApi.snapshots(roundId, signal).catch(() => undefined),
    [roundId],
  );
  const rows = [...(list.data ?? [])].sort((a, b) => b.sequence - a.sequence);
  if (rows.length === 0) return null;
  return (
    <Card title="结果快照历史" size="small">
      <div data-testid="snapshot-history">
        <Table<SnapshotSummary>
          rowKey="sequence"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              title: "快照",
              dataIndex: "sequence",
              width: 90,
              render: (n: number) => (
                <Space size={4}>
                  #{n}
                  {n === current && <Tag color="green">当前</Tag>}
                </Space>
              ),
            },
            {
              title: "类型",
              dataIndex: "kind",
              width: 100,
              render: (k: SnapshotSummary["kind"]) => snapshotKindLabels[k],
            },
            { title: "生成时间", dataIndex: "createdAt", width: 160, render: formatDateTime },
            { title: "原因", dataIndex: "reason", render: snapshotReasonText },
            {
              title: "",
              key: "open",
              width: 80,
              render: (_: unknown, s: SnapshotSummary) => (
                <Link to={`/results/${roundId}/snapshots/${s.sequence}`}>查看</Link>
              ),
            },
          ]}
        />
      </div>
    </Card>
  );
}

type RankingRow = SnapshotDetail["ranking"][number];

/** One snapshot, read-only: when and why it was frozen, its ranking and its score sheets. */
export default function SnapshotPage() {
  const { roundId = "", sequence = "" } = useParams();
  const number = Number(sequence);
  const snapshot = useQuery(
    (signal) => resultsApi.snapshot(roundId, number, signal),
    [roundId, number],
  );
  const schemeDoc = useQuery((signal) => roundsApi.scheme(roundId, signal), [roundId]);
  const [unitId, setUnitId] = useState<string>();
  usePageTitle(`结果快照 #${sequence}`);
  const scheme = useMemo(
    () => (schemeDoc.data === undefined ? undefined : validateScheme(schemeDoc.data.document)),
    [schemeDoc.data],
  );
  const error = snapshot.error ?? schemeDoc.error;
  if (error !== undefined)
    return <LoadFailed error={error} onRetry={() => (snapshot.reload(), schemeDoc.reload())} />;
  const data = snapshot.data;
  if (data === undefined || scheme === undefined) return <PageLoading />;
  const sheet = data.sheets.find((s) => s.unitId === unitId) ?? data.sheets[0];
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle" data-testid="snapshot-page">
      <Alert
        type="info"
        showIcon
        title={`结果快照 #${data.sequence}（${snapshotKindLabels[data.kind]}，${formatDateTime(data.createdAt)}）：只读，显示冻结时的结果`}
        description={`原因：${snapshotReasonText(data.reason)}`}
      />
      <Link to={`/results/${roundId}`}>返回考核结果</Link>
      <Card title="排名" size="small">
        <div data-testid="snapshot-ranking">
          <Table<RankingRow>
            rowKey="unitId"
            size="small"
            bordered
            pagination={false}
            dataSource={[...data.ranking].sort((a, b) => a.rank - b.rank)}
            columns={[
              { title: "名次", dataIndex: "rank", width: 60, align: "center" },
              { title: "单位", dataIndex: "unitName" },
              {
                title: "总分",
                dataIndex: "total",
                align: "center",
                render: (v: string) => <b className="score-number">{v}</b>,
              },
            ]}
          />
        </div>
      </Card>
      {sheet !== undefined && scheme.ok && (
        <Card
          title="评分表"
          size="small"
          extra={
            data.sheets.length > 1 && (
              <Select
                style={{ width: 240 }}
                aria-label="选择单位"
                value={sheet.unitId}
                onChange={setUnitId}
                showSearch
                optionFilterProp="label"
                options={data.sheets.map((s) => ({ value: s.unitId, label: s.unitName }))}
              />
            )
          }
        >
          {(() => {
            const { result, self } = sheetResults(sheet);
            return (
              <ScoreSheet
                scheme={scheme.scheme}
                result={result}
                self={self}
                caption={`被考核单位：${sheet.unitName}  总分 ${sheet.total} 分  名次 ${sheet.rank}（快照 #${data.sequence}）`}
              />
            );
          })()}
        </Card>
      )}
      {!scheme.ok && <Typography.Text type="danger">方案无法读取。</Typography.Text>}
    </Space>
  );
}
