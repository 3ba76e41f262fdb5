/**
 * The reviewer's comments (审核意见) and correction (审核修正) of one item, shown to the unit
 * beside the item it concerns.
 */
import type { Item } from "@kaoping/engine";
import { maskPersonalNumbers } from "@kaoping/server/contract";
import { Alert } from "antd";
import type { SelfAssessment } from "../../api/workflow-api";
import { formatDateTime } from "../../lib/dates";
import { correctionLines } from "./review-correction";

/** A review comment as the unit sees it. */
export type UnitReviewComment = SelfAssessment["comments"][number];

/** The comments of one item, oldest first; nothing when there are none. */
export function ItemReviewComments({
  itemCode,
  comments,
}: {
  itemCode: string;
  comments: readonly UnitReviewComment[];
}) {
  const mine = comments.filter((c) => c.itemCode === itemCode && c.resolvedAt === null);
  if (mine.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={`review-comments-${itemCode}`}
      title="审核意见"
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {mine.map((c) => (
            <li key={c.id}>
              {maskPersonalNumbers(c.text)}
              <span style={{ color: "rgba(0,0,0,0.45)", marginLeft: 8, fontSize: 12 }}>
                {formatDateTime(c.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** A reviewer's correction as the unit sees it. */
export type UnitReviewCorrection = SelfAssessment["corrections"][number];

/**
 * The reviewer's correction of one item beside it (issue 14 defect 11): each fact as the unit
 * filled it and as the review counts it, the changed ones marked, and the reviewer's reason.
 */
export function ItemReviewCorrection({
  item,
  own,
  corrections,
}: {
  item: Item;
  own: Readonly<Record<string, unknown>>;
  corrections: readonly UnitReviewCorrection[];
}) {
  const correction = corrections.find((c) => c.itemCode === item.code);
  if (correction === undefined) return null;
  const lines = correctionLines(item.facts ?? [], own, correction.facts);
  return (
    <Alert
      type="info"
      showIcon
      data-testid={`review-correction-${item.code}`}
      title={correction.fromAppeal ? "申诉答复修正" : "审核修正"}
      description={
        <div>
          <table className="review-correction-table">
            <thead>
              <tr>
                <th>事实</th>
                <th>本单位填报</th>
                <th>审核认定</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr
                  key={line.name}
                  className={line.changed ? "review-correction-changed" : undefined}
                >
                  <td>{line.label}</td>
                  <td>{line.own}</td>
                  <td>{line.reviewed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div style={{ marginTop: 4 }}>
            修正原因：{correction.reason === null ? "—" : maskPersonalNumbers(correction.reason)}
            <span style={{ color: "rgba(0,0,0,0.45)", marginLeft: 8, fontSize: 12 }}>
              {formatDateTime(correction.correctedAt)}
            </span>
          </div>
        </div>
      }
    />
  );
}
