/**
 * Facts templates (.xlsx) to download and upload back — all or nothing; a rejected file lists
 * every bad cell. Two uses: the unit's 填报模板 in its self-assessment, and the round's 审核事实
 * template that a reviewer fills for every unit and imports as review corrections.
 */
import { UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Modal, Progress, Space, Table, Upload } from "antd";
import { useState } from "react";
import { ApiError } from "../../api/client";
import { showApiError } from "../../api/errors";
import { cellProblemsOf, type CellProblem } from "./cell-problems";
import { documentsApi } from "./documents-api";
import { DownloadButton } from "./download-button";

/** The largest template the API accepts. */
const maxBytes = 20 * 1024 * 1024;

/** What one template download + import pair needs. */
export interface TemplateImportProps {
  templatePath: string;
  templateLabel: string;
  templateFallbackName: string;
  importLabel: string;
  canImport: boolean;
  /** Uploads the file; resolves to the success message. */
  upload: (file: File, onProgress: (percent: number) => void) => Promise<string>;
  onImported: () => void;
  /** Prefix of the buttons' test ids (`<prefix>-template`, `<prefix>-import`). */
  testId?: string;
}

/** The template button, the import button (when allowed) and the bad-cell table of a refusal. */
export function TemplateImport({
  templatePath,
  templateLabel,
  templateFallbackName,
  importLabel,
  canImport,
  upload,
  onImported,
  testId,
}: TemplateImportProps) {
  const [percent, setPercent] = useState<number | undefined>();
  const [problems, setProblems] = useState<{ message: string; cells: CellProblem[] } | undefined>();
  const { message } = App.useApp();
  const run = async (file: File) => {
    if (file.size > maxBytes) {
      void message.error("文件超过 20 MB，无法导入。");
      return;
    }
    setPercent(0);
    try {
      void message.success(await upload(file, setPercent));
      onImported();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0)
        setProblems({ message: error.message, cells: cellProblemsOf(error.fields) });
      else showApiError(error, message);
    } finally {
      setPercent(undefined);
    }
  };
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap>
        <DownloadButton
          path={templatePath}
          label={templateLabel}
          fallbackName={templateFallbackName}
          {...(testId === undefined ? {} : { testId: `${testId}-template` })}
        />
        {canImport && (
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => (void run(file), false)}
          >
            <Button
              icon={<UploadOutlined />}
              loading={percent !== undefined}
              data-testid={testId === undefined ? undefined : `${testId}-import`}
            >
              {importLabel}
            </Button>
          </Upload>
        )}
      </Space>
      {percent !== undefined && <Progress percent={percent} size="small" />}
      <Modal
        open={problems !== undefined}
        title="导入失败，数据未导入"
        width={760}
        onCancel={() => setProblems(undefined)}
        footer={<Button onClick={() => setProblems(undefined)}>关闭</Button>}
      >
        <Alert type="error" showIcon title={problems?.message} style={{ marginBottom: 12 }} />
        <Table<CellProblem>
          rowKey="key"
          size="small"
          bordered
          pagination={false}
          scroll={{ y: 400 }}
          dataSource={problems?.cells ?? []}
          data-testid="import-problems"
          columns={[
            { title: "工作表", dataIndex: "sheet", width: 110 },
            { title: "行", dataIndex: "row", width: 60, align: "center" },
            { title: "列", dataIndex: "column", width: 220 },
            { title: "原因", dataIndex: "reason" },
          ]}
        />
      </Modal>
    </Space>
  );
}

/** The unit's 填报模板: download for everyone on the page; the import only for the unit while editable. */
export function FactsImport({
  roundId,
  unitId,
  canImport,
  onImported,
}: {
  roundId: string;
  unitId: string;
  canImport: boolean;
  onImported: () => void;
}) {
  return (
    <TemplateImport
      templatePath={documentsApi.unitTemplatePath(roundId, unitId)}
      templateLabel="下载填报模板(Excel)"
      templateFallbackName="填报模板.xlsx"
      importLabel="导入填报数据"
      canImport={canImport}
      onImported={onImported}
      upload={async (file, onProgress) => {
        const result = await documentsApi.importUnitFacts(roundId, unitId, file, onProgress);
        return (
          `导入完成：更新 ${result.changedItems.length} 项，未变 ${result.unchangedItems} 项` +
          (result.missing.length > 0 ? `，尚缺必填数据 ${result.missing.length} 项` : "")
        );
      }}
    />
  );
}

/** The success message of a round import: how many corrections, in how many units. */
export function roundImportMessage(corrections: readonly { unitId: string }[]): string {
  if (corrections.length === 0) return "导入完成：与现有数据相同，未产生审核修正。";
  const units = new Set(corrections.map((c) => c.unitId)).size;
  return `导入完成：记录审核修正 ${corrections.length} 项（${units} 个单位）。`;
}

/**
 * The round's 审核事实 template (a row per unit and item) for the reviewer and the assessment
 * administrator; the import (values that differ from the unit's become review corrections) for a
 * reviewer while the round is in 审核.
 */
export function RoundFactsImport({
  roundId,
  canImport,
  onImported,
}: {
  roundId: string;
  canImport: boolean;
  onImported: () => void;
}) {
  return (
    <TemplateImport
      templatePath={documentsApi.roundTemplatePath(roundId)}
      templateLabel="下载审核事实模板"
      templateFallbackName="审核事实模板.xlsx"
      importLabel="导入审核事实"
      canImport={canImport}
      onImported={onImported}
      testId="round-facts"
      upload={async (file, onProgress) =>
        roundImportMessage(
          (await documentsApi.importRoundFacts(roundId, file, onProgress)).corrections,
        )
      }
    />
  );
}
