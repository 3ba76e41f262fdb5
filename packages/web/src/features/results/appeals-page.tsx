/** 申诉: a unit appeals an item of its published result; the administrator upholds (with corrected facts) or rejects with an answer. */
import { validateScheme, type Item } from "@kaoping/engine";
import { UploadOutlined } from "@ant-design/icons";
import { appealLimits, maskPersonalNumbers } from "@kaoping/server/contract";
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tag, Upload } from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { Route, Routes, useParams } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { appealsApi, type Appeal } from "../../api/review-api";
import { uploadFiles } from "../../api/upload";
import { useQuery } from "../../api/use-query";
import { roundsApi, selfAssessmentApi } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime, formatDeadline } from "../../lib/dates";
import { useSession } from "../auth/session-context";
import { usePageTitle } from "../layout/page-title";
import { RoundPicker } from "../rounds/round-picker";
import { AnswerModal, AppealFiles } from "./appeal-answer";

const stateTags: Record<Appeal["state"], { text: string; color: string }> = {
  submitted: { text: "待答复", color: "blue" },
  upheld: { text: "申诉成立", color: "green" },
  rejected: { text: "驳回", color: "red" },
  withdrawn: { text: "已撤回", color: "default" },
};

function leaves(items: readonly Item[], out: Item[] = []): Item[] {
  for (const item of items) {
    if (item.children?.length) leaves(item.children, out);
    else out.push(item);
  }
  return out;
}

/** 上传材料: a unit attaches files to its unanswered appeal (the evidence upload with `appealId`). */
function AppealUpload({ appeal, onDone }: { appeal: Appeal; onDone: () => void }) {
  const [progress, setProgress] = useState<number>();
  const { message } = App.useApp();
  return (
    <Upload
      multiple
      showUploadList={false}
      customRequest={({ file }) => {
        setProgress(0);
        uploadFiles(
          `${selfAssessmentApi.evidenceUploadUrl(appeal.roundId, appeal.unitId, appeal.itemCode)}?appealId=${appeal.id}`,
          [file as File],
          setProgress,
        ).then(
          () => {
            setProgress(undefined);
            void message.success("申诉材料已上传");
            onDone();
          },
          (error: unknown) => {
            setProgress(undefined);
            showApiError(error, message);
          },
        );
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={progress !== undefined}>
        上传材料
      </Button>
    </Upload>
  );
}

function Appeals() {
  const { roundId = "" } = useParams();
  const session = useSession();
  const role = session.activeRole?.role;
  const isUnit = role === "unit_filler" || role === "unit_head";
  const list = useQuery((signal) => appealsApi.list(roundId, signal), [roundId]);
  const schemeDoc = useQuery((signal) => roundsApi.scheme(roundId, signal), [roundId]);
  const round = useQuery((signal) => roundsApi.get(roundId, signal), [roundId]);
  const items = useMemo(() => {
    const checked =
      schemeDoc.data === undefined ? undefined : validateScheme(schemeDoc.data.document);
    return checked?.ok ? leaves(checked.scheme.items) : [];
  }, [schemeDoc.data]);
  const [answering, setAnswering] = useState<Appeal>();
  const [form] = Form.useForm<{ itemCode: string; text: string }>();
  const { message } = App.useApp();
  usePageTitle("申诉");
  if (list.error !== undefined) return <LoadFailed error={list.error} onRetry={list.reload} />;
  const appeals = Array.isArray(list.data) ? list.data : (list.data?.items ?? []);
  const deadline = round.data?.deadlines.appeal ?? null;
  // The server decides (requireBeforeDeadline); the page only stops offering what it would refuse.
  const closed =
    round.data !== undefined &&
    (round.data.state !== "appeals" || (deadline !== null && !dayjs().isBefore(dayjs(deadline))));
  const create = async (values: { itemCode: string; text: string }) => {
    try {
      await appealsApi.create(
        roundId,
        session.activeRole?.organisationId ?? "",
        values.itemCode,
        values.text,
      );
      void message.success("申诉已提交");
      form.resetFields();
      list.reload();
    } catch (error) {
      showApiError(error, message, form);
    }
  };
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {round.data !== undefined && (
        <Alert
          type={closed ? "warning" : "info"}
          showIcon
          data-testid="appeal-deadline"
          title={
            round.data.state === "appeals"
              ? `申诉截止：${formatDeadline(deadline)}${closed ? "（已截止，不能再提出申诉或上传材料）" : ""}`
              : `申诉截止：${formatDeadline(deadline)}（当前不在申诉阶段，不能提出申诉）`
          }
        />
      )}
      {isUnit && !closed && (
        <Card title="提出申诉" size="small">
          <Form form={form} layout="inline" onFinish={(v) => void create(v)} style={{ rowGap: 8 }}>
            <Form.Item name="itemCode" rules={[{ required: true, message: "请选择申诉的评分项" }]}>
              <Select
                style={{ width: 280 }}
                placeholder="评分项"
                showSearch
                optionFilterProp="label"
                options={items.map((i) => ({ value: i.code, label: `${i.code} ${i.title}` }))}
              />
            </Form.Item>
            <Form.Item
              name="text"
              rules={[{ required: true, whitespace: true, message: "请填写申诉理由" }]}
              style={{ flex: 1, minWidth: 320 }}
            >
              <Input.TextArea placeholder="申诉理由" maxLength={appealLimits.text.max} autoSize />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              提交申诉
            </Button>
          </Form>
        </Card>
      )}
      <Card title="申诉记录" size="small">
        <Table<Appeal>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={appeals}
          pagination={false}
          columns={[
            { title: "单位", dataIndex: "unitName" },
            { title: "评分项", dataIndex: "itemCode" },
            { title: "申诉理由", dataIndex: "text", render: (t: string) => maskPersonalNumbers(t) },
            { title: "提交时间", dataIndex: "submittedAt", render: formatDateTime },
            {
              title: "状态",
              dataIndex: "state",
              render: (s: Appeal["state"]) => (
                <Tag color={stateTags[s].color}>{stateTags[s].text}</Tag>
              ),
            },
            {
              title: "申诉材料",
              key: "files",
              render: (_: unknown, a: Appeal) => (
                <Space direction="vertical" size={4}>
                  <AppealFiles appeal={a} />
                  {isUnit && !closed && a.state === "submitted" && (
                    <AppealUpload appeal={a} onDone={list.reload} />
                  )}
                </Space>
              ),
            },
            {
              title: "答复",
              dataIndex: "answer",
              render: (a: string | null) => (a === null ? "—" : maskPersonalNumbers(a)),
            },
            ...(role === "assessment_admin"
              ? [
                  {
                    title: "",
                    key: "answer-action",
                    render: (_: unknown, a: Appeal) =>
                      a.state === "submitted" ? <a onClick={() => setAnswering(a)}>答复</a> : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {answering !== undefined && (
        <AnswerModal
          key={answering.id}
          appeal={answering}
          item={items.find((i) => i.code === answering.itemCode)}
          onClose={() => setAnswering(undefined)}
          onDone={() => (setAnswering(undefined), list.reload())}
        />
      )}
    </Space>
  );
}

/** The appeals section. */
export default function AppealsPage() {
  return (
    <Routes>
      <Route
        index
        element={<RoundPicker base="/appeals" states={["published", "appeals", "final"]} />}
      />
      <Route path=":roundId" element={<Appeals />} />
    </Routes>
  );
}
