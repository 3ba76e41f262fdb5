// The boundary checks of `npm run lint` fail on deliberate violations: dependency-cruiser with
// the repository's own rules (.dependency-cruiser.cjs) on a small tree written for the test, and
// ESLint's "SQL only in repositories" rule on a service that builds a query or imports raw `sql`,
// with no file excepted (the allowance list of issue 16 is gone).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IForbiddenRuleType } from "dependency-cruiser";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const rules = createRequire(import.meta.url)(join(root, ".dependency-cruiser.cjs")) as {
  forbidden: IForbiddenRuleType[];
};

const tree = mkdtempSync(join(tmpdir(), "kaoping-boundaries-"));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(tree, path)), { recursive: true });
  writeFileSync(join(tree, path), text);
}

async function violationsOf(files: Record<string, string>): Promise<string[]> {
  for (const [path, text] of Object.entries(files)) write(path, text);
  const result = await cruise(["packages"], {
    baseDir: tree,
    ruleSet: { forbidden: rules.forbidden },
    validate: true,
    tsPreCompilationDeps: true,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe("module boundaries (dependency-cruiser)", () => {
  it("fails on an import of another module's repository, and says what to do", async () => {
    const found = await violationsOf({
      "packages/server/src/modules/review/repository.ts": "export const saveReviewFacts = 1;\n",
      "packages/server/src/modules/appeals/service.ts":
        'import { saveReviewFacts } from "../review/repository.js";\nexport const x = saveReviewFacts;\n',
      "packages/server/src/modules/appeals/repository.ts": "export const own = 1;\n",
      "packages/server/src/modules/appeals/routes.ts":
        'import { own } from "./repository.js";\nexport const y = own;\n',
    });
    expect(found).toContain(
      "no-foreign-repository: packages/server/src/modules/appeals/service.ts → packages/server/src/modules/review/repository.ts",
    );
    // A module's own repository is fine.
    expect(found.filter((v) => v.includes("appeals/routes.ts"))).toEqual([]);
    const rule = rules.forbidden.find((r) => r.name === "no-foreign-repository");
    expect(rule?.comment).toMatch(/service/);
  });

  it("fails on code outside modules/ that reads a module's repository", async () => {
    const found = await violationsOf({
      "packages/server/src/cli/commands/export.ts":
        'import { own } from "../../modules/appeals/repository.js";\nexport const z = own;\n',
    });
    expect(found).toContain(
      "no-repository-outside-modules: packages/server/src/cli/commands/export.ts → packages/server/src/modules/appeals/repository.ts",
    );
  });

  it("fails on two modules that import each other", async () => {
    const found = await violationsOf({
      "packages/server/src/modules/alpha/service.ts":
        'import { b } from "../beta/service.js";\nexport const a = () => b;\n',
      "packages/server/src/modules/beta/service.ts":
        'import { a } from "../alpha/service.js";\nexport const b = () => a;\n',
    });
    expect(found.some((v) => v.startsWith("no-module-cycles:"))).toBe(true);
  });

  it("fails on a server file that reaches inside the engine package", async () => {
    const found = await violationsOf({
      "packages/engine/src/index.ts": 'export { inner } from "./inner.js";\n',
      "packages/engine/src/inner.ts": "export const inner = 1;\n",
      "packages/server/src/modules/results/compute.ts":
        'import { inner } from "../../../../engine/src/inner.js";\nexport const c = inner;\n',
    });
    expect(found).toContain(
      "engine-public-api-only: packages/server/src/modules/results/compute.ts → packages/engine/src/inner.ts",
    );
  });
});

describe("SQL only in repositories (ESLint)", () => {
  const eslint = new ESLint({ cwd: root });
  const query = 'export const q = (db: any) => db.selectFrom("rounds").selectAll().execute();\n';

  it("fails on a query built in a service, and passes the same query in a repository", async () => {
    const [inService] = await eslint.lintText(query, {
      filePath: join(root, "packages/server/src/modules/rounds/service-probe.ts"),
    });
    expect(inService?.messages.map((m) => m.message)).toContain(
      "SQL belongs in the module's repository.ts: add a verb-first function there (e.g. findX, listX, updateX) and call it.",
    );
    const [inRepository] = await eslint.lintText(query, {
      filePath: join(root, "packages/server/src/modules/rounds/repository.ts"),
    });
    expect(inRepository?.messages.filter((m) => m.ruleId === "no-restricted-syntax")).toEqual([]);
  });

  it("fails on kysely's raw sql imported outside a repository", async () => {
    const raw =
      'import { sql } from "kysely";\nexport const q = (db: any) => sql`select 1`.execute(db);\n';
    const [inService] = await eslint.lintText(raw, {
      filePath: join(root, "packages/server/src/modules/settings/sync-probe.ts"),
    });
    expect(inService?.messages.map((m) => m.message)).toContain(
      "Raw SQL (kysely's sql``) belongs in the module's repository.ts (or db/ for dialect helpers): move the query there.",
    );
  });

  // The files that were once allowed to build SQL (issue 16): the rule now holds in them too.
  it.each([
    "results/snapshots.ts",
    "rounds/round-input.ts",
    "backup/backup.ts",
    "backup/restore.ts",
    "backup/tables.ts",
    "settings/sync.ts",
    "auth/lockout.ts",
    "auth/rate-limit-store.ts",
    "review/approval.ts",
    "review/read.ts",
  ])("has no exception for %s", async (file) => {
    const [result] = await eslint.lintText(query, {
      filePath: join(root, "packages/server/src/modules", file),
    });
    expect(result?.messages.map((m) => m.message)).toContain(
      "SQL belongs in the module's repository.ts: add a verb-first function there (e.g. findX, listX, updateX) and call it.",
    );
  });
});
