/**
 * 填报模板: the unit's facts template (.xlsx) to download, and its upload back into the
 * self-assessment — all or nothing; a rejected file lists every bad cell.
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

/** Template download for everyone on the page; the import only for the unit while editable. */
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
  const [percent, setPercent] = useState<number | undefined>();
  const [problems, setProblems] = useState<{ message: string; cells: CellProblem[] } | undefined>();
  const { message } = App.useApp();
  const upload = async (file: File) => {
    if (file.size > maxBytes) {
      void message.error("文件超过 20 MB，无法导入。");
      return;
    }
    setPercent(0);
    try {
      const result = await documentsApi.importUnitFacts(roundId, unitId, file, setPercent);
      void message.success(
        `导入完成：更新 ${result.changedItems.length} 项，未变 ${result.unchangedItems} 项` +
          (result.missing.length > 0 ? `，尚缺必填数据 ${result.missing.length} 项` : ""),
      );
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
          path={documentsApi.unitTemplatePath(roundId, unitId)}
          label="下载填报模板(Excel)"
          fallbackName="填报模板.xlsx"
        />
        {canImport && (
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => (void upload(file), false)}
          >
            <Button icon={<UploadOutlined />} loading={percent !== undefined}>
              导入填报数据
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
