/**
 * Checks every stored evidence file against its recorded SHA-256 (docs/spec/security.md row 21: "after
 * restore"): each distinct stored file is read once; every row pointing at a missing or changed
 * file is reported. The check is recorded in the audit log as one event.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { systemContext } from "../../http/context.js";
import { recordAuditEvent, type AuditWriter } from "../audit/writer.js";
import { listEvidenceFilesToVerify } from "./repository.js";
import type { EvidenceStore } from "./store.js";

/** One evidence row whose bytes are missing or changed. */
export interface EvidenceProblem {
  id: string;
  originalName: string;
  unitId: string;
  roundId: string;
  problem: "missing" | "changed";
}

/** Verifies every evidence file (deleted rows included: their bytes are kept for the record). */
export async function verifyEvidenceFiles(
  db: Kysely<Database>,
  store: EvidenceStore,
  audit: AuditWriter,
): Promise<{ files: number; problems: EvidenceProblem[] }> {
  const rows = await listEvidenceFilesToVerify(db);
  const verdicts = new Map<string, "ok" | "missing" | "changed">();
  for (const row of rows) {
    if (verdicts.has(row.stored_name)) continue;
    const bytes = await store.read(row.stored_name);
    verdicts.set(
      row.stored_name,
      bytes === undefined
        ? "missing"
        : createHash("sha256").update(bytes).digest("hex") === row.sha256
          ? "ok"
          : "changed",
    );
  }
  const problems: EvidenceProblem[] = [];
  for (const row of rows) {
    const verdict = verdicts.get(row.stored_name);
    if (verdict === "missing" || verdict === "changed") {
      problems.push({
        id: row.id,
        originalName: row.original_name,
        unitId: row.unit_id,
        roundId: row.round_id,
        problem: verdict,
      });
    }
  }
  await recordAuditEvent(db, audit, {
    ctx: systemContext(),
    action: "evidence.verify",
    outcome: problems.length === 0 ? "success" : "failure",
    detail: {
      files: verdicts.size,
      rows: rows.length,
      problems: problems.slice(0, 100).map((p) => ({ id: p.id, problem: p.problem })),
    },
  });
  return { files: verdicts.size, problems };
}
