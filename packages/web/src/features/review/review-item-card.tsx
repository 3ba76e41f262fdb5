/**
 * One item under review: the unit's facts and evidence beside the reviewer's facts; a changed
 * value is highlighted and needs a reason; confirm or save the correction (Ctrl+Enter); the
 * item's review comments (审核意见) with a box to add one.
 */
import type { Item } from "@kaoping/engine";
import { maskPersonalNumbers, workflowLimits } from "@kaoping/server/contract";
import { EyeOutlined } from "@ant-design/icons";
import { App, Button, Card, Input, Space, Tag, Typography } from "antd";
import { Fragment, useState } from "react";
import { showApiError } from "../../api/errors";
import { reviewApi, type ReviewItem } from "../../api/review-api";
import { selfAssessmentApi } from "../../api/workflow-api";
import { isPreviewable } from "../self-assessment/evidence-format";
import { EvidencePreview, type PreviewFile } from "../self-assessment/evidence-preview";
import { FactInput, isWideList } from "../self-assessment/fact-input";
import { cleanFacts } from "../self-assessment/facts-model";
import { formatFactValue, isChanged } from "./fact-values";
import { ItemComments } from "./item-comments";

const statusTags = {
  pending: <Tag>待审核</Tag>,
  confirmed: <Tag color="green">已确认</Tag>,
  corrected: <Tag color="orange">已修正</Tag>,
};

/** Props of one item card. */
export interface ReviewItemCardProps {
  roundId: string;
  unitId: string;
  item: Item;
  review: ReviewItem;
  canReview: boolean;
  onDecided: () => void;
  /** A comment was added (the screen reloads the comments). */
  onCommented: () => void;
}

/** The card. */
export function ReviewItemCard({
  roundId,
  unitId,
  item,
  review,
  canReview,
  onDecided,
  onCommented,
}: ReviewItemCardProps) {
  const self = review.selfFacts ?? {};
  const [facts, setFacts] = useState<Record<string, unknown>>(review.reviewFacts ?? self);
  const [preview, setPreview] = useState<PreviewFile>();
  const [reason, setReason] = useState(review.reason ?? "");
  const [busy, setBusy] = useState(false);
  const [reasonError, setReasonError] = useState<string>();
  const { message } = App.useApp();
  const decls = item.facts ?? [];
  const changed = decls.filter((d) => isChanged(self[d.name], facts[d.name])).map((d) => d.name);

  const decide = async (action: "confirm" | "correct") => {
    if (action === "correct" && reason.trim() === "") {
      setReasonError("修正事实数据必须填写原因");
      return;
    }
    setBusy(true);
    setReasonError(undefined);
    try {
      const clean = cleanFacts({ [item.code]: facts })[item.code] ?? {};
      await reviewApi.decide(
        roundId,
        unitId,
        item.code,
        action === "confirm"
          ? { version: review.version, action }
          : { version: review.version, action, facts: clean, reason: reason.trim() },
      );
      void message.success(action === "confirm" ? `${item.code} 已确认` : `${item.code} 已修正`);
      onDecided();
    } catch (error) {
      const parsed = showApiError(error, message);
      if (parsed.fields.reason !== undefined) setReasonError(parsed.fields.reason.join("；"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      id={`review-${item.code}`}
      className="review-card"
      data-testid={`review-item-${item.code}`}
      title={
        <Space>
          <span className="item-code">{item.code}</span>
          {item.title}
          {statusTags[review.status]}
        </Space>
      }
      extra={
        <span className="score-number">
          自评 {review.selfScore ?? "—"} → 审核 <b>{review.score ?? "—"}</b> / {review.max} 分
        </span>
      }
    >
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 2, expandable: true, symbol: "展开" }}
        style={{ marginBottom: 8 }}
      >
        {review.standard ?? item.standard ?? ""}
      </Typography.Paragraph>
      <table className="review-table">
        <thead>
          <tr>
            <th>事实</th>
            <th>单位填报</th>
            <th>审核认定</th>
          </tr>
        </thead>
        <tbody>
          {decls.map((decl) => {
            const input = (
              <FactInput
                decl={decl}
                value={facts[decl.name]}
                disabled={!canReview}
                onChange={(value) => setFacts((f) => ({ ...f, [decl.name]: value }))}
              />
            );
            const rowClass = changed.includes(decl.name) ? "review-changed" : undefined;
            // A list of records needs the card's width for its columns: its table goes on a
            // row of its own below the unit's values.
            if (isWideList(decl))
              return (
                <Fragment key={decl.name}>
                  <tr className={rowClass}>
                    <td>{decl.label}</td>
                    <td>{formatFactValue(decl, self[decl.name])}</td>
                    <td>
                      <Typography.Text type="secondary">在下表中认定</Typography.Text>
                    </td>
                  </tr>
                  <tr
                    className={
                      rowClass === undefined ? "review-list-row" : `${rowClass} review-list-row`
                    }
                    data-fact={`${item.code}.${decl.name}`}
                  >
                    <td colSpan={3}>{input}</td>
                  </tr>
                </Fragment>
              );
            return (
              <tr key={decl.name} className={rowClass} data-fact={`${item.code}.${decl.name}`}>
                <td>{decl.label}</td>
                <td>{formatFactValue(decl, self[decl.name])}</td>
                <td>{input}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {review.evidence.length > 0 && (
        <div style={{ margin: "8px 0" }}>
          <Typography.Text type="secondary">佐证材料：</Typography.Text>
          {review.evidence.map((e) => (
            <span key={e.id} style={{ marginRight: 12 }}>
              <a href={selfAssessmentApi.evidenceDownloadUrl(e.id)}>{e.name}</a>
              {isPreviewable(e.contentType) && (
                <a
                  onClick={() => setPreview({ id: e.id, name: e.name, contentType: e.contentType })}
                  aria-label={`预览 ${e.name}`}
                  style={{ marginLeft: 4 }}
                >
                  <EyeOutlined /> 预览
                </a>
              )}
            </span>
          ))}
        </div>
      )}
      <EvidencePreview file={preview} onClose={() => setPreview(undefined)} />
      {canReview && (
        <Space direction="vertical" style={{ width: "100%", marginTop: 8 }}>
          {changed.length > 0 && (
            <>
              <Input.TextArea
                aria-label={`${item.code} 修正原因`}
                placeholder="修正原因（必填），如：经核对省级平台数据，参保率为 99.5%"
                maxLength={workflowLimits.reason.max}
                status={reasonError !== undefined ? "error" : undefined}
                value={reason}
                autoSize={{ minRows: 1, maxRows: 4 }}
                onChange={(e) => setReason(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void decide("correct");
                }}
              />
              {reasonError !== undefined && (
                <Typography.Text type="danger">{reasonError}</Typography.Text>
              )}
            </>
          )}
          <Space>
            {changed.length === 0 ? (
              <Button type="primary" loading={busy} onClick={() => void decide("confirm")}>
                确认
              </Button>
            ) : (
              <Button type="primary" danger loading={busy} onClick={() => void decide("correct")}>
                保存修正（Ctrl+Enter）
              </Button>
            )}
            {changed.length > 0 && (
              <Button onClick={() => (setFacts(self), setReason(""))}>撤销修改</Button>
            )}
            {review.reason !== null && (
              <Typography.Text type="secondary">
                原因：{maskPersonalNumbers(review.reason)}
              </Typography.Text>
            )}
          </Space>
        </Space>
      )}
      <ItemComments
        roundId={roundId}
        unitId={unitId}
        itemCode={item.code}
        comments={review.comments}
        canComment={canReview}
        onAdded={onCommented}
      />
    </Card>
  );
}
