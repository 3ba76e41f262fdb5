/**
 * Issue 14 defect 8: the audit log shows Chinese names, never `auth.login` or `round_unit`. Every
 * action and object type the server's code records has a name in the contract's table.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditReasonNames } from "../../contract/audit-detail.js";
import { auditActionNames, auditObjectNames } from "../../contract/audit-names.js";

const src = fileURLToPath(new URL("../..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$|testing/.test(path) ? [path] : [];
  });
}

/** The action codes and object types written by the server's code. */
function recorded(): { actions: Set<string>; objects: Set<string> } {
  const actions = new Set<string>();
  const objects = new Set<string>();
  for (const file of sources(src)) {
    const text = readFileSync(file, "utf8");
    // `action: "x.y"`, `action: c ? "x.y" : "x.z"`, `reissue(ctx, "x.y", …)`.
    for (const line of text.matchAll(/(?:action:|reissue\(ctx,)[^\n]*/g)) {
      for (const code of line[0].matchAll(/"([a-z_]+\.[a-z_]+)"/g)) actions.add(code[1] ?? "");
    }
    // `action: \`organisation.${verbs[change]}\`` with its table of verbs.
    if (/action: `organisation\.\$\{auditVerbs/.test(text)) {
      const verbs = /const auditVerbs = \{([^}]*)\}/.exec(text)?.[1] ?? "";
      for (const verb of verbs.matchAll(/"([a-z_]+)"/g)) actions.add(`organisation.${verb[1]}`);
    }
    for (const type of text.matchAll(/object: \{ type: "([a-z_]+)"/g)) objects.add(type[1] ?? "");
  }
  return { actions, objects };
}

describe("Chinese names of audited actions and objects", () => {
  const { actions, objects } = recorded();

  it("finds the server's actions (the scan works)", () => {
    expect(actions.size).toBeGreaterThan(40);
    expect(actions).toContain("auth.login");
    expect(actions).toContain("organisation.move");
    expect(objects).toContain("round_unit");
  });

  it("names every recorded action and object type in Chinese", () => {
    const unnamedActions = [...actions].filter(
      (a) => !/\p{Script=Han}/u.test(auditActionNames[a] ?? ""),
    );
    const unnamedObjects = [...objects].filter(
      (o) => !/\p{Script=Han}/u.test(auditObjectNames[o] ?? ""),
    );
    expect(unnamedActions).toEqual([]);
    expect(unnamedObjects).toEqual([]);
  });
});

describe("Chinese names of the reason codes in audit details (issue 15)", () => {
  it("names every `reason` code the server records", () => {
    const codes = new Set<string>();
    for (const file of sources(src)) {
      const text = readFileSync(file, "utf8");
      // `reason: "locked"`, `reason:\n  a ? "absolute_timeout" : …`, `refuseLogin(ctx, u, "x")`.
      for (const m of text.matchAll(/detail: \{\s*reason:[^}]*|refuseLogin\(ctx, \w+,[^)\n]*/g))
        for (const code of m[0].matchAll(/"([a-z]+(?:_[a-z]+)*)"/g)) codes.add(code[1] ?? "");
    }
    expect(codes).toContain("wrong_password");
    expect(codes).toContain("idle_timeout");
    expect([...codes].filter((c) => auditReasonNames[c] === undefined)).toEqual([]);
  });
});
