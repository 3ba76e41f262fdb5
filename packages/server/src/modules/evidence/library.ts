/**
 * The unit's material library (佐证材料库): every content it has attached in any round, one entry
 * per SHA-256 with where it is used, filtered by file name or item (code or title), item code and
 * year; at most `libraryEntryLimit` entries.
 */
import type { Kysely } from "kysely";
import type { Item } from "@kaoping/engine";
import type { EvidenceLibrary, EvidenceLibraryEntry } from "../../contract/evidence.js";
import type { Database } from "../../db/schema.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import * as repo from "./repository.js";
import { requireRoundAndUnit, schemeItems, schemeOfVersion } from "../workflow/index.js";

/** How many attachments the material library reads, and how many contents it answers with. */
const libraryRowLimit = 2_000;
const libraryEntryLimit = 200;

/** The library of a unit the actor reaches through the round. */
export async function materialLibrary(
  db: Kysely<Database>,
  ctx: RequestContext,
  roundId: string,
  unitId: string,
  filters: { q?: string | undefined; itemCode?: string | undefined; year?: number | undefined },
): Promise<EvidenceLibrary> {
  await requireRoundAndUnit(db, requireActor(ctx), roundId, unitId);
  const rows = await repo.listUnitLibrary(db, unitId, libraryRowLimit);
  const titles = new Map<string, Map<string, Item>>();
  const titleOf = async (row: repo.LibraryRow) => {
    let items = titles.get(row.scheme_version_id);
    if (items === undefined) {
      items = schemeItems(await schemeOfVersion(db, row.scheme_version_id)).byCode;
      titles.set(row.scheme_version_id, items);
    }
    return items.get(row.item_code)?.title ?? "";
  };
  const needle = filters.q?.toLowerCase();
  const byContent = new Map<string, EvidenceLibraryEntry>();
  for (const row of rows) {
    const itemTitle = await titleOf(row);
    let entry = byContent.get(row.sha256);
    if (entry === undefined) {
      entry = {
        evidenceId: row.id,
        originalName: row.original_name,
        size: row.size,
        contentType: row.content_type,
        sha256: row.sha256,
        uploadedAt: row.uploaded_at,
        uses: [],
      };
      byContent.set(row.sha256, entry);
    }
    entry.uses.push({
      evidenceId: row.id,
      roundId: row.round_id,
      roundTitle: row.round_title,
      year: row.year,
      itemCode: row.item_code,
      itemTitle,
    });
  }
  const matches = [...byContent.values()].filter(
    (entry) =>
      (needle === undefined ||
        entry.originalName.toLowerCase().includes(needle) ||
        entry.uses.some(
          (use) => use.itemCode.toLowerCase().startsWith(needle) || use.itemTitle.includes(needle),
        )) &&
      (filters.itemCode === undefined ||
        entry.uses.some((use) => use.itemCode === filters.itemCode)) &&
      (filters.year === undefined || entry.uses.some((use) => use.year === filters.year)),
  );
  return {
    entries: matches.slice(0, libraryEntryLimit),
    truncated: matches.length > libraryEntryLimit || rows.length === libraryRowLimit,
  };
}
