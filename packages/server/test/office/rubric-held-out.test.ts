/**
 * The rubric import measured on four held-out documents written for kaoping (held-out/: documents
 * and answer key, committed before measuring; self-written, not independent). Reports items found,
 * points right and kind + key parameters right, and fails below the committed floor
 * (docs/rubric-import.md).
 */
import { describe, expect, it } from "vitest";
import { heldOutFigures, measureHeldOut } from "./held-out/measure.js";

/** The committed floor (docs/rubric-import.md, "Held-out documents"). */
const floor = { found: 82, points: 75, params: 82 };

describe("rubric import on the held-out documents", () => {
  it("finds the items, their points and their rules at least as often as committed", async () => {
    const results = await measureHeldOut();
    const f = heldOutFigures(results);
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
    console.log(
      `held out: ${f.items} items; found ${f.found} (${pct(f.found, f.items)}); points right ${f.points}/${f.withPoints} (${pct(f.points, f.withPoints)}); kind right ${f.kind} (${pct(f.kind, f.items)}); kind and parameters right ${f.params} (${pct(f.params, f.items)})`,
    );
    const misses = results
      .filter((r) => !r.params || r.points === false)
      .map(
        (r) =>
          `${r.document} ${r.title}: ${r.found ? "" : "未找到 "}${r.points === false ? "分值错 " : ""}${r.kind ? "" : `规则 ${r.got}`}${r.kind && !r.params ? "参数错" : ""}`,
      );
    console.log(misses.join("\n"));
    expect(f.found, misses.join("\n")).toBeGreaterThanOrEqual(floor.found);
    expect(f.points, misses.join("\n")).toBeGreaterThanOrEqual(floor.points);
    expect(f.params, misses.join("\n")).toBeGreaterThanOrEqual(floor.params);
  }, 60_000);
});
