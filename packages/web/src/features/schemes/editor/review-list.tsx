/**
 * 导入复核: every imported item with its source text (recognised parts marked, clauses the rule
 * does not use highlighted), the rule as it now stands read back as a sentence, the import's
 * confidence, and 确认 / 修改 — 修改 opens the item in the editor.
 */
import { explainRule, lookupFactsOf, type SchemeDocument } from "@kaoping/engine";
import { Alert, Button, Space, Table, Tag, Tooltip } from "antd";
import {
  levelOf,
  piecesOf,
  unconfirmed,
  type ImportNotes,
  type ImportReview,
  type ReviewProposal,
} from "./import-review";
import type { DocItem, ItemPath } from "./scheme-tree";

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

function SourceText({ p }: { p: ReviewProposal }) {
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

/** The import's account of the whole document: items by confidence, columns not used, warnings. */
export function ImportNotesAlert({ notes }: { notes: ImportNotes | undefined }) {
  if (notes === undefined) return null;
  const problems = notes.warnings.length;
  return (
    <Alert
      type={problems > 0 || notes.low > 0 ? "warning" : "info"}
      showIcon
      data-testid="import-notes"
      title={`读取结果：共 ${notes.items} 项计分规则，把握高 ${notes.high} 项、中 ${notes.medium} 项、低 ${notes.low} 项${notes.unusedColumns.length > 0 ? `；未使用的列：${notes.unusedColumns.map((c) => `“${c}”`).join("、")}` : ""}${problems > 0 ? `；另有 ${problems} 条提示，请逐条核对` : ""}。`}
      description={
        problems > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {[...new Set(notes.warnings)].map((w) => (
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
  onChange,
  onEdit,
}: {
  doc: SchemeDocument;
  review: ImportReview;
  onChange: (review: ImportReview) => void;
  onEdit: (path: ItemPath) => void;
}) {
  const items = (doc.items as unknown as DocItem[] | undefined) ?? [];
  const lookup = lookupFactsOf(items);
  const open = unconfirmed(review);
  const confirmed = new Set(review.confirmed);
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
      explainRule(
        item.rule,
        { code, max: String(item.max ?? ""), facts: (item.facts as unknown[] | undefined) ?? [] },
        lookup,
      ) ?? "（规则参数尚未填写完整）"
    );
  };
  const toggle = (code: string, on: boolean) =>
    onChange({
      ...review,
      confirmed: on ? [...review.confirmed, code] : review.confirmed.filter((c) => c !== code),
    });
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <ImportNotesAlert notes={review.summary} />
      <Alert
        type={open.all.length === 0 ? "success" : open.low.length > 0 ? "warning" : "info"}
        showIcon
        data-testid="review-summary"
        title={
          open.all.length === 0
            ? `导入的 ${review.proposals.length} 项规则已全部确认，可以发布。`
            : `导入的 ${review.proposals.length} 项中还有 ${open.all.length} 项未确认${open.low.length > 0 ? `（其中把握低的 ${open.low.length} 项）` : ""}。请逐项对照细则原文和“按此规则计分”，无误后点“确认”，有误点“修改”。`
        }
      />
      <Table<ReviewProposal>
        rowKey="code"
        size="small"
        bordered
        pagination={false}
        dataSource={review.proposals}
        data-testid="review-list"
        rowClassName={(p) => (confirmed.has(p.code) ? "review-confirmed" : "")}
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
              const level = levels[levelOf(p)];
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
            title: "操作",
            key: "actions",
            width: 150,
            render: (_: unknown, p) => (
              <Space size={4}>
                {confirmed.has(p.code) ? (
                  <Button size="small" onClick={() => toggle(p.code, false)}>
                    已确认（撤销）
                  </Button>
                ) : (
                  <Button size="small" type="primary" onClick={() => toggle(p.code, true)}>
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
