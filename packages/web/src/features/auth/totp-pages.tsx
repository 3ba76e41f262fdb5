/**
 * The second login step (动态验证码) and the mandatory TOTP enrolment of administrator roles:
 * shown instead of the app while the session's stage requires them.
 */
import { limits } from "@kaoping/server/contract";
import { Alert, App, Button, Card, Form, Input, Typography } from "antd";
import { useEffect, useState } from "react";
import { showApiError } from "../../api/errors";
import { authApi } from "./auth-api";
import { useSessionContext } from "./session-context";
import "./login.css";

function CodeForm({ onCode, label }: { onCode: (code: string) => Promise<void>; label: string }) {
  const [form] = Form.useForm<{ code: string }>();
  const [submitting, setSubmitting] = useState(false);
  const { message } = App.useApp();
  const submit = async ({ code }: { code: string }) => {
    setSubmitting(true);
    try {
      await onCode(code);
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item
        label="动态验证码"
        name="code"
        rules={[{ required: true, pattern: /^\d{6}$/, message: "请输入验证器上的 6 位数字" }]}
      >
        <Input
          maxLength={limits.totpCode.length}
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting}>
        {label}
      </Button>
    </Form>
  );
}

/** Second step of login: the TOTP code. */
export function TotpVerifyPage() {
  const { setSession, logout } = useSessionContext();
  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless" title="双因素验证">
        <Typography.Paragraph>
          请输入验证器（手机身份验证器应用）上显示的 6 位动态验证码。
        </Typography.Paragraph>
        <CodeForm
          label="验证"
          onCode={async (code) => setSession(await authApi.verifyTotp(code))}
        />
        <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
          退出登录
        </Button>
      </Card>
    </div>
  );
}

/** Mandatory TOTP enrolment: shows the secret once and enables it with a first code. */
export function TotpEnrolPage() {
  const { setSession, logout } = useSessionContext();
  const [secret, setSecret] = useState<{ secret: string; otpauthUri: string }>();
  const [error, setError] = useState<string>();
  const { message } = App.useApp();
  useEffect(() => {
    authApi
      .setupTotp()
      .then(setSecret, (caught: unknown) => setError(showApiError(caught, message).message));
  }, [message]);
  return (
    <div className="login-page">
      <Card className="login-card" variant="borderless" title="绑定动态验证码">
        <Typography.Paragraph>
          管理员角色必须启用双因素验证。请在验证器应用中手动添加以下密钥，然后输入其显示的验证码。
        </Typography.Paragraph>
        {error !== undefined && (
          <Alert type="error" showIcon title={error} className="login-alert" />
        )}
        {secret !== undefined && (
          <Typography.Paragraph copyable={{ text: secret.secret }} code>
            {secret.secret}
          </Typography.Paragraph>
        )}
        <CodeForm
          label="启用"
          onCode={async (code) => setSession(await authApi.enableTotp(code))}
        />
        <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
          退出登录
        </Button>
      </Card>
    </div>
  );
}
