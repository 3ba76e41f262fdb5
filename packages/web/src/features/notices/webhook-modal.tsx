/**
 * 群机器人 of an organisation (decision 0213), for the system administrator: 政务钉钉/钉钉 or
 * 企业微信, the address (shown masked once saved; left empty to keep it), the 加签 secret
 * (never shown), on/off, and whether an intranet address is allowed.
 */
import { noticeLimits, webhookKindLabels, webhookKinds } from "@kaoping/server/contract";
import { Alert, App, Checkbox, Form, Input, Modal, Select, Switch, Typography } from "antd";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { formatDateTime } from "../../lib/dates";
import { noticesApi } from "./notices-api";

interface Values {
  kind: "dingtalk" | "wecom";
  url?: string;
  secret?: string;
  clearSecret?: boolean;
  enabled: boolean;
  allowIntranet: boolean;
}

/** The webhook dialog of one organisation. */
export function WebhookModal({
  organisation,
  onClose,
}: {
  organisation: { id: string; name: string };
  onClose: () => void;
}) {
  const current = useQuery(
    (signal) => noticesApi.webhook(organisation.id, signal),
    [organisation.id],
  );
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const kind = Form.useWatch("kind", form);
  const w = current.data;
  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined || w === undefined) return;
    setSaving(true);
    try {
      const url = values.url?.trim() ?? "";
      const secret = values.secret?.trim() ?? "";
      await noticesApi.saveWebhook(organisation.id, {
        version: w.version,
        kind: values.kind,
        ...(url === "" ? {} : { url }),
        ...(values.clearSecret ? { secret: null } : secret === "" ? {} : { secret }),
        enabled: values.enabled,
        allowIntranet: values.allowIntranet,
      });
      void message.success("群机器人设置已保存");
      onClose();
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`群机器人 · ${organisation.name}`}
      onCancel={onClose}
      onOk={() => void save()}
      okText="保存"
      confirmLoading={saving}
      width={600}
    >
      {w !== undefined && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            kind: w.kind ?? "dingtalk",
            enabled: w.enabled,
            allowIntranet: w.allowIntranet,
          }}
        >
          <Typography.Paragraph type="secondary">
            催报时，向本机构的政务钉钉或企业微信群发送提醒消息。默认关闭；地址中的密钥保存后不再显示。
          </Typography.Paragraph>
          <Form.Item label="机器人类型" name="kind" rules={[{ required: true }]}>
            <Select
              options={webhookKinds.map((k) => ({ value: k, label: webhookKindLabels[k] }))}
            />
          </Form.Item>
          <Form.Item
            label="机器人地址"
            name="url"
            rules={w.configured ? [] : [{ required: true, message: "请输入机器人地址" }]}
            extra={
              w.maskedUrl === null
                ? "如 https://oapi.dingtalk.com/robot/send?access_token=…"
                : `当前：${w.maskedUrl}（留空则保持不变）`
            }
          >
            <Input maxLength={noticeLimits.url.max} autoComplete="off" />
          </Form.Item>
          {kind === "dingtalk" && (
            <>
              <Form.Item
                label="加签密钥（可选）"
                name="secret"
                extra={
                  w.hasSecret
                    ? "已设置（不显示）；留空则保持不变"
                    : "钉钉机器人“加签”安全设置的密钥"
                }
              >
                <Input.Password maxLength={noticeLimits.secret.max} autoComplete="new-password" />
              </Form.Item>
              {w.hasSecret && (
                <Form.Item name="clearSecret" valuePropName="checked">
                  <Checkbox>清除加签密钥</Checkbox>
                </Form.Item>
              )}
            </>
          )}
          <Form.Item label="启用" name="enabled" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="allowIntranet" valuePropName="checked">
            <Checkbox>允许内网地址（仅在机器人部署于本单位内网时勾选；允许 http 地址）</Checkbox>
          </Form.Item>
          {w.updatedAt !== null && (
            <Alert type="info" showIcon title={`最后修改：${formatDateTime(w.updatedAt)}`} />
          )}
        </Form>
      )}
    </Modal>
  );
}
