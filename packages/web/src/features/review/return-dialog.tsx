/**
 * 退回修改: the dialog that returns a submission to the unit with an optional overall comment,
 * listing the item comments (审核意见) the unit will read beside each item.
 */
import { returnSubmissionRequestSchema, reviewLimits } from "@kaoping/server/contract";
import { Alert, App, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { parseApiError } from "../../api/errors";
import { reviewApi, type UnitReview } from "../../api/review-api";
import { CommentList } from "./item-comments";

/** The item comments of a unit, item by item in the screen's order (items without any left out). */
export function itemCommentsOf(data: Pick<UnitReview, "items">) {
  return data.items
    .filter((i) => i.comments.length > 0)
    .map((i) => ({ itemCode: i.itemCode, title: i.title, comments: i.comments }));
}

/** The dialog; `onReturned` after the API accepted the return. */
export function ReturnDialog({
  open,
  roundId,
  data,
  onClose,
  onReturned,
}: {
  open: boolean;
  roundId: string;
  data: UnitReview;
  onClose: () => void;
  onReturned: () => void;
}) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const items = itemCommentsOf(data);

  const send = async () => {
    const text = comment.trim();
    const checked = returnSubmissionRequestSchema.safeParse({
      version: data.version,
      ...(text === "" ? {} : { comment: text }),
    });
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    setBusy(true);
    setError(undefined);
    try {
      await reviewApi.returnSubmission(roundId, data.unitId, data.version, text || undefined);
      void message.success("已退回单位修改");
      onReturned();
    } catch (caught) {
      const parsed = parseApiError(caught);
      if (parsed.fields.comment !== undefined) setError(parsed.fields.comment.join("；"));
      else void message.error(parsed.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`退回「${data.unitName}」修改`}
      onCancel={onClose}
      onOk={() => void send()}
      okText="退回"
      confirmLoading={busy}
      width={640}
    >
      {items.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title="尚无评分项审核意见：可在各评分项下填写，单位将在对应项旁看到。"
          style={{ marginBottom: 12 }}
        />
      ) : (
        <div data-testid="return-item-comments" className="return-comments">
          <Typography.Paragraph>
            以下 {items.reduce((n, i) => n + i.comments.length, 0)}{" "}
            条评分项审核意见将随退回发给单位：
          </Typography.Paragraph>
          {items.map((i) => (
            <div key={i.itemCode}>
              <Typography.Text strong>
                {i.itemCode} {i.title}
              </Typography.Text>
              <CommentList comments={i.comments} />
            </div>
          ))}
        </div>
      )}
      <Input.TextArea
        aria-label="退回意见"
        placeholder="总体退回意见（可不填），单位将看到此意见"
        maxLength={reviewLimits.comment.max}
        status={error !== undefined ? "error" : undefined}
        autoSize={{ minRows: 3 }}
        value={comment}
        onChange={(e) => (setComment(e.target.value), setError(undefined))}
      />
      {error !== undefined && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </Modal>
  );
}
