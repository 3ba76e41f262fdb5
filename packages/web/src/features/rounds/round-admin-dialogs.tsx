/**
 * The administrator's dialogs on a round (decisions 0210–0211): edit the round (name, period,
 * description while it may change; the four deadlines until it is archived), extend one unit's
 * deadline, reopen a unit with its new deadline. Days end at 24:00 in the bureau's time zone.
 */
import { workflowLimits } from "@kaoping/server/contract";
import { App, DatePicker, Form, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import type { RoundDetail, RoundUnitRow } from "../../api/workflow-api";
import { formatDeadline, timeZoneLabel } from "../../lib/dates";
import { DeadlineFields, dayText, deadlineDaysOf, pickerDay } from "./deadline-fields";
import { roundAdminApi } from "./round-admin-api";

const textEditable = new Set(["draft", "self_assessment", "review", "rating"]);

/** Edit a round: texts while allowed, deadlines until 归档. */
export function EditRoundModal({
  round,
  onClose,
  onSaved,
}: {
  round: RoundDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const texts = textEditable.has(round.state);
  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined) return;
    setSaving(true);
    try {
      let version = round.version;
      if (texts) {
        const description = (values.description ?? "").trim();
        const changed =
          values.title !== round.title ||
          values.period !== round.period ||
          description !== (round.description ?? "");
        if (changed)
          version = (
            await roundAdminApi.update(round.id, {
              version,
              title: values.title,
              period: values.period,
              description: description === "" ? null : description,
            })
          ).version;
      }
      const days = deadlineDaysOf(values);
      const current = {
        selfAssessment: round.deadlines.selfAssessment,
        review: round.deadlines.review,
        rating: round.deadlines.rating,
        appeal: round.deadlines.appeal,
      };
      const changedDays = Object.fromEntries(
        (Object.keys(days) as (keyof typeof days)[])
          .filter((key) => days[key] !== dayText(pickerDay(current[key])))
          .map((key) => [key, days[key]]),
      );
      if (Object.keys(changedDays).length > 0)
        await roundAdminApi.deadlines(round.id, version, changedDays);
      void message.success("考核任务已保存");
      onSaved();
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title="修改考核任务"
      width={640}
      onCancel={onClose}
      onOk={() => void save()}
      okText="保存"
      confirmLoading={saving}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: round.title,
          period: round.period,
          description: round.description ?? "",
          selfAssessment: pickerDay(round.deadlines.selfAssessment),
          review: pickerDay(round.deadlines.review),
          rating: pickerDay(round.deadlines.rating),
          appeal: pickerDay(round.deadlines.appeal),
        }}
      >
        {!texts && (
          <Typography.Paragraph type="secondary">
            考核结果已确认，名称和考核期间不能再修改，只能调整截止日期。
          </Typography.Paragraph>
        )}
        {round.state !== "draft" && texts && (
          <Typography.Paragraph type="secondary">
            考核任务已开始：考核方案、年度和被考核单位不能再修改；名称、考核期间、说明和截止日期仍可修改。
          </Typography.Paragraph>
        )}
        <Form.Item
          label="名称"
          name="title"
          rules={[{ required: true, message: "请输入考核任务名称" }]}
        >
          <Input maxLength={workflowLimits.roundTitle.max} disabled={!texts} />
        </Form.Item>
        <Form.Item
          label="考核期间"
          name="period"
          rules={[{ required: true, message: "请输入考核期间（如 2022年度）" }]}
        >
          <Input maxLength={workflowLimits.roundPeriod.max} disabled={!texts} />
        </Form.Item>
        <DeadlineFields requireSelf={false} />
        <Form.Item label="说明" name="description">
          <Input.TextArea
            maxLength={workflowLimits.roundDescription.max}
            autoSize={{ minRows: 2 }}
            disabled={!texts}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Extend (or set back) one unit's self-assessment deadline. */
export function UnitDeadlineModal({
  round,
  unit,
  onClose,
  onSaved,
}: {
  round: RoundDetail;
  unit: RoundUnitRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [day, setDay] = useState<Dayjs | null>(
    pickerDay(unit.selfAssessmentDeadline ?? round.deadlines.selfAssessment),
  );
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const save = async (value: string | null) => {
    setSaving(true);
    try {
      await roundAdminApi.unitDeadline(round.id, unit.unitId, unit.version, value);
      void message.success(value === null ? "已恢复为考核任务的截止日期" : "已调整截止日期");
      onSaved();
    } catch (error) {
      showApiError(error, message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`调整「${unit.unitName}」的自评截止日期`}
      onCancel={onClose}
      onOk={() => {
        if (day === null) void message.error("请选择新的截止日期");
        else void save(dayText(day));
      }}
      okText="保存"
      confirmLoading={saving}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {unit.selfAssessmentDeadline !== null && (
            <a style={{ float: "left", lineHeight: "32px" }} onClick={() => void save(null)}>
              恢复为考核任务的截止日期
            </a>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <p>
        考核任务的自评截止：{formatDeadline(round.deadlines.selfAssessment)}
        {unit.selfAssessmentDeadline !== null &&
          `；本单位当前：${formatDeadline(unit.selfAssessmentDeadline)}`}
      </p>
      <DatePicker
        value={day}
        onChange={setDay}
        style={{ width: "100%" }}
        aria-label="新的自评截止日期"
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        只延长这一个单位；截止到所选日期 24:00 前（{timeZoneLabel()}
        ）。延长全部单位请修改考核任务的自评截止日期。
      </Typography.Paragraph>
    </Modal>
  );
}

/** 重新开放 a unit: the reason and the new deadline day (required). */
export function ReopenModal({
  round,
  unit,
  onClose,
  onSaved,
}: {
  round: RoundDetail;
  unit: RoundUnitRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ reason: string; day: Dayjs }>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined) return;
    setSaving(true);
    try {
      await roundAdminApi.reopen(
        round.id,
        unit.unitId,
        unit.version,
        values.reason.trim(),
        dayText(values.day)!,
      );
      void message.success("已重新开放");
      onSaved();
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`重新开放「${unit.unitName}」的自评？`}
      onCancel={onClose}
      onOk={() => void save()}
      okText="重新开放"
      confirmLoading={saving}
    >
      <Form form={form} layout="vertical" initialValues={{ day: dayjs().add(7, "day") }}>
        <Form.Item
          label="原因"
          name="reason"
          rules={[{ required: true, whitespace: true, message: "请填写重新开放的原因" }]}
        >
          <Input.TextArea maxLength={workflowLimits.reason.max} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item
          label="新的自评截止日期"
          name="day"
          rules={[{ required: true, message: "请选择新的自评截止日期" }]}
          extra={`单位可修改并提交到该日 24:00 前（${timeZoneLabel()}），之后再次关闭。`}
        >
          <DatePicker style={{ width: "100%" }} aria-label="新的自评截止日期" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
