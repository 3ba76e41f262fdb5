/**
 * The crash test's clients: a unit filler's session over HTTP, and three kinds of writer — facts
 * saves, evidence uploads, facts imports — each keeping what the server acknowledged and what was
 * in flight when it died (at most one write per writer is ever in flight).
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { samplePdf } from "../../packages/server/src/modules/demo/sample-files.js";
import { multipartBody } from "../../packages/server/src/testing/zip.js";

/** A logged-in unit filler. */
export interface Session {
  unitId: string;
  cookie: string;
  csrf: string;
}

/** Logs in; the session lives in the database, so it outlives a crash. */
export async function logIn(base: string, unitId: string, username: string, password: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok)
    throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const jar = new Map<string, string>();
  for (const cookie of response.headers.getSetCookie()) {
    const [name = "", value = ""] = (cookie.split(";")[0] ?? "").split("=");
    jar.set(name, value);
  }
  return {
    unitId,
    cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    csrf: jar.get("kaoping_csrf") ?? "",
  } satisfies Session;
}

/** A request as the session; network failures (the server died) come back as null. */
export async function request(
  base: string,
  s: Session,
  method: string,
  path: string,
  body?: { json: unknown } | { raw: Buffer; headers: Record<string, string> },
): Promise<{ status: number; json: () => Promise<unknown>; bytes: () => Promise<Buffer> } | null> {
  const headers: Record<string, string> = { cookie: s.cookie, "x-csrf-token": s.csrf };
  let payload: BodyInit | undefined;
  if (body !== undefined && "json" in body) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body.json);
  } else if (body !== undefined) {
    Object.assign(headers, body.headers);
    payload = new Uint8Array(body.raw);
  }
  try {
    const response = await fetch(`${base}${path}`, { method, headers, body: payload });
    const buffer = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      json: async () => JSON.parse(buffer.toString("utf8")),
      bytes: async () => buffer,
    };
  } catch {
    return null;
  }
}

/** What one writer knows: the last acknowledged value and the one possibly in flight. */
export interface Ledger<T> {
  acked: T | undefined;
  inFlight: T | undefined;
  acknowledged: number;
  refused: number;
}

export const newLedger = <T>(): Ledger<T> => ({
  acked: undefined,
  inFlight: undefined,
  acknowledged: 0,
  refused: 0,
});

/** Whether a stored value is one the ledger allows after a crash. */
export function allowed<T>(ledger: Ledger<T>, stored: T | undefined): boolean {
  return stored === ledger.acked || (ledger.inFlight !== undefined && stored === ledger.inFlight);
}

let counter = 0;
const unitPath = (roundId: string, s: Session) => `/api/rounds/${roundId}/units/${s.unitId}`;

/** Saves item 1.3's absences again and again (version-checked) until the server dies. */
export async function saveLoop(base: string, roundId: string, s: Session, ledger: Ledger<number>) {
  let version = -1;
  for (;;) {
    if (version < 0) {
      const view = await request(base, s, "GET", `${unitPath(roundId, s)}/self-assessment`);
      if (view === null || view.status !== 200) return;
      const facts = ((await view.json()) as { facts: { itemCode: string; version: number }[] })
        .facts;
      version = facts.find((f) => f.itemCode === "1.3")?.version ?? 0;
    }
    const value = (counter += 1) % 1000;
    ledger.inFlight = value;
    const answer = await request(
      base,
      s,
      "PUT",
      `${unitPath(roundId, s)}/self-assessment/items/1.3/facts`,
      {
        json: { version, facts: { absences: value } },
      },
    );
    if (answer === null) return;
    ledger.inFlight = undefined;
    if (answer.status === 200) {
      ledger.acked = value;
      ledger.acknowledged += 1;
      version = ((await answer.json()) as { item: { version: number } }).item.version;
    } else if (answer.status >= 500) throw new Error(`save answered ${answer.status}`);
    else {
      ledger.refused += 1;
      version = -1;
    }
  }
}

/** Items a unit may attach evidence to, taken in turn (each item holds a limited number of files). */
const evidenceItems = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1", "4.2", "5.1", "5.2", "6.1"];

/** Uploads distinct small PDFs as evidence until the server dies; acknowledged ids and digests. */
export async function uploadLoop(
  base: string,
  roundId: string,
  s: Session,
  acked: Map<string, string>,
  inFlight: Set<string>,
  refused: { count: number },
) {
  for (;;) {
    const pdf = samplePdf(`crash evidence ${(counter += 1)} ${Math.random()}`);
    const sha = createHash("sha256").update(pdf).digest("hex");
    inFlight.add(sha);
    const body = multipartBody(`证明材料${counter}.pdf`, pdf);
    const item = evidenceItems[counter % evidenceItems.length];
    const answer = await request(
      base,
      s,
      "POST",
      `${unitPath(roundId, s)}/items/${item}/evidence`,
      {
        raw: body.payload,
        headers: body.headers,
      },
    );
    if (answer === null) return;
    inFlight.delete(sha);
    if (answer.status >= 500) throw new Error(`upload answered ${answer.status}`);
    if (answer.status !== 201) {
      refused.count += 1; // e.g. the item's file count limit: refused, nothing stored
      continue;
    }
    const file = (await answer.json()) as { id: string; sha256: string };
    if (file.sha256 !== sha) throw new Error("upload digest differs from the file sent");
    acked.set(file.id, sha);
  }
}

/** Imports the unit's facts template with a new 4.1 rate again and again until the server dies. */
export async function importLoop(
  base: string,
  roundId: string,
  s: Session,
  ledger: Ledger<string>,
  cache: { template?: Buffer },
) {
  for (;;) {
    if (cache.template === undefined) {
      const got = await request(base, s, "GET", `${unitPath(roundId, s)}/documents/facts-template`);
      if (got === null) return;
      if (got.status !== 200) throw new Error(`template answered ${got.status}`);
      cache.template = await got.bytes();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cache.template as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("事实填报")!;
    const column = (ws.getRow(2).values as unknown[]).indexOf("4.1.rate");
    counter += 1;
    const value = `${80 + (counter % 20)}.${1 + (counter % 9)}`;
    ws.getCell(3, column).value = Number(value);
    const body = multipartBody("事实导入.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    ledger.inFlight = value;
    const answer = await request(
      base,
      s,
      "POST",
      `${unitPath(roundId, s)}/documents/facts-import`,
      {
        raw: body.payload,
        headers: body.headers,
      },
    );
    if (answer === null) return;
    ledger.inFlight = undefined;
    if (answer.status === 200) {
      ledger.acked = value;
      ledger.acknowledged += 1;
    } else if (answer.status >= 500) throw new Error(`import answered ${answer.status}`);
    else ledger.refused += 1;
  }
}
