/**
 * Change one's own password. Forced after the first login, a reset or expiry (the session's
 * stage is `password_change_required` and nothing else works); also reachable from the user menu.
 */
import { limits } from "@kaoping/server/contract";
import { Alert, App, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { formatDateProse } from "../../lib/dates";
import { authApi } from "./auth-api";
import { useSessionContext } from "./session-context";
import "./login.css";

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The password change form; `forced` shows it full-page with the reason. */
export default function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { state, setSession, logout } = useSessionContext();
  const [form] = Form.useForm<PasswordValues>();
  const [submitting, setSubmitting] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = state.status === "ready" ? state.session : undefined;

  const submit = async (values: PasswordValues) => {
    setSubmitting(true);
    try {
      const next = await authApi.changePassword(values.currentPassword, values.newPassword);
      void message.success("密码已修改");
      setSession(next);
      form.resetFields();
      if (!forced) navigate("/");
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSubmitting(false);
    }
  };

  const card = (
    <Card className="login-card" variant="borderless" title={forced ? "请修改密码" : undefined}>
      {forced && (
        <Alert
          type="warning"
          showIcon
          className="login-alert"
          title="当前为初始密码、重置后的密码或已过期的密码，修改后才能继续使用。"
          description={
            session === undefined
              ? undefined
              : `账户：${session.user.displayName}（${session.user.username}）`
          }
        />
      )}
      {!forced && session !== undefined && (
        <Typography.Paragraph type="secondary">
          密码有效期至 {formatDateProse(session.passwordExpiresAt)}。
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label="当前密码"
          name="currentPassword"
          rules={[{ required: true, message: "请输入当前密码" }]}
        >
          <Input.Password
            maxLength={limits.password.max}
            autoComplete="current-password"
            autoFocus
          />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra={`至少 ${limits.password.min} 位，包含大写字母、小写字母、数字、符号中的三类，不能与用户名或最近几次用过的密码相同（次数由安全策略规定）。`}
          rules={[
            { required: true, message: "请输入新密码" },
            { min: limits.password.min, message: `新密码至少 ${limits.password.min} 位` },
          ]}
        >
          <Input.Password maxLength={limits.password.max} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                value === undefined || value === "" || value === getFieldValue("newPassword")
                  ? Promise.resolve()
                  : Promise.reject(new Error("两次输入的新密码不一致")),
            }),
          ]}
        >
          <Input.Password maxLength={limits.password.max} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          修改密码
        </Button>
        {forced && (
          <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
            退出登录
          </Button>
        )}
      </Form>
    </Card>
  );
  return forced ? <div className="login-page">{card}</div> : card;
}
