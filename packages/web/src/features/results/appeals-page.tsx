/** 申诉: a unit appeals an item of its published result; the administrator upholds (with corrected facts) or rejects with an answer. */
import { validateScheme, type Item } from "@kaoping/engine";
import { PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { appealLimits, maskPersonalNumbers } from "@kaoping/server/contract";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Upload,
} from "antd";
import dayjs from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { Route, Routes, useParams } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { appealsApi, reviewApi, type Appeal } from "../../api/review-api";
import { uploadFiles } from "../../api/upload";
import { useQuery } from "../../api/use-query";
import { roundsApi, selfAssessmentApi } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime, formatDeadline } from "../../lib/dates";
import { useSession } from "../auth/session-context";
import { usePageTitle } from "../layout/page-title";
import { formatFactValue } from "../review/fact-values";
import { RoundPicker } from "../rounds/round-picker";
import { FactInput } from "../self-assessment/fact-input";
import { cleanFacts } from "../self-assessment/facts-model";

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

/** The appeal's attached files (申诉材料) as download links. */
function AppealFiles({ appeal }: { appeal: Appeal }) {
  if (appeal.evidence.length === 0) return <span>—</span>;
  return (
    <Space size={4} wrap>
      {appeal.evidence.map((file) => (
        <a key={file.id} href={selfAssessmentApi.evidenceDownloadUrl(file.id)}>
          <PaperClipOutlined /> {file.name}
        </a>
      ))}
    </Space>
  );
}

interface AnswerValues {
  decision: "upheld" | "rejected";
  answer: string;
  facts?: Record<string, unknown>;
}

/**
 * 答复申诉: what the unit asked for (its reason and files), the item's current facts and score,
 * and the answer. No decision is preselected: the answerer chooses 申诉成立 or 驳回. Server
 * field errors are shown at the fields (`facts.<fact>`, `answer`, `decision`).
 */
function AnswerModal({
  appeal,
  item,
  onClose,
  onDone,
}: {
  appeal: Appeal;
  item: Item | undefined;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<AnswerValues>();
  const decision = Form.useWatch("decision", form);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const review = useQuery(
    (signal) => reviewApi.unit(appeal.roundId, appeal.unitId, signal),
    [appeal.roundId, appeal.unitId],
  );
  const current = review.data?.items.find((i) => i.itemCode === appeal.itemCode);
  const currentFacts = current?.reviewFacts ?? current?.selfFacts ?? {};
  const decls = item?.facts ?? [];
  useEffect(() => {
    if (current !== undefined)
      form.setFieldValue("facts", current.reviewFacts ?? current.selfFacts ?? {});
  }, [current, form]);
  const send = async (values: AnswerValues) => {
    setBusy(true);
    try {
      const clean = cleanFacts({ x: values.facts ?? {} }).x ?? {};
      await appealsApi.answer(appeal.id, {
        version: appeal.version,
        decision: values.decision,
        answer: values.answer,
        ...(values.decision === "upheld" ? { facts: clean } : {}),
      });
      void message.success("已答复");
      onDone();
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={`答复申诉：${appeal.unitName} ${appeal.itemCode} ${item?.title ?? ""}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="答复"
      okButtonProps={{ loading: busy }}
      destroyOnHidden
    >
      <div data-testid="appeal-answer">
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label="单位申诉理由">
            {maskPersonalNumbers(appeal.text)}
          </Descriptions.Item>
          <Descriptions.Item label="申诉材料">
            <AppealFiles appeal={appeal} />
          </Descriptions.Item>
          <Descriptions.Item label="当前得分">
            {current === undefined ? (
              "加载中…"
            ) : (
              <span className="score-number" data-testid="appeal-current-score">
                {current.score ?? "—"} / {current.max} 分（自评 {current.selfScore ?? "—"} 分）
              </span>
            )}
          </Descriptions.Item>
        </Descriptions>
        {decls.length > 0 && (
          <Table<(typeof decls)[number]>
            rowKey="name"
            size="small"
            bordered
            pagination={false}
            style={{ marginBottom: 12 }}
            dataSource={decls}
            data-testid="appeal-current-facts"
            columns={[
              { title: "事实", dataIndex: "label" },
              {
                title: "单位填报",
                key: "self",
                width: 120,
                render: (_: unknown, decl) =>
                  formatFactValue(decl, current?.selfFacts?.[decl.name]),
              },
              {
                title: "当前认定",
                key: "current",
                width: 120,
                render: (_: unknown, decl) => formatFactValue(decl, currentFacts[decl.name]),
              },
            ]}
          />
        )}
        <Form<AnswerValues> form={form} layout="vertical" onFinish={(v) => void send(v)}>
          <Form.Item
            name="decision"
            label="答复结论"
            rules={[{ required: true, message: "请选择申诉成立或驳回" }]}
          >
            <Radio.Group
              options={[
                { value: "upheld", label: "申诉成立（修正事实数据）" },
                { value: "rejected", label: "驳回" },
              ]}
            />
          </Form.Item>
          {decision === "upheld" &&
            decls.map((decl) => (
              <Form.Item
                key={decl.name}
                name={["facts", decl.name]}
                label={`修正后：${decl.label}`}
              >
                <FactInput decl={decl} value={undefined} onChange={() => undefined} />
              </Form.Item>
            ))}
          <Form.Item
            name="answer"
            label={decision === "rejected" ? "驳回理由" : "答复"}
            rules={[{ required: true, whitespace: true, message: "请填写答复" }]}
          >
            <Input.TextArea
              placeholder={decision === "rejected" ? "驳回理由" : "答复"}
              maxLength={appealLimits.text.max}
              autoSize={{ minRows: 3 }}
            />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
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
