/**
 * docs/spec/security.md row 13, kept complete: every audit action name the server writes appears
 * in a test that checks its audit row (issue 15: 20 of ~50 names appeared in no test, so a removed
 * audit write went unnoticed). A new action name fails here until a test asserts it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const serverRoot = fileURLToPath(new URL("../..", import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const all = [...filesUnder(join(serverRoot, "src")), ...filesUnder(join(serverRoot, "test"))];
const isTest = (path: string) => path.endsWith(".test.ts");
const sources = all.filter((p) => p.endsWith(".ts") && !isTest(p) && !p.includes("/testing/"));
const tests = all.filter(isTest);

/** Action names built from a template, with every value the template can take. */
const templateActions: Record<string, string[]> = {
  "organisation.${auditVerbs[change]}": [
    "organisation.update",
    "organisation.move",
    "organisation.disable",
    "organisation.enable",
  ],
};

/** Every audit action name in the server's code: literals on `action` lines and in `reissue(`. */
function actionNames(): string[] {
  const names = new Set<string>();
  const literal = /["`]([a-z_]+\.(?:[a-z_]+|\$\{[^}]+\}))["`]/g;
  for (const path of sources) {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!/\baction\b\s*[:=?]|reissue\(/.test(line)) continue;
      for (const match of line.matchAll(literal)) {
        const name = match[1] as string;
        if (!name.includes("${")) names.add(name);
        else if (templateActions[name] === undefined)
          throw new Error(`${path}: 模板动作名 ${name} 未在 templateActions 中列出全部取值`);
        else for (const value of templateActions[name]) names.add(value);
      }
    }
  }
  return [...names].sort();
}

describe("audit action names", () => {
  const names = actionNames();
  it("finds the server's action names (the scan itself works)", () => {
    expect(names.length).toBeGreaterThanOrEqual(50);
    expect(names).toEqual(expect.arrayContaining(["auth.login", "review.accept", "rating.save"]));
  });
  it("has every action name asserted in some test", () => {
    const testText = tests
      .filter((path) => !path.endsWith("audit-coverage.test.ts"))
      .map((path) => readFileSync(path, "utf8"))
      .join("\n");
    const untested = names.filter((name) => !testText.includes(`"${name}"`));
    expect(untested, "action names that no test asserts").toEqual([]);
  });
});
