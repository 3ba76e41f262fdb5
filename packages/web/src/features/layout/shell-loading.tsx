/**
 * The frame of the app while the session is being checked (decision 0255): the sider with the
 * logo, the header with the system name and 正在加载… where the page will be — the same frame
 * AppLayout draws, so a page opened directly never starts as a white screen. The menu needs the
 * session's role and fills in when it arrives.
 */
import { Layout, Typography } from "antd";
import { PageLoading } from "../../app/page-loading";
import { useSystemName } from "./system-name";
import "./layout.css";

/** The empty frame with the loading state. */
export function ShellLoading() {
  const systemName = useSystemName();
  return (
    <Layout className="app-layout" data-testid="shell-loading">
      <Layout.Sider
        width={208}
        breakpoint="lg"
        collapsedWidth={0}
        className="app-sider"
        theme="light"
      >
        <span className="app-logo">考评</span>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text strong className="app-system-name" data-testid="system-name">
            {systemName}
          </Typography.Text>
        </Layout.Header>
        <Layout.Content className="app-content">
          <PageLoading />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
