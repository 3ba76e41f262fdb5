/**
 * A round: its scheme, state and deadlines, progress of the units (submitted / accepted), the
 * moves to the next state, the units with their status (reopen for the administrator) and the
 * state history.
 */
import {
  maskPersonalNumbers,
  type RoundState,
  roundStateLabels,
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
import { Link, useParams } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { itemsOf, roundsApi, type RoundDetail, type RoundUnitRow } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { formatDateProse, formatDateTime } from "../../lib/dates";
import { useActiveRole } from "../auth/session-context";
import { usePageTitle } from "../layout/page-title";
import { RoundStateTag, UnitStatusTag } from "./round-labels";

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
  if (r === undefined) return null;
  const counts = r.unitCounts;
  const percent = (n: number) => (counts.total === 0 ? 0 : Math.round((n / counts.total) * 100));
  const reopen = (unit: RoundUnitRow) => {
    let reason = "";
    modal.confirm({
      title: `重新开放「${unit.unitName}」的自评？`,
      content: (
        <Input.TextArea
          placeholder="原因（必填）"
          maxLength={workflowLimits.reason.max}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      onOk: async () => {
        if (reason.trim() === "") {
          void message.error("请填写重新开放的原因");
          throw new Error("reason required");
        }
        try {
          await roundsApi.reopen(r.id, unit.unitId, unit.version, reason.trim());
          void message.success("已重新开放");
          setTick((t) => t + 1);
        } catch (error) {
          showApiError(error, message);
        }
      },
    });
  };
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="middle">
      <Card
        title={r.title}
        extra={isAdmin && <Transitions round={r} onMoved={() => setTick((t) => t + 1)} />}
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
            {formatDateProse(r.deadlines.selfAssessment)}
          </Descriptions.Item>
          <Descriptions.Item label="审核截止">
            {formatDateProse(r.deadlines.review)}
          </Descriptions.Item>
          <Descriptions.Item label="评议截止">
            {formatDateProse(r.deadlines.rating)}
          </Descriptions.Item>
        </Descriptions>
        <Space size="large" wrap style={{ marginTop: 12 }}>
          <div>
            <Typography.Text type="secondary">已提交</Typography.Text>
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
          columns={[
            { title: "单位", dataIndex: "unitName" },
            { title: "编码", dataIndex: "unitCode", width: 120 },
            {
              title: "状态",
              key: "status",
              render: (_: unknown, u) => <UnitStatusTag status={u.status} reopened={u.reopened} />,
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
                  {isAdmin &&
                    (r.state === "self_assessment" || r.state === "review") &&
                    u.status !== "accepted" && <a onClick={() => reopen(u)}>重新开放</a>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
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
