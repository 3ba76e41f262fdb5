/**
 * Reads one item's scoring text: normalise with a map back to the source, find the parts,
 * group them into statements, assemble the rule, and account for every clause — used by the
 * rule or listed as not understood — with the recognised parts as spans of the verbatim source.
 */
import type { ItemText, Proposal } from "../proposal.js";
import { levelOf, type ItemReading, type PartKind, type SourceSpan } from "../reading.js";
import { compose, type Composed } from "./assemble.js";
import { readStatements, type Statement } from "./statements.js";
import { withShareCaps } from "./share-cap.js";
import { mapNormalise, type Mapped } from "./text.js";

/** What the reader makes of an item: the proposal (or sub-items) and its account for the administrator. */
export interface ItemRead {
  composed: Composed | undefined;
  statements: Statement[];
  mapped: Mapped;
}

/** Reads an item's source text (verbatim) in its context. */
export function readItemText(
  source: string,
  context: Omit<ItemText, "text">,
  implied?: string,
): ItemRead {
  const normal = withShareCaps(mapNormalise(source), context.max);
  const plain = readMapped(normal, context);
  const scoring = plain.statements.flatMap((st) => st.parts).filter((p) => SCORING.has(p.kind));
  // A text that scores only in words without figures (视情节减分, 扣分) beside a figure in the
  // table (-5至-50, -10): the figure says how much, so those words give way to it.
  const bare =
    implied !== undefined &&
    /\d/.test(implied) &&
    scoring.length > 0 &&
    scoring.every((p) => p.kind !== "veto" && p.value === undefined && p.verb !== "zero");
  if (implied === undefined || (scoring.length > 0 && !bare)) return plain;
  // What the table implies (a signed 加减分 cell, a 一票否决 group) ends the text's last sentence;
  // a catalogue's signed points count each event unless the text names a threshold.
  const threshold = plain.statements.some((st) => st.parts.some((p) => p.kind === "threshold"));
  const each = /^[扣加]\d/.test(implied) && !threshold ? `每次${implied}` : implied;
  const kept = bare ? without(normal, scoring) : normal;
  const end = kept.text.replace(/[。.;,]+$/, "").length;
  const tail = mapNormalise(`,${each}`);
  return readMapped(
    {
      text: kept.text.slice(0, end) + tail.text,
      at: [...kept.at.slice(0, end), ...tail.at.map(() => source.length)],
    },
    context,
  );
}

/** A mapped text without the given parts (and a comma left before them). */
function without(m: Mapped, parts: { start: number; end: number }[]): Mapped {
  const drop = new Set<number>();
  for (const p of parts) {
    for (let i = p.start; i < p.end; i++) drop.add(i);
    if (m.text[p.start - 1] === ",") drop.add(p.start - 1);
  }
  const keep = [...m.text].map((_, i) => i).filter((i) => !drop.has(i));
  return {
    text: keep.map((i) => m.text[i]).join(""),
    at: [...keep.map((i) => m.at[i] ?? 0), m.at[m.text.length] ?? 0],
  };
}

const SCORING = new Set(["action", "discretion", "veto"]);

/** How parts without a span kind of their own are marked in the source. */
const spanOf: Partial<Record<string, PartKind>> = {
  rank: "levels",
  exempt: "condition",
  reach: "condition",
  first: "condition",
  total: "action",
  mean: "threshold",
  base: "action",
};

/** Statements and the composed rule of a mapped text. */
function readMapped(mapped: Mapped, context: Omit<ItemText, "text">): ItemRead {
  const statements = readStatements(mapped.text);
  const composed = compose({ ...context, text: mapped.text }, statements);
  return { composed, statements, mapped };
}

/** The source range of a normalised range. */
export function toSource(m: Mapped, start: number, end: number): { start: number; end: number } {
  const s = m.at[start] ?? 0;
  const e = end > start ? (m.at[end - 1] ?? s) + 1 : s;
  return { start: s, end: e };
}

/** The reading shown to the administrator: spans, clauses (used or not), confidence and warnings. */
export function accountFor(
  source: string,
  read: ItemRead,
  used: ReadonlySet<Statement>,
  proposal: Proposal,
  warnings: string[] = [],
): ItemReading {
  const spans: SourceSpan[] = [];
  const clauses: ItemReading["clauses"] = [];
  for (const s of read.statements) {
    const first = s.parts[0]?.start ?? s.end;
    if (used.has(s) && first - s.start >= 2)
      spans.push({ ...toSource(read.mapped, s.start, first), part: "condition" });
    for (const p of s.parts) {
      const part = spanOf[p.kind] ?? (p.kind as PartKind);
      const kind = part === "action" && p.verb === "zero" ? "gate" : part;
      spans.push({ ...toSource(read.mapped, p.start, p.end), part: kind });
    }
    const c = toSource(read.mapped, s.start, s.end);
    if (c.end > c.start) clauses.push({ ...c, used: used.has(s) });
  }
  for (let i = spans.length - 1; i >= 0; i--)
    if ((spans[i]?.end ?? 0) <= (spans[i]?.start ?? 0)) spans.splice(i, 1);
  spans.sort((a, b) => a.start - b.start);
  const unused = clauses.filter((c) => !c.used).map((c) => source.slice(c.start, c.end));
  const scoringUnused = read.statements.filter(
    (s) => !used.has(s) && !["none", "exempt", "limit"].includes(s.role),
  );
  let confidence = proposal.confidence;
  const notes = [...warnings, ...(proposal.warnings ?? [])];
  if (read.statements.some((st) => st.role === "extra" && !used.has(st))) {
    confidence = Math.min(confidence, 0.5);
    notes.push("“追加扣除”是本项分值以外的扣分，建议规则未包含，请人工处理");
  }
  if (scoringUnused.length > 0) {
    confidence = Math.min(confidence, 0.5);
    notes.push(`有 ${scoringUnused.length} 句计分规定未纳入建议规则，请人工核对`);
  }
  return {
    source,
    spans,
    clauses,
    unused,
    confidence,
    level: levelOf(confidence),
    warnings: notes,
  };
}
