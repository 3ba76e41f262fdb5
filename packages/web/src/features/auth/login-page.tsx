/** The login page: user name and password; the API's Chinese message (wrong password, lockout) shown at the form. */
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { limits } from "@kaoping/server/contract";
import { Alert, App, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { parseApiError } from "../../api/errors";
import { authApi } from "./auth-api";
import { useSystemName } from "../layout/system-name";
import { useSessionContext } from "./session-context";
import "./login.css";

interface LoginValues {
  username: string;
  password: string;
}

/** The login page. */
export default function LoginPage() {
  const { state, setSession } = useSessionContext();
  const location = useLocation();
  const [form] = Form.useForm<LoginValues>();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const { message } = App.useApp();
  const systemName = useSystemName();
  if (state.status === "ready") {
    const from = (location.state as { from?: string } | null)?.from ?? "/";
    return <Navigate to={from} replace />;
  }
  const reason = state.status === "anonymous" ? state.reason : undefined;

  const submit = async (values: LoginValues) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const session = await authApi.login(values.username, values.password);
      setSession(session);
      if (session.stage === "active") void message.success(`欢迎，${session.user.displayName}`);
    } catch (caught) {
      const parsed = parseApiError(caught);
      setError(parsed.message);
      const fieldErrors = Object.entries(parsed.fields).filter(
        ([name]) => name === "username" || name === "password",
      );
      form.setFields(
        fieldErrors.map(([name, errors]) => ({ name: name as keyof LoginValues, errors })),
      );
      form.setFieldValue("password", "");
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless">
        <Typography.Title level={3} className="login-title">
          考评
        </Typography.Title>
        <Typography.Paragraph
          type="secondary"
          className="login-subtitle"
          data-testid="login-system-name"
        >
          {systemName}
        </Typography.Paragraph>
        {reason !== undefined && error === undefined && (
          <Alert type="info" showIcon title={reason} className="login-alert" />
        )}
        {error !== undefined && (
          <Alert type="error" showIcon title={error} className="login-alert" role="alert" />
        )}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          autoComplete="on"
        >
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
          >
            <Input
              prefix={<UserOutlined />}
              maxLength={limits.username.max}
              autoComplete="username"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            rules={[{ required: true, message: "请输入密码" }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              maxLength={limits.password.max}
              autoComplete="current-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className="login-hint">
          连续多次输错密码，账户将被临时锁定。忘记密码请联系系统管理员重置。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
