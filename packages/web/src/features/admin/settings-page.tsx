/**
 * 系统设置: one card per group (安全策略, 系统参数). Each field shows its effective value, where it
 * comes from (已保存 / 环境变量 / 默认值) and its default; the bounds and messages are the shared
 * contract's. Only the group's own administrator edits it (三员分立); the others read it.
 */
import {
  roleLabels,
  settingFields,
  settingGroupEditors,
  settingGroupLabels,
  settingSourceLabels,
  settingValueProblem,
  type SettingField,
  type SettingFieldView,
  type SettingGroup,
  type SettingsGroupView,
  type SettingsResponse,
} from "@kaoping/server/contract";
import { Alert, App, Button, Card, Form, Input, Space, Switch, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { parseApiError, showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { formatDateTime } from "../../lib/dates";
import { WholeNumberInput } from "../../lib/whole-number-input";
import { setSystemName } from "../layout/system-name";
import { settingsApi } from "./settings-api";
import { initialSettingValues, settingChanges, type SettingFormValue } from "./settings-model";

const sourceColours = { saved: "blue", environment: "orange", default: "default" } as const;

function formatValue(field: SettingField, value: SettingFieldView["value"]): string {
  if (field.kind === "boolean") return value === true ? "开启" : "关闭";
  if (field.kind === "integer") return `${String(value)} ${field.unit}`;
  return String(value);
}

function FieldInput({ field, ...props }: { field: SettingField; id?: string }) {
  if (field.kind === "boolean")
    return <Switch checkedChildren="开启" unCheckedChildren="关闭" {...props} />;
  if (field.kind === "text")
    return <Input maxLength={field.max} showCount style={{ maxWidth: 420 }} {...props} />;
  // A text input that keeps what is typed (lib/whole-number): an out-of-range or fractional value
  // stays visible with the field's message, never clamped or rounded.
  return <WholeNumberInput suffix={field.unit} style={{ width: 200 }} {...props} />;
}

/** One group's card and form. */
function SettingsCard({
  group,
  view,
  onSaved,
  onStale,
}: {
  group: SettingGroup;
  view: SettingsGroupView;
  onSaved: (next: SettingsResponse) => void;
  onStale: () => void;
}) {
  const [form] = Form.useForm<Record<string, SettingFormValue>>();
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const fields = settingFields[group] as Record<string, SettingField>;

  useEffect(() => {
    form.setFieldsValue(initialSettingValues(view));
    setRestored(new Set());
  }, [form, view]);

  const restore = (key: string, fieldView: SettingFieldView) => {
    form.setFields([{ name: key, value: fieldView.defaultValue, errors: [] }]);
    setRestored((previous) => new Set(previous).add(key));
  };

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined) return;
    const changes = settingChanges(view, values, restored);
    if (Object.keys(changes).length === 0) {
      void message.info("没有需要保存的修改");
      return;
    }
    setSaving(true);
    try {
      const next = await settingsApi.save(group, { version: view.version, ...changes });
      void message.success(`${settingGroupLabels[group]}已保存，立即生效`);
      onSaved(next);
    } catch (error) {
      if (parseApiError(error).code === "VERSION_CONFLICT") {
        void message.error(
          `${settingGroupLabels[group]}已被他人修改，您的修改未保存。已载入最新设置，请核对后重新修改。`,
          6,
        );
        onStale();
      } else {
        showApiError(error, message, form);
      }
    } finally {
      setSaving(false);
    }
  };

  const editor = roleLabels[settingGroupEditors[group]];
  return (
    <Card
      title={settingGroupLabels[group]}
      data-testid={`settings-${group}`}
      extra={
        <Typography.Text type="secondary">
          {view.updatedAt === null
            ? "尚未修改"
            : `最近修改：${view.updatedBy ?? "—"} ${formatDateTime(view.updatedAt)}`}
        </Typography.Text>
      }
      style={{ marginBottom: 16 }}
    >
      {!view.editable && (
        <Alert
          type="info"
          showIcon
          title={`只读：${settingGroupLabels[group]}由${editor}修改。`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        name={group}
        layout="horizontal"
        labelCol={{ flex: "200px" }}
        labelWrap
        disabled={!view.editable}
        onValuesChange={(changed: Record<string, unknown>) =>
          setRestored((previous) => {
            const keys = Object.keys(changed).filter((key) => previous.has(key));
            if (keys.length === 0) return previous;
            const next = new Set(previous);
            for (const key of keys) next.delete(key);
            return next;
          })
        }
      >
        {Object.entries(fields).map(([key, field]) => {
          const fieldView = view.fields[key];
          if (fieldView === undefined) return null;
          const isRestored = restored.has(key);
          return (
            <Form.Item
              key={key}
              label={field.label}
              required={field.kind !== "boolean"}
              extra={`${field.help}${field.kind === "integer" ? `范围 ${field.min}–${field.max} ${field.unit}。` : ""}默认值：${formatValue(field, fieldView.defaultValue)}（${settingSourceLabels[fieldView.defaultSource]}）。${settingValueProblem(field, fieldView.value) === undefined ? "" : "当前值超出本页可设范围（来自环境变量），修改时须在范围内。"}`}
            >
              <Space align="start" wrap>
                {/* noStyle: its errors show under this item's label row (antd passes them up). */}
                <Form.Item
                  name={key}
                  noStyle
                  valuePropName={field.kind === "boolean" ? "checked" : "value"}
                  rules={[
                    {
                      validator: (_rule, value: unknown) => {
                        // An unchanged value is not sent: an environment value outside the
                        // screen's bounds (decision 0060) must not block saving other fields.
                        if (value === fieldView.value) return Promise.resolve();
                        const problem = settingValueProblem(field, value ?? undefined);
                        return problem === undefined
                          ? Promise.resolve()
                          : Promise.reject(new Error(problem));
                      },
                    },
                  ]}
                >
                  <FieldInput field={field} />
                </Form.Item>
                <Tag color={isRestored ? "purple" : sourceColours[fieldView.source]}>
                  {isRestored ? "保存后恢复默认" : settingSourceLabels[fieldView.source]}
                </Tag>
                {view.editable && fieldView.source === "saved" && !isRestored && (
                  <Button type="link" size="small" onClick={() => restore(key, fieldView)}>
                    恢复默认
                  </Button>
                )}
              </Space>
            </Form.Item>
          );
        })}
        {view.editable && (
          <Form.Item label=" " colon={false}>
            <Button type="primary" loading={saving} onClick={() => void save()}>
              保存{settingGroupLabels[group]}
            </Button>
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}

/** The settings page. */
export default function SettingsPage() {
  const query = useQuery((signal) => settingsApi.read(signal), []);
  const [data, setData] = useState<SettingsResponse>();
  useEffect(() => {
    if (query.data !== undefined) setData(query.data);
  }, [query.data]);

  if (query.error !== undefined && data === undefined)
    return <LoadFailed error={query.error} onRetry={query.reload} />;
  if (data === undefined) return <PageLoading />;
  const onSaved = (next: SettingsResponse) => {
    setData(next);
    const name = next.system.fields.systemName?.value;
    if (typeof name === "string") setSystemName(name);
  };
  return (
    <>
      <Typography.Paragraph type="secondary">
        保存后立即生效，每次修改都记入审计日志。未保存的项使用部署时的环境变量或系统默认值。
      </Typography.Paragraph>
      {(["security", "system"] as const).map((group) => (
        <SettingsCard
          key={group}
          group={group}
          view={data[group]}
          onSaved={onSaved}
          onStale={query.reload}
        />
      ))}
    </>
  );
}
