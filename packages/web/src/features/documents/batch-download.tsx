/**
 * 批量下载: starts a batch job (every unit's score sheet or report as one .zip), shows its
 * progress while the server builds it, then downloads the .zip.
 */
import { FileZipOutlined } from "@ant-design/icons";
import type { DocumentJob } from "@kaoping/server/contract";
import { App, Button, Modal, Progress, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { showApiError } from "../../api/errors";
import { documentsApi } from "./documents-api";
import { downloadDocument } from "./download";

/** How often a running job is polled. */
const pollMs = 1000;

/** The percentage a job has reached (0 with nothing to do yet). */
export function jobPercent(job: Pick<DocumentJob, "done" | "total" | "state">): number {
  if (job.state === "done") return 100;
  return job.total <= 0 ? 0 : Math.min(99, Math.floor((job.done / job.total) * 100));
}

/** One batch button: 批量下载评分表 or 批量下载自评报告. */
export function BatchDownloadButton({
  roundId,
  kind,
  label,
}: {
  roundId: string;
  kind: DocumentJob["kind"];
  label: string;
}) {
  const [job, setJob] = useState<DocumentJob | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const cancelled = useRef(false);
  const { message } = App.useApp();
  useEffect(() => () => void (cancelled.current = true), []);
  const run = async () => {
    cancelled.current = false;
    setFailed(undefined);
    try {
      let current = await documentsApi.startBatch(roundId, kind);
      setJob(current);
      while (current.state === "running") {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        if (cancelled.current) return;
        current = await documentsApi.job(current.id);
        setJob(current);
      }
      if (current.state === "failed") {
        setFailed(current.error ?? "生成失败，请稍后重试。");
        return;
      }
      await downloadDocument(documentsApi.jobDownloadPath(current.id), current.fileName);
      setJob(undefined);
    } catch (error) {
      setJob(undefined);
      showApiError(error, message);
    }
  };
  const close = () => {
    cancelled.current = true;
    setJob(undefined);
    setFailed(undefined);
  };
  return (
    <>
      <Button
        icon={<FileZipOutlined />}
        loading={job !== undefined && failed === undefined}
        onClick={() => void run()}
      >
        {label}
      </Button>
      <Modal
        open={job !== undefined}
        title={label}
        footer={null}
        onCancel={close}
        maskClosable={false}
        destroyOnHidden
      >
        {job !== undefined && (
          <>
            <Progress
              percent={jobPercent(job)}
              status={
                failed !== undefined ? "exception" : job.state === "done" ? "success" : "active"
              }
              data-testid="batch-progress"
            />
            <Typography.Paragraph type={failed !== undefined ? "danger" : "secondary"}>
              {failed ??
                (job.state === "done"
                  ? "已生成，正在下载…"
                  : `正在生成：${job.done}/${job.total} 个单位（关闭窗口即停止等待）`)}
            </Typography.Paragraph>
          </>
        )}
      </Modal>
    </>
  );
}
