/**
 * A unit's own facts template and its import into the self-assessment (自评): the rules of the
 * self-assessment service apply — own unit only (404 otherwise), editable only while the
 * self-assessment is open, 评议 items refused, every value validated by the engine — and the whole
 * file is saved in ONE transaction with one audit row `self_assessment.import_facts`, or nothing is.
 * Blank cells keep the stored value. The import writes through the workflow core's one facts write
 * path: inside the transaction it takes the same editability lock as a save, then reads, merges
 * and validates the stored facts there, so a save that landed meanwhile is merged onto, never
 * overwritten (issue 15, finding 6).
 */
import { validateFacts } from "@kaoping/engine";
import { buildFactsTemplate, importFactsWorkbook, safeFileName } from "../../office/index.js";
import { AppError } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import {
  lockEditable,
  requireEditable,
  requireRoundAndUnit,
  schemeItems,
  schemeOfVersion,
  selfFactsOf,
  writeFacts,
} from "../workflow/index.js";

const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** At most this many problems are returned (the rest are counted). */
const maxProblems = 200;

/** Builds the unit facts functions of the documents service. */
export function createUnitFactsService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;

  async function load(ctx: RequestContext, roundId: string, unitId: string) {
    const actor = requireActor(ctx);
    const { round, roundUnit } = await requireRoundAndUnit(db, actor, roundId, unitId);
    const scheme = await schemeOfVersion(db, round.scheme_version_id);
    return { actor, round, roundUnit, scheme, items: schemeItems(scheme) };
  }

  return {
    /** The unit's template (its own row, current self facts filled in, 评议 items left out). */
    async exportTemplate(ctx: RequestContext, roundId: string, unitId: string) {
      const { round, roundUnit, scheme, items } = await load(ctx, roundId, unitId);
      const unit = {
        id: roundUnit.unit_id,
        name: roundUnit.unit_name,
        facts: await selfFactsOf(db, roundUnit.id),
      };
      const bytes = await buildFactsTemplate({
        scheme,
        round: { title: round.title },
        units: [unit],
        omitItems: [...items.ratingItems],
      });
      await db.transaction().execute((trx) =>
        audit(trx, {
          ctx,
          action: "document.export",
          object: { type: "round", id: round.id },
          detail: { document: "facts_template", unitId },
        }),
      );
      return {
        fileName: safeFileName(`${roundUnit.unit_name}-事实导入模板.xlsx`),
        contentType: xlsx,
        bytes,
      };
    },

    /** Imports a filled template into the unit's self-assessment: all items or none. */
    async importFacts(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      file: { name: string; bytes: Buffer },
    ) {
      const { actor, round, roundUnit, scheme, items } = await load(ctx, roundId, unitId);
      requireEditable(round, roundUnit, clock());
      const parsed = await importFactsWorkbook(
        scheme,
        [{ id: roundUnit.unit_id, name: roundUnit.unit_name }],
        file.bytes,
      );
      const fail = (fields: { path: string; message: string }[]) =>
        new AppError(
          "VALIDATION_FAILED",
          `导入文件有 ${fields.length} 处错误，数据未导入（全部不保存）。`,
          {
            fields: fields.slice(0, maxProblems),
          },
        );
      if (!parsed.ok)
        throw fail(
          parsed.problems.map((p) => ({
            path: `body.file.${p.sheet}!${p.cell}`,
            message: `${p.header !== "" ? `${p.header}：` : ""}${p.message}`,
          })),
        );
      const imported = parsed.units[0]?.facts ?? {};
      const refused = Object.keys(imported).filter(
        (code) => items.ratingItems.has(code) || !items.selfAssessed.includes(code),
      );
      if (refused.length > 0)
        throw fail(
          refused.map((code) => ({
            path: `body.file.${code}`,
            message: `评分项 ${code} 不由单位自评填报`,
          })),
        );
      return db.transaction().execute(async (trx) => {
        await lockEditable(trx, round, roundUnit.id, clock());
        const stored = await selfFactsOf(trx, roundUnit.id);
        const merged = { ...stored };
        for (const [code, facts] of Object.entries(imported))
          merged[code] = { ...(stored[code] ?? {}), ...facts };
        const checked = validateFacts(scheme, merged);
        if (checked.problems.length > 0)
          throw fail(
            checked.problems.map((p) => ({ path: `body.file.${p.path}`, message: p.message })),
          );
        const changed = Object.keys(imported).filter(
          (code) => JSON.stringify(merged[code]) !== JSON.stringify(stored[code]),
        );
        const now = clock().toISOString();
        for (const code of changed)
          await writeFacts(trx, {
            roundUnitId: roundUnit.id,
            itemCode: code,
            source: "self",
            facts: merged[code] ?? {},
            userId: actor.userId,
            now,
          });
        await audit(trx, {
          ctx,
          action: "self_assessment.import_facts",
          object: { type: "round_unit", id: roundUnit.id },
          before: Object.fromEntries(changed.map((code) => [code, stored[code] ?? null])),
          after: Object.fromEntries(changed.map((code) => [code, merged[code]])),
          detail: { fileName: file.name, items: changed.length },
        });
        return {
          changedItems: changed,
          unchangedItems: Object.keys(imported).length - changed.length,
          missing: checked.missing,
        };
      });
    },
  };
}
