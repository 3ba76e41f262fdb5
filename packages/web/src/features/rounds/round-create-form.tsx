/** The modal to create a round: scheme version, title, year, period, units, deadlines. */
import { workflowLimits, type Organisation } from "@kaoping/server/contract";
import { App, Form, Input, Modal, Select, TreeSelect } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useRef, useState } from "react";
import { showApiError } from "../../api/errors";
import { WholeNumberInput } from "../../lib/whole-number-input";
import { useQuery } from "../../api/use-query";
import { roundsApi, schemesApi, type RoundDetail } from "../../api/workflow-api";
import { organisationTree, organisationTreeSelect, subtreeIds } from "../admin/organisation-tree";
import { DeadlineFields, deadlineDaysOf, defaultDeadlineDays } from "./deadline-fields";
import { periodAfterYearChange, periodOfYear, yearProblem } from "./round-period";

interface Values {
  schemeId: string;
  schemeVersionId: string;
  title: string;
  year: number | string;
  period: string;
  description?: string;
  unitIds: string[];
  selfAssessment?: Dayjs;
  review?: Dayjs;
  rating?: Dayjs;
  appeal?: Dayjs;
}

/** The create-round modal; the assessing organisation is the active role's. */
export function RoundCreateForm({
  open,
  assessingOrganisationId,
  organisations,
  onClose,
  onCreated,
}: {
  open: boolean;
  assessingOrganisationId: string;
  organisations: Organisation[];
  onClose: () => void;
  onCreated: (round: RoundDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const schemeId = Form.useWatch("schemeId", form);
  const schemes = useQuery((signal) => schemesApi.list({ pageSize: 100 }, signal), [open]);
  const scheme = useQuery(
    (signal) => (schemeId ? schemesApi.get(schemeId, signal) : Promise.resolve(undefined)),
    [schemeId],
  );
  const reach = subtreeIds(organisations, assessingOrganisationId);
  const units = organisations.filter(
    (o) =>
      reach.has(o.id) &&
      o.id !== assessingOrganisationId &&
      o.type !== "department" &&
      o.status === "active",
  );
  const unitTree = organisationTreeSelect(organisationTree(units));
  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined) return;
    setSaving(true);
    try {
      const round = await roundsApi.create({
        assessingOrganisationId,
        schemeVersionId: values.schemeVersionId,
        title: values.title,
        year: values.year as number, // checked by the field's rule (yearProblem)
        period: values.period,
        ...(values.description ? { description: values.description } : {}),
        unitIds: values.unitIds,
        deadlines: deadlineDaysOf(values),
      });
      void message.success("考核任务已创建（草稿）");
      onCreated(round);
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setSaving(false);
    }
  };
  const year = new Date().getFullYear();
  // The year the period was last derived from: 考核期间 follows 年度 unless typed over.
  const periodYear = useRef<number | null>(year - 1);
  useEffect(() => {
    if (open) periodYear.current = year - 1; // the form starts from its initial values again
  }, [open, year]);
  const followYear = (changed: Partial<Values>) => {
    if (!("year" in changed)) return;
    const next = Number.isInteger(changed.year) ? (changed.year as number) : null;
    form.setFieldValue(
      "period",
      periodAfterYearChange(form.getFieldValue("period") as string, periodYear.current, next),
    );
    periodYear.current = next;
  };
  return (
    <Modal
      open={open}
      title="新建考核任务"
      width={640}
      onCancel={onClose}
      onOk={() => void save()}
      okText="创建"
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: year - 1, period: periodOfYear(year - 1), ...defaultDeadlineDays() }}
        onValuesChange={followYear}
      >
        <Form.Item
          label="考核方案"
          name="schemeId"
          rules={[{ required: true, message: "请选择考核方案" }]}
        >
          <Select
            options={(schemes.data?.items ?? []).map((s) => ({ value: s.id, label: s.title }))}
            onChange={() => form.setFieldValue("schemeVersionId", undefined)}
          />
        </Form.Item>
        <Form.Item
          label="方案版本"
          name="schemeVersionId"
          rules={[{ required: true, message: "请选择已发布的方案版本" }]}
          extra={
            scheme.data !== undefined && scheme.data.versions.length === 0
              ? "该方案尚未发布版本，请先在“考核方案”中发布。"
              : undefined
          }
        >
          <Select
            options={(scheme.data?.versions ?? []).map((v) => ({
              value: v.id,
              label: `第 ${v.number} 版${v.note ? `（${v.note}）` : ""}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="任务名称"
          name="title"
          rules={[{ required: true, whitespace: true, message: "请输入考核任务名称" }]}
        >
          <Input
            maxLength={workflowLimits.roundTitle.max}
            placeholder="如 2022年度乡镇医疗保障工作目标考核"
          />
        </Form.Item>
        <div style={{ display: "flex", gap: 12 }}>
          <Form.Item
            label="年度"
            name="year"
            rules={[
              { required: true, message: "请输入年度" },
              {
                validator: (_, value: unknown) =>
                  value === undefined || yearProblem(value) === undefined
                    ? Promise.resolve()
                    : Promise.reject(new Error(yearProblem(value))),
              },
            ]}
          >
            <WholeNumberInput style={{ width: 110 }} />
          </Form.Item>
          <Form.Item
            label="考核期间"
            name="period"
            rules={[{ required: true, whitespace: true, message: "请输入考核期间" }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={workflowLimits.roundPeriod.max} />
          </Form.Item>
        </div>
        <Form.Item
          label="被考核单位"
          name="unitIds"
          rules={[{ required: true, message: "请至少选择一个被考核单位" }]}
        >
          <TreeSelect
            treeCheckable
            treeDefaultExpandAll
            showCheckedStrategy={TreeSelect.SHOW_ALL}
            treeData={unitTree}
            placeholder="选择乡镇、街道、园区"
          />
        </Form.Item>
        <DeadlineFields requireSelf />
        <Form.Item label="说明" name="description">
          <Input.TextArea
            maxLength={workflowLimits.roundDescription.max}
            autoSize={{ minRows: 2 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
