/** 考核方案: the schemes of the assessing organisation — create from a template or a version, edit, publish. */
import { PlusOutlined } from "@ant-design/icons";
import { workflowLimits } from "@kaoping/server/contract";
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, TreeSelect } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { schemesApi, type SchemeSummary } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime } from "../../lib/dates";
import { listAllOrganisations } from "../admin/admin-api";
import { organisationTree, organisationTreeSelect } from "../admin/organisation-tree";
import { useSession } from "../auth/session-context";
import { RubricImportButton } from "../documents/rubric-import";
import { newLeaf } from "./editor/scheme-tree";

/** The template choice that starts from an empty scheme instead. */
const BLANK = "__blank";

/** A new scheme's first draft: one item to edit, its fact named in Chinese (the name is derived). */
function blankDocument(code: string | undefined, title: string | undefined) {
  return {
    id: code ?? `scheme-${crypto.randomUUID().slice(0, 8)}`,
    title: title ?? "新考核方案",
    items: [newLeaf("1")],
  };
}

interface CreateValues {
  template: string;
  assessingOrganisationId: string;
  code?: string;
  title?: string;
}

/** The schemes page. */
export default function SchemesPage() {
  const session = useSession();
  const [page, setPage] = useState(1);
  const schemes = useQuery((signal) => schemesApi.list({ page, pageSize: 20 }, signal), [page]);
  const templates = useQuery(() => schemesApi.templates(), []);
  const organisations = useQuery((signal) => listAllOrganisations(signal), []);
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<CreateValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined) return;
    setSaving(true);
    try {
      const created = await schemesApi.create({
        assessingOrganisationId: values.assessingOrganisationId,
        from:
          values.template === BLANK
            ? { document: blankDocument(values.code || undefined, values.title || undefined) }
            : { template: values.template },
        ...(values.code ? { code: values.code } : {}),
        ...(values.title ? { title: values.title } : {}),
      });
      void message.success("方案已创建");
      navigate(`/schemes/${created.id}`);
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSaving(false);
    }
  };
  if (schemes.error !== undefined && schemes.data === undefined)
    return <LoadFailed error={schemes.error} onRetry={schemes.reload} />;
  return (
    <Card
      title="考核方案"
      extra={
        <Space>
          {session.activeRole?.role === "assessment_admin" && (
            <RubricImportButton
              organisationId={session.activeRole.organisationId}
              treeData={organisationTreeSelect(organisationTree(organisations.data ?? []))}
              onImported={schemes.reload}
            />
          )}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => (
              form.setFieldsValue({
                assessingOrganisationId: session.activeRole?.organisationId ?? "",
              }),
              setCreating(true)
            )}
          >
            新建方案
          </Button>
        </Space>
      }
    >
      <Table<SchemeSummary>
        rowKey="id"
        loading={schemes.isLoading}
        dataSource={schemes.data?.items ?? []}
        pagination={{
          current: page,
          total: schemes.data?.total ?? 0,
          pageSize: 20,
          onChange: setPage,
        }}
        columns={[
          {
            title: "方案名称",
            dataIndex: "title",
            render: (title: string, s) => <Link to={`/schemes/${s.id}`}>{title}</Link>,
          },
          {
            title: "编号",
            dataIndex: "code",
            render: (v: string) => <span translate="no">{v}</span>,
          },
          {
            title: "最新版本",
            dataIndex: "latestVersionNumber",
            render: (n: number) => (n === 0 ? <Tag>未发布</Tag> : `第 ${n} 版`),
          },
          {
            title: "草稿",
            dataIndex: "hasUnpublishedChanges",
            render: (changed: boolean) =>
              changed ? <Tag color="orange">有未发布的修改</Tag> : <Tag color="green">已发布</Tag>,
          },
          { title: "修改时间", dataIndex: "updatedAt", render: formatDateTime },
        ]}
      />
      <Modal
        open={creating}
        title="新建考核方案"
        onCancel={() => setCreating(false)}
        onOk={() => void create()}
        confirmLoading={saving}
        okText="创建"
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            label="模板"
            name="template"
            rules={[{ required: true, message: "请选择模板" }]}
          >
            <Select
              options={[
                { value: BLANK, label: "空白方案（从头编写）" },
                ...(templates.data ?? []).map((t) => ({ value: t.id, label: t.title })),
              ]}
              loading={templates.isLoading}
            />
          </Form.Item>
          <Form.Item
            label="考核单位"
            name="assessingOrganisationId"
            rules={[{ required: true, message: "请选择考核单位" }]}
          >
            <TreeSelect
              treeDefaultExpandAll
              treeData={organisationTreeSelect(organisationTree(organisations.data ?? []))}
            />
          </Form.Item>
          <Form.Item
            label="方案编号"
            name="code"
            extra="用于导出文件名，只能含小写字母、数字和连字符；留空沿用模板编号。"
          >
            <Input maxLength={workflowLimits.schemeCode.max} />
          </Form.Item>
          <Form.Item label="方案名称" name="title" extra="留空沿用模板名称。">
            <Input maxLength={workflowLimits.schemeTitle.max} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
