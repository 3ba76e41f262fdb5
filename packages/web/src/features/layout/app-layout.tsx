/**
 * The frame of every page after login: the menu of the active role, the header with the user's
 * organisation, the role switcher and the user menu (password, logout), breadcrumbs, and an
 * error boundary around the page so a failure never blanks the whole app.
 */
import { DownOutlined, LogoutOutlined, KeyOutlined, UserOutlined } from "@ant-design/icons";
import { roleLabels } from "@kaoping/server/contract";
import { Breadcrumb, Dropdown, Layout, Menu, Space, Typography } from "antd";
import { Suspense } from "react";
import { Link, Outlet, useLocation, useNavigate } from "react-router-dom";
import { ErrorBoundary } from "../../app/error-boundary";
import { PageLoading } from "../../app/page-loading";
import { Bell } from "../notices/bell";
import { useSession, useSessionContext } from "../auth/session-context";
import { breadcrumbsOf, navEntriesFor, navGroupTitles, type NavEntry } from "./navigation";
import { PageTitleProvider, usePageTitleValue } from "./page-title";
import { RoleSwitcher } from "./role-switcher";
import { useSystemName } from "./system-name";
import "./layout.css";

function menuItems(entries: NavEntry[]) {
  const groups = (["work", "results", "tools", "admin"] as const)
    .map((group) => ({ group, entries: entries.filter((e) => e.group === group) }))
    .filter((g) => g.entries.length > 0);
  return [
    { key: "/", label: <Link to="/">首页</Link> },
    ...groups.map((g) => ({
      type: "group" as const,
      key: g.group,
      label: navGroupTitles[g.group],
      children: g.entries.map((e) => ({ key: e.path, label: <Link to={e.path}>{e.title}</Link> })),
    })),
  ];
}

function Breadcrumbs() {
  const location = useLocation();
  const detail = usePageTitleValue();
  const trail = breadcrumbsOf(location.pathname, detail);
  return (
    <Breadcrumb
      className="app-breadcrumb"
      items={trail.map((crumb, index) => ({
        title:
          index === trail.length - 1 ? crumb.title : <Link to={crumb.path}>{crumb.title}</Link>,
      }))}
    />
  );
}

/** The layout around every authenticated page. */
export function AppLayout() {
  const session = useSession();
  const { logout } = useSessionContext();
  const location = useLocation();
  const navigate = useNavigate();
  const entries = navEntriesFor(session.activeRole?.role);
  const selected = [...entries]
    .sort((a, b) => b.path.length - a.path.length)
    .find((e) => location.pathname.startsWith(e.path));
  const active = session.activeRole;
  const systemName = useSystemName();
  return (
    <PageTitleProvider>
      <Layout className="app-layout">
        <Layout.Sider
          width={208}
          breakpoint="lg"
          collapsedWidth={0}
          className="app-sider"
          theme="light"
        >
          <Link to="/" className="app-logo">
            考评
          </Link>
          <Menu mode="inline" selectedKeys={[selected?.path ?? "/"]} items={menuItems(entries)} />
        </Layout.Sider>
        <Layout>
          <Layout.Header className="app-header">
            <Space size="middle">
              <Typography.Text strong className="app-system-name" data-testid="system-name">
                {systemName}
              </Typography.Text>
              <Typography.Text className="app-org" data-testid="current-organisation">
                {active?.organisationName ?? "（无角色）"}
              </Typography.Text>
            </Space>
            <Space size="middle">
              {active !== null && <Bell />}
              <RoleSwitcher />
              {session.roles.length < 2 && active !== null && (
                <Typography.Text type="secondary">{roleLabels[active.role]}</Typography.Text>
              )}
              <Dropdown
                menu={{
                  items: [
                    {
                      key: "password",
                      icon: <KeyOutlined />,
                      label: "修改密码",
                      onClick: () => navigate("/account/password"),
                    },
                    {
                      key: "logout",
                      icon: <LogoutOutlined />,
                      label: "退出登录",
                      onClick: () => void logout().then(() => navigate("/login")),
                    },
                  ],
                }}
              >
                <a onClick={(e) => e.preventDefault()} data-testid="user-menu">
                  <Space>
                    <UserOutlined />
                    {session.user.displayName}
                    <DownOutlined />
                  </Space>
                </a>
              </Dropdown>
            </Space>
          </Layout.Header>
          <Layout.Content className="app-content">
            <Breadcrumbs />
            <ErrorBoundary key={location.pathname}>
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </Layout.Content>
        </Layout>
      </Layout>
    </PageTitleProvider>
  );
}
