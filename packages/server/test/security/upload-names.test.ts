/**
 * Hostile file names on every upload route (issue 15; SECURITY.md "upload file names"; decision
 * 0259), evidence and an open appeal's attachment included. Each name is refused with a Chinese
 * message saying 文件名 and what is wrong, on `body.file`, or — a client's folder
 * path, which the multipart parser drops — kept as its last segment; never a 500, never a file
 * stored under the name, and the later download's Content-Disposition stays one safe header.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../src/db/schema.js";
import { testDialect } from "../../src/testing/database.js";
import { openAppeal } from "../../src/testing/evidence-setup.js";
import { buildUser, sessionCookieFor, type RoleSpec } from "../../src/testing/factories.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import {
  buildCounty,
  buildRound,
  buildSchemeVersion,
} from "../../src/testing/workflow-factories.js";
import { samplePdf } from "../../src/modules/demo/sample-files.js";

/** A multipart body whose Content-Disposition carries `disposition` as raw bytes. */
function rawMultipart(disposition: Buffer, data: Buffer) {
  const boundary = "----kaopingNames7f3a";
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; `),
      disposition,
      Buffer.from("\r\nContent-Type: application/octet-stream\r\n\r\n"),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
/** `filename*=UTF-8''…` with every byte percent-encoded (how any name, even CR/LF, arrives). */
const extended = (bytes: Buffer) =>
  Buffer.from(
    `filename*=UTF-8''${[...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")}`,
  );
const plain = (bytes: Buffer) =>
  Buffer.concat([Buffer.from('filename="'), bytes, Buffer.from('"')]);
const utf8 = (text: string) => Buffer.from(text, "utf8");

type Expect = { refused: true } | { kept: string };
/** [label, disposition for an extension, what must happen]. `E` stands for the route's extension. */
const rows: [string, (ext: string) => Buffer, (ext: string) => Expect][] = [
  ["path traversal ../../x", (e) => extended(utf8(`../../x${e}`)), (e) => ({ kept: `x${e}` })],
  ["Windows traversal ..\\x", (e) => plain(utf8(`..\\..\\x${e}`)), (e) => ({ kept: `x${e}` })],
  ["absolute path /etc/x", (e) => extended(utf8(`/etc/x${e}`)), (e) => ({ kept: `x${e}` })],
  ["drive path C:\\x", (e) => extended(utf8(`C:\\Users\\x${e}`)), (e) => ({ kept: `x${e}` })],
  ["NUL", (e) => extended(utf8(`a\u0000b${e}`)), () => ({ refused: true })],
  [
    "lone surrogate (CESU bytes)",
    (e) => extended(Buffer.concat([utf8("a"), Buffer.from([0xed, 0xa0, 0x80]), utf8(e)])),
    () => ({ refused: true }),
  ],
  [
    "invalid UTF-8 bytes",
    (e) => plain(Buffer.concat([utf8("a"), Buffer.from([0xff, 0xfe]), utf8(e)])),
    () => ({ refused: true }),
  ],
  ["RTL override U+202E", (e) => extended(utf8(`报告\u202Efdp${e}`)), () => ({ refused: true })],
  ["zero-width space", (e) => extended(utf8(`报\u200B告${e}`)), () => ({ refused: true })],
  ["300 characters", (e) => extended(utf8(`${"长".repeat(300)}${e}`)), () => ({ refused: true })],
  ["empty name", () => plain(utf8("")), () => ({ refused: true })],
  ["filename without a value", () => utf8("filename"), () => ({ refused: true })],
  ["only an extension", (e) => extended(utf8(e)), () => ({ refused: true })],
  ["only dots", () => extended(utf8("...")), () => ({ refused: true })],
  ["tab and BEL", (e) => extended(utf8(`a\tb\u0007${e}`)), () => ({ refused: true })],
  [
    "CR/LF header injection",
    (e) => extended(utf8(`a\r\nContent-Disposition: inline\r\n\r\nb${e}`)),
    () => ({ refused: true }),
  ],
  ["bare LF in a quoted name", (e) => plain(utf8(`a\nb${e}`)), () => ({ refused: true })],
  ["C1 control U+0085", (e) => extended(utf8(`a\u0085b${e}`)), () => ({ refused: true })],
];

describe(`upload file names on every upload route (${testDialect})`, () => {
  let t: TestApp;
  let units: OrganisationRow[];
  let county: OrganisationRow;
  let roundId: string;
  let appealRoundId: string;
  let appealId: string;
  const cookies: Record<string, string> = {};
  /** Every route that takes a multipart file: who may call it, its extension and a body. */
  let routes: { name: string; url: () => string; who: string; ext: string; data: Buffer }[];

  beforeAll(async () => {
    t = await createTestApp();
    const built = await buildCounty(t.db, 2);
    units = built.units;
    county = built.county;
    roundId = await buildRound(t.db, {
      assessing: county,
      units,
      schemeVersionId: await buildSchemeVersion(t.db, county),
      state: "self_assessment",
    });
    const cookie = async (organisation: OrganisationRow, role: RoleSpec["role"]) =>
      sessionCookieFor(
        t.app,
        t.db,
        (await buildUser(t.db, { organisation, roles: [{ role }] })).user,
        t.clock.now(),
      );
    cookies.filler = await cookie(units[0]!, "unit_filler");
    cookies.reviewer = await cookie(county, "reviewer");
    cookies.admin = await cookie(county, "assessment_admin");
    cookies.system = await cookie(county, "system_admin");
    // An open appeal on 4.1 in a round at its appeal stage: its files are uploads too.
    ({ roundId: appealRoundId, appealId } = await openAppeal(
      t,
      { county, units, cookie: cookies.filler },
      "参保率统计口径有误，附补录名单。",
    ));
    const unit = () => `/api/rounds/${roundId}/units/${units[0]!.id}`;
    const garbage = Buffer.from("not an office file");
    routes = [
      {
        name: "evidence",
        url: () => `${unit()}/items/4.1/evidence`,
        who: "filler",
        ext: ".pdf",
        data: samplePdf("names"),
      },
      {
        name: "appeal attachment",
        url: () =>
          `/api/rounds/${appealRoundId}/units/${units[0]!.id}/items/4.1/evidence?appealId=${appealId}`,
        who: "filler",
        ext: ".pdf",
        data: samplePdf("appeal names"),
      },
      {
        name: "unit facts import",
        url: () => `${unit()}/documents/facts-import`,
        who: "filler",
        ext: ".xlsx",
        data: garbage,
      },
      {
        name: "review facts import",
        url: () => `/api/rounds/${roundId}/documents/facts-import`,
        who: "reviewer",
        ext: ".xlsx",
        data: garbage,
      },
      {
        name: "rubric import",
        url: () => `/api/rubric-imports?assessingOrganisationId=${county.id}`,
        who: "admin",
        ext: ".docx",
        data: garbage,
      },
      {
        name: "users import",
        url: () => "/api/users/import",
        who: "system",
        ext: ".xlsx",
        data: garbage,
      },
    ];
  });
  afterAll(async () => t.close());

  const evidenceCount = async () =>
    Number(
      (
        await t.db
          .selectFrom("evidence_files")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("refuses each hostile name with a Chinese message naming body.file, or keeps only its last segment", async () => {
    const failures: string[] = [];
    for (const route of routes) {
      for (const [label, disposition, expected] of rows) {
        const before = await evidenceCount();
        const body = rawMultipart(disposition(route.ext), route.data);
        const response = await t.app.inject({
          method: "POST",
          url: route.url(),
          headers: { cookie: cookies[route.who]!, ...body.headers },
          payload: body.payload,
        });
        const where = `${route.name} · ${label}: ${response.statusCode} ${response.body.slice(0, 300)}`;
        if (response.statusCode >= 500) failures.push(where);
        const want = expected(route.ext);
        const error = response.statusCode >= 400 ? response.json().error : undefined;
        // Refused for its name: the message and the field's message say 文件名 and what is wrong.
        const namedName =
          error?.fields?.some(
            (f: { path: string; message: string }) =>
              f.path === "body.file" && /文件名/.test(f.message),
          ) && /文件名/.test(error.message);
        if ("refused" in want) {
          if (response.statusCode !== 400 || !namedName) failures.push(where);
          if ((await evidenceCount()) !== before) failures.push(`${where} (stored)`);
        } else if (route.ext === ".pdf") {
          // Evidence and appeal attachments store the file under its last segment.
          if (response.statusCode !== 201 || response.json().originalName !== want.kept)
            failures.push(where);
        } else if (namedName && /文件名/.test(error.message)) failures.push(where); // refused for its name
      }
    }
    expect(failures).toEqual([]);
  });

  it("keeps an unusual but harmless name as typed; its download has one safe Content-Disposition", async () => {
    const name = `会议纪要 "终稿";filename=evil.html 100%.pdf`;
    const body = rawMultipart(extended(utf8(name)), samplePdf("quoted"));
    const uploaded = await t.app.inject({
      method: "POST",
      url: `/api/rounds/${roundId}/units/${units[0]!.id}/items/4.2/evidence`,
      headers: { cookie: cookies.filler!, ...body.headers },
      payload: body.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json().originalName).toBe(name);
    const download = await t.app.inject({
      method: "GET",
      url: `/api/evidence/${uploaded.json().id}/download`,
      headers: { cookie: cookies.filler! },
    });
    expect(download.statusCode).toBe(200);
    const disposition = download.headers["content-disposition"];
    expect(typeof disposition).toBe("string");
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(disposition).not.toMatch(/[\r\n\u0000-\u001f\u007f]/);
    expect(disposition).toMatch(
      /^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/,
    );
    // Exactly two parameters: the quote and `;filename=` inside the name neither ended the quoted
    // ASCII fallback early nor added a parameter (the pattern above allows no `"` inside it).
    expect(decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(disposition as string)![1]!)).toBe(
      name,
    );
  });
});
