/** `kaoping export … --round ID`: documents of a stored round from the configured database, audited. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type CliContext } from "../../cli/main.js";
import { parseDocumentXml, readDocumentXml } from "../../office/docx-read.js";
import { createTestDatabase, testDialect, type TestDatabase } from "../../testing/database.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";

describe(`kaoping export --round (${testDialect})`, () => {
  let t: TestDatabase;
  let roundId: string;
  let unitName: string;
  const out = mkdtempSync(join(tmpdir(), "kaoping-export-db-"));

  beforeAll(async () => {
    t = await createTestDatabase();
    const { county, units } = await buildCounty(t.db, 2);
    unitName = units[0]?.name ?? "";
    roundId = await buildRound(t.db, {
      assessing: county,
      units,
      schemeVersionId: await buildSchemeVersion(t.db, county),
      state: "self_assessment",
    });
  });
  afterAll(async () => t.destroy());

  function context(): CliContext & { err: () => string } {
    let err = "";
    const env = { DATABASE_URL: t.databaseUrl, DATABASE_SCHEMA: t.databaseSchema };
    return {
      stdout: { write: () => true },
      stderr: { write: (c: string) => ((err += c), true) },
      env,
      cwd: out,
      err: () => err,
    };
  }

  it("writes a unit's score sheet of the round and records the export in the audit log", async () => {
    const ctx = context();
    const status = await main(
      [
        "export",
        "sheet",
        "--round",
        roundId,
        "--unit",
        unitName,
        "-o",
        "sheet.docx",
        "--data-dir",
        t.dataDir,
      ],
      ctx,
    );
    expect(ctx.err()).toBe("");
    expect(status).toBe(0);
    const read = await readDocumentXml(readFileSync(join(out, "sheet.docx")));
    if (!read.ok) throw new Error(read.message);
    expect(parseDocumentXml(read.xml).paragraphs[1]).toContain(
      `被考核单位：${unitName}    考核任务：测试考核任务`,
    );
    const rows = await t.db
      .selectFrom("audit_log")
      .select(["detail"])
      .where("action", "=", "document.export")
      .execute();
    expect(rows.map((r) => JSON.parse(String(r.detail)))).toEqual([
      { document: "sheet", via: "cli", unit: unitName },
    ]);
  });

  it("refuses an unknown round or unit with status 2", async () => {
    const ctx = context();
    expect(
      await main(
        [
          "export",
          "workbook",
          "--round",
          "00000000-0000-4000-8000-000000000000",
          "--data-dir",
          t.dataDir,
        ],
        ctx,
      ),
    ).toBe(2);
    expect(ctx.err()).toContain("找不到考核任务");
    const other = context();
    expect(
      await main(
        ["export", "report", "--round", roundId, "--unit", "无此镇", "--data-dir", t.dataDir],
        other,
      ),
    ).toBe(2);
    expect(other.err()).toContain("考核任务中没有单位 无此镇");
  });
});
