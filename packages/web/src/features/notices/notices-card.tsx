/**
 * 通知 on a unit's home page (decision 0213): the reminders (催报) its administrator sent, newest
 * first, unread ones marked; 标为已读 one by one.
 */
import { App, Badge, Button, Card, List, Space, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { formatDateTime } from "../../lib/dates";
import { noticesApi } from "./notices-api";
import { refreshBell } from "./bell-refresh";

/** The unit's notices. */
export function NoticesCard() {
  const notices = useQuery((signal) => noticesApi.list(signal), []);
  const { message } = App.useApp();
  const unread = (notices.data ?? []).filter((n) => !n.read).length;
  const markRead = async (id: string) => {
    try {
      await noticesApi.read(id);
      notices.reload();
      refreshBell();
    } catch (error) {
      showApiError(error, message);
    }
  };
  return (
    <Card
      title={
        <Space>
          通知
          {unread > 0 && <Badge count={unread} aria-label={`${unread} 条未读`} />}
        </Space>
      }
      loading={notices.isLoading}
      data-testid="notices"
    >
      <List
        dataSource={notices.data ?? []}
        locale={{ emptyText: "暂无通知" }}
        renderItem={(n) => (
          <List.Item
            actions={[
              <Link key="go" to={`/self-assessment/${n.roundId}`}>
                去填报
              </Link>,
              ...(n.read
                ? []
                : [
                    <Button key="read" size="small" onClick={() => void markRead(n.id)}>
                      标为已读
                    </Button>,
                  ]),
            ]}
          >
            <List.Item.Meta
              title={
                <Space>
                  {n.read ? <Tag>已读</Tag> : <Tag color="red">未读</Tag>}
                  <Typography.Text strong={!n.read}>催报 · {n.roundTitle}</Typography.Text>
                </Space>
              }
              description={
                <Space direction="vertical" size={2}>
                  <span>{n.message}</span>
                  <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
