/** A button that downloads one document with the session cookie and reports failures in Chinese. */
import { DownloadOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import { downloadDocument } from "./download";

/** Downloads `path`, saved under the server's file name (or `fallbackName`). */
export function DownloadButton({
  path,
  label,
  fallbackName,
  testId,
}: {
  path: string;
  label: string;
  fallbackName: string;
  testId?: string;
}) {
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const run = async () => {
    setBusy(true);
    try {
      await downloadDocument(path, fallbackName);
    } catch (error) {
      showApiError(error, message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
