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

/** Which rounds a role works on, and where its work is. */
const workOf: Partial<
  Record<
    string,
    {
      states: RoundState[];
      title: string;
      link: (r: RoundDetail, unitId: string) => string;
      action: string;
    }
  >
> = {
  assessment_admin: {
    states: ["draft", "self_assessment", "review", "rating", "results", "published", "appeals"],
    title: "进行中的考核任务",
    link: (r) => `/rounds/${r.id}`,
    action: "管理",
  },
  unit_filler: {
    states: ["self_assessment", "review", "published", "appeals"],
    title: "我的考核任务",
    link: (r) => `/self-assessment/${r.id}`,
    action: "填报",
  },
  unit_head: {
    states: ["self_assessment", "review", "published", "appeals"],
    title: "我的考核任务",
    link: (r) => `/self-assessment/${r.id}`,
    action: "填报/提交",
  },
  reviewer: {
    states: ["self_assessment", "review"],
    title: "待审核",
    link: (r) => `/review/${r.id}`,
    action: "审核",
  },
  rater: { states: ["rating"], title: "待评议", link: (r) => `/rating/${r.id}`, action: "评议" },
  viewer: {
    states: ["results", "published", "appeals", "final"],
    title: "考核结果",
    link: (r) => `/results/${r.id}`,
    action: "查看",
  },
};

async function loadRounds(states: RoundState[], signal: AbortSignal): Promise<RoundDetail[]> {
  const page = await roundsApi.list({ pageSize: 20, sort: "-year" }, signal);
  const open = page.items.filter((r) => states.includes(r.state)).slice(0, 8);
  return Promise.all(open.map((r) => roundsApi.get(r.id, signal)));
}

function UnitStatus({ round, unitId }: { round: RoundDetail; unitId: string }) {
  const sa = useQuery(
    (signal) => selfAssessmentApi.get(round.id, unitId, signal),
    [round.id, unitId],
  );
  if (sa.data === undefined) return null;
  const open = sa.data.comments.filter((c) => c.resolvedAt === null).length;
  return (
    <Space>
      <UnitStatusTag status={sa.data.roundUnit.status} reopened={sa.data.roundUnit.reopened} />
      {sa.data.deadline !== null && <span>自评截止：{formatDeadline(sa.data.deadline)}</span>}
      <Typography.Text type="secondary">
        自评 {sa.data.score.total} 分，尚缺 {sa.data.missingForSubmission.length} 项
      </Typography.Text>
      {open > 0 && <Typography.Text type="warning">审核意见 {open} 条待处理</Typography.Text>}
    </Space>
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
  const isUnit = role === "unit_filler" || role === "unit_head";
  return (
    <Card title={work.title} loading={rounds.isLoading}>
      {(rounds.data ?? []).length === 0 ? (
        <Empty description="暂无待办" />
      ) : (
        <List
          dataSource={rounds.data ?? []}
          renderItem={(r) => {
            const c = r.unitCounts;
            const done = c.submitted + c.accepted;
            return (
              <List.Item
                actions={[
                  <Link key="go" to={work.link(r, unitId)}>
                    {work.action}
                  </Link>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space>
                      <Link to={work.link(r, unitId)}>{r.title}</Link>
                      <RoundStateTag state={r.state} />
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={2}>
                      {!isUnit && r.deadlines.selfAssessment !== null && (
                        <span>自评截止：{formatDateProse(r.deadlines.selfAssessment)}</span>
                      )}
                      {isUnit ? (
                        <UnitStatus round={r} unitId={unitId} />
                      ) : role === "assessment_admin" ? (
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
                          {c.returned > 0 && (
                            <Typography.Text type="warning">退回 {c.returned}</Typography.Text>
                          )}
                        </Space>
                      ) : (
                        <span>待审核 {c.submitted} 个单位</span>
                      )}
                    </Space>
                  }
                />
              </List.Item>
            );
          }}
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
