/** The role assignments of one account: revoke, and grant a role in an organisation (security administrator). */
import {
  roleLabels,
  roles,
  limits,
  type Organisation,
  type Role,
  type User,
} from "@kaoping/server/contract";
import {
  App,
  Button,
  Drawer,
  Form,
  List,
  Popconfirm,
  Select,
  Tag,
  TreeSelect,
  Typography,
} from "antd";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import { adminApi } from "./admin-api";
import { organisationTree, organisationTreeSelect } from "./organisation-tree";

interface GrantValues {
  role: Role;
  organisationId: string;
  itemCodes?: string[];
  departmentIds?: string[];
}

/** The roles drawer; `canGrant` only for the security administrator. */
export function RolesDrawer({
  user,
  organisations,
  canGrant,
  onClose,
  onChanged,
}: {
  user: User | undefined;
  organisations: Organisation[];
  canGrant: boolean;
  onClose: () => void;
  onChanged: (user: User) => void;
}) {
  const [form] = Form.useForm<GrantValues>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const role = Form.useWatch("role", form);
  const departments = organisations.filter((o) => o.type === "department");
  const grant = async (values: GrantValues) => {
    if (user === undefined) return;
    setSaving(true);
    try {
      const scope =
        values.role === "reviewer"
          ? { itemCodes: values.itemCodes ?? [], departmentIds: values.departmentIds ?? [] }
          : undefined;
      const next = await adminApi.grantRole(user.id, {
        role: values.role,
        organisationId: values.organisationId,
        ...(scope === undefined ? {} : { scope }),
      });
      void message.success("已授予角色");
      form.resetFields();
      onChanged(next);
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSaving(false);
    }
  };
  const revoke = async (assignmentId: string) => {
    if (user === undefined) return;
    try {
      onChanged(await adminApi.revokeRole(user.id, assignmentId));
      void message.success("已撤销角色");
    } catch (error) {
      showApiError(error, message);
    }
  };
  return (
    <Drawer
      open={user !== undefined}
      onClose={onClose}
      title={user === undefined ? "" : `${user.displayName}（${user.username}）的角色`}
      size="large"
    >
      <List
        dataSource={user?.roles ?? []}
        locale={{ emptyText: "尚无角色" }}
        renderItem={(assignment) => (
          <List.Item
            actions={
              canGrant
                ? [
                    <Popconfirm
                      key="revoke"
                      title="撤销此角色？"
                      onConfirm={() => void revoke(assignment.id)}
                    >
                      <a>撤销</a>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Tag color="blue">{roleLabels[assignment.role]}</Tag>
            {assignment.organisationName}
            {assignment.role === "reviewer" && (
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                分工：
                {assignment.scope.itemCodes.length + assignment.scope.departmentIds.length === 0
                  ? "全部项目"
                  : [
                      ...assignment.scope.itemCodes,
                      ...assignment.scope.departmentIds.map(
                        (id) => organisations.find((o) => o.id === id)?.name ?? id,
                      ),
                    ].join("、")}
              </Typography.Text>
            )}
          </List.Item>
        )}
      />
      {canGrant && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void grant(v)}
          style={{ marginTop: 24 }}
        >
          <Typography.Title level={5}>授予角色</Typography.Title>
          <Typography.Paragraph type="secondary">
            系统管理员、安全管理员、审计管理员三员互斥，且不能兼任业务角色。
          </Typography.Paragraph>
          <Form.Item label="角色" name="role" rules={[{ required: true, message: "请选择角色" }]}>
            <Select options={roles.map((r) => ({ value: r, label: roleLabels[r] }))} />
          </Form.Item>
          <Form.Item
            label="机构"
            name="organisationId"
            rules={[{ required: true, message: "请选择机构" }]}
            extra="考核管理员、评审员、评议人授予在考核单位（如县）上；填报员、单位负责人授予在被考核单位上。"
          >
            <TreeSelect
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              treeData={organisationTreeSelect(organisationTree(organisations))}
            />
          </Form.Item>
          {role === "reviewer" && (
            <>
              <Form.Item
                label="负责的项目编号"
                name="itemCodes"
                extra="如 4、4.1；留空且不选科室表示全部项目。"
              >
                <Select
                  mode="tags"
                  maxCount={limits.reviewerScopeEntries.max}
                  tokenSeparators={[",", "，", " "]}
                />
              </Form.Item>
              <Form.Item label="负责的科室" name="departmentIds">
                <Select
                  mode="multiple"
                  options={departments.map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" loading={saving}>
            授予
          </Button>
        </Form>
      )}
    </Drawer>
  );
}
