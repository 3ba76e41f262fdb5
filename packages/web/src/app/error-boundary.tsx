/** Catches a page that fails to render or to load its code, shows why in Chinese, and offers a retry. */
import { Button, Result } from "antd";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { parseApiError } from "../api/errors";

interface State {
  error: unknown;
  hasError: boolean;
}

/** The error boundary around each page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined, hasError: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("页面出错", error, info.componentStack);
  }

  override render() {
    if (!this.state.hasError) return this.props.children;
    const isChunk =
      this.state.error instanceof Error &&
      /dynamically imported module|Importing a module script/i.test(this.state.error.message);
    const text = isChunk
      ? "页面代码加载失败（可能系统已更新或网络中断）。"
      : parseApiError(this.state.error).message;
    return (
      <Result
        status="error"
        title="页面加载失败"
        subTitle={text}
        extra={[
          <Button
            key="retry"
            type="primary"
            onClick={() =>
              isChunk
                ? window.location.reload()
                : this.setState({ error: undefined, hasError: false })
            }
          >
            重试
          </Button>,
          <Button key="home" onClick={() => window.location.assign("/")}>
            返回首页
          </Button>,
        ]}
      />
    );
  }
}
