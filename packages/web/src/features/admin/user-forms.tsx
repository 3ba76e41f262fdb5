/** Modals of the users page: create an account, show a one-time password, edit an account. */
import { limits, type Organisation, type User } from "@kaoping/server/contract";
import { App, Form, Input, Modal, Select, TreeSelect, Typography } from "antd";
import { useEffect, useState } from "react";
import { showApiError } from "../../api/errors";
import { adminApi } from "./admin-api";
import { organisationTree, organisationTreeSelect } from "./organisation-tree";

/** Shows a one-time password once, with a copy button. */
export function showInitialPassword(
  modal: ReturnType<typeof App.useApp>["modal"],
  user: User,
  password: string,
): void {
  modal.success({
    title: "一次性密码",
    content: (
      <>
        <p>
          请将以下一次性密码交给 {user.displayName}（{user.username}
          ）。此密码只显示这一次，首次登录后必须修改。
        </p>
        <Typography.Paragraph copyable code data-testid="initial-password">
          {password}
        </Typography.Paragraph>
      </>
    ),
    okText: "我已记下",
  });
}

/** Create (no `user`) or edit an account. */
export function UserForm({
  open,
  user,
  organisations,
  onClose,
  onSaved,
}: {
  open: boolean;
  user: User | undefined;
  organisations: Organisation[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{
    username: string;
    displayName: string;
    organisationId: string;
    status: User["status"];
  }>();
  const [saving, setSaving] = useState(false);
  const { message, modal } = App.useApp();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user !== undefined) form.setFieldsValue(user);
  }, [open, user, form]);
  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined) return;
    setSaving(true);
    try {
      if (user === undefined) {
        const created = await adminApi.createUser({
          username: values.username,
          displayName: values.displayName,
          organisationId: values.organisationId,
        });
        showInitialPassword(modal, created.user, created.initialPassword);
      } else {
        await adminApi.updateUser(user.id, {
          version: user.version,
          displayName: values.displayName,
          organisationId: values.organisationId,
          status: values.status,
        });
        void message.success("用户已保存");
      }
      onSaved();
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={user === undefined ? "新建用户" : `编辑用户 ${user.username}`}
      onCancel={onClose}
      onOk={() => void save()}
      okText="保存"
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          label="用户名"
          name="username"
          extra="小写字母、数字、点、下划线和连字符；创建后不能修改。"
          rules={[
            { required: true, message: "请输入用户名" },
            { min: limits.username.min, message: `用户名至少 ${limits.username.min} 个字符` },
            {
              pattern: /^[a-z0-9._-]+$/,
              message: "用户名只能包含小写字母、数字、点、下划线和连字符",
            },
          ]}
        >
          <Input maxLength={limits.username.max} disabled={user !== undefined} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}
        >
          <Input maxLength={limits.displayName.max} />
        </Form.Item>
        <Form.Item
          label="所属机构"
          name="organisationId"
          rules={[{ required: true, message: "请选择所属机构" }]}
        >
          <TreeSelect
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            treeData={organisationTreeSelect(organisationTree(organisations))}
          />
        </Form.Item>
        {user !== undefined && (
          <Form.Item label="状态" name="status">
            <Select
              options={[
                { value: "active", label: "启用" },
                { value: "disabled", label: "停用（不能登录）" },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
