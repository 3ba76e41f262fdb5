/**
 * Inline preview of an evidence image or PDF, fetched as a blob so the download's attachment
 * header does not get in the way. The same preview for the unit (自评) and the reviewer (审核):
 * the download route's check on the server decides whether the caller may read the file.
 */
import { Modal, Typography } from "antd";
import { useEffect, useState } from "react";
import { selfAssessmentApi } from "../../api/workflow-api";

/** What the preview needs of a file. */
export interface PreviewFile {
  id: string;
  name: string;
  contentType: string;
}

/** The preview dialog; closed while `file` is undefined. */
export function EvidencePreview({
  file,
  onClose,
}: {
  file: PreviewFile | undefined;
  onClose: () => void;
}) {
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (file === undefined) return;
    let revoked: string | undefined;
    setUrl(undefined);
    setError(undefined);
    fetch(selfAssessmentApi.evidenceDownloadUrl(file.id), { credentials: "same-origin" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = new Blob([await response.arrayBuffer()], { type: file.contentType });
        revoked = URL.createObjectURL(blob);
        setUrl(revoked);
      })
      .catch(() => setError("预览失败：文件无法读取，请下载后查看。"));
    return () => {
      if (revoked !== undefined) URL.revokeObjectURL(revoked);
    };
  }, [file]);
  const name = file?.name ?? "";
  return (
    <Modal open={file !== undefined} title={name} onCancel={onClose} footer={null} width={900}>
      {error !== undefined && <Typography.Text type="danger">{error}</Typography.Text>}
      {url !== undefined && file?.contentType.startsWith("image/") && (
        <img src={url} alt={name} style={{ maxWidth: "100%" }} />
      )}
      {url !== undefined && file?.contentType === "application/pdf" && (
        <iframe src={url} title={name} style={{ width: "100%", height: "70vh", border: 0 }} />
      )}
    </Modal>
  );
}
