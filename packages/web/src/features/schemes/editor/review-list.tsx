/**
 * 导入复核: every imported item with its source text (recognised parts marked, clauses the rule
 * does not use highlighted), the rule as it now stands read back as a sentence, the import's
 * confidence, who confirmed it and when, and 确认 / 修改 — 修改 opens the item in the editor.
 * The marks are the server's (decision 0200): 确认 records the rule of the saved draft.
 */
import type { SchemeDocument } from "@kaoping/engine";
import { Alert, Button, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { piecesOf, type ImportNotes, type ImportReview, type ReviewItem } from "./import-review";
import type { DocItem, ItemPath } from "./scheme-tree";
import { itemSentence } from "./rule-sentence";

const partNames: Record<string, string> = {
  condition: "扣分条件",
  unit: "计量单位",
  action: "扣加分",
  levels: "按级别",
  limit: "扣完为止",
  highest: "就高",
  subject: "事项",
  threshold: "门槛",
  discretion: "酌情",
  veto: "否决",
  gate: "否决条件",
  points: "分值",
};

const levels = {
  high: { name: "高", color: "green" },
  medium: { name: "中", color: "orange" },
  low: { name: "低", color: "red" },
} as const;

/** The path of the item with this code, if any. */
export function pathOfCode(
  items: readonly DocItem[],
  code: string,
  parent: ItemPath = [],
): ItemPath | undefined {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as DocItem;
    if (String(item.code) === code) return [...parent, i];
    const inner = pathOfCode(item.children ?? [], code, [...parent, i]);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** "12月6日 11:30" of an ISO timestamp, in the browser's time zone. */
function whenOf(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function SourceText({ p }: { p: ReviewItem }) {
  if (p.reading === undefined) return <span className="source-text">{p.phrase}</span>;
  return (
    <span className="source-text">
      {piecesOf(p.reading).map((piece, i) => {
        if (piece.unused)
          return (
            <Tooltip key={i} title="计分规则没有用到这一句，请核对">
              <mark className="unused">{piece.text}</mark>
            </Tooltip>
          );
        if (piece.part !== undefined)
          return (
            <Tooltip key={i} title={`已识别：${partNames[piece.part] ?? "计分要素"}`}>
              <mark className="part">{piece.text}</mark>
            </Tooltip>
          );
        return <span key={i}>{piece.text}</span>;
      })}
    </span>
  );
}

/** The import's account of the whole document: items by confidence, columns not used or ignored, warnings. */
export function ImportNotesAlert({ notes }: { notes: ImportNotes | undefined }) {
  if (notes === undefined) return null;
  // Unused columns are named in the title; the list keeps the other warnings.
  const warnings = [...new Set(notes.warnings)].filter((w) => !w.startsWith("未使用的列"));
  // Notes kept as the scheme's 说明 (decision 0335) are told, not a problem to check.
  const problems = warnings.filter((w) => !w.startsWith("已作为方案说明保留")).length;
  const ignored = notes.ignoredColumns ?? [];
  return (
    <Alert
      type={problems > 0 || notes.low > 0 ? "warning" : "info"}
      showIcon
      data-testid="import-notes"
      title={`读取结果：共 ${notes.items} 项计分规则，把握高 ${notes.high} 项、中 ${notes.medium} 项、低 ${notes.low} 项${notes.unusedColumns.length > 0 ? `；未使用的列：${notes.unusedColumns.map((c) => `“${c}”`).join("、")}` : ""}${ignored.length > 0 ? `；已忽略的列（只作说明，不参与计分）：${ignored.map((c) => `“${c}”`).join("、")}` : ""}${problems > 0 ? `；另有 ${problems} 条提示，请逐条核对` : ""}。`}
      description={
        warnings.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** The review list. */
export function ReviewList({
  doc,
  review,
  dirty,
  onConfirm,
  onEdit,
}: {
  doc: SchemeDocument;
  review: ImportReview;
  /** Unsaved changes: 确认 confirms the saved draft, so it waits for a save. */
  dirty: boolean;
  onConfirm: (code: string, confirmed: boolean) => Promise<void>;
  onEdit: (path: ItemPath) => void;
}) {
  const [busy, setBusy] = useState<string | undefined>();
  const items = (doc.items as unknown as DocItem[] | undefined) ?? [];
  const low = review.unconfirmedLow.length;
  const sentenceOf = (code: string) => {
    const path = pathOfCode(items, code);
    let item: DocItem | undefined;
    let list = items;
    for (const i of path ?? []) {
      item = list[i];
      list = item?.children ?? [];
    }
    if (item === undefined) return "（此项已删除）";
    return (
      itemSentence(doc, { ...item, code } as Record<string, unknown>) ?? "（规则参数尚未填写完整）"
    );
  };
  const toggle = async (code: string, on: boolean) => {
    setBusy(code);
    try {
      await onConfirm(code, on);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <ImportNotesAlert notes={review.summary ?? undefined} />
      <Alert
        type={review.unconfirmed === 0 ? "success" : low > 0 ? "warning" : "info"}
        showIcon
        data-testid="review-summary"
        title={
          review.unconfirmed === 0
            ? `导入的 ${review.items.length} 项规则已全部确认，可以发布。`
            : `导入的 ${review.items.length} 项中还有 ${review.unconfirmed} 项未确认${low > 0 ? `（其中把握低的 ${low} 项）` : ""}。请逐项对照细则原文和“按此规则计分”，无误后点“确认”，有误点“修改”。确认记录在服务器上，其他考核管理员也能看到；确认后再改动该项规则，确认即失效。`
        }
      />
      {dirty && (
        <Alert
          type="warning"
          showIcon
          title="有未保存的修改：请先保存草稿再确认，确认针对的是已保存的规则。"
        />
      )}
      <Table<ReviewItem>
        rowKey="code"
        size="small"
        bordered
        pagination={false}
        dataSource={review.items}
        data-testid="review-list"
        rowClassName={(p) => (p.confirmation !== null ? "review-confirmed" : "")}
        columns={[
          { title: "编号", dataIndex: "code", width: 64 },
          { title: "项目", dataIndex: "title", width: 160 },
          {
            title: "细则原文",
            key: "source",
            render: (_: unknown, p) => (
              <>
                <SourceText p={p} />
                {(p.reading?.warnings ?? []).map((w) => (
                  <div key={w} className="fact-error">
                    {w}
                  </div>
                ))}
              </>
            ),
          },
          { title: "按此规则计分", key: "sentence", render: (_: unknown, p) => sentenceOf(p.code) },
          {
            title: "把握",
            key: "confidence",
            width: 80,
            align: "center",
            render: (_: unknown, p) => {
              const level = levels[p.level];
              return (
                <Tooltip title={p.explanation}>
                  <Tag color={level.color}>
                    {level.name} {Math.round(p.confidence * 100)}%
                  </Tag>
                </Tooltip>
              );
            },
          },
          {
            title: "确认情况",
            key: "confirmation",
            width: 130,
            render: (_: unknown, p) =>
              p.confirmation === null ? (
                <Typography.Text type="secondary">未确认</Typography.Text>
              ) : (
                <span data-testid="confirmed-by">
                  {p.confirmation.byName}
                  <br />
                  <Typography.Text type="secondary">{whenOf(p.confirmation.at)}</Typography.Text>
                </span>
              ),
          },
          {
            title: "操作",
            key: "actions",
            width: 150,
            render: (_: unknown, p) => (
              <Space size={4}>
                {p.confirmation !== null ? (
                  <Button
                    size="small"
                    loading={busy === p.code}
                    disabled={dirty}
                    onClick={() => void toggle(p.code, false)}
                  >
                    撤销确认
                  </Button>
                ) : (
                  <Button
                    size="small"
                    type="primary"
                    loading={busy === p.code}
                    disabled={dirty}
                    onClick={() => void toggle(p.code, true)}
                  >
                    确认
                  </Button>
                )}
                <Button
                  size="small"
                  disabled={pathOfCode(items, p.code) === undefined}
                  onClick={() => {
                    const path = pathOfCode(items, p.code);
                    if (path !== undefined) onEdit(path);
                  }}
                >
                  修改
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
