/**
 * A reviewer's approval of his own part (decision 0130): 全部确认 (confirm every undecided item
 * of his scope in one click, audited per item), 审核通过 (refused until his part is decided;
 * the dialog tells what is still open in other reviewers' parts and by whom), and the state of
 * the unit's approval under the summary.
 */
import { Alert, App, Button, Space, Typography } from "antd";
import { showApiError } from "../../api/errors";
import { reviewApi, type UnitReview } from "../../api/review-api";
import { formatDateTime } from "../../lib/dates";
import { codesText, openElsewhere } from "./approval-summary";

/** The 全部确认 / 审核通过 buttons of a reviewer who can review the unit. */
export function ApprovalButtons({
  roundId,
  data,
  onChanged,
}: {
  roundId: string;
  data: UnitReview;
  onChanged: (next: UnitReview) => void;
}) {
  const { message, modal } = App.useApp();
  const pending = data.approval.ownPending;
  const others = openElsewhere(data);

  const confirmAll = () =>
    modal.confirm({
      title: `全部确认 ${pending.length} 个未审核的评分项？`,
      content: `将按单位填报的数据确认：${codesText(pending)}。已修正的评分项不受影响；每一项都记入审计日志。`,
      okText: "全部确认",
      onOk: async () => {
        try {
          onChanged(await reviewApi.confirmAll(roundId, data.unitId));
          void message.success(`已确认 ${pending.length} 项`);
        } catch (caught) {
          showApiError(caught, message);
        }
      },
    });

  const accept = () =>
    modal.confirm({
      title: `审核通过「${data.unitName}」您负责的部分？`,
      content: (
        <div>
          <p>
            通过您审核范围内的 {data.items.length} 个评分项（审核得分 {data.total} 分）。
          </p>
          {others.length === 0 ? (
            <p>其他评审员负责的部分均已通过，本次通过后该单位审核通过。</p>
          ) : (
            <>
              <p>以下部分尚未审核通过，全部通过后该单位才审核通过：</p>
              <ul data-testid="accept-open-list">
                {others.map((line) => (
                  <li key={line.who}>
                    {line.who}：{codesText(line.codes)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ),
      okText: "审核通过",
      onOk: async () => {
        try {
          const next = await reviewApi.accept(roundId, data.unitId, data.version);
          onChanged(next);
          void message.success(
            next.status === "accepted" ? "该单位已审核通过" : "您负责的部分已审核通过",
          );
        } catch (caught) {
          showApiError(caught, message);
        }
      },
    });

  if (data.approval.ownPartApproved) return null;
  return (
    <Space>
      {pending.length > 0 && <Button onClick={confirmAll}>全部确认（{pending.length}）</Button>}
      <Button
        type="primary"
        onClick={accept}
        disabled={pending.length > 0}
        title={pending.length > 0 ? `还有 ${pending.length} 项未确认或修正` : undefined}
      >
        审核通过
      </Button>
    </Space>
  );
}

/** Where the unit's approval stands: the parts approved and what is open, by whom. */
export function ApprovalStatus({ data }: { data: UnitReview }) {
  const { approval } = data;
  if (approval.parts.length === 0 && !approval.ownPartApproved) return null;
  const others = openElsewhere(data);
  return (
    <Alert
      style={{ marginTop: 8 }}
      type={approval.complete ? "success" : "info"}
      showIcon
      data-testid="approval-status"
      title={approval.complete ? "全部评审员的部分均已审核通过" : "部分审核通过"}
      description={
        <Space direction="vertical" size={2}>
          {approval.parts.map((part) => (
            <Typography.Text key={part.reviewerName}>
              {part.reviewerName}：已通过 {part.items} 项（{formatDateTime(part.approvedAt)}）
            </Typography.Text>
          ))}
          {others.map((line) => (
            <Typography.Text key={line.who} type="warning">
              待 {line.who} 审核：{codesText(line.codes)}
            </Typography.Text>
          ))}
        </Space>
      }
    />
  );
}
