/**
 * 佐证材料 of one item: upload with progress, 从已有材料选择 (attach a file uploaded before without
 * uploading it again), inline preview of images and PDFs (fetched as a blob so the download's
 * attachment header does not get in the way), delete while editable.
 */
import {
  DeleteOutlined,
  EyeOutlined,
  FolderOpenOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from "@ant-design/icons";
import { App, Button, List, Progress, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import { uploadFiles } from "../../api/upload";
import { selfAssessmentApi, type EvidenceFile } from "../../api/workflow-api";
import { formatDateTime } from "../../lib/dates";
import { EvidenceLibraryPicker } from "./evidence-library-picker";
import { EvidencePreview } from "./evidence-preview";
import { formatSize, isPreviewable } from "./evidence-format";

/** The evidence of one item. */
export function EvidencePanel({
  roundId,
  unitId,
  itemCode,
  files,
  editable,
  onChanged,
}: {
  roundId: string;
  unitId: string;
  itemCode: string;
  files: EvidenceFile[];
  editable: boolean;
  onChanged: () => void;
}) {
  const [progress, setProgress] = useState<number>();
  const [preview, setPreview] = useState<EvidenceFile>();
  const [picking, setPicking] = useState(false);
  const { message } = App.useApp();
  const remove = async (file: EvidenceFile) => {
    try {
      await selfAssessmentApi.deleteEvidence(file.id);
      onChanged();
    } catch (error) {
      showApiError(error, message);
    }
  };
  return (
    <div className="evidence-panel" data-testid={`evidence-${itemCode}`}>
      <Space align="center" wrap>
        <Typography.Text type="secondary">
          <PaperClipOutlined /> 佐证材料（{files.length}）
        </Typography.Text>
        {editable && (
          <Upload
            multiple
            showUploadList={false}
            customRequest={({ file }) => {
              setProgress(0);
              uploadFiles(
                selfAssessmentApi.evidenceUploadUrl(roundId, unitId, itemCode),
                [file as File],
                setProgress,
              ).then(
                () => {
                  setProgress(undefined);
                  void message.success("已上传");
                  onChanged();
                },
                (error: unknown) => {
                  setProgress(undefined);
                  showApiError(error, message);
                },
              );
            }}
          >
            <Button size="small" icon={<UploadOutlined />}>
              上传
            </Button>
          </Upload>
        )}
        {editable && (
          <Button size="small" icon={<FolderOpenOutlined />} onClick={() => setPicking(true)}>
            从已有材料选择
          </Button>
        )}
        {progress !== undefined && (
          <Progress percent={progress} size="small" style={{ width: 160 }} />
        )}
      </Space>
      {files.length > 0 && (
        <List
          size="small"
          dataSource={files}
          renderItem={(file) => (
            <List.Item
              actions={[
                isPreviewable(file.contentType) ? (
                  <a key="view" onClick={() => setPreview(file)}>
                    <EyeOutlined /> 预览
                  </a>
                ) : null,
                <a key="download" href={selfAssessmentApi.evidenceDownloadUrl(file.id)}>
                  下载
                </a>,
                editable ? (
                  <a key="delete" onClick={() => void remove(file)} aria-label="删除">
                    <DeleteOutlined />
                  </a>
                ) : null,
              ].filter((a) => a !== null)}
            >
              {file.originalName ?? file.name}{" "}
              <Typography.Text type="secondary">
                {formatSize(file.size)} · {formatDateTime(file.uploadedAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
      <EvidencePreview
        file={
          preview === undefined
            ? undefined
            : {
                id: preview.id,
                name: preview.originalName ?? preview.name ?? "",
                contentType: preview.contentType,
              }
        }
        onClose={() => setPreview(undefined)}
      />
      {editable && (
        <EvidenceLibraryPicker
          open={picking}
          roundId={roundId}
          unitId={unitId}
          itemCode={itemCode}
          onClose={() => setPicking(false)}
          onAttached={onChanged}
        />
      )}
    </div>
  );
}
