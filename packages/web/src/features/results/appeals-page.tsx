/** 申诉: a unit appeals an item of its published result; the administrator upholds (with corrected facts) or rejects with an answer. */
import { validateScheme, type Item } from "@kaoping/engine";
import { appealLimits, maskPersonalNumbers } from "@kaoping/server/contract";
import { App, Button, Card, Form, Input, Modal, Radio, Select, Space, Table, Tag } from "antd";
import { useMemo, useState } from "react";
import { Route, Routes, useParams } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { appealsApi, type Appeal } from "../../api/review-api";
import { useQuery } from "../../api/use-query";
import { roundsApi } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { formatDateTime } from "../../lib/dates";
import { useSession } from "../auth/session-context";
import { usePageTitle } from "../layout/page-title";
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

function AnswerModal({
  appeal,
  item,
  onClose,
  onDone,
}: {
  appeal: Appeal | undefined;
  item: Item | undefined;
  onClose: () => void;
  onDone: () => void;
}) {
  const [decision, setDecision] = useState<"upheld" | "rejected">("rejected");
  const [answer, setAnswer] = useState("");
  const [facts, setFacts] = useState<Record<string, unknown>>({});
  const { message } = App.useApp();
  const send = async () => {
    if (appeal === undefined) return;
    try {
      const clean = cleanFacts({ x: facts }).x ?? {};
      await appealsApi.answer(appeal.id, {
        version: appeal.version,
        decision,
        answer,
        ...(decision === "upheld" ? { facts: clean } : {}),
      });
      void message.success("已答复");
      onDone();
    } catch (error) {
      showApiError(error, message);
    }
  };
  return (
    <Modal
      open={appeal !== undefined}
      title={`答复申诉：${appeal?.unitName ?? ""} ${appeal?.itemCode ?? ""}`}
      onCancel={onClose}
      onOk={() => void send()}
      okText="答复"
    >
      <p>{appeal === undefined ? "" : maskPersonalNumbers(appeal.text)}</p>
      <Radio.Group
        value={decision}
        onChange={(e) => setDecision(e.target.value as "upheld" | "rejected")}
        options={[
          { value: "upheld", label: "申诉成立（修正事实数据）" },
          { value: "rejected", label: "驳回" },
        ]}
      />
      {decision === "upheld" &&
        (item?.facts ?? []).map((decl) => (
          <div key={decl.name} style={{ marginTop: 8 }}>
            <div>{decl.label}</div>
            <FactInput
              decl={decl}
              value={facts[decl.name]}
              onChange={(v) => setFacts((f) => ({ ...f, [decl.name]: v }))}
            />
          </div>
        ))}
      <Input.TextArea
        style={{ marginTop: 12 }}
        placeholder={decision === "rejected" ? "驳回理由" : "答复"}
        maxLength={appealLimits.text.max}
        autoSize={{ minRows: 3 }}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
      />
    </Modal>
  );
}

function Appeals() {
  const { roundId = "" } = useParams();
  const session = useSession();
  const role = session.activeRole?.role;
  const isUnit = role === "unit_filler" || role === "unit_head";
  const list = useQuery((signal) => appealsApi.list(roundId, signal), [roundId]);
  const schemeDoc = useQuery((signal) => roundsApi.scheme(roundId, signal), [roundId]);
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
      {isUnit && (
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
      <AnswerModal
        appeal={answering}
        item={items.find((i) => i.code === answering?.itemCode)}
        onClose={() => setAnswering(undefined)}
        onDone={() => (setAnswering(undefined), list.reload())}
      />
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
