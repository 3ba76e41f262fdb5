/**
 * The review of an imported draft (decision 0200): rows from the rubric import's proposals, the
 * digest of an item's rule that a confirmation is bound to, and the API shape of the review.
 */
import { createHash } from "node:crypto";
import type { ImportReviewDetail } from "../../contract/schemes.js";
import { importLevels } from "../../contract/schemes.js";
import type { SchemeImportReviewRow } from "../../db/schema.js";
import type { ImportReviewItemRow } from "./repository.js";

/** What the rubric import proposed for one item (documents/rubric, ItemProposal). */
export interface ImportProposal {
  code: string;
  title: string;
  kindName: string;
  phrase: string;
  confidence: number;
  explanation: string;
  reading?: { level: "high" | "medium" | "low" };
}

type Level = (typeof importLevels)[number];

/** The proposal's level: its reading's, else from the confidence. */
function levelOf(p: ImportProposal): Level {
  if (p.reading !== undefined) return p.reading.level;
  return p.confidence >= 0.8 ? "high" : p.confidence >= 0.5 ? "medium" : "low";
}

/** The rows of a new review, in the import's order (an item code listed twice is kept once). */
export function reviewRowsOf(
  schemeId: string,
  proposals: readonly ImportProposal[],
): SchemeImportReviewRow[] {
  const seen = new Set<string>();
  const rows: SchemeImportReviewRow[] = [];
  for (const p of proposals) {
    if (seen.has(p.code)) continue;
    seen.add(p.code);
    rows.push({
      scheme_id: schemeId,
      item_code: p.code,
      position: rows.length,
      level: levelOf(p),
      proposal: JSON.stringify({
        title: p.title,
        kindName: p.kindName,
        phrase: p.phrase,
        confidence: p.confidence,
        explanation: p.explanation,
        ...(p.reading === undefined ? {} : { reading: p.reading }),
      }),
      confirmed_by: null,
      confirmed_at: null,
      confirmed_rule_sha256: null,
      published_version_id: null,
    });
  }
  return rows;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with the keys of every object sorted (undefined ones left out, as JSON does), so equal values give equal text. */
function canonical(value: unknown): string {
  const sort = (v: unknown): Json => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, inner]) => inner !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, inner]) => [k, sort(inner)]),
      );
    return (v ?? null) as Json;
  };
  return JSON.stringify(sort(value));
}

interface DocItem {
  code?: unknown;
  rule?: unknown;
  gate?: unknown;
  max?: unknown;
  children?: DocItem[];
}

function findItem(items: readonly DocItem[] | undefined, code: string): DocItem | undefined {
  for (const item of items ?? []) {
    if (String(item.code) === code) return item;
    const inner = findItem(item.children, code);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/**
 * The digest of what a confirmation confirms: the item's rule, gate and maximum in the draft
 * (an item no longer in the draft has the digest of nothing).
 */
export function ruleDigest(draft: { items?: unknown }, code: string): string {
  const item = findItem(draft.items as DocItem[] | undefined, code);
  const what =
    item === undefined ? null : { rule: item.rule ?? null, gate: item.gate ?? null, max: item.max };
  return createHash("sha256").update(canonical(what)).digest("hex");
}

/** Confirmed items whose rule in the new draft differs from the one confirmed. */
export function changedConfirmations(
  rows: readonly SchemeImportReviewRow[],
  draft: { items?: unknown },
): string[] {
  return rows
    .filter(
      (r) => r.confirmed_by !== null && r.confirmed_rule_sha256 !== ruleDigest(draft, r.item_code),
    )
    .map((r) => r.item_code);
}

/** Unconfirmed items, and those of them with low confidence. */
export function unconfirmedOf(rows: readonly SchemeImportReviewRow[]): {
  all: string[];
  low: string[];
} {
  const open = rows.filter((r) => r.confirmed_by === null);
  return {
    all: open.map((r) => r.item_code),
    low: open.filter((r) => r.level === "low").map((r) => r.item_code),
  };
}

/** The review as the API answers it (the notes only while the review is open). */
export function toImportReview(
  schemeId: string,
  rows: readonly ImportReviewItemRow[],
  notes: string | undefined,
): ImportReviewDetail {
  const open = unconfirmedOf(rows);
  return {
    schemeId,
    summary:
      rows.length === 0 || notes === undefined
        ? null
        : (JSON.parse(notes) as ImportReviewDetail["summary"]),
    items: rows.map((row) => {
      const p = JSON.parse(row.proposal) as Omit<ImportProposal, "code">;
      return {
        code: row.item_code,
        title: p.title,
        kindName: p.kindName,
        phrase: p.phrase,
        confidence: p.confidence,
        explanation: p.explanation,
        level: (importLevels as readonly string[]).includes(row.level)
          ? (row.level as Level)
          : "low",
        ...(p.reading === undefined ? {} : { reading: p.reading as never }),
        confirmation:
          row.confirmed_by === null || row.confirmed_at === null
            ? null
            : {
                by: row.confirmed_by,
                byName: row.confirmed_by_name ?? "",
                at: row.confirmed_at,
              },
      };
    }),
    unconfirmed: open.all.length,
    unconfirmedLow: open.low,
  };
}
