/**
 * A reviewer's item scope ends at a code's own subtree: scoped to `1` he reviews `1.1` and `1.10`
 * but never `10`; scoped to `1.1` never `1.10` (issue 15: a prefix test without the dot let them
 * through).
 */
import { describe, expect, it } from "vitest";
import { validateScheme, type Scheme } from "@kaoping/engine";
import type { Actor } from "../../http/context.js";
import { isWithin, reviewableItemCodes, reviewScopeHolds } from "./scope.js";

const leaf = (code: string) => ({
  code,
  title: `项目${code}`,
  max: "1",
  facts: [{ name: "met", type: "bool", label: "是否完成" }],
  rule: { kind: "checklist", mode: "award", items: [{ fact: "met", points: "1" }] },
});

function schemeOfCodes(): Scheme {
  const result = validateScheme({
    id: "scope-test",
    title: "范围测试",
    items: [
      { code: "1", title: "一", max: "2", children: [leaf("1.1"), leaf("1.10")] },
      leaf("10"),
      { code: "2", title: "二", max: "1", children: [leaf("2.1")] },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scheme;
}

const reviewer = (itemCodes: string[], departmentIds: string[] = []): Actor => ({
  userId: "u",
  username: "reviewer",
  sessionId: "s",
  stage: "active",
  activeRole: {
    assignmentId: "a",
    role: "reviewer",
    organisationId: "o",
    organisationPath: "/o/",
    scope: { itemCodes, departmentIds },
  },
});

describe("reviewer item scope", () => {
  const scheme = schemeOfCodes();
  it.each([
    [["1"], ["1.1", "1.10"]],
    [["1.1"], ["1.1"]],
    [["10"], ["10"]],
    [["1.10"], ["1.10"]],
    [
      ["2", "10"],
      ["10", "2.1"],
    ],
  ])("scoped to %j reviews exactly %j", (codes, expected) => {
    expect(reviewableItemCodes(scheme, reviewer(codes), [])).toEqual(expected);
  });
  it("follows the nearest department without leaking into a sibling code", () => {
    const departments = [{ item_code: "1", department_id: "d1" }];
    expect(reviewableItemCodes(scheme, reviewer([], ["d1"]), departments)).toEqual(["1.1", "1.10"]);
  });
  it("holds any item of the scope, groups too, for the evidence check (1 holds 1.10, not 10)", () => {
    const holds = reviewScopeHolds(reviewer(["1"]), []);
    expect(["1", "1.1", "1.10", "10", "10.1", "2.1"].filter(holds)).toEqual(["1", "1.1", "1.10"]);
    expect(reviewScopeHolds(reviewer([]), [])("10")).toBe(true);
  });
  it("compares whole code segments", () => {
    expect(isWithin("1.10", "1.1")).toBe(false);
    expect(isWithin("10", "1")).toBe(false);
    expect(isWithin("1.1.2", "1.1")).toBe(true);
    expect(isWithin("1", "1")).toBe(true);
  });
});
