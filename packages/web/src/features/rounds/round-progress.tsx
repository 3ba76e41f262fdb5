/**
 * 考核进度 on the administrator's round page (issue 18 part 3, decision 0260): units by how far
 * they filled (least filled first — who to call), reviewers by items decided, raters by ratings
 * given (counts only), and the deadlines counted down. Polls every 20 s and when the page
 * regains focus; the server computes it (GET /api/rounds/:roundId/progress).
 */
import { unitPhaseLabels, type RoundProgress } from "@kaoping/server/contract";
import { Button, Card, Progress, Space, Statistic, Table, Tag, Typography } from "antd";
import { useEffect } from "react";
import { api } from "../../api/client";
import { useQuery } from "../../api/use-query";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime, formatDeadline } from "../../lib/dates";
import { UnitPhaseTag, UnitStatusTag } from "./round-labels";

/** How often the panel asks again while the page is shown. */
const POLL_MS = 20_000;

type UnitRow = RoundProgress["units"][number];
type Deadline = RoundProgress["deadlines"][number];

const percentOf = (done: number, total: number) =>
  total === 0 ? 0 : Math.floor((done * 100) / total);

/** 还剩 3 天 / 今天截止 / 已过 2 天 / 已截止. */
function countdown(d: Deadline): string {
  if (d.daysLeft === null) return "";
  if (d.passed) return d.daysLeft < 0 ? `已过 ${-d.daysLeft} 天` : "已截止";
  return d.daysLeft === 0 ? "今天截止" : `还剩 ${d.daysLeft} 天`;
}

function Deadlines({ deadlines }: { deadlines: Deadline[] }) {
  return (
    <Space size="large" wrap>
      {deadlines.map((d) => (
        <div key={d.stage} data-testid={`countdown-${d.stage}`}>
          <Typography.Text strong={d.current} type={d.current ? undefined : "secondary"}>
            {d.label}：{d.deadline === null ? "未设定" : formatDeadline(d.deadline)}
          </Typography.Text>{" "}
          {d.deadline !== null && (
            <Tag
              color={d.passed ? "red" : d.current && (d.daysLeft ?? 99) <= 3 ? "orange" : "blue"}
            >
              {countdown(d)}
            </Tag>
          )}
          {d.extendedUnits > 0 && (
            <Typography.Text type="secondary">（{d.extendedUnits} 个单位单独延期）</Typography.Text>
          )}
        </div>
      ))}
    </Space>
  );
}

/** The progress panel of an open round. */
export function RoundProgressCard({ roundId }: { roundId: string }) {
  const progress = useQuery(
    (signal) => api.get<RoundProgress>(`/api/rounds/${roundId}/progress`, undefined, signal),
    [roundId],
  );
  const { reload } = progress;
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") reload();
    }, POLL_MS);
    const onFocus = () => reload();
    const onVisible = () => {
      if (document.visibilityState === "visible") reload();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [reload]);
  const p = progress.data;
  return (
    <Card
      title="考核进度"
      size="small"
      extra={
        <Space>
          {p !== undefined && (
            <Typography.Text type="secondary">
              每 20 秒自动刷新，更新于 {formatDateTime(p.now)}
            </Typography.Text>
          )}
          <Button size="small" onClick={reload} loading={progress.isLoading}>
            刷新
          </Button>
        </Space>
      }
    >
      {progress.error !== undefined && <LoadFailed error={progress.error} onRetry={reload} />}
      {p !== undefined && (
        <Space direction="vertical" style={{ width: "100%" }} size="middle">
          <Deadlines deadlines={p.deadlines} />
          <Space size={48} wrap>
            {(["submitted", "inProgress", "notStarted"] as const).map((key) => (
              <Statistic
                key={key}
                title={
                  unitPhaseLabels[
                    key === "inProgress"
                      ? "in_progress"
                      : key === "notStarted"
                        ? "not_started"
                        : "submitted"
                  ]
                }
                value={p.unitCounts[key]}
                suffix={`/ ${p.unitCounts.total}`}
              />
            ))}
          </Space>
          <Table<UnitRow>
            rowKey="unitId"
            size="small"
            pagination={p.units.length > 20 ? { pageSize: 20 } : false}
            dataSource={p.units}
            aria-label="各单位填报进度"
            columns={[
              {
                title: "单位",
                dataIndex: "unitName",
                sorter: (a, b) => a.unitName.localeCompare(b.unitName, "zh-CN"),
              },
              {
                title: "进度",
                key: "phase",
                // The progress word (decision 0254); the status only where it adds something
                // (已退回, 已审核通过, reopened) — 自评中 and 已提交 are what the phase already says.
                render: (_: unknown, u) => (
                  <Space size={4}>
                    <UnitPhaseTag phase={u.phase} />
                    {(u.status === "returned" || u.status === "accepted" || u.reopened) && (
                      <UnitStatusTag status={u.status} reopened={u.reopened} />
                    )}
                  </Space>
                ),
                sorter: (a, b) => a.phase.localeCompare(b.phase),
              },
              {
                title: "必填数据",
                key: "filled",
                defaultSortOrder: "ascend",
                sorter: (a, b) => a.percent - b.percent || a.filled - b.filled,
                render: (_: unknown, u) => (
                  <Space>
                    <span>
                      已填 {u.filled}/{u.required} 项，{u.percent}%
                    </span>
                    <Progress
                      percent={u.percent}
                      size="small"
                      showInfo={false}
                      style={{ width: 100 }}
                    />
                  </Space>
                ),
              },
              {
                title: "最后保存",
                key: "lastSavedAt",
                sorter: (a, b) => (a.lastSavedAt ?? "").localeCompare(b.lastSavedAt ?? ""),
                render: (_: unknown, u) =>
                  u.lastSavedAt === null ? (
                    <Typography.Text type="secondary">尚未填报</Typography.Text>
                  ) : (
                    formatDateTime(u.lastSavedAt)
                  ),
              },
              {
                title: "自评截止",
                key: "deadline",
                render: (_: unknown, u) =>
                  u.ownDeadline === null ? (
                    <Typography.Text type="secondary">同考核任务</Typography.Text>
                  ) : (
                    `${formatDeadline(u.ownDeadline)}（单独延期）`
                  ),
              },
            ]}
          />
          <Typography.Title level={5} style={{ margin: 0 }}>
            审核进度
          </Typography.Title>
          <Table
            rowKey="name"
            size="small"
            pagination={false}
            aria-label="各审核人审核进度"
            dataSource={p.reviewers}
            locale={{ emptyText: "没有审核人" }}
            columns={[
              { title: "审核人", dataIndex: "name" },
              {
                title: "本人范围内已审核事项",
                key: "items",
                render: (_: unknown, r) => (
                  <Space>
                    <span>
                      {r.itemsDecided}/{r.itemsTotal} 项
                    </span>
                    <Progress
                      percent={percentOf(r.itemsDecided, r.itemsTotal)}
                      size="small"
                      style={{ width: 120 }}
                    />
                  </Space>
                ),
              },
              {
                title: "本人部分已通过的单位",
                key: "units",
                render: (_: unknown, r) => `${r.unitsApproved}/${r.unitsTotal} 个（已提交的单位）`,
              },
            ]}
          />
          <Typography.Title level={5} style={{ margin: 0 }}>
            评议进度
          </Typography.Title>
          <Typography.Text type="secondary">
            只显示每位评议人已评的份数；评议阶段结束前不显示任何分值。
          </Typography.Text>
          <Table
            rowKey="name"
            size="small"
            pagination={false}
            aria-label="各评议人评议进度"
            dataSource={p.raters}
            locale={{ emptyText: "本方案没有评议项" }}
            columns={[
              { title: "评议人", dataIndex: "name" },
              {
                title: "已评份数",
                key: "given",
                render: (_: unknown, r) => (
                  <Space>
                    <span>
                      {r.given}/{r.expected} 份
                    </span>
                    <Progress
                      percent={percentOf(r.given, r.expected)}
                      size="small"
                      style={{ width: 120 }}
                    />
                  </Space>
                ),
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
