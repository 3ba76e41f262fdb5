/**
 * Crash test (issue 15; docs/spec/security.md "Reliability"): `kaoping serve` is killed with
 * SIGKILL while unit fillers save facts, upload evidence and import facts workbooks at once;
 * after each restart every acknowledged write is there (or the one write in flight at the
 * kill — never anything else), every evidence file downloads with its recorded digest, and at
 * the end `kaoping audit verify` and `kaoping evidence verify` pass.
 *
 *   node --import tsx scripts/crash/crash-test.ts [--db sqlite|postgres] [--seconds 60]
 *
 * PostgreSQL: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), a schema of its
 * own, dropped afterwards. Prints a summary line; exits 1 on any lost or half-written write.
 */
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { createTestDatabase } from "../../packages/server/src/testing/database.js";
import { buildUser } from "../../packages/server/src/testing/factories.js";
import {
  buildCounty,
  buildRound,
  buildSchemeVersion,
} from "../../packages/server/src/testing/workflow-factories.js";
import * as c from "./clients.js";
import { runKaoping, startServe } from "./server.js";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    seconds: { type: "string", default: "60" },
  },
});
if (args.db === "postgres")
  process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";
else delete process.env.TEST_DATABASE_URL;
const budgetMs = Number(args.seconds) * 1000;
const problems: string[] = [];

const database = await createTestDatabase();
const { county, units } = await buildCounty(database.db, 6);
const versionId = await buildSchemeVersion(database.db, county);
const roundId = await buildRound(database.db, {
  assessing: county,
  units,
  schemeVersionId: versionId,
  state: "self_assessment",
});
const people = [];
for (const unit of units)
  people.push({
    unitId: unit.id,
    ...(await buildUser(database.db, {
      organisation: unit,
      roles: [{ role: "unit_filler" }],
      passwordChangedAt: new Date(),
    })),
  });
await database.db.destroy();
const where = database;

// Units 0–1 save facts, 2–3 upload evidence, 4–5 import facts workbooks.
const saves = [c.newLedger<number>(), c.newLedger<number>()];
const imports = [c.newLedger<string>(), c.newLedger<string>()];
const templates: { template?: Buffer }[] = [{}, {}];
const uploaded = [new Map<string, string>(), new Map<string, string>()];
const uploading = [new Set<string>(), new Set<string>()];
const uploadsRefused = { count: 0 };
const verifiedFiles = new Set<string>();

let server = await startServe(where);
const sessions: c.Session[] = [];
for (const p of people)
  sessions.push(await c.logIn(server.base, p.unitId, p.user.username, p.password));

/** After a restart: every acknowledged write is present, nothing else but the write in flight. */
async function check(base: string) {
  for (const [i, ledger] of saves.entries()) {
    const view = await c.request(
      base,
      sessions[i]!,
      "GET",
      `/api/rounds/${roundId}/units/${units[i]!.id}/self-assessment`,
    );
    const body = (await view!.json()) as {
      facts: { itemCode: string; facts: { absences?: number } }[];
    };
    const stored = body.facts.find((f) => f.itemCode === "1.3")?.facts.absences;
    if (!c.allowed(ledger, stored === undefined ? undefined : Number(stored)))
      problems.push(
        `save ${i}: stored ${stored}, acknowledged ${ledger.acked}, in flight ${ledger.inFlight}`,
      );
    ledger.acked = stored === undefined ? undefined : Number(stored);
    ledger.inFlight = undefined;
  }
  for (const [k, ledger] of imports.entries()) {
    const i = 4 + k;
    const view = await c.request(
      base,
      sessions[i]!,
      "GET",
      `/api/rounds/${roundId}/units/${units[i]!.id}/self-assessment`,
    );
    const body = (await view!.json()) as {
      facts: { itemCode: string; facts: { rate?: string } }[];
    };
    const rate = body.facts.find((f) => f.itemCode === "4.1")?.facts.rate;
    const stored = rate === undefined ? undefined : String(Number(rate));
    if (!c.allowed(ledger, stored))
      problems.push(
        `import ${k}: stored ${stored}, acknowledged ${ledger.acked}, in flight ${ledger.inFlight}`,
      );
    ledger.acked = stored;
    ledger.inFlight = undefined;
  }
  for (const [k, acked] of uploaded.entries()) {
    const s = sessions[2 + k]!;
    const list = await c.request(
      base,
      s,
      "GET",
      `/api/rounds/${roundId}/units/${s.unitId}/evidence`,
    );
    const files = (await list!.json()) as { id: string; sha256: string }[];
    const listed = new Map(files.map((f) => [f.id, f.sha256]));
    for (const [id, sha] of acked)
      if (listed.get(id) !== sha) problems.push(`upload ${id}: acknowledged but not listed`);
    for (const file of files) {
      if (!acked.has(file.id) && !uploading[k]!.has(file.sha256))
        problems.push(`upload ${file.id}: listed but never sent`);
      if (verifiedFiles.has(file.id)) continue;
      const download = await c.request(base, s, "GET", `/api/evidence/${file.id}/download`);
      const bytes = await download!.bytes();
      if (
        download!.status !== 200 ||
        createHash("sha256").update(bytes).digest("hex") !== file.sha256
      )
        problems.push(`upload ${file.id}: download ${download!.status}, digest differs`);
      verifiedFiles.add(file.id);
      acked.set(file.id, file.sha256);
    }
    uploading[k]!.clear();
  }
}

const started = performance.now();
let crashes = 0;
const killDelays: number[] = [];
while (performance.now() - started < budgetMs) {
  const base = server.base;
  const loops = [
    ...saves.map((ledger, i) => c.saveLoop(base, roundId, sessions[i]!, ledger)),
    ...uploaded.map((acked, k) =>
      c.uploadLoop(base, roundId, sessions[2 + k]!, acked, uploading[k]!, uploadsRefused),
    ),
    ...imports.map((ledger, k) =>
      c.importLoop(base, roundId, sessions[4 + k]!, ledger, templates[k]!),
    ),
  ].map((loop) => loop.catch((e: unknown) => void problems.push(`client: ${String(e)}`)));
  const delay = 2000 + Math.floor(Math.random() * 10_000);
  killDelays.push(delay);
  await new Promise((resolve) => setTimeout(resolve, delay));
  await server.kill();
  crashes += 1;
  await Promise.all(loops);
  server = await startServe(where);
  await check(server.base);
}
await server.kill();

const audit = await runKaoping(where, ["audit", "verify", "--data-dir", where.dataDir]);
const evidence = await runKaoping(where, ["evidence", "verify", "--data-dir", where.dataDir]);
if (audit.code !== 0) problems.push(`kaoping audit verify: ${audit.out.trim()}`);
if (evidence.code !== 0) problems.push(`kaoping evidence verify: ${evidence.out.trim()}`);
await database.destroy();

const total = (ledgers: c.Ledger<unknown>[]) => ledgers.reduce((n, l) => n + l.acknowledged, 0);
const summary = {
  database: args.db,
  seconds: Math.round((performance.now() - started) / 1000),
  crashes,
  acknowledgedSaves: total(saves),
  acknowledgedUploads: uploaded.reduce((n, m) => n + m.size, 0),
  acknowledgedImports: total(imports),
  refusedWrites:
    total([]) +
    saves.concat().reduce((n, l) => n + l.refused, 0) +
    imports.reduce((n, l) => n + l.refused, 0),
  filesDownloadedAndDigestChecked: verifiedFiles.size,
  auditVerify: audit.code === 0 ? "ok" : "failed",
  evidenceVerify: evidence.code === 0 ? "ok" : "failed",
  problems,
};
console.log(JSON.stringify(summary, null, 2));
process.exit(problems.length === 0 ? 0 : 1);
