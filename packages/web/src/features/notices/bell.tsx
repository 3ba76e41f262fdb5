/**
 * The bell in the header (decision 0213): the caller's own to-dos in his active role, counted
 * by the server (to fill in, to review, to rate, appeals to answer, units to remind, deadlines
 * within 3 days, unread reminders); refreshed every minute, on a role switch and when asked.
 */
import { BellOutlined } from "@ant-design/icons";
import type { Todo } from "@kaoping/server/contract";
import { Badge, Button, Empty, List, Popover, Typography } from "antd";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useQuery } from "../../api/use-query";
import { useSession } from "../auth/session-context";
import { onBellRefresh } from "./bell-refresh";
import { noticesApi } from "./notices-api";

function describe(todo: Todo): string {
  const where = todo.roundTitle === null ? "" : `「${todo.roundTitle}」`;
  if (todo.kind === "deadline") return `${where}${todo.label}`;
  if (todo.kind === "fill") return `${where}${todo.label}`;
  return `${where}${todo.label} ${todo.count} ${todo.kind === "appeal" ? "件" : todo.kind === "notice" ? "条" : "个"}`;
}

/** The bell and its list. */
export function Bell() {
  const session = useSession();
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const role = session.activeRole?.id ?? "";
  const todos = useQuery((signal) => noticesApi.todos(signal), [role, tick]);
  useEffect(() => onBellRefresh(() => setTick((t) => t + 1)), []);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  const total = todos.data?.total ?? 0;
  const content = (
    <div style={{ width: 360, maxHeight: 420, overflowY: "auto" }} data-testid="bell-list">
      {(todos.data?.items.length ?? 0) === 0 ? (
        <Empty description="暂无待办" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={todos.data?.items ?? []}
          renderItem={(todo) => (
            <List.Item
              style={{ cursor: "pointer" }}
              onClick={() => {
                setOpen(false);
                void navigate(todo.path);
              }}
            >
              <Typography.Text type={todo.kind === "deadline" ? "warning" : undefined}>
                {describe(todo)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
  return (
    <Popover
      content={content}
      title="我的待办"
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setTick((t) => t + 1);
      }}
    >
      <Button
        type="text"
        aria-label={total > 0 ? `我的待办，${total} 项` : "我的待办"}
        data-testid="bell"
      >
        <Badge count={total} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
