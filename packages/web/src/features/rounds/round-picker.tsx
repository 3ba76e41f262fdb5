/** Choose a round in a given state, for the review, rating and results sections. */
import { Card, Table } from "antd";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/use-query";
import { roundsApi, type RoundSummary } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { RoundStateTag } from "./round-labels";

/** The round picker: links to `${base}/${roundId}`. */
export function RoundPicker({ base, states }: { base: string; states: readonly string[] }) {
  const rounds = useQuery((signal) => roundsApi.list({ pageSize: 50 }, signal), []);
  if (rounds.error !== undefined)
    return <LoadFailed error={rounds.error} onRetry={rounds.reload} />;
  return (
    <Card title="选择考核任务">
      <Table<RoundSummary>
        rowKey="id"
        loading={rounds.isLoading}
        pagination={false}
        dataSource={(rounds.data?.items ?? []).filter((r) => states.includes(r.state))}
        locale={{ emptyText: "暂无处于此阶段的考核任务" }}
        columns={[
          {
            title: "考核任务",
            dataIndex: "title",
            render: (t: string, r) => <Link to={`${base}/${r.id}`}>{t}</Link>,
          },
          {
            title: "阶段",
            dataIndex: "state",
            render: (s: RoundSummary["state"]) => <RoundStateTag state={s} />,
          },
        ]}
      />
    </Card>
  );
}
