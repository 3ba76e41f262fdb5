/**
 * Where a new scheme's first draft comes from (part of the schemes service): a built-in
 * template, a published version the actor reaches, or an imported document — each validated by
 * the engine, with the origin and lineage the new scheme records.
 */
import { getTemplate, type Scheme } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../errors/app-error.js";
import type { Actor } from "../../http/context.js";
import { requireReachableSchemeVersion } from "./lookups.js";
import { findScheme } from "./repository.js";
import { requireValidScheme } from "./validation.js";

/** Where a new scheme's first draft comes from. */
export type SchemeSource =
  { template: string } | { schemeVersionId: string } | { document: Record<string, unknown> };

/** The first draft and its origin, from a template, a published version or an imported document. */
export async function draftSourceOf(
  db: Kysely<Database>,
  actor: Actor,
  from: SchemeSource,
): Promise<{ scheme: Scheme; origin: string; originRef: string | null; lineage: string | null }> {
  if ("template" in from) {
    const scheme = getTemplate(from.template);
    if (scheme === undefined) {
      throw new AppError("VALIDATION_FAILED", undefined, {
        fields: [{ path: "body.from.template", message: "没有这个内置模板" }],
      });
    }
    return { scheme, origin: "template", originRef: from.template, lineage: from.template };
  }
  if ("schemeVersionId" in from) {
    const version = await requireReachableSchemeVersion(db, actor, from.schemeVersionId);
    const source = await findScheme(db, version.scheme_id);
    return {
      scheme: requireValidScheme(JSON.parse(version.document), "body.from"),
      origin: "version",
      originRef: version.id,
      lineage: source?.lineage ?? null,
    };
  }
  return {
    scheme: requireValidScheme(from.document, "body.from.document"),
    origin: "import",
    originRef: null,
    lineage: null,
  };
}
