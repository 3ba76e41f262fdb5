/**
 * 开始使用: the first-run guide on a new administrator's home (issue 14, "what staff expect").
 * The steps 组织机构 → 账号 → 方案 → 考核任务, each ticked from real data — an organisation below
 * the root, an account that is not an administrator's, a published scheme version, a round — and
 * per role: the system administrator does the first two, the assessment administrator the last
 * two. The guide disappears once the role's steps are all done.
 */
import { isAdministratorRole, type Role } from "@kaoping/server/contract";
import { Button, Card, Col, Steps, Typography } from "antd";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { useQuery } from "../../api/use-query";
import { roundsApi, schemesApi } from "../../api/workflow-api";
import { adminApi } from "../admin/admin-api";

/** One step of the guide. */
interface GuideStep {
  title: string;
  description: string;
  path: string;
  action: string;
  done: (signal: AbortSignal) => Promise<boolean>;
}

const steps: Partial<Record<Role, GuideStep[]>> = {
  system_admin: [
    {
      title: "组织机构",
      description: "在根机构下建立考核单位和被考核单位",
      path: "/admin/organisations",
      action: "去建立",
      done: async (signal) =>
        (await api.get<{ total: number }>("/api/organisations", { pageSize: 1 }, signal)).total > 1,
    },
    {
      title: "账号",
      description: "新建或批量导入用户，再请安全管理员授予角色",
      path: "/admin/users",
      action: "去新建",
      done: async (signal) =>
        (await adminApi.listUsers({ pageSize: 100 }, signal)).items.some(
          (u) => !u.roles.some((r) => isAdministratorRole(r.role)),
        ),
    },
  ],
  assessment_admin: [
    {
      title: "方案",
      description: "从模板、评分细则或空白开始编写考核方案，并发布",
      path: "/schemes",
      action: "去编写",
      done: async (signal) =>
        (await schemesApi.list({ pageSize: 100 }, signal)).items.some(
          (s) => s.latestVersionNumber > 0,
        ),
    },
    {
      title: "考核任务",
      description: "选用已发布的方案，建立考核任务并选择被考核单位",
      path: "/rounds",
      action: "去建立",
      done: async (signal) => (await roundsApi.list({ pageSize: 1 }, signal)).total > 0,
    },
  ],
};

/** The guide of a role (a full-width column of the home page's row), or nothing when the role has none or all its steps are done. */
export function FirstRunGuide({ role }: { role: Role | undefined }) {
  const mine = role === undefined ? undefined : steps[role];
  const done = useQuery(
    (signal) =>
      mine === undefined ? Promise.resolve([]) : Promise.all(mine.map((s) => s.done(signal))),
    [role],
  );
  if (mine === undefined || done.data === undefined || done.data.every(Boolean)) return null;
  const current = done.data.findIndex((d) => !d);
  return (
    <Col span={24}>
      <Card title="开始使用" data-testid="first-run-guide">
        <Typography.Paragraph type="secondary">
          首次使用请按顺序完成以下步骤（组织机构 → 账号 → 方案 →
          考核任务）；全部完成后本提示自动消失。
        </Typography.Paragraph>
        <Steps
          current={current}
          items={mine.map((s, i) => ({
            title: s.title,
            status: done.data?.[i] === true ? "finish" : i === current ? "process" : "wait",
            description: (
              <span
                data-testid={`guide-step-${s.title}`}
                data-done={String(done.data?.[i] === true)}
              >
                {done.data?.[i] === true ? "已完成" : s.description}
                {done.data?.[i] !== true && (
                  <>
                    {" "}
                    <Link to={s.path}>
                      <Button size="small" type={i === current ? "primary" : "default"}>
                        {s.action}
                      </Button>
                    </Link>
                  </>
                )}
              </span>
            ),
          }))}
        />
      </Card>
    </Col>
  );
}
