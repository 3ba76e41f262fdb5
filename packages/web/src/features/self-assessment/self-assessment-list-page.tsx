/** 单位自评: the unit's rounds, each with its status and a link to fill it in. */
import { Card, Table } from "antd";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/use-query";
import { roundsApi, type RoundSummary } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime } from "../../lib/dates";
import { RoundStateTag } from "../rounds/round-labels";

/** The list of the unit's rounds. */
export default function SelfAssessmentListPage() {
  const rounds = useQuery((signal) => roundsApi.list({ pageSize: 50 }, signal), []);
  if (rounds.error !== undefined)
    return <LoadFailed error={rounds.error} onRetry={rounds.reload} />;
  return (
    <Card title="单位自评">
      <Table<RoundSummary>
        rowKey="id"
        loading={rounds.isLoading}
        dataSource={rounds.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: "暂无考核任务" }}
        columns={[
          {
            title: "考核任务",
            dataIndex: "title",
            render: (title: string, r) => <Link to={`/self-assessment/${r.id}`}>{title}</Link>,
          },
          {
            title: "阶段",
            dataIndex: "state",
            render: (s: RoundSummary["state"]) => <RoundStateTag state={s} />,
          },
          {
            title: "自评截止",
            key: "deadline",
            render: (_: unknown, r) => formatDateTime(r.deadlines.selfAssessment),
          },
          {
            title: "",
            key: "go",
            render: (_: unknown, r) => (
              <Link to={`/self-assessment/${r.id}`}>
                {r.state === "self_assessment" ? "填报" : "查看"}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
