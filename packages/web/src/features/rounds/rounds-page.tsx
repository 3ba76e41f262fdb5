/** 考核任务: the rounds reached, with state, progress and deadlines; the administrator creates rounds here. */
import { PlusOutlined } from "@ant-design/icons";
import { roundStateLabels, roundStates, type RoundState } from "@kaoping/server/contract";
import { Button, Card, Select, Space, Table } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useQuery } from "../../api/use-query";
import { roundsApi, type RoundSummary } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime } from "../../lib/dates";
import { listAllOrganisations } from "../admin/admin-api";
import { useSession } from "../auth/session-context";
import { RoundCreateForm } from "./round-create-form";
import { RoundStateTag } from "./round-labels";

/** The rounds page. */
export default function RoundsPage() {
  const session = useSession();
  const isAdmin = session.activeRole?.role === "assessment_admin";
  const [page, setPage] = useState(1);
  const [state, setState] = useState<RoundState>();
  const rounds = useQuery(
    (signal) => roundsApi.list({ page, pageSize: 20, state }, signal),
    [page, state],
  );
  const organisations = useQuery(
    (signal) => (isAdmin ? listAllOrganisations(signal) : Promise.resolve([])),
    [isAdmin],
  );
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  if (rounds.error !== undefined && rounds.data === undefined)
    return <LoadFailed error={rounds.error} onRetry={rounds.reload} />;
  return (
    <Card
      title="考核任务"
      extra={
        <Space>
          <Select
            allowClear
            placeholder="阶段"
            style={{ width: 120 }}
            value={state}
            onChange={setState}
            options={roundStates.map((s) => ({ value: s, label: roundStateLabels[s] }))}
          />
          {isAdmin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建考核任务
            </Button>
          )}
        </Space>
      }
    >
      <Table<RoundSummary>
        rowKey="id"
        loading={rounds.isLoading}
        dataSource={rounds.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: rounds.data?.total ?? 0,
          onChange: setPage,
        }}
        columns={[
          {
            title: "任务名称",
            dataIndex: "title",
            render: (title: string, r) => <Link to={`/rounds/${r.id}`}>{title}</Link>,
          },
          { title: "年度", dataIndex: "year", width: 80 },
          {
            title: "方案",
            key: "scheme",
            render: (_: unknown, r) => `${r.schemeTitle} 第${r.schemeVersionNumber}版`,
          },
          {
            title: "阶段",
            dataIndex: "state",
            width: 100,
            render: (s: RoundState) => <RoundStateTag state={s} />,
          },
          {
            title: "自评截止",
            key: "sa",
            width: 150,
            render: (_: unknown, r) => formatDateTime(r.deadlines.selfAssessment),
          },
          { title: "更新时间", dataIndex: "updatedAt", width: 150, render: formatDateTime },
        ]}
      />
      {isAdmin && session.activeRole !== null && (
        <RoundCreateForm
          open={creating}
          assessingOrganisationId={session.activeRole.organisationId}
          organisations={organisations.data ?? []}
          onClose={() => setCreating(false)}
          onCreated={(round) => {
            setCreating(false);
            navigate(`/rounds/${round.id}`);
          }}
        />
      )}
    </Card>
  );
}
