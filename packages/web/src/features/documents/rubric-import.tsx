/**
 * 从评分细则导入: upload a 评分细则 (.docx/.xlsx/.pdf), or paste it as a table copied from Word, WPS,
 * Excel, a web page or a PDF (粘贴表格, paste-box.tsx); the API builds a draft scheme and proposes a
 * rule for each item. The proposals are shown with the phrase each came from and its confidence,
 * then the administrator opens the draft to confirm or change them.
 */
import { ImportOutlined, UploadOutlined } from "@ant-design/icons";
import {
  rubricPasteLimits,
  rubricPasteRequestSchema,
  workflowLimits,
} from "@kaoping/server/contract";
import {
  App,
  Button,
  Form,
  Input,
  Modal,
  Progress,
  Table,
  Tabs,
  Tag,
  Tooltip,
  TreeSelect,
  Upload,
} from "antd";
import type { TreeSelectProps } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { ImportNotesAlert } from "../schemes/editor/review-list";
import { documentsApi, type RubricImport } from "./documents-api";
import { PasteBox, type PastedRubric } from "./paste-box";

interface Values {
  assessingOrganisationId: string;
  code?: string;
  title?: string;
}

type Proposal = RubricImport["proposals"][number];

/** The tag colour of a proposal's confidence (0–1). */
export function confidenceColor(confidence: number): string {
  return confidence >= 0.8 ? "green" : confidence >= 0.5 ? "orange" : "red";
}

/** The button, the upload form and the proposals of the imported scheme. */
export function RubricImportButton({
  organisationId,
  treeData,
  onImported,
}: {
  organisationId: string;
  treeData: TreeSelectProps["treeData"];
  /** Called once the draft exists, so the scheme list shows it without a reload. */
  onImported: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [source, setSource] = useState<"file" | "paste">("file");
  const [file, setFile] = useState<File | undefined>();
  const [pasted, setPasted] = useState<PastedRubric | undefined>();
  const [percent, setPercent] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<RubricImport | undefined>();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  /** The draft from the chosen file, or from the paste (checked by the server's own schema first). */
  const read = async (values: Values): Promise<RubricImport | undefined> => {
    const query = {
      assessingOrganisationId: values.assessingOrganisationId,
      ...(values.code ? { code: values.code } : {}),
    };
    if (source === "paste") {
      const body = {
        ...(pasted?.html.trim() ? { html: pasted.html } : {}),
        ...(pasted?.text.trim() ? { text: pasted.text } : {}),
        ...(values.title ? { title: values.title } : {}),
      };
      const checked = rubricPasteRequestSchema.safeParse(body);
      if (!checked.success) {
        void message.error(checked.error.issues[0]?.message ?? "粘贴的内容有误");
        return undefined;
      }
      return documentsApi.importPastedRubric(query, body);
    }
    if (file === undefined) {
      void message.error("请选择评分细则文件（.docx、.xlsx、.pdf，或 .doc、.wps、.et）");
      return undefined;
    }
    setPercent(0);
    return documentsApi.importRubric(
      { ...query, ...(values.title ? { title: values.title } : {}) },
      file,
      setPercent,
    );
  };
  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values === undefined) return;
    setBusy(true);
    try {
      const result = await read(values);
      if (result === undefined) return;
      setOpen(false);
      setFile(undefined);
      setPasted(undefined);
      // The server keeps these proposals with the draft for the editor's 导入复核 list.
      setImported(result);
      onImported();
    } catch (error) {
      showApiError(error, message, form);
    } finally {
      setBusy(false);
      setPercent(undefined);
    }
  };
  return (
    <>
      <Button
        icon={<ImportOutlined />}
        onClick={() => (
          form.setFieldsValue({ assessingOrganisationId: organisationId }),
          setOpen(true)
        )}
      >
        从评分细则导入
      </Button>
      <Modal
        open={open}
        title="从评分细则导入考核方案"
        okText={source === "paste" ? "读取粘贴内容" : "导入"}
        onOk={() => void submit()}
        confirmLoading={busy}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            label="考核单位"
            name="assessingOrganisationId"
            rules={[{ required: true, message: "请选择考核单位" }]}
          >
            <TreeSelect treeDefaultExpandAll treeData={treeData} />
          </Form.Item>
          <Form.Item label="方案编号" name="code" extra="如 township-2023；留空自动生成。">
            <Input maxLength={workflowLimits.schemeCode.max} />
          </Form.Item>
          <Form.Item
            label="方案名称"
            name="title"
            extra={
              source === "paste"
                ? "留空取粘贴内容中的标题（表格前的一行或表格标题）；粘贴的内容没有标题时，请在此填写。"
                : "留空取文件中的标题（没有时取文件名）。"
            }
          >
            <Input maxLength={workflowLimits.schemeTitle.max} />
          </Form.Item>
          <Form.Item label="评分细则" required style={{ marginBottom: 8 }}>
            <Tabs
              size="small"
              activeKey={source}
              onChange={(key) => setSource(key === "paste" ? "paste" : "file")}
              items={[
                {
                  key: "file",
                  label: "上传文件",
                  children: (
                    <>
                      <Upload
                        accept=".docx,.xlsx,.pdf,.doc,.wps,.et"
                        maxCount={1}
                        fileList={file === undefined ? [] : [{ uid: "1", name: file.name }]}
                        beforeUpload={(f) => (setFile(f), false)}
                        onRemove={() => setFile(undefined)}
                      >
                        <Button icon={<UploadOutlined />}>选择文件</Button>
                      </Upload>
                      <div className="ant-form-item-extra">
                        .docx、.xlsx 或 .pdf（服务器装有 LibreOffice 时也可
                        .doc、.wps、.et），不超过 20 MB。PDF 须含文字（扫描件无法识别，请用原始的
                        Word/Excel 文件或粘贴表格）。
                      </div>
                    </>
                  ),
                },
                {
                  key: "paste",
                  label: "粘贴表格",
                  children: (
                    <>
                      <PasteBox value={pasted} onChange={setPasted} />
                      <div className="ant-form-item-extra">
                        {`网页、PDF 中的细则，或在 Word、WPS、Excel 里打开的文件，选中表格复制后粘贴即可（各不超过 ${rubricPasteLimits.megabytes} MB）。PDF 文件也可直接在“上传文件”中上传。`}
                      </div>
                    </>
                  ),
                },
              ]}
            />
          </Form.Item>
          {percent !== undefined && <Progress percent={percent} size="small" />}
        </Form>
      </Modal>
      <Modal
        open={imported !== undefined}
        title={`已创建方案草稿：${imported?.title ?? ""}`}
        width={960}
        okText="打开方案，逐项复核"
        cancelText="关闭"
        onOk={() => imported !== undefined && navigate(`/schemes/${imported.schemeId}`)}
        onCancel={() => setImported(undefined)}
      >
        <ImportNotesAlert notes={imported?.summary} />
        <Table<Proposal>
          style={{ marginTop: 12 }}
          rowKey="code"
          size="small"
          bordered
          pagination={false}
          scroll={{ y: 420 }}
          dataSource={imported?.proposals ?? []}
          data-testid="rubric-proposals"
          columns={[
            { title: "序号", dataIndex: "code", width: 70 },
            { title: "项目", dataIndex: "title", width: 140 },
            { title: "建议规则", dataIndex: "kindName", width: 100 },
            { title: "依据原文", dataIndex: "phrase" },
            {
              title: "按此规则计分",
              key: "sentence",
              render: (_: unknown, p: Proposal) => p.sentence ?? "（规则参数尚未填写完整）",
            },
            {
              title: "把握",
              dataIndex: "confidence",
              width: 80,
              align: "center",
              render: (c: number, p: Proposal) => (
                <Tooltip title={p.explanation}>
                  <Tag color={confidenceColor(c)}>{Math.round(c * 100)}%</Tag>
                </Tooltip>
              ),
            },
          ]}
        />
      </Modal>
    </>
  );
}
