// The ceiling of the saves benchmark (scripts/bench/saves.mjs): a bare Fastify route doing one
// insert into the same database as the server under test, opened by the same code (pool or
// SQLite connection as `kaoping serve` opens it). Environment: PORT, KAOPING_DATA_DIR,
// DATABASE_URL, DATABASE_SCHEMA. Prints "ready" when listening.
import Fastify from "fastify";
import { openDatabase } from "../../../packages/server/dist/db/database.js";
import { insertCeilingRow } from "./ceiling.mjs";

const db = openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  databaseSchema: process.env.DATABASE_SCHEMA || undefined,
  dataDir: process.env.KAOPING_DATA_DIR,
});
const app = Fastify({ logger: false });
app.put("/bench/ceiling", async (request) => {
  await insertCeilingRow(db, request.body);
  return { ok: true };
});
app.get("/healthz", async () => ({ ok: true }));
await app.listen({ host: "127.0.0.1", port: Number(process.env.PORT) });
process.stdout.write("ready\n");
process.once("SIGTERM", () => void app.close().then(() => db.destroy()));
