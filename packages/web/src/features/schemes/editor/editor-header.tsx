/**
 * The scheme editor's header (方案编辑): the title, the published version, the validation state,
 * 保存草稿, the release note and 发布新版本, the unconfirmed import count, the latest version's
 * export, the problems that belong to no item, and the engine's warnings (a fact no rule reads),
 * which the publish confirmation repeats.
 */
import { workflowLimits } from "@kaoping/server/contract";
import { Alert, Button, Card, Input, Popconfirm, Space, Tag, Typography } from "antd";
import type { SchemeDetail } from "../../../api/workflow-api";
import { DownloadButton } from "../../documents/download-button";
import type { ImportReview } from "./import-review";

/** The header card; saving and publishing are the editor's. */
export function EditorHeader({
  scheme,
  title,
  valid,
  problemCount,
  otherProblems,
  warnings,
  dirty,
  busy,
  note,
  review,
  onNote,
  onSave,
  onPublish,
}: {
  scheme: SchemeDetail;
  /** The draft's title. */
  title: string;
  /** Whether the engine validates the draft; else how many problems it found. */
  valid: boolean;
  problemCount: number;
  /** Problems located at no item, shown as they are. */
  otherProblems: readonly { path: string; message: string }[];
  /** The engine's warnings about a valid draft: saving and publishing stay open. */
  warnings: readonly string[];
  dirty: boolean;
  busy: boolean;
  note: string;
  review: ImportReview | undefined;
  onNote: (note: string) => void;
  onSave: () => void;
  onPublish: () => void;
}) {
  // The published version the 导出 button downloads: the latest one (none before the first publish).
  const latestVersion = scheme.versions.find((v) => v.number === scheme.latestVersionNumber);
  return (
    <Card size="small">
      <Space wrap>
        <Typography.Text strong>{title}</Typography.Text>
        <Tag>
          {scheme.latestVersionNumber === 0 ? "未发布" : `最新第 ${scheme.latestVersionNumber} 版`}
        </Tag>
        {valid ? <Tag color="green">校验通过</Tag> : <Tag color="red">{problemCount} 个问题</Tag>}
        {warnings.length > 0 && <Tag color="orange">{warnings.length} 条提醒</Tag>}
        <Button type="primary" loading={busy} disabled={!dirty || !valid} onClick={onSave}>
          保存草稿
        </Button>
        <Input
          placeholder="发布说明（可选）"
          maxLength={workflowLimits.schemeNote.max}
          value={note}
          onChange={(e) => onNote(e.target.value)}
          style={{ width: 220 }}
        />
        {review !== undefined && review.unconfirmed > 0 && (
          <Tag color="orange" data-testid="unconfirmed-count">
            未确认 {review.unconfirmed} 项
          </Tag>
        )}
        <Popconfirm
          title={
            warnings.length === 0
              ? "发布后该版本不可修改，考核任务可以选用。确认发布？"
              : `方案还有 ${warnings.length} 条提醒（见上方），发布后该版本不可修改，考核任务可以选用。仍要发布？`
          }
          onConfirm={onPublish}
          disabled={dirty || !valid}
        >
          <Button loading={busy} disabled={dirty || !valid}>
            发布新版本
          </Button>
        </Popconfirm>
        {latestVersion !== undefined && (
          <DownloadButton
            path={`/api/scheme-versions/${latestVersion.id}/export`}
            label={`导出第 ${latestVersion.number} 版(JSON)`}
            fallbackName={`${scheme.code}-v${latestVersion.number}.json`}
            testId="scheme-export"
          />
        )}
        {dirty && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
      </Space>
      {otherProblems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={otherProblems.map((p) => `${p.path}：${p.message}`).join("；")}
        />
      )}
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="scheme-warnings"
          style={{ marginTop: 8 }}
          title={`${warnings.length} 条提醒（不影响保存和发布）`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {warnings.map((w, i) => (
                <li key={`${i}-${w}`}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
