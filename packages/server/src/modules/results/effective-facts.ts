/**
 * Effective facts (采用的事实) of a round: per item the `review` row when present, else the
 * `self` row; for rating items (rule kind `ratings`) each rater group's fact is the list of the
 * raters' values from the `ratings` table — never what a unit typed. Both results and the
 * unit's self score are built from these, so self and reviewed scores differ only by review.
 */
import { factTypeInfo, type Item, type Scheme } from "@kaoping/engine";
import type { RatingRow } from "../../db/schema.js";
import {
  type FactValueRow,
  FIELD_SEPARATOR,
  ROW_SEPARATOR,
  type UnitFactsText,
} from "../workflow/index.js";

/** One rater group of a rating item: the list fact it fills and its weight. */
export interface RatingGroup {
  fact: string;
  label: string;
  weight: string;
}

/** A rating item (评议) of a scheme with the range of one rating, from the engine's fact declaration. */
export interface RatingItem {
  code: string;
  title: string;
  groups: RatingGroup[];
  min: string;
  max: string;
  scale: number;
}

/** Every leaf item of a scheme, in scheme order. */
export function leafItemsOf(scheme: Scheme): Item[] {
  const out: Item[] = [];
  const walk = (items: readonly Item[]) => {
    for (const item of items) {
      if (item.children !== undefined && item.children.length > 0) walk(item.children);
      else out.push(item);
    }
  };
  walk(scheme.items);
  return out;
}

/** Every item of a scheme by code (groups and leaves); one definition, in the workflow core. */
export { itemsByCode } from "../workflow/index.js";

/** The rating items of a scheme: leaves whose rule is `ratings`, with each group's list fact and range. */
export function ratingItemsOf(scheme: Scheme): RatingItem[] {
  const out: RatingItem[] = [];
  for (const item of leafItemsOf(scheme)) {
    if (item.rule?.kind !== "ratings") continue;
    const groups = (item.rule.groups ?? []) as { fact: string; weight?: string }[];
    const decls = groups.map((g) => item.facts?.find((f) => f.name === g.fact));
    const element = decls[0]?.element;
    if (element === undefined) continue;
    const info = factTypeInfo[element.type];
    out.push({
      code: item.code,
      title: item.title,
      groups: groups.map((g, i) => ({
        fact: g.fact,
        label: decls[i]?.label ?? g.fact,
        weight: String(g.weight ?? "1"),
      })),
      min: element.min ?? info.min ?? "0",
      max: element.max ?? info.max ?? item.max,
      scale: element.scale ?? info.scale ?? 2,
    });
  }
  return out;
}

/** The facts of one round unit, split by source. */
export interface UnitFactSources<R extends FactValueRow = FactValueRow> {
  self: Record<string, Record<string, unknown>>;
  review: Record<string, Record<string, unknown>>;
  reviewRows: Map<string, R>;
  selfRows: Map<string, R>;
}

/** Groups a round's facts rows by round unit. */
export function factsByRoundUnit<R extends FactValueRow>(
  rows: readonly R[],
): Map<string, UnitFactSources<R>> {
  const out = new Map<string, UnitFactSources<R>>();
  for (const row of rows) {
    let sources = out.get(row.round_unit_id);
    if (sources === undefined) {
      sources = noSources();
      out.set(row.round_unit_id, sources);
    }
    addFactRow(sources, row);
  }
  return out;
}

function noSources<R extends FactValueRow>(): UnitFactSources<R> {
  return { self: {}, review: {}, reviewRows: new Map(), selfRows: new Map() };
}

/** Files one stored facts row under its source (self or review). */
function addFactRow<R extends FactValueRow>(sources: UnitFactSources<R>, row: R): void {
  const value = JSON.parse(row.value) as Record<string, unknown>;
  if (row.source === "review") {
    sources.review[row.item_code] = value;
    sources.reviewRows.set(row.item_code, row);
  } else {
    sources.self[row.item_code] = value;
    sources.selfRows.set(row.item_code, row);
  }
}

/** The facts of each round unit from `listRoundFactTexts` (the same as `factsByRoundUnit` of the rows). */
export function factsOfTexts(texts: readonly UnitFactsText[]): Map<string, UnitFactSources> {
  const out = new Map<string, UnitFactSources>();
  for (const { round_unit_id, rows } of texts) {
    const sources: UnitFactSources = noSources();
    for (const text of rows.split(ROW_SEPARATOR)) {
      const first = text.indexOf(FIELD_SEPARATOR);
      const second = text.indexOf(FIELD_SEPARATOR, first + 1);
      addFactRow(sources, {
        round_unit_id,
        item_code: text.slice(0, first),
        source: text.slice(first + 1, second),
        value: text.slice(second + 1),
      });
    }
    out.set(round_unit_id, sources);
  }
  return out;
}

/** Ratings per round unit → item code → group fact → values (in the order they were given). */
export type RatingValues = Map<string, Map<string, Map<string, string[]>>>;

/** Groups a round's ratings; a rating without a group belongs to the item's first group. */
export function ratingsByRoundUnit(
  rows: readonly Pick<RatingRow, "round_unit_id" | "item_code" | "rater_group" | "value">[],
  ratingItems: readonly RatingItem[],
): RatingValues {
  const firstGroup = new Map(
    ratingItems.map((item) => [item.code, item.groups[0]?.fact ?? "ratings"]),
  );
  const out: RatingValues = new Map();
  for (const row of rows) {
    const group = row.rater_group ?? firstGroup.get(row.item_code);
    if (group === undefined) continue;
    const items = out.get(row.round_unit_id) ?? new Map<string, Map<string, string[]>>();
    out.set(row.round_unit_id, items);
    const groups = items.get(row.item_code) ?? new Map<string, string[]>();
    items.set(row.item_code, groups);
    groups.set(group, [...(groups.get(group) ?? []), row.value]);
  }
  return out;
}

/** Puts the raters' values into the rating items' group facts, replacing anything else there. */
function withRatings(
  facts: Record<string, Record<string, unknown>>,
  ratingItems: readonly RatingItem[],
  ratings: Map<string, Map<string, string[]>> | undefined,
): Record<string, Record<string, unknown>> {
  for (const item of ratingItems) {
    const value: Record<string, unknown> = { ...(facts[item.code] ?? {}) };
    for (const group of item.groups) {
      delete value[group.fact];
      const values = ratings?.get(item.code)?.get(group.fact);
      if (values !== undefined && values.length > 0) value[group.fact] = values;
    }
    if (Object.keys(value).length > 0) facts[item.code] = value;
    else delete facts[item.code];
  }
  return facts;
}

/** The effective facts of one unit: review over self per item, ratings from the raters. */
export function effectiveFactsOf(
  sources: UnitFactSources | undefined,
  ratingItems: readonly RatingItem[],
  ratings: Map<string, Map<string, string[]>> | undefined,
): Record<string, Record<string, unknown>> {
  return withRatings(
    { ...(sources?.self ?? {}), ...(sources?.review ?? {}) },
    ratingItems,
    ratings,
  );
}

/** The unit's own facts (self rows only), with the same ratings, for the self score. */
export function selfFactsOf(
  sources: UnitFactSources | undefined,
  ratingItems: readonly RatingItem[],
  ratings: Map<string, Map<string, string[]>> | undefined,
): Record<string, Record<string, unknown>> {
  return withRatings({ ...(sources?.self ?? {}) }, ratingItems, ratings);
}
