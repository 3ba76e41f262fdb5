/** 机构管理: the organisation tree with create, edit, move and disable/enable (system administrator). */
import { PlusOutlined } from "@ant-design/icons";
import { organisationTypeLabels, type Organisation } from "@kaoping/server/contract";
import { App, Button, Card, Input, Popconfirm, Space, Table, Tag } from "antd";
import { useMemo, useState } from "react";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime } from "../../lib/dates";
import { useActiveRole } from "../auth/session-context";
import { adminApi, listAllOrganisations } from "./admin-api";
import { OrganisationForm, type OrganisationFormTarget } from "./organisation-form";
import { organisationTree, type OrganisationNode } from "./organisation-tree";
import { WebhookModal } from "../notices/webhook-modal";

/** The organisation page. */
export default function OrganisationsPage() {
  const query = useQuery((signal) => listAllOrganisations(signal), []);
  const role = useActiveRole();
  const canEdit = role === "system_admin";
  const [target, setTarget] = useState<OrganisationFormTarget>();
  const [filter, setFilter] = useState("");
  const [webhookOf, setWebhookOf] = useState<OrganisationNode>();
  const { message } = App.useApp();
  const all = useMemo(() => query.data ?? [], [query.data]);
  const tree = useMemo(() => {
    const text = filter.trim();
    return organisationTree(
      text === "" ? all : all.filter((o) => o.name.includes(text) || o.code.includes(text)),
    );
  }, [all, filter]);

  const toggle = async (organisation: Organisation) => {
    try {
      const status = organisation.status === "active" ? "disabled" : "active";
      await adminApi.updateOrganisation(organisation.id, { status, version: organisation.version });
      void message.success(status === "disabled" ? "已停用" : "已启用");
      query.reload();
    } catch (error) {
      showApiError(error, message);
    }
  };

  if (query.error !== undefined) return <LoadFailed error={query.error} onRetry={query.reload} />;
  return (
    <Card
      title="机构管理"
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder="按名称或编码筛选"
            onSearch={setFilter}
            style={{ width: 220 }}
          />
          {canEdit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setTarget({ mode: "create", parentId: null })}
            >
              新建顶级机构
            </Button>
          )}
        </Space>
      }
    >
      <Table<OrganisationNode>
        rowKey="id"
        size="middle"
        loading={query.isLoading}
        dataSource={tree}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        key={tree.length === 0 ? "empty" : "loaded"}
        columns={[
          { title: "机构名称", dataIndex: "name" },
          {
            title: "编码",
            dataIndex: "code",
            width: 140,
            render: (v: string) => <span translate="no">{v}</span>,
          },
          {
            title: "类型",
            dataIndex: "type",
            width: 100,
            render: (type: Organisation["type"]) => organisationTypeLabels[type],
          },
          {
            title: "状态",
            dataIndex: "status",
            width: 90,
            render: (status: Organisation["status"]) =>
              status === "active" ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>,
          },
          { title: "修改时间", dataIndex: "updatedAt", width: 160, render: formatDateTime },
          ...(canEdit
            ? [
                {
                  title: "操作",
                  key: "actions",
                  width: 300,
                  render: (_: unknown, o: OrganisationNode) => (
                    <Space size="small">
                      <a onClick={() => setTarget({ mode: "create", parentId: o.id })}>新增下级</a>
                      <a onClick={() => setTarget({ mode: "edit", organisation: o })}>编辑/移动</a>
                      {o.type !== "department" && <a onClick={() => setWebhookOf(o)}>群机器人</a>}
                      <Popconfirm
                        title={
                          o.status === "active"
                            ? `停用「${o.name}」？停用后其下用户不能再被分配到此机构。`
                            : `启用「${o.name}」？`
                        }
                        onConfirm={() => void toggle(o)}
                      >
                        <a>{o.status === "active" ? "停用" : "启用"}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {webhookOf !== undefined && (
        <WebhookModal organisation={webhookOf} onClose={() => setWebhookOf(undefined)} />
      )}
      <OrganisationForm
        target={target}
        all={all}
        onClose={() => setTarget(undefined)}
        onSaved={() => {
          setTarget(undefined);
          query.reload();
        }}
      />
    </Card>
  );
}
