/**
 * What a screen shows while its data is on the way (decision 0255): a spinner and the words
 * 正在加载…, never an empty area — on a slow network a page that renders nothing looks broken.
 */
import { Spin } from "antd";

/** The loading state of a page or of the app before the session is known. */
export function PageLoading() {
  return (
    <div className="app-page-loading" role="status" aria-live="polite">
      <Spin />
      <span>正在加载…</span>
    </div>
  );
}
