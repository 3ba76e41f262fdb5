/** What a screen shows when its data did not load: the API's Chinese message and a retry button. */
import { Alert, Button } from "antd";
import { parseApiError } from "../api/errors";

/** A failed load with retry. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const parsed = parseApiError(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title="数据加载失败"
      description={parsed.message}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
