/**
 * 审核意见 of one item in the review screen: the comments so far (who, when, what) and, for a
 * reviewer who may still act, a box to add one (Ctrl+Enter). The unit reads them per item when
 * its submission is returned. Bounds and messages come from the shared request schema.
 */
import {
  createReviewCommentRequestSchema,
  maskPersonalNumbers,
  reviewLimits,
} from "@kaoping/server/contract";
import { App, Button, Input, Typography } from "antd";
import { useState } from "react";
import { parseApiError } from "../../api/errors";
import { reviewApi, type ReviewItem } from "../../api/review-api";
import { formatDateTime } from "../../lib/dates";

/** One review comment as the API gives it. */
export type ReviewComment = ReviewItem["comments"][number];

/** The first problem of a comment text before it is sent, in Chinese; undefined when valid. */
export function commentProblem(text: string, itemCode?: string): string | undefined {
  const parsed = createReviewCommentRequestSchema.safeParse({
    text,
    ...(itemCode === undefined ? {} : { itemCode }),
  });
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** The list of comments: author, time and text. */
export function CommentList({ comments }: { comments: readonly ReviewComment[] }) {
  if (comments.length === 0) return null;
  return (
    <ul className="review-comments">
      {comments.map((c) => (
        <li key={c.id}>
          <Typography.Text strong>{c.authorName ?? "评审员"}</Typography.Text>
          <Typography.Text type="secondary" className="review-comment-time">
            {formatDateTime(c.createdAt)}
          </Typography.Text>
          <div className="review-comment-text">{maskPersonalNumbers(c.text)}</div>
        </li>
      ))}
    </ul>
  );
}

/** The comments of one item and the box to add one. */
export function ItemComments({
  roundId,
  unitId,
  itemCode,
  comments,
  canComment,
  onAdded,
}: {
  roundId: string;
  unitId: string;
  itemCode: string;
  comments: readonly ReviewComment[];
  canComment: boolean;
  onAdded: () => void;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const add = async () => {
    const problem = commentProblem(text, itemCode);
    if (problem !== undefined) return setError(problem);
    setBusy(true);
    setError(undefined);
    try {
      await reviewApi.comment(roundId, unitId, text.trim(), itemCode);
      setText("");
      void message.success(`${itemCode} 已添加审核意见`);
      onAdded();
    } catch (caught) {
      const parsed = parseApiError(caught);
      const atField = parsed.fields.text ?? parsed.fields.itemCode;
      if (atField !== undefined) setError(atField.join("；"));
      else void message.error(parsed.message);
    } finally {
      setBusy(false);
    }
  };

  if (!canComment && comments.length === 0) return null;
  return (
    <div className="review-comment-box" data-testid={`comments-${itemCode}`}>
      <Typography.Text type="secondary">
        审核意见{comments.length > 0 ? `（${comments.length}）` : ""}
      </Typography.Text>
      <CommentList comments={comments} />
      {canComment && (
        <>
          <div className="review-comment-input">
            <Input.TextArea
              aria-label={`${itemCode} 审核意见`}
              placeholder="对本项的审核意见，退回时单位可见（Ctrl+Enter 添加）"
              maxLength={reviewLimits.comment.max}
              status={error !== undefined ? "error" : undefined}
              value={text}
              autoSize={{ minRows: 1, maxRows: 6 }}
              onChange={(e) => (setText(e.target.value), setError(undefined))}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void add();
                }
              }}
            />
            <Button loading={busy} onClick={() => void add()}>
              添加意见
            </Button>
          </div>
          {error !== undefined && (
            <Typography.Text type="danger" role="alert">
              {error}
            </Typography.Text>
          )}
        </>
      )}
    </div>
  );
}
