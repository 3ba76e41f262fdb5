/**
 * 用户与角色: accounts (system administrator: create, edit, disable, reset password) and their
 * roles (security administrator: grant, revoke, unlock, reset TOTP).
 */
import { PlusOutlined } from "@ant-design/icons";
import { limits, roleLabels, roles, type Role, type User } from "@kaoping/server/contract";
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Tag } from "antd";
import { useMemo, useState } from "react";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime } from "../../lib/dates";
import { useActiveRole } from "../auth/session-context";
import { adminApi, listAllOrganisations } from "./admin-api";
import { RolesDrawer } from "./roles-drawer";
import { showInitialPassword, UserForm } from "./user-forms";
import { UsersImport } from "./users-import";

/** The users page. */
export default function UsersPage() {
  const active = useActiveRole();
  const isSystem = active === "system_admin";
  const isSecurity = active === "security_admin";
  const [filters, setFilters] = useState<{ q?: string; status?: string; role?: Role }>({});
  const [page, setPage] = useState<{ page: number; pageSize: number }>({
    page: 1,
    pageSize: limits.pageSize.default,
  });
  const users = useQuery(
    (signal) => adminApi.listUsers({ ...filters, ...page }, signal),
    [filters, page],
  );
  const organisations = useQuery((signal) => listAllOrganisations(signal), []);
  const orgNames = useMemo(
    () => new Map((organisations.data ?? []).map((o) => [o.id, o.name])),
    [organisations.data],
  );
  const [editing, setEditing] = useState<{ user: User | undefined } | undefined>();
  const [rolesOf, setRolesOf] = useState<User>();
  const { message, modal } = App.useApp();

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      users.reload();
    } catch (error) {
      showApiError(error, message);
    }
  };

  if (users.error !== undefined && users.data === undefined)
    return <LoadFailed error={users.error} onRetry={users.reload} />;
  return (
    <Card
      title="用户与角色"
      extra={
        isSystem && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ user: undefined })}
          >
            新建用户
          </Button>
        )
      }
    >
      {isSystem && (
        <div style={{ marginBottom: 16 }}>
          <UsersImport
            organisationName={(id) => orgNames.get(id) ?? ""}
            onImported={users.reload}
          />
        </div>
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="用户名或姓名"
          maxLength={limits.auditTextFilter.max}
          onSearch={(q) => (setFilters({ ...filters, q }), setPage({ ...page, page: 1 }))}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          onChange={(status?: string) => setFilters({ ...filters, status })}
          options={[
            { value: "active", label: "启用" },
            { value: "disabled", label: "停用" },
          ]}
        />
        <Select
          allowClear
          placeholder="角色"
          style={{ width: 160 }}
          onChange={(role?: Role) => setFilters({ ...filters, role })}
          options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
        />
      </Space>
      <Table<User>
        rowKey="id"
        loading={users.isLoading}
        dataSource={users.data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: users.data?.total ?? 0,
          showTotal: (total) => `共 ${total} 个用户`,
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
        columns={[
          {
            title: "用户名",
            dataIndex: "username",
            render: (v: string) => <span translate="no">{v}</span>,
          },
          { title: "姓名", dataIndex: "displayName" },
          {
            title: "所属机构",
            dataIndex: "organisationId",
            render: (id: string) => orgNames.get(id) ?? "—",
          },
          {
            title: "角色",
            dataIndex: "roles",
            render: (list: User["roles"]) =>
              list.map((r) => (
                <Tag key={r.id}>
                  {roleLabels[r.role]}·{r.organisationName}
                </Tag>
              )),
          },
          {
            title: "状态",
            key: "status",
            render: (_: unknown, u: User) => (
              <Space size={4}>
                {u.status === "active" ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
                {u.lockedUntil !== null && (
                  <Tag color="red">锁定至 {formatDateTime(u.lockedUntil)}</Tag>
                )}
                {u.mustChangePassword && <Tag color="orange">待改密码</Tag>}
                {u.mfaEnabled && <Tag color="blue">双因素</Tag>}
              </Space>
            ),
          },
          { title: "最近登录", dataIndex: "lastLoginAt", render: formatDateTime },
          {
            title: "操作",
            key: "actions",
            render: (_: unknown, u: User) => (
              <Space size="small" wrap>
                {isSystem && <a onClick={() => setEditing({ user: u })}>编辑</a>}
                {isSystem && (
                  <Popconfirm
                    title={`重置 ${u.username} 的密码？`}
                    onConfirm={() =>
                      void adminApi.resetPassword(u.id).then(
                        (r) => showInitialPassword(modal, r.user, r.initialPassword),
                        (error: unknown) => showApiError(error, message),
                      )
                    }
                  >
                    <a>重置密码</a>
                  </Popconfirm>
                )}
                <a onClick={() => setRolesOf(u)}>角色</a>
                {isSecurity && u.lockedUntil !== null && (
                  <a onClick={() => void act(() => adminApi.unlock(u.id), "已解除锁定")}>解锁</a>
                )}
                {isSecurity && u.mfaEnabled && (
                  <Popconfirm
                    title="重置后该用户需重新绑定验证器。"
                    onConfirm={() => void act(() => adminApi.resetTotp(u.id), "已重置动态验证码")}
                  >
                    <a>重置双因素</a>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <UserForm
        open={editing !== undefined}
        user={editing?.user}
        organisations={organisations.data ?? []}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          users.reload();
        }}
      />
      <RolesDrawer
        user={rolesOf}
        organisations={organisations.data ?? []}
        canGrant={isSecurity}
        onClose={() => setRolesOf(undefined)}
        onChanged={(next) => {
          setRolesOf(next);
          users.reload();
        }}
      />
    </Card>
  );
}
