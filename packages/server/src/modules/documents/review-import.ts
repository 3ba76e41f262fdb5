/**
 * The round-wide facts template uploaded back by a reviewer (审核评分): every value that differs
 * from the unit's effective facts becomes a review correction (修正) with the reason
 * "批量导入：<文件名>", under the review rules — round in 审核, before the review deadline, unit
 * submitted (not returned or accepted), item in the reviewer's scope, facts valid for the engine.
 * All or nothing: one transaction, one audit row `review.import_facts`; the unit's own facts stay.
 */
import { validateFacts } from "@kaoping/engine";
import { importFactsWorkbook } from "../../office/index.js";
import { AppError } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { markItemCorrected, scopeOf } from "../review/index.js";
import {
  listRoundUnits,
  listUnitFacts,
  requireBeforeDeadline,
  requireRound,
  requireState,
  schemeOfRound,
  writeFacts,
} from "../workflow/index.js";

type Facts = Record<string, Record<string, unknown>>;
const maxProblems = 200;

/** Builds the reviewer's round-wide facts import. */
export function createReviewImportService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;
  const fail = (fields: { path: string; message: string }[]) =>
    new AppError(
      "VALIDATION_FAILED",
      `导入文件有 ${fields.length} 处错误，数据未导入（全部不保存）。`,
      { fields: fields.slice(0, maxProblems) },
    );

  return {
    /** Imports a filled round template as review corrections: all of them, or none. */
    async importRoundFacts(
      ctx: RequestContext,
      roundId: string,
      file: { name: string; bytes: Buffer },
    ) {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      requireState(round, ["review"], "批量导入审核修正");
      requireBeforeDeadline(round.review_deadline, clock(), "审核");
      const scheme = schemeOfRound(round);
      const units = await listRoundUnits(db, round.id);
      const parsed = await importFactsWorkbook(
        scheme,
        units.map((u) => ({ id: u.unit_id, name: u.unit_name })),
        file.bytes,
      );
      if (!parsed.ok)
        throw fail(
          parsed.problems.map((p) => ({
            path: `body.file.${p.sheet}!${p.cell}`,
            message: `${p.header !== "" ? `${p.header}：` : ""}${p.unit !== undefined ? `${p.unit}：` : ""}${p.message}`,
          })),
        );
      const scope = new Set(await scopeOf(db, actor, round));
      const problems: { path: string; message: string }[] = [];
      const changes: {
        unit: (typeof units)[number];
        code: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown>;
      }[] = [];
      for (const imported of parsed.units) {
        const unit = units.find((u) => u.unit_id === imported.id);
        if (unit === undefined) continue;
        const rows = await listUnitFacts(db, unit.id);
        const self: Facts = Object.fromEntries(
          rows.filter((r) => r.source === "self").map((r) => [r.item_code, JSON.parse(r.value)]),
        );
        const review: Facts = Object.fromEntries(
          rows.filter((r) => r.source === "review").map((r) => [r.item_code, JSON.parse(r.value)]),
        );
        const effective: Facts = { ...self, ...review };
        const merged: Facts = { ...effective };
        for (const [code, facts] of Object.entries(imported.facts)) {
          const current = effective[code] ?? {};
          const next = { ...current, ...facts };
          if (JSON.stringify(next) === JSON.stringify(current)) continue;
          merged[code] = next;
          if (!scope.has(code))
            problems.push({
              path: `body.file.${unit.unit_name}.${code}`,
              message: `${unit.unit_name}：评分项 ${code} 不在您的审核范围内`,
            });
          else if (unit.status !== "submitted")
            problems.push({
              path: `body.file.${unit.unit_name}.${code}`,
              message: `${unit.unit_name}：${unit.status === "accepted" ? "已审核通过" : "自评尚未提交或已退回"}，不能修正`,
            });
          else changes.push({ unit, code, before: review[code] ?? null, after: next });
        }
        for (const p of validateFacts(scheme, merged).problems)
          problems.push({
            path: `body.file.${unit.unit_name}.${p.path}`,
            message: `${unit.unit_name}：${p.message}`,
          });
      }
      if (problems.length > 0) throw fail(problems);
      const reason = `批量导入：${file.name}`.slice(0, 500);
      await db.transaction().execute(async (trx) => {
        const now = clock().toISOString();
        for (const c of changes) {
          const marked = await markItemCorrected(trx, {
            roundUnitId: c.unit.id,
            itemCode: c.code,
            userId: actor.userId,
            now,
          });
          if (!marked)
            throw new AppError(
              "VERSION_CONFLICT",
              "审核结果已被他人修改，请重新导入（本次未保存）。",
            );
          await writeFacts(trx, {
            roundUnitId: c.unit.id,
            itemCode: c.code,
            source: "review",
            facts: c.after,
            reason,
            userId: actor.userId,
            now,
          });
        }
        await audit(trx, {
          ctx,
          action: "review.import_facts",
          object: { type: "round", id: round.id },
          before: Object.fromEntries(changes.map((c) => [`${c.unit.unit_id}/${c.code}`, c.before])),
          after: Object.fromEntries(changes.map((c) => [`${c.unit.unit_id}/${c.code}`, c.after])),
          detail: { fileName: file.name, corrections: changes.length },
        });
      });
      return {
        corrections: changes.map((c) => ({
          unitId: c.unit.unit_id,
          unitName: c.unit.unit_name,
          itemCode: c.code,
        })),
      };
    },
  };
}
