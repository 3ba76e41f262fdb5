/**
 * One unit under review: every item in the reviewer's scope as a card with its comments, totals
 * self vs reviewed, return (listing the item comments), 全部确认 and 审核通过 of the reviewer's
 * own part with where the unit's approval stands (approval-actions.tsx). Keys: j / k jump to the next /
 * previous item, c writes a comment on the item in view.
 */
import { validateScheme, type Item } from "@kaoping/engine";
import { Alert, Button, Card, Space, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router-dom";
import { reviewApi } from "../../api/review-api";
import { useQuery } from "../../api/use-query";
import { roundsApi } from "../../api/workflow-api";
import { LoadFailed } from "../../app/load-failed";
import { PageLoading } from "../../app/page-loading";
import { usePageTitle } from "../layout/page-title";
import { UnitStatusTag } from "../rounds/round-labels";
import { ApprovalButtons, ApprovalStatus } from "./approval-actions";
import { ReturnDialog } from "./return-dialog";
import { ReviewItemCard } from "./review-item-card";
import "./review.css";

function itemsByCode(items: readonly Item[], out = new Map<string, Item>()): Map<string, Item> {
  for (const item of items) {
    out.set(item.code, item);
    itemsByCode(item.children ?? [], out);
  }
  return out;
}

/** The unit review screen. */
export function UnitReview({ roundId, unitId }: { roundId: string; unitId: string }) {
  const [tick, setTick] = useState(0);
  const review = useQuery(
    (signal) => reviewApi.unit(roundId, unitId, signal),
    [roundId, unitId, tick],
  );
  const schemeDoc = useQuery((signal) => roundsApi.scheme(roundId, signal), [roundId]);
  const scheme = useMemo(
    () => (schemeDoc.data === undefined ? undefined : validateScheme(schemeDoc.data.document)),
    [schemeDoc.data],
  );
  const items = useMemo(
    () => (scheme?.ok ? itemsByCode(scheme.scheme.items) : new Map<string, Item>()),
    [scheme],
  );
  const [returning, setReturning] = useState(false);
  const navigate = useNavigate();
  usePageTitle(review.data?.unitName);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target !== null && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const cards = [...document.querySelectorAll<HTMLElement>(".review-card")];
      if (event.key === "c") {
        // The item in view: the first card whose bottom is below the sticky summary.
        const inView = cards.find((c) => c.getBoundingClientRect().bottom > 120);
        const box = inView?.querySelector<HTMLElement>(".review-comment-input textarea");
        if (box === undefined || box === null) return;
        event.preventDefault();
        box.focus();
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      const current = cards.findIndex((c) => c.getBoundingClientRect().top > 80);
      const next =
        event.key === "j"
          ? cards[Math.min(cards.length - 1, current + 1)]
          : cards[Math.max(0, current - 1)];
      next?.scrollIntoView({ behavior: "smooth", block: "start" });
      next?.querySelector<HTMLElement>("input, button")?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const error = review.error ?? schemeDoc.error;
  if (error !== undefined)
    return <LoadFailed error={error} onRetry={() => (review.reload(), schemeDoc.reload())} />;
  const data = review.data;
  if (data === undefined || scheme === undefined) return <PageLoading />;
  const pending = data.items.filter((i) => i.status === "pending").length;

  // A plain container (not Space): the summary sticks to the top while the items scroll.
  return (
    <div>
      <Card size="small" className="review-summary">
        <Space wrap size="large">
          <Typography.Title level={5} style={{ margin: 0 }}>
            {data.unitName}
          </Typography.Title>
          <UnitStatusTag status={data.status} />
          <span className="score-number">
            自评 {data.selfTotal} 分 → 审核 <b data-testid="review-total">{data.total}</b> 分
          </span>
          <Typography.Text type="secondary">
            待确认 {pending} 项 · 按 j / k 跳到下一项 / 上一项，c 填写本项意见
          </Typography.Text>
          {data.canReview && (
            <Space>
              <Button onClick={() => setReturning(true)}>退回修改</Button>
              <ApprovalButtons
                roundId={roundId}
                data={data}
                onChanged={() => setTick((t) => t + 1)}
              />
            </Space>
          )}
        </Space>
        {!data.canReview && data.whyNot !== null && (
          <Alert type="info" showIcon title={data.whyNot} style={{ marginTop: 8 }} />
        )}
        <ApprovalStatus data={data} />
      </Card>
      {data.items.map((reviewItem) => {
        const item = items.get(reviewItem.itemCode);
        if (item === undefined) return null;
        return (
          <ReviewItemCard
            key={`${reviewItem.itemCode}-${reviewItem.version}`}
            roundId={roundId}
            unitId={unitId}
            item={item}
            review={reviewItem}
            canReview={data.canReview && reviewItem.approvedBy === null}
            onDecided={() => setTick((t) => t + 1)}
            onCommented={() => setTick((t) => t + 1)}
          />
        );
      })}
      <ReturnDialog
        open={returning}
        roundId={roundId}
        data={data}
        onClose={() => setReturning(false)}
        onReturned={() => (setReturning(false), navigate(`/review/${roundId}`))}
      />
    </div>
  );
}
