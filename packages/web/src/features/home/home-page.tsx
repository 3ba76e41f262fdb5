/**
 * 首页 per role: the administrator's open rounds with progress and deadlines, a unit's tasks and
 * returned submissions, a reviewer's review queue, a rater's rounds to rate; administrators of
 * the system see their screens. A new administrator first sees the 开始使用 guide
 * (first-run-guide.tsx) until the role's setup steps are done.
 */
import { roleLabels, type RoundState } from "@kaoping/server/contract";
import { Card, Col, Empty, List, Progress, Row, Space, Typography } from "antd";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/use-query";
import { roundsApi, selfAssessmentApi, type RoundDetail } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { formatDateProse, formatDeadline } from "../../lib/dates";
import { useSession } from "../auth/session-context";
import { navEntriesFor } from "../layout/navigation";
import { NoticesCard } from "../notices/notices-card";
import { FirstRunGuide } from "./first-run-guide";
import { RoundStateTag, UnitStatusTag } from "../rounds/round-labels";
import { stageDeadline, staffTask, unitTask, type RoundTask } from "./round-task";

/** Which rounds a role works on, and the title of its work list. */
const workOf: Partial<Record<string, { states: RoundState[]; title: string }>> = {
  assessment_admin: {
    states: ["draft", "self_assessment", "review", "rating", "results", "published", "appeals"],
    title: "进行中的考核任务",
  },
  unit_filler: {
    states: ["self_assessment", "review", "published", "appeals"],
    title: "我的考核任务",
  },
  unit_head: {
    states: ["self_assessment", "review", "published", "appeals"],
    title: "我的考核任务",
  },
  reviewer: { states: ["self_assessment", "review"], title: "待审核" },
  rater: { states: ["rating"], title: "待评议" },
  viewer: { states: ["results", "published", "appeals", "final"], title: "考核结果" },
};

async function loadRounds(states: RoundState[], signal: AbortSignal): Promise<RoundDetail[]> {
  const page = await roundsApi.list({ pageSize: 20, sort: "-year" }, signal);
  const open = page.items.filter((r) => states.includes(r.state)).slice(0, 8);
  return Promise.all(open.map((r) => roundsApi.get(r.id, signal)));
}

function TaskLine({ task }: { task: RoundTask }) {
  return (
    <>
      {task.deadline !== undefined && (
        <span>
          {task.deadline.label}：{formatDeadline(task.deadline.at)}
        </span>
      )}
      {task.note !== undefined && <Typography.Text type="secondary">{task.note}</Typography.Text>}
    </>
  );
}

function RoundTitle({ round, link }: { round: RoundDetail; link: string }) {
  return (
    <Space>
      <Link to={link}>{round.title}</Link>
      <RoundStateTag state={round.state} />
    </Space>
  );
}

/** A unit's line: what it has to do depends on its own self-assessment (editable, status). */
function UnitRoundItem({
  role,
  round,
  unitId,
}: {
  role: "unit_filler" | "unit_head";
  round: RoundDetail;
  unitId: string;
}) {
  const sa = useQuery(
    (signal) => selfAssessmentApi.get(round.id, unitId, signal),
    [round.id, unitId],
  );
  const data = sa.data;
  const task =
    data === undefined
      ? undefined
      : unitTask(role, round, {
          unitId,
          status: data.roundUnit.status,
          editable: data.editable,
          deadline: data.deadline,
        });
  const open = data?.comments.filter((c) => c.resolvedAt === null).length ?? 0;
  const link = task?.link ?? `/self-assessment/${round.id}`;
  return (
    <List.Item
      data-testid={`home-round-${round.id}`}
      actions={
        task === undefined
          ? []
          : [
              <Link key="go" to={task.link}>
                {task.action}
              </Link>,
            ]
      }
    >
      <List.Item.Meta
        title={<RoundTitle round={round} link={link} />}
        description={
          data !== undefined &&
          task !== undefined && (
            <Space wrap>
              <UnitStatusTag status={data.roundUnit.status} reopened={data.roundUnit.reopened} />
              <TaskLine task={task} />
              {data.editable && (
                <Typography.Text type="secondary">
                  自评 {data.score.total} 分，尚缺 {data.missingForSubmission.length} 项
                </Typography.Text>
              )}
              {open > 0 && data.editable && (
                <Typography.Text type="warning">审核意见 {open} 条待处理</Typography.Text>
              )}
            </Space>
          )
        }
      />
    </List.Item>
  );
}

function AdminProgress({ round }: { round: RoundDetail }) {
  const c = round.unitCounts;
  const done = c.submitted + c.accepted;
  return (
    <Space size="large" wrap>
      <span style={{ display: "inline-flex", gap: 8, alignItems: "center" }}>
        已提交{" "}
        <Progress
          percent={c.total === 0 ? 0 : Math.round((done / c.total) * 100)}
          format={() => `${done}/${c.total}`}
          style={{ width: 160, margin: 0 }}
          size="small"
        />
      </span>
      <span style={{ display: "inline-flex", gap: 8, alignItems: "center" }}>
        已审核{" "}
        <Progress
          percent={c.total === 0 ? 0 : Math.round((c.accepted / c.total) * 100)}
          format={() => `${c.accepted}/${c.total}`}
          style={{ width: 160, margin: 0 }}
          size="small"
          status="success"
        />
      </span>
      {c.returned > 0 && <Typography.Text type="warning">退回 {c.returned}</Typography.Text>}
    </Space>
  );
}

/** The line of the administrator, a reviewer, a rater or a viewer. */
function StaffRoundItem({ role, round }: { role: string; round: RoundDetail }) {
  const isAdmin = role === "assessment_admin";
  const task: RoundTask = isAdmin
    ? {
        action: "管理",
        link: `/rounds/${round.id}`,
        ...(stageDeadline(round) === undefined ? {} : { deadline: stageDeadline(round) }),
      }
    : staffTask(role as "reviewer" | "rater" | "viewer", round);
  return (
    <List.Item
      data-testid={`home-round-${round.id}`}
      actions={[
        <Link key="go" to={task.link}>
          {task.action}
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={<RoundTitle round={round} link={task.link} />}
        description={
          <Space direction="vertical" size={2}>
            <Space wrap>
              <TaskLine task={task} />
            </Space>
            {isAdmin && <AdminProgress round={round} />}
          </Space>
        }
      />
    </List.Item>
  );
}

function RoundWork({ role, unitId }: { role: string; unitId: string }) {
  const work = workOf[role];
  const rounds = useQuery(
    (signal) => (work === undefined ? Promise.resolve([]) : loadRounds(work.states, signal)),
    [role],
  );
  if (work === undefined) return null;
  if (rounds.error !== undefined)
    return <LoadFailed error={rounds.error} onRetry={rounds.reload} />;
  return (
    <Card title={work.title} loading={rounds.isLoading}>
      {(rounds.data ?? []).length === 0 ? (
        <Empty description="暂无待办" />
      ) : (
        <List
          dataSource={rounds.data ?? []}
          renderItem={(r) =>
            role === "unit_filler" || role === "unit_head" ? (
              <UnitRoundItem role={role} round={r} unitId={unitId} />
            ) : (
              <StaffRoundItem role={role} round={r} />
            )
          }
        />
      )}
    </Card>
  );
}

/** The home page. */
export default function HomePage() {
  const session = useSession();
  const role = session.activeRole?.role;
  const entries = navEntriesFor(role);
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {session.user.displayName}，您好
          </Typography.Title>
          <Typography.Text type="secondary">
            当前角色：{role === undefined ? "无" : roleLabels[role]} ·{" "}
            {session.activeRole?.organisationName ?? ""} · 密码有效期至{" "}
            {formatDateProse(session.passwordExpiresAt)}
          </Typography.Text>
        </Card>
      </Col>
      <FirstRunGuide role={role} />
      {(role === "unit_filler" || role === "unit_head") && (
        <Col span={24}>
          <NoticesCard />
        </Col>
      )}
      {role !== undefined && workOf[role] !== undefined && (
        <Col xs={24} xl={16}>
          <RoundWork role={role} unitId={session.activeRole?.organisationId ?? ""} />
        </Col>
      )}
      <Col xs={24} xl={role !== undefined && workOf[role] !== undefined ? 8 : 24}>
        <Card title="常用功能">
          <List
            dataSource={entries}
            renderItem={(e) => (
              <List.Item>
                <Link to={e.path}>{e.title}</Link>
              </List.Item>
            )}
            locale={{ emptyText: "当前角色没有可用功能" }}
          />
        </Card>
      </Col>
    </Row>
  );
}
