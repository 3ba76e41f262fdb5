/**
 * What a reviewer's 审核通过 dialog says (decision 0130): how many items of his own part it
 * approves, and what is still open in other reviewers' parts, grouped by reviewer.
 */
import type { UnitReview } from "../../api/review-api";

/** One line of "still open": a reviewer (or several who share the items) and the item codes. */
export interface OpenLine {
  who: string;
  codes: string[];
}

/** The open items outside the caller's own part, grouped by the reviewers who can close them. */
export function openElsewhere(data: Pick<UnitReview, "items" | "approval">): OpenLine[] {
  const own = new Set(data.items.map((item) => item.itemCode));
  const lines = new Map<string, string[]>();
  for (const item of data.approval.openItems) {
    if (own.has(item.itemCode)) continue;
    const who = item.reviewers.length === 0 ? "（尚无评审员负责）" : item.reviewers.join("、");
    lines.set(who, [...(lines.get(who) ?? []), item.itemCode]);
  }
  return [...lines.entries()].map(([who, codes]) => ({ who, codes }));
}

/** A list of item codes for a sentence: at most `max` shown, then "等 N 项". */
export function codesText(codes: readonly string[], max = 8): string {
  const shown = codes.slice(0, max).join("、");
  return codes.length > max ? `${shown} 等 ${codes.length} 项` : `${shown}（${codes.length} 项）`;
}
