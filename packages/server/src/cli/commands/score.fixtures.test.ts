// Every shared fixture through `kaoping score --json` (in-process), read from ../shared/fixtures at test time.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { captureContext } from "../cli-test-context.js";
import { main } from "../main.js";

/** shared/fixtures sits beside the repository: <repo>/../shared/fixtures. */
const fixturesDir = fileURLToPath(new URL("../../../../../../shared/fixtures/", import.meta.url));
const files = readdirSync(fixturesDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".json"))
  .sort();
const work = mkdtempSync(join(tmpdir(), "kaoping-fixtures-"));

interface ItemJson {
  code: string;
  score: string | null;
  children: ItemJson[];
}
const flatten = (items: ItemJson[], out: Record<string, string | null> = {}) => {
  for (const i of items) {
    out[i.code] = i.score;
    flatten(i.children, out);
  }
  return out;
};
/** Scores compare numerically ("9.50" equals "9.5"); null only equals null. */
const same = (a: string | null | undefined, b: string | null) =>
  b === null ? a === null : a !== null && a !== undefined && Number(a) === Number(b);

describe("shared fixtures through kaoping score --json", () => {
  it("finds the fixtures", () => expect(files.length).toBeGreaterThanOrEqual(7));

  it.each(files)("%s", async (file) => {
    const fixture = JSON.parse(readFileSync(join(fixturesDir, file), "utf8"));
    const input = join(work, file.replace(/[\\/]/g, "_"));
    writeFileSync(input, JSON.stringify(fixture.input));
    const ctx = captureContext();
    const status = await main(["score", input, "--json"], ctx);

    if (fixture.expectError !== undefined) {
      expect(status).toBe(2);
      expect(ctx.out()).toBe("");
      const lines = ctx.err().trim().split("\n");
      expect(
        lines.some((l: string) =>
          l.startsWith(`${fixture.expectError.unit}: ${fixture.expectError.path}: `),
        ),
      ).toBe(true);
      return;
    }
    expect(ctx.err()).toBe("");
    expect(status).toBe(0);
    const result = JSON.parse(ctx.out());
    expect(result.scheme).toBe(fixture.input.scheme);
    const units = new Map<
      string,
      { total: string; rank: number; complete: boolean; missing: string[]; items: ItemJson[] }
    >(result.units.map((u: { id: string }) => [u.id, u]));
    for (const u of result.units) {
      expect(u.rank).toBe(
        1 + result.units.filter((o: { total: string }) => Number(o.total) > Number(u.total)).length,
      );
      for (const item of Object.values(flatten(u.items)))
        if (item !== null) expect(item).toMatch(/^-?\d+(\.\d*[1-9])?$/); // canonical decimals
    }
    for (const [id, expected] of Object.entries(fixture.expect ?? {}) as [
      string,
      { total: string; items: Record<string, string> },
    ][]) {
      const unit = units.get(id);
      expect(unit, id).toBeDefined();
      expect(Number(unit?.total), `${id} total`).toBe(Number(expected.total));
      expect(unit?.complete).toBe(true);
      const scores = flatten(unit?.items ?? []);
      for (const [code, score] of Object.entries(expected.items))
        expect(same(scores[code], score), `${id} ${code}: got ${scores[code]}, want ${score}`).toBe(
          true,
        );
    }
    if (fixture.expectIncomplete !== undefined) {
      const { unit: id, missing, items } = fixture.expectIncomplete;
      const unit = units.get(id);
      expect(unit?.complete).toBe(false);
      expect(unit?.missing).toEqual(missing);
      const scores = flatten(unit?.items ?? []);
      for (const [code, score] of Object.entries(items as Record<string, string | null>))
        expect(same(scores[code], score), `${code}`).toBe(true);
    }
  });
});
