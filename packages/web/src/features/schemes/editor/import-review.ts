/**
 * The review of an imported draft: what the rubric import proposed for each item (its source
 * text with the recognised parts and unused clauses, its confidence) and which items the
 * administrator has confirmed. Kept in this browser (localStorage, per scheme) from the import
 * until the draft is published; the proposals come from the import's response.
 */

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

/** One item's proposal as the import answered it. */
export interface ReviewProposal {
  code: string;
  title: string;
  kindName: string;
  phrase: string;
  confidence: number;
  explanation: string;
  reading?: Reading | undefined;
}

/** What the import says about the whole document (the server's ImportSummary). */
export interface ImportNotes {
  items: number;
  high: number;
  medium: number;
  low: number;
  /** Table columns neither used nor knowingly ignored (their headers). */
  unusedColumns: string[];
  /** Document-level warnings (a bonus group without a total, a note row not imported …). */
  warnings: string[];
}

/** The review of one scheme's imported draft. */
export interface ImportReview {
  proposals: ReviewProposal[];
  /** The import's summary; absent for reviews saved by older versions. */
  summary?: ImportNotes | undefined;
  /** Item codes the administrator confirmed. */
  confirmed: string[];
}

const key = (schemeId: string) => `kaoping.import-review.${schemeId}`;

/** The review of a scheme, or undefined when it was not imported (or is published). */
export function loadReview(schemeId: string): ImportReview | undefined {
  try {
    const text = localStorage.getItem(key(schemeId));
    if (text === null) return undefined;
    const value = JSON.parse(text) as ImportReview;
    return Array.isArray(value.proposals) && Array.isArray(value.confirmed) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a review (or removes it when undefined, after publishing). */
export function saveReview(schemeId: string, review: ImportReview | undefined): void {
  try {
    if (review === undefined) localStorage.removeItem(key(schemeId));
    else localStorage.setItem(key(schemeId), JSON.stringify(review));
  } catch {
    // A full or disabled storage loses the review marks only, never the draft.
  }
}

/** The level of a proposal: its reading's, else from the confidence. */
export function levelOf(p: ReviewProposal): "high" | "medium" | "low" {
  if (p.reading !== undefined) return p.reading.level;
  return p.confidence >= 0.8 ? "high" : p.confidence >= 0.5 ? "medium" : "low";
}

/** Codes not yet confirmed, and those of them with low confidence. */
export function unconfirmed(review: ImportReview): { all: string[]; low: string[] } {
  const done = new Set(review.confirmed);
  const open = review.proposals.filter((p) => !done.has(p.code));
  return {
    all: open.map((p) => p.code),
    low: open.filter((p) => levelOf(p) === "low").map((p) => p.code),
  };
}

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
