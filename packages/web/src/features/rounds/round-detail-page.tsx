/**
 * A round: its scheme, state and deadlines, progress of the units (submitted / accepted), the
 * moves to the next state, the units with their status (reopen for the administrator) and the
 * state history.
 */
import {
  maskPersonalNumbers,
  type RoundState,
  roundStateLabels,
  unitPhaseLabels,
  workflowLimits,
} from "@kaoping/server/contract";
import {
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Progress,
  Space,
  Switch,
  Table,
  Timeline,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { itemsOf, roundsApi, type RoundDetail, type RoundUnitRow } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { formatDateTime, formatDeadline } from "../../lib/dates";
import { useActiveRole } from "../auth/session-context";
import { usePageTitle } from "../layout/page-title";
import { EditRoundModal, ReopenModal, UnitDeadlineModal } from "./round-admin-dialogs";
import { roundAdminApi } from "./round-admin-api";
import { RoundStateTag, UnitStatusTag } from "./round-labels";
import { RoundProgressCard } from "./round-progress";
import { RemindersCard } from "./round-reminders";

function Transitions({
  round,
  onMoved,
}: {
  round: RoundDetail;
  onMoved: (next: RoundDetail) => void;
}) {
  const { modal, message } = App.useApp();
  const move = (to: RoundState, label: string) => {
    let reason = "";
    modal.confirm({
      title: `${label}？`,
      content: (
        <>
          <p>
            考核任务将从「{roundStateLabels[round.state]}」阶段进入「{roundStateLabels[to]}
            」阶段，此操作不可撤回。
          </p>
          <Input.TextArea
            placeholder="说明（可选）"
            maxLength={workflowLimits.reason.max}
            onChange={(e) => (reason = e.target.value)}
          />
        </>
      ),
      okText: "确认",
      onOk: async () => {
        try {
          onMoved(
            await roundsApi.transition(round.id, to, round.version, reason.trim() || undefined),
          );
          void message.success(`已进入「${roundStateLabels[to]}」阶段`);
        } catch (error) {
          showApiError(error, message);
        }
      },
    });
  };
  if (round.allowedTransitions.length === 0) return null;
  return (
    <Space>
      {round.allowedTransitions.map((t) => (
        <Button key={t.to} type="primary" onClick={() => move(t.to, t.label)}>
          {t.label}
        </Button>
      ))}
    </Space>
  );
}

/** The round page. */
export default function RoundDetailPage() {
  const { id = "" } = useParams();
  const role = useActiveRole();
  const isAdmin = role === "assessment_admin";
  const [tick, setTick] = useState(0);
  const [onlyPending, setOnlyPending] = useState(false);
  const [editing, setEditing] = useState(false);
  const [unitDialog, setUnitDialog] = useState<{
    kind: "deadline" | "reopen";
    unit: RoundUnitRow;
  }>();
  const [selected, setSelected] = useState<string[]>([]);
  const navigate = useNavigate();
  const round = useQuery((signal) => roundsApi.get(id, signal), [id, tick]);
  const units = useQuery(
    async (signal) =>
      onlyPending
        ? itemsOf(await roundsApi.pending(id, signal))
        : (await roundsApi.units(id, { pageSize: 100 }, signal)).items,
    [id, tick, onlyPending],
  );
  const history = useQuery((signal) => roundsApi.transitions(id, signal), [id, tick]);
  const { message, modal } = App.useApp();
  usePageTitle(round.data?.title);
  if (round.error !== undefined) return <LoadFailed error={round.error} onRetry={round.reload} />;
  const r = round.data;
  if (r === undefined) return <PageLoading />;
  const counts = r.unitCounts;
  const percent = (n: number) => (counts.total === 0 ? 0 : Math.round((n / counts.total) * 100));
  const refresh = () => {
    setEditing(false);
    setUnitDialog(undefined);
    setTick((t) => t + 1);
  };
  const remove = () =>
    modal.confirm({
      title: `删除考核任务「${r.title}」？`,
      content: "只能删除尚未开始、没有任何填报数据的草稿；删除后不能恢复。",
      okText: "删除",
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await roundAdminApi.remove(r.id, r.version);
          void message.success("考核任务已删除");
          void navigate("/rounds");
        } catch (error) {
          showApiError(error, message);
        }
      },
    });
  const open = r.state === "self_assessment" || r.state === "review";
  const pendingCount = counts.draft + counts.returned;
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle">
      <Card
        title={r.title}
        extra={
          isAdmin && (
            <Space>
              {r.state !== "final" && <Button onClick={() => setEditing(true)}>修改</Button>}
              {r.state === "draft" && (
                <Button danger onClick={remove}>
                  删除
                </Button>
              )}
              <Transitions round={r} onMoved={() => setTick((t) => t + 1)} />
            </Space>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label="阶段">
            <RoundStateTag state={r.state} />
          </Descriptions.Item>
          <Descriptions.Item label="方案">
            {r.schemeTitle} 第 {r.schemeVersionNumber} 版
          </Descriptions.Item>
          <Descriptions.Item label="考核期间">{r.period}</Descriptions.Item>
          <Descriptions.Item label="自评截止">
            {formatDeadline(r.deadlines.selfAssessment)}
          </Descriptions.Item>
          <Descriptions.Item label="审核截止">
            {formatDeadline(r.deadlines.review)}
          </Descriptions.Item>
          <Descriptions.Item label="评议截止">
            {formatDeadline(r.deadlines.rating)}
          </Descriptions.Item>
          <Descriptions.Item label="申诉截止">
            {formatDeadline(r.deadlines.appeal)}
          </Descriptions.Item>
        </Descriptions>
        <Space size="large" wrap style={{ marginTop: 12 }}>
          <div>
            {/* Submitted or accepted: the progress word, not the status 已提交 (decision 0254). */}
            <Typography.Text type="secondary">{unitPhaseLabels.submitted}</Typography.Text>
            <Progress
              percent={percent(counts.submitted + counts.accepted)}
              format={() => `${counts.submitted + counts.accepted}/${counts.total}`}
              style={{ width: 220 }}
            />
          </div>
          <div>
            <Typography.Text type="secondary">已审核通过</Typography.Text>
            <Progress
              percent={percent(counts.accepted)}
              format={() => `${counts.accepted}/${counts.total}`}
              style={{ width: 220 }}
              status="success"
            />
          </div>
          <Space>
            <Link to={`/review/${r.id}`}>审核工作台</Link>
            <Link to={`/rating/${r.id}`}>评议</Link>
            <Link to={`/results/${r.id}`}>考核结果</Link>
          </Space>
        </Space>
      </Card>
      {isAdmin && (open || r.state === "rating") && <RoundProgressCard roundId={r.id} />}
      <Card
        title="被考核单位"
        size="small"
        extra={
          isAdmin && (
            <Space>
              <Typography.Text>只看未提交</Typography.Text>
              <Switch
                size="small"
                checked={onlyPending}
                onChange={setOnlyPending}
                aria-label="只看未提交的单位"
              />
            </Space>
          )
        }
      >
        {units.error !== undefined && <LoadFailed error={units.error} onRetry={units.reload} />}
        <Table<RoundUnitRow>
          rowKey="id"
          size="small"
          loading={units.isLoading}
          dataSource={units.data ?? []}
          pagination={false}
          rowSelection={
            isAdmin && open
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as string[]),
                  getCheckboxProps: (u) => ({
                    disabled: u.status !== "draft" && u.status !== "returned",
                    "aria-label": `选择${u.unitName}`,
                  }),
                }
              : undefined
          }
          columns={[
            { title: "单位", dataIndex: "unitName" },
            {
              title: "编码",
              dataIndex: "unitCode",
              width: 120,
              render: (v: string) => <span translate="no">{v}</span>,
            },
            {
              title: "状态",
              key: "status",
              render: (_: unknown, u) => <UnitStatusTag status={u.status} reopened={u.reopened} />,
            },
            {
              title: "自评截止",
              key: "deadline",
              render: (_: unknown, u) =>
                u.selfAssessmentDeadline === null ? (
                  <Typography.Text type="secondary">同考核任务</Typography.Text>
                ) : (
                  `${formatDeadline(u.selfAssessmentDeadline)}（单独调整）`
                ),
            },
            { title: "提交时间", dataIndex: "submittedAt", render: formatDateTime },
            { title: "审核通过", dataIndex: "acceptedAt", render: formatDateTime },
            {
              title: "操作",
              key: "actions",
              render: (_: unknown, u) => (
                <Space size="small">
                  <Link to={`/self-assessment/${r.id}?unit=${u.unitId}`}>查看自评</Link>
                  {(role === "reviewer" || isAdmin) && (
                    <Link to={`/review/${r.id}/${u.unitId}`}>审核</Link>
                  )}
                  <Link to={`/results/${r.id}/${u.unitId}`}>评分表</Link>
                  {isAdmin && open && u.status !== "accepted" && (
                    <>
                      <a onClick={() => setUnitDialog({ kind: "deadline", unit: u })}>延期</a>
                      <a onClick={() => setUnitDialog({ kind: "reopen", unit: u })}>重新开放</a>
                    </>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {isAdmin && open && (
        <RemindersCard
          round={r}
          selectedUnitIds={selected
            .filter((id) =>
              (units.data ?? []).some(
                (u) => u.id === id && (u.status === "draft" || u.status === "returned"),
              ),
            )
            .map((id) => (units.data ?? []).find((u) => u.id === id)!.unitId)}
          pendingCount={pendingCount}
        />
      )}
      {editing && <EditRoundModal round={r} onClose={() => setEditing(false)} onSaved={refresh} />}
      {unitDialog?.kind === "deadline" && (
        <UnitDeadlineModal
          round={r}
          unit={unitDialog.unit}
          onClose={() => setUnitDialog(undefined)}
          onSaved={refresh}
        />
      )}
      {unitDialog?.kind === "reopen" && (
        <ReopenModal
          round={r}
          unit={unitDialog.unit}
          onClose={() => setUnitDialog(undefined)}
          onSaved={refresh}
        />
      )}
      <Card title="阶段记录" size="small">
        <Timeline
          items={(history.data ?? []).map((h) => ({
            children: `${formatDateTime(h.changedAt)} ${roundStateLabels[h.fromState]} → ${roundStateLabels[h.toState]}${h.reason ? `：${maskPersonalNumbers(h.reason)}` : ""}`,
          }))}
        />
      </Card>
    </Space>
  );
}
