/**
 * «在6—9个月之间的得10分；低于6个月或高于9个月的，每相差1个月扣2分»: outside a band that gives the
 * item's points, each step of distance from the band's nearer end deducts. Read as two steps on
 * the band's own value — below the lower end, over the upper — sharing the item's points
 * (共用扣分), so the reviewer enters the value once; the band's ends may be named or referred to
 * («超出该区间的，每超出1个百分点扣0.5分»). Only when the text holds nothing else that scores.
 */
import { minus, type ItemText } from "../proposal.js";
import { assembleBands } from "./bands.js";
import { done, type Built, type Composed } from "./build.js";
import type { Part } from "./parts.js";
import { ABOVE_VERB, BELOW_VERB } from "./quantities.js";
import { byRole as by, type Statement } from "./statements.js";

/** The band referred to rather than its ends named: 超出该区间的, 偏离上述范围的. */
const THE_BAND = /(?:该|此|这一|上述|规定|以上)(?:区间|范围|标准区间)/;

/** The step's unit measures the band's (个月 for 个月, 个百分点 for %). */
function sameUnit(band: string, step: string): boolean {
  if (band === "%") return /^(%|个百分点|百分点|个点)$/.test(step);
  return band.replace(/^个/, "") === step.replace(/^个/, "");
}

/** See the module comment; `undefined` when the text is not of this form. */
export function bandDistance(item: ItemText, sts: Statement[]): Composed | undefined {
  const scoring = sts.filter((s) => !["none", "limit", "full"].includes(s.role));
  const band = by(sts, "threshold");
  const b = band[0];
  const d = scoring.find((s) => s !== b);
  if (band.length !== 1 || b === undefined || d === undefined || scoring.length !== 2)
    return undefined;
  const range = b.parts.filter((p) => p.kind === "threshold");
  const r = range[0];
  if (range.length !== 1 || r?.verb !== "range" || r.value === undefined || r.upper === undefined)
    return undefined;
  // The band gives the item's points.
  const award = b.action?.value;
  if (item.max === undefined || award === undefined || minus(award, item.max) !== "0")
    return undefined;
  const ends = d.parts.filter((p) => p.kind === "threshold");
  const unit: Part | undefined = d.parts.find((p) => p.kind === "unit");
  if (unit === undefined) return undefined;
  // The ends named (低于6个月或高于9个月的), or the band referred to (超出该区间的, 偏离上述范围的).
  const named =
    ends.length === 2 &&
    ends.some((p) => BELOW_VERB.test(p.verb ?? "") && p.value === r.value) &&
    ends.some((p) => ABOVE_VERB.test(p.verb ?? "") && p.value === r.upper);
  const referred =
    ends.length === 0 &&
    THE_BAND.test(d.text) &&
    /^(超出|超过|偏离|偏差|相差)$/.test(unit.verb ?? "");
  if (!named && !referred) return undefined;
  if (d.action?.verb !== "deduct" || d.action.value === undefined || unit.value === undefined)
    return undefined;
  if (!sameUnit(r.unit ?? "", unit.unit ?? "")) return undefined;
  const bands = assembleBands(item, [b]);
  const value = (bands?.rule as { value?: unknown } | undefined)?.value;
  if (bands === undefined || value === undefined) return undefined;
  const step = (direction: "below" | "over", from: string) => ({
    rule: {
      kind: "steps",
      value,
      direction,
      from,
      step: unit.value,
      points: d.action?.value,
      rounding: "up",
    },
  });
  const built: Built = {
    rule: { kind: "pool", parts: [step("below", r.value), step("over", r.upper)] } as Built["rule"],
    facts: bands.facts,
  };
  return {
    proposal: done(
      built,
      0.85,
      "区间外按偏离扣分：在区间内得满分，低于下限或高于上限的，每偏离一档扣分（共用本项分值）",
    ),
    used: new Set(sts.filter((s) => s.role !== "none")),
  };
}
