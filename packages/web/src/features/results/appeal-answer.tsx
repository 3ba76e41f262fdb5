/** 答复申诉 (the answer dialog) and the appeal's files as links, for the appeals page. */
import { type Item } from "@kaoping/engine";
import { PaperClipOutlined } from "@ant-design/icons";
import { appealLimits, maskPersonalNumbers } from "@kaoping/server/contract";
import { App, Descriptions, Form, Input, Modal, Radio, Space, Table } from "antd";
import { useEffect, useState } from "react";
import { showApiError } from "../../api/errors";
import { appealsApi, reviewApi, type Appeal } from "../../api/review-api";
import { useQuery } from "../../api/use-query";
import { selfAssessmentApi } from "../../api/workflow-api";
import { formatFactValue } from "../review/fact-values";
import { FactInput } from "../self-assessment/fact-input";
import { cleanFacts } from "../self-assessment/facts-model";

/** The appeal's attached files (申诉材料) as download links. */
export function AppealFiles({ appeal }: { appeal: Appeal }) {
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
export function AnswerModal({
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
