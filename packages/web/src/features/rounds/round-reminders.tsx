/**
 * 催报 on the round page (decision 0213): remind the units that have not submitted (all, or the
 * ones ticked in the unit table), with an optional sentence; the record of reminders (read or
 * not) and of the group-bot messages (sent, 重试中（第N次）or failed, every attempt with its reason;
 * decision 0258).
 */
import {
  deliveryStateText,
  noticeLimits,
  type RoundRemindersResponse,
} from "@kaoping/server/contract";
import { App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import type { RoundDetail } from "../../api/workflow-api";
import { formatDateTime } from "../../lib/dates";
import { roundAdminApi } from "./round-admin-api";

const stateColors = {
  queued: "default",
  running: "processing",
  retrying: "warning",
  sent: "success",
  failed: "error",
};

type Delivery = RoundRemindersResponse["deliveries"][number];

/** The reason column: every failed attempt with its time, and when the next one is due. */
function attemptsText(d: Delivery): string {
  const lines = d.attemptLog
    .filter((a) => !a.sent)
    .map((a) => `第${a.attempt}次（${formatDateTime(a.at)}）：${a.error ?? "发送失败"}`);
  if (lines.length === 0 && d.error !== null) lines.push(d.error);
  if (d.nextAttemptAt !== null) lines.push(`将于 ${formatDateTime(d.nextAttemptAt)} 重试`);
  return lines.join("\n");
}

/** The 催报 button and record of a round in 自评 or 审核. */
export function RemindersCard({
  round,
  selectedUnitIds,
  pendingCount,
}: {
  round: RoundDetail;
  selectedUnitIds: string[];
  pendingCount: number;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [tick, setTick] = useState(0);
  const [sending, setSending] = useState(false);
  const { message } = App.useApp();
  const record = useQuery((signal) => roundAdminApi.reminders(round.id, signal), [round.id, tick]);
  const send = async () => {
    setSending(true);
    try {
      const result = await roundAdminApi.remind(round.id, {
        ...(selectedUnitIds.length > 0 ? { unitIds: selectedUnitIds } : {}),
        ...(text.trim() === "" ? {} : { message: text.trim() }),
      });
      void message.success(
        `已向 ${result.reminded} 个单位发出催报${result.webhooksQueued > 0 ? `，${result.webhooksQueued} 条群机器人消息排队发送` : ""}`,
      );
      setOpen(false);
      setText("");
      setTick((t) => t + 1);
      // The bot's answer arrives a moment later.
      if (result.webhooksQueued > 0) setTimeout(() => setTick((t) => t + 1), 3000);
    } catch (error) {
      showApiError(error, message);
    } finally {
      setSending(false);
    }
  };
  const data = record.data;
  return (
    <Card
      title="催报"
      size="small"
      extra={
        <Button type="primary" onClick={() => setOpen(true)} disabled={pendingCount === 0}>
          {selectedUnitIds.length > 0
            ? `催报选中的 ${selectedUnitIds.length} 个单位`
            : `催报全部未提交单位（${pendingCount} 个）`}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        <Table
          rowKey="id"
          size="small"
          loading={record.isLoading}
          dataSource={data?.reminders ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: "尚未催报" }}
          columns={[
            { title: "催报时间", dataIndex: "createdAt", width: 150, render: formatDateTime },
            { title: "单位", dataIndex: "unitName", width: 160 },
            {
              title: "单位是否已读",
              dataIndex: "readAt",
              width: 150,
              render: (v: string | null) =>
                v === null ? <Tag>未读</Tag> : <Tag color="success">已读 {formatDateTime(v)}</Tag>,
            },
            { title: "通知内容", dataIndex: "message" },
          ]}
        />
        {(data?.deliveries.length ?? 0) > 0 && (
          <Table
            rowKey="id"
            size="small"
            dataSource={data?.deliveries ?? []}
            pagination={{ pageSize: 5, hideOnSinglePage: true }}
            title={() => "群机器人消息"}
            columns={[
              { title: "时间", dataIndex: "createdAt", width: 150, render: formatDateTime },
              { title: "机构", dataIndex: "organisationName", width: 160 },
              {
                title: "发送结果",
                dataIndex: "state",
                width: 170,
                render: (_: unknown, d: Delivery) => (
                  <Tag color={stateColors[d.state]}>{deliveryStateText(d)}</Tag>
                ),
              },
              {
                title: "原因",
                key: "reason",
                render: (_: unknown, d: Delivery) => (
                  <span style={{ whiteSpace: "pre-line" }}>{attemptsText(d)}</span>
                ),
              },
            ]}
          />
        )}
      </Space>
      <Modal
        open={open}
        title="催报"
        onCancel={() => setOpen(false)}
        onOk={() => void send()}
        okText="发送催报"
        confirmLoading={sending}
      >
        <Typography.Paragraph>
          {selectedUnitIds.length > 0
            ? `将向选中的 ${selectedUnitIds.length} 个单位发出催报。`
            : `将向全部 ${pendingCount} 个尚未提交自评的单位发出催报。`}
          单位登录后在首页看到通知；设置了群机器人的机构同时收到群消息。
        </Typography.Paragraph>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="补充说明（可选），如：请于本周五前完成"
          maxLength={noticeLimits.message.max}
          autoSize={{ minRows: 2 }}
          aria-label="催报补充说明"
        />
      </Modal>
    </Card>
  );
}
