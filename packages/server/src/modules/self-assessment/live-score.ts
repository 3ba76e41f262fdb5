/**
 * The live score of a self-assessment: the engine scores the unit's own (self) facts against the
 * round context computed from every unit's current facts (review over self per item), so
 * cross-unit rules (全县首个完成) show what the unit would get now. Only the items the
 * cross-unit rules read are loaded from other units (workflow/cross-unit.ts), and only when their
 * fact stamps changed: the context is memoised on the round and those items' stamps, which
 * every write of those items bumps in its transaction (docs/decisions/0054, 0181, 0308). The unit's own rows
 * and those stamps are read in one statement (docs/decisions/0296). The engine's memos are kept
 * per context between saves, and rows' values parsed once per text (docs/decisions/0306).
 */
import {
  computeRoundContext,
  describeUnitExtras,
  unitScorer,
  type RoundContext,
  type Scheme,
  type UnitScorer,
} from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database, FactRow } from "../../db/schema.js";
import { WeightedMemo } from "../results/memo.js";
import {
  crossUnitItemCodes,
  unitFactsWithStamps,
  unitValuesWithStampsOf,
  unitValuesWithStampsQuery,
  type UnitValueRow,
} from "../workflow/index.js";
import { listRoundFactRows, type CrossUnitFactRow } from "./repository.js";

/**
 * Parsed facts values by their JSON text, deep-frozen: most rows a save reads are unchanged since
 * the last save, and parsing them again was ~2–4 % of a busy server (decision 0306). Bounded by
 * characters (a value may be 20,000): past the bound the cache starts empty.
 */
const parsedValues = new Map<string, Record<string, unknown>>();
let parsedChars = 0;
const PARSED_CHARS_MAX = 4_000_000;

/** A facts row's value parsed, shared between requests: read only by the engine, never returned. */
function parsedValue(text: string): Record<string, unknown> {
  const known = parsedValues.get(text);
  if (known !== undefined) return known;
  const value = deepFrozen(JSON.parse(text)) as Record<string, unknown>;
  if (parsedChars + text.length > PARSED_CHARS_MAX) {
    parsedValues.clear();
    parsedChars = 0;
  }
  parsedValues.set(text, value);
  parsedChars += text.length;
  return value;
}

function deepFrozen(value: unknown): unknown {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFrozen(v);
    Object.freeze(value);
  }
  return value;
}

/** Builds a unit's facts object from its rows, leaving out 评议 items (raters fill those). */
function factsObject(
  rows: readonly Pick<FactRow, "item_code" | "value">[],
  ratingItems: ReadonlySet<string>,
): Record<string, Record<string, unknown>> {
  const facts: Record<string, Record<string, unknown>> = {};
  for (const row of rows)
    if (!ratingItems.has(row.item_code)) facts[row.item_code] = parsedValue(row.value);
  return facts;
}

/**
 * One scorer per round context object, keeping the engine's memos between saves (only the saved
 * item is new to them); a new context (cross-unit stamps changed) gets a new scorer, and a
 * scorer goes with its context. Without cross-unit items every round's context is an empty
 * object made per call, so the scheme keys the scorer instead.
 */
const scorers = new WeakMap<object, UnitScorer>();

function scorerOf(scheme: Scheme, context: RoundContext): UnitScorer {
  const key = crossUnitItemCodes(scheme).size === 0 ? scheme : context;
  let scorer = scorers.get(key);
  if (scorer === undefined) scorers.set(key, (scorer = unitScorer(scheme, context)));
  return scorer;
}

/** The item code of a fact path (`4.1.rate` → `4.1`). */
export function itemOfPath(path: string): string {
  // `7.findings[0].level`: the fact path ends before the first `[` (item codes have no brackets).
  const fact = path.split("[", 1)[0] as string;
  const dot = fact.lastIndexOf(".");
  return dot < 0 ? fact : fact.slice(0, dot);
}

/** Per scheme object (immutable, cached by version): round contexts by round and fact stamps. */
const contextsByScheme = new WeakMap<Scheme, WeightedMemo<RoundContext>>();

/**
 * The round context from every unit's current facts of the cross-unit items, memoised on the
 * round and the stamps of those items (`stamps`, read by the caller): most saves touch no
 * cross-unit item, so a save reads a few stamp rows instead of every unit's facts of those
 * items. The stamps were read before the rows read here, so a context is never older than the
 * stamps it is kept under. Without stamps (an item the rules read has no stamp row, decision
 * 0308: its writes are not counted) the context is read afresh and not kept.
 */
async function roundContextOf(
  db: Kysely<Database>,
  roundId: string,
  scheme: Scheme,
  ratingItems: ReadonlySet<string>,
  stamps: string | undefined,
): Promise<RoundContext> {
  const crossItems = crossUnitItemCodes(scheme);
  if (crossItems.size === 0) return {};
  const key = stamps === undefined ? undefined : `${roundId}|${stamps}`;
  let contexts = contextsByScheme.get(scheme);
  if (contexts === undefined) {
    contexts = new WeightedMemo<RoundContext>(50);
    contextsByScheme.set(scheme, contexts);
  }
  const known = key === undefined ? undefined : contexts.get(key);
  if (known !== undefined) return known;
  const rows = await listRoundFactRows(db, roundId, [...crossItems]);
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byUnit = new Map<string, CrossUnitFactRow[]>();
  for (const row of rows) {
    const unitRows = byUnit.get(row.round_unit_id) ?? [];
    unitRows.push(row);
    byUnit.set(row.round_unit_id, unitRows);
  }
  // Review rows go last so they replace the self rows of the same item (effective facts).
  const effective = (unitRows: CrossUnitFactRow[]) =>
    factsObject(
      [
        ...unitRows.filter((r) => r.source === "self"),
        ...unitRows.filter((r) => r.source !== "self"),
      ],
      ratingItems,
    );
  const context = computeRoundContext(
    scheme,
    [...byUnit.values()].map((unitRows) => ({ facts: effective(unitRows) })),
  );
  if (key !== undefined) contexts.set(key, context, 1);
  return context;
}

/** What the live score is computed for. */
interface LiveScoreInput {
  roundId: string;
  roundUnitId: string;
  unitId: string;
  unitName: string;
  scheme: Scheme;
  ratingItems: ReadonlySet<string>;
}

/** The live score from the unit's rows (every source) and the cross-unit items' stamps. */
async function scoreOf(
  db: Kysely<Database>,
  input: LiveScoreInput,
  ownRows: readonly UnitValueRow[],
  stamps: string | undefined,
) {
  const { scheme, ratingItems } = input;
  const selfFacts = factsObject(
    ownRows.filter((row) => row.source === "self"),
    ratingItems,
  );
  const context = await roundContextOf(db, input.roundId, scheme, ratingItems, stamps);
  // Scored and validated with one check of the facts (was scoreUnit and validateFacts: two).
  const { result, problems } = scorerOf(scheme, context).score({
    id: input.unitId,
    name: input.unitName,
    facts: selfFacts,
  });
  return {
    score: {
      total: result.total,
      complete: result.complete,
      missing: result.missing,
      veto: result.veto ?? null,
      ...(result.adjustments === undefined && result.marks === undefined
        ? {}
        : { notes: describeUnitExtras(result) }),
      items: result.items,
    },
    problems,
    missingForSubmission: result.missing.filter((path) => !ratingItems.has(itemOfPath(path))),
  };
}

/** A unit's self facts, its live score, fact problems and what is still missing for submission. */
export async function liveScoreOf(db: Kysely<Database>, input: LiveScoreInput) {
  const { rows: ownRows, stamps } = await unitFactsWithStamps(
    db,
    input.roundUnitId,
    input.roundId,
    [...crossUnitItemCodes(input.scheme)],
  );
  return {
    selfRows: ownRows.filter((row) => row.source === "self"),
    reviewRows: ownRows.filter((row) => row.source === "review"),
    ...(await scoreOf(db, input, ownRows, stamps)),
  };
}

/**
 * A save's live score in two halves (decision 0344): `liveScoreRead` is the read, compiled, for
 * the save to send right behind its write (it runs after the write's commit, so it reads the
 * committed data, 0054); `liveScoreFrom` the score from its result. Only the values are read.
 */
export function liveScoreRead(db: Kysely<Database>, input: LiveScoreInput) {
  return unitValuesWithStampsQuery(db, input.roundUnitId, input.roundId, [
    ...crossUnitItemCodes(input.scheme),
  ]);
}

/** The live score from the result of `liveScoreRead`. */
export function liveScoreFrom(
  db: Kysely<Database>,
  input: LiveScoreInput,
  result: Parameters<typeof unitValuesWithStampsOf>[0],
) {
  const { rows, stamps } = unitValuesWithStampsOf(result, [...crossUnitItemCodes(input.scheme)]);
  return scoreOf(db, input, rows, stamps);
}
