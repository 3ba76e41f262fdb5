/**
 * 进度 (issue 18 part 3, docs/decisions/0260): where a round stands while it is open, for the
 * administrator who runs it. Read only; a handful of queries per call (the round, its units, the
 * units' own facts, the item decisions, the reviewers, the raters and their counts), so polling
 * every 20 s is cheap. Rating values are never read: raters are counted, nothing else.
 */
import { validateFacts, type Scheme } from "@kaoping/engine";
import type { RoundProgress } from "../../contract/progress.js";
import type { RoundState } from "../../contract/workflow.js";
import { dayIn } from "../../contract/time-zone.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { ratingItemsOf } from "../results/effective-facts.js";
import { listRoundReviewers } from "../review/index.js";
import { effectiveConfig } from "../settings/effective.js";
import { listRoundUnits, requireRound, schemeOfRound } from "../workflow/index.js";
import {
  countRatingsByRater,
  listActiveRaters,
  listItemDecisions,
  listSelfFacts,
} from "./repository.js";

/** The item code of a fact path (`4.1.rate` → `4.1`, `7.findings[0].level` → `7`). */
function itemOf(path: string): string {
  const fact = path.split("[", 1)[0] as string;
  return fact.slice(0, Math.max(0, fact.lastIndexOf(".")));
}

/** The required facts the unit has not given, rating items left out (raters fill those). */
function missingOf(scheme: Scheme, facts: object, ratingCodes: ReadonlySet<string>): string[] {
  return validateFacts(scheme, facts).missing.filter((path) => !ratingCodes.has(itemOf(path)));
}

/** Per scheme (immutable, cached by version): the facts the form requires of an empty unit. */
const requiredOfScheme = new WeakMap<Scheme, readonly string[]>();

function baseRequired(scheme: Scheme, ratingCodes: ReadonlySet<string>): readonly string[] {
  let known = requiredOfScheme.get(scheme);
  if (known === undefined) {
    known = missingOf(scheme, {}, ratingCodes);
    requiredOfScheme.set(scheme, known);
  }
  return known;
}

/** Whole calendar days from one day (YYYY-MM-DD) to another. */
function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

const stages = [
  { stage: "self_assessment", label: "自评截止", column: "self_assessment_deadline" },
  { stage: "review", label: "审核截止", column: "review_deadline" },
  { stage: "rating", label: "评议截止", column: "rating_deadline" },
] as const;

/** Builds the progress service. */
export function createProgressService(deps: ServiceDeps) {
  const { db, clock } = deps;

  return {
    /** The round's progress: units, reviewers, raters (counts only) and the deadlines. */
    async getProgress(ctx: RequestContext, roundId: string): Promise<RoundProgress> {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      const scheme = schemeOfRound(round);
      const ratingItems = ratingItemsOf(scheme);
      const ratingCodes = new Set(ratingItems.map((item) => item.code));
      const [units, factRows, decisions, reviewers, raters, counts] = await Promise.all([
        listRoundUnits(db, round.id),
        listSelfFacts(db, round.id),
        listItemDecisions(db, round.id),
        listRoundReviewers(db, round),
        listActiveRaters(db),
        countRatingsByRater(db, round.id),
      ]);

      // Units: each one's own facts against the facts its form requires.
      const factsByUnit = new Map<string, { facts: Record<string, unknown>; last: string }>();
      for (const row of factRows) {
        if (ratingCodes.has(row.item_code)) continue;
        const entry = factsByUnit.get(row.round_unit_id) ?? { facts: {}, last: "" };
        entry.facts[row.item_code] = JSON.parse(row.value) as unknown;
        if (row.updated_at > entry.last) entry.last = row.updated_at;
        factsByUnit.set(row.round_unit_id, entry);
      }
      const base = baseRequired(scheme, ratingCodes);
      const unitRows = units.map((u) => {
        const entry = factsByUnit.get(u.id);
        const missing = missingOf(scheme, entry?.facts ?? {}, ratingCodes);
        // A fact required only when another is given ("required when") joins the count then.
        const required = new Set([...base, ...missing]).size;
        const filled = required - missing.length;
        const status = u.status as RoundProgress["units"][number]["status"];
        const phase: RoundProgress["units"][number]["phase"] =
          status === "submitted" || status === "accepted"
            ? "submitted"
            : entry !== undefined || status === "returned"
              ? "in_progress"
              : "not_started";
        return {
          unitId: u.unit_id,
          unitName: u.unit_name,
          unitCode: u.unit_code,
          status,
          reopened: u.reopened === 1,
          phase,
          filled,
          required,
          percent: required === 0 ? 100 : Math.floor((filled * 100) / required),
          lastSavedAt: entry === undefined ? null : entry.last,
          ownDeadline: u.self_assessment_deadline,
        };
      });

      // Reviewers: the items of each one's scope in the submitted units, decided and approved.
      const toReview = new Set(
        units.filter((u) => u.status === "submitted" || u.status === "accepted").map((u) => u.id),
      );
      const decided = new Set<string>();
      const approved = new Set<string>();
      for (const row of decisions) {
        if (!toReview.has(row.round_unit_id)) continue;
        const key = `${row.round_unit_id}|${row.item_code}`;
        if (row.status === "confirmed" || row.status === "corrected") decided.add(key);
        if (row.approved_at !== null) approved.add(key);
      }
      const reviewerRows = reviewers.map((reviewer) => {
        const codes = [...reviewer.codes];
        let itemsDecided = 0;
        let unitsApproved = 0;
        for (const unit of toReview) {
          itemsDecided += codes.filter((code) => decided.has(`${unit}|${code}`)).length;
          if (codes.length > 0 && codes.every((code) => approved.has(`${unit}|${code}`)))
            unitsApproved += 1;
        }
        return {
          name: reviewer.name,
          itemsDecided,
          itemsTotal: codes.length * toReview.size,
          unitsApproved,
          unitsTotal: toReview.size,
        };
      });

      // Raters: counts only (issue 15 finding 3) — who reaches the round, and anyone who rated it.
      const expected = units.length * ratingItems.length;
      const given = new Map(counts.map((row) => [row.rater_id, Number(row.given)]));
      const raterRows =
        ratingItems.length === 0
          ? []
          : [
              ...raters
                .filter((r) => round.organisation_path.startsWith(r.path))
                .map((r) => ({ id: r.user_id, name: r.display_name })),
              ...counts.map((row) => ({ id: row.rater_id, name: row.display_name })),
            ]
              .filter((r, i, all) => all.findIndex((o) => o.id === r.id) === i)
              .map((r) => ({ name: r.name, given: given.get(r.id) ?? 0, expected }));

      const now = clock();
      const timeZone = effectiveConfig(deps).timeZone;
      const today = dayIn(now, timeZone);
      return {
        roundId: round.id,
        roundState: round.state as RoundState,
        now: now.toISOString(),
        timeZone,
        deadlines: stages.map(({ stage, label, column }) => {
          const deadline = round[column];
          return {
            stage,
            label,
            deadline,
            daysLeft: deadline === null ? null : daysBetween(today, dayIn(deadline, timeZone)),
            passed: deadline !== null && now.getTime() > new Date(deadline).getTime(),
            current: round.state === stage,
            extendedUnits:
              stage === "self_assessment"
                ? units.filter((u) => u.self_assessment_deadline !== null).length
                : 0,
          };
        }),
        unitCounts: {
          total: unitRows.length,
          submitted: unitRows.filter((u) => u.phase === "submitted").length,
          inProgress: unitRows.filter((u) => u.phase === "in_progress").length,
          notStarted: unitRows.filter((u) => u.phase === "not_started").length,
        },
        units: unitRows,
        reviewers: reviewerRows,
        raters: raterRows,
      };
    },
  };
}

/** The progress service. */
export type ProgressService = ReturnType<typeof createProgressService>;
