/**
 * The review of an imported draft: what the rubric import proposed for each item (its source
 * text with the recognised parts and unused clauses, its confidence) and who confirmed which
 * item. Kept on the server with the draft (decision 0200, GET /api/schemes/:id/import-review),
 * so every scheme administrator sees the same marks until the draft is published.
 */
import type { ImportReviewDetail } from "@kaoping/server/contract";

/** A recognised part or a clause of an item's source text: [start, end) of `source`. */
export interface Span {
  start: number;
  end: number;
  part?: string;
  used?: boolean;
}

/** What the reader made of an item's text (the server's ItemReading). */
export interface Reading {
  source: string;
  spans: Span[];
  clauses: Span[];
  unused: string[];
  confidence: number;
  level: "high" | "medium" | "low";
  warnings: string[];
}

/** The review of an imported draft as the server keeps it (decision 0200). */
export type ImportReview = ImportReviewDetail;

/** What the import says about the whole document (the server's ImportSummary). */
export type ImportNotes = NonNullable<ImportReviewDetail["summary"]>;

/** One reviewed item: the import's proposal and who confirmed it. */
export type ReviewItem = ImportReviewDetail["items"][number];

/** Pieces of a source text to render: plain, a recognised part, or an unused clause. */
export interface Piece {
  text: string;
  part?: string | undefined;
  unused: boolean;
}

/** The source cut at every span and clause boundary, each piece marked (clamped to the text). */
export function piecesOf(reading: Reading): Piece[] {
  const { source } = reading;
  const cuts = new Set<number>([0, source.length]);
  const clamp = (n: number) => Math.max(0, Math.min(source.length, n));
  for (const s of [...reading.spans, ...reading.clauses]) {
    cuts.add(clamp(s.start));
    cuts.add(clamp(s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const span = reading.spans.find((s) => s.start <= start && s.end >= end);
    const clause = reading.clauses.find((c) => c.start <= start && c.end >= end);
    pieces.push({
      text: source.slice(start, end),
      part: span?.part,
      unused: clause?.used === false,
    });
  }
  return pieces;
}
