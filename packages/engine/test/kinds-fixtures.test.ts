// Worked cases of the rule kinds added for real rubrics (test/fixtures/kinds/*.json): each a small
// scheme from a real scoring sentence (its `source`), units' facts, and the expected item scores,
// totals, adjustments beyond the items and grade vetoes, all computed by hand.
import { readdirSync, readFileSync } from "node:fs";
import { scoreRound, validateScheme, type UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { scoresByCode } from "./helpers.js";

interface Fixture {
  source: string;
  scheme: unknown;
  units: { id: string; name: string; facts: unknown }[];
  expected: Record<
    string,
    {
      total: string;
      items: Record<string, string>;
      adjustments?: [string, string][];
      marks?: [string, string][];
    }
  >;
}

const folder = new URL("./fixtures/kinds/", import.meta.url);
const files = readdirSync(folder).filter((f) => f.endsWith(".json"));

describe("fixtures of the added kinds", () => {
  it("has one per added capability", () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });
  it.each(files)("%s", (file) => {
    const fixture = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as Fixture;
    const valid = validateScheme(fixture.scheme);
    if (!valid.ok) throw new Error(JSON.stringify(valid.problems));
    const scored = scoreRound(valid.scheme, fixture.units);
    if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
    const byId = new Map(scored.result.units.map((u: UnitResult) => [u.id, u]));
    for (const [id, want] of Object.entries(fixture.expected)) {
      const unit = byId.get(id) as UnitResult;
      const items = scoresByCode(unit.items);
      expect({
        id,
        total: unit.total,
        items: Object.fromEntries(Object.keys(want.items).map((c) => [c, items[c]])),
        adjustments: (unit.adjustments ?? []).map((a) => [a.code, a.points]),
        marks: (unit.marks ?? []).map((m) => [m.code, m.effect]),
      }).toEqual({
        id,
        total: want.total,
        items: want.items,
        adjustments: want.adjustments ?? [],
        marks: want.marks ?? [],
      });
    }
  });
});
