/**
 * One item of a rubric read for a proposal: the few shapes that need context beyond a sentence
 * (评议, 达到上年同期, points by level, grades listed with their points) first, then the composition of the sentence's parts
 * (sentence/), then the older whole-phrase recognisers as a last resort, then 酌情打分 with a low
 * confidence. Whatever proposes, the reading accounts for every clause of the source.
 */
import { compare, propose, ratings } from "./phrases.js";
import { byLevel } from "./occurrences.js";
import { gradeList } from "./grades.js";
import { isStatedTarget, ratioAtMost } from "./measures.js";
import { meanOfScore } from "./mean-score.js";
import type { ItemText, Proposal } from "./proposal.js";
import type { ItemReading } from "./reading.js";
import { accountFor, readItemText } from "./sentence/read.js";
import { eachShare } from "./each-share.js";
import { eachWeight } from "./each-weight.js";
import type { Statement } from "./sentence/statements.js";
import { verbatimLabel, verbatimPhrase } from "./sentence/verbatim.js";

/** A proposal with its reading; `split` when the text holds separately capped parts. */
export interface ItemProposed {
  proposal: Proposal;
  reading: ItemReading;
  split?: { max: string | undefined; title: string; proposal: Proposal; reading: ItemReading }[];
}

/** The statements a recogniser's phrase covers. */
function coveredBy(phrase: string, statements: Statement[]): Set<Statement> {
  const bits = phrase.split(/[;,。]/).filter((b) => b.length >= 2);
  return new Set(
    statements.filter((s) => bits.some((b) => s.text.includes(b) || b.includes(s.text))),
  );
}

/** Proposes the rule of one item from its verbatim text. */
export function proposeItem(
  source: string,
  context: Omit<ItemText, "text">,
  implied?: string,
  contextEnd = 0,
): ItemProposed {
  const shared =
    implied === undefined ? eachShare(source, context, (t, c) => proposeItem(t, c)) : undefined;
  if (shared !== undefined) return shared;
  const weighted =
    implied === undefined ? eachWeight(source, context, (t, c) => proposeItem(t, c)) : undefined;
  if (weighted !== undefined) return weighted;
  const read = readItemText(source, context, implied);
  // Sentences of 评价内容 that do not score describe the requirement the rule checks, and a stated
  // target («目标值:≥97%», a 目标值 column's line) is what the rule compares with: context, not unused.
  const context_ = new Set(
    read.statements.filter(
      (s) =>
        s.role === "none" &&
        ((read.mapped.at[s.end - 1] ?? 0) < contextEnd || isStatedTarget(s.text)),
    ),
  );
  const withContext = (used: Set<Statement>) => new Set([...used, ...context_]);
  // 依据原文 as the source writes it, once the phrase has been matched with the statements.
  // A fact's label keeps the source's brackets (（街道）, not (街道)).
  const quoted = <P extends { phrase: string; facts: Proposal["facts"] }>(p: P): P => ({
    ...p,
    phrase: verbatimPhrase(p.phrase, read.mapped, source),
    facts: p.facts.map((f) => ({ ...f, label: verbatimLabel(f.label, read.mapped, source) })),
  });
  const item: ItemText = { ...context, text: read.mapped.text };
  // A text from a base (基础分60分，……加10分；……扣5分) is read whole by the composition: a
  // recogniser of one shape (points by level) would leave the other lines and the base unused.
  const fromBase =
    read.composed?.proposal.rule.kind === "sum" && "base" in read.composed.proposal.rule;
  for (const special of fromBase
    ? []
    : [ratings, compare, byLevel, gradeList, ratioAtMost, meanOfScore]) {
    const p = special(item);
    if (p !== undefined)
      return {
        proposal: quoted(p),
        reading: accountFor(source, read, withContext(coveredBy(p.phrase, read.statements)), p),
      };
  }
  const c = read.composed;
  if (c !== undefined) {
    const phrase = read.statements
      .filter((s) => c.used.has(s))
      .map((s) => s.text)
      .join("；");
    const proposal = { ...c.proposal, phrase: phrase || c.proposal.explanation };
    const reading = accountFor(source, read, withContext(c.used), proposal);
    if (c.split === undefined)
      return { proposal: quoted({ ...proposal, confidence: reading.confidence }), reading };
    return {
      proposal: quoted(proposal),
      reading,
      split: c.split.map((s) => {
        const text = read.statements
          .filter((x) => s.used.has(x))
          .map((x) => x.text)
          .join("；");
        const p = { ...s.proposal, phrase: text };
        return {
          max: s.max,
          title: s.title,
          proposal: quoted(p),
          reading: accountFor(source, read, withContext(s.used), p),
        };
      }),
    };
  }
  const legacy = propose(item);
  const p =
    legacy.confidence > 0.1 ? { ...legacy, confidence: Math.min(legacy.confidence, 0.6) } : legacy;
  const reading = accountFor(source, read, withContext(coveredBy(p.phrase, read.statements)), p);
  return { proposal: quoted({ ...p, confidence: reading.confidence }), reading };
}
