/** The reviewer's comments (审核意见) on one item, shown to the unit beside the item it concerns. */
import { maskPersonalNumbers } from "@kaoping/server/contract";
import { Alert } from "antd";
import type { SelfAssessment } from "../../api/workflow-api";
import { formatDateTime } from "../../lib/dates";

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
