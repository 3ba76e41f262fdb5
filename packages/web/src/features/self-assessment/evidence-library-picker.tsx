/**
 * 从已有材料选择: the unit's material library (files it attached in this round or earlier ones),
 * searched by name, item or year; choosing one attaches the same stored file to this item without
 * uploading it again.
 */
import type { EvidenceLibraryEntry } from "@kaoping/server/contract";
import { App, Button, Input, InputNumber, Modal, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import { useQuery } from "../../api/use-query";
import { selfAssessmentApi } from "../../api/workflow-api";
import { formatSize } from "./evidence-format";

/** The picker of one item's evidence panel. */
export function EvidenceLibraryPicker({
  open,
  roundId,
  unitId,
  itemCode,
  onClose,
  onAttached,
}: {
  open: boolean;
  roundId: string;
  unitId: string;
  itemCode: string;
  onClose: () => void;
  onAttached: () => void;
}) {
  const { message } = App.useApp();
  const [q, setQ] = useState("");
  const [year, setYear] = useState<number | null>(null);
  const [busy, setBusy] = useState<string>();
  const library = useQuery(
    (signal) =>
      open
        ? selfAssessmentApi.evidenceLibrary(
            roundId,
            unitId,
            { q: q.trim() || undefined, ...(year === null ? {} : { year }) },
            signal,
          )
        : Promise.resolve(undefined),
    [open, roundId, unitId, q, year],
  );
  const alreadyHere = (entry: EvidenceLibraryEntry) =>
    entry.uses.some((use) => use.roundId === roundId && use.itemCode === itemCode);
  const choose = async (entry: EvidenceLibraryEntry) => {
    setBusy(entry.evidenceId);
    try {
      await selfAssessmentApi.attachFromLibrary(roundId, unitId, itemCode, entry.evidenceId);
      void message.success(`已添加“${entry.originalName}”，无需重新上传`);
      onAttached();
      library.reload();
    } catch (error) {
      showApiError(error, message);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Modal
      open={open}
      title={`从已有材料选择（评分项 ${itemCode}）`}
      onCancel={onClose}
      footer={<Button onClick={onClose}>关闭</Button>}
      width={880}
      destroyOnHidden
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="按文件名、评分项编号或名称查找"
          style={{ width: 320 }}
          maxLength={100}
          onSearch={setQ}
          aria-label="查找材料"
        />
        <InputNumber
          placeholder="年度"
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(value) => setYear(value)}
          aria-label="年度"
          style={{ width: 110 }}
        />
        <Typography.Text type="secondary">
          材料库只包含本单位上传过的文件；选用后与原文件为同一份，不占用新的存储。
        </Typography.Text>
      </Space>
      {library.data?.truncated === true && (
        <Typography.Paragraph type="warning">
          材料较多，只列出最近的部分，请用名称或年度缩小范围。
        </Typography.Paragraph>
      )}
      <Table<EvidenceLibraryEntry>
        size="small"
        rowKey="sha256"
        loading={library.isLoading}
        dataSource={library.data?.entries ?? []}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        locale={{ emptyText: "没有找到材料" }}
        columns={[
          {
            title: "文件名",
            dataIndex: "originalName",
            render: (name: string, entry) => (
              <Space direction="vertical" size={0}>
                <span>{name}</span>
                <Typography.Text type="secondary">{formatSize(entry.size)}</Typography.Text>
              </Space>
            ),
          },
          {
            title: "已用于",
            key: "uses",
            render: (_, entry) => (
              <Space direction="vertical" size={2}>
                {entry.uses.slice(0, 4).map((use) => (
                  <span key={use.evidenceId}>
                    <Tag>{use.year}年</Tag>
                    {use.itemCode} {use.itemTitle}
                  </span>
                ))}
                {entry.uses.length > 4 && (
                  <Typography.Text type="secondary">等 {entry.uses.length} 处</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: "操作",
            key: "action",
            width: 110,
            render: (_, entry) =>
              alreadyHere(entry) ? (
                <Typography.Text type="secondary">本项已有</Typography.Text>
              ) : (
                <Button
                  size="small"
                  type="primary"
                  loading={busy === entry.evidenceId}
                  onClick={() => void choose(entry)}
                >
                  选用
                </Button>
              ),
          },
        ]}
      />
    </Modal>
  );
}
