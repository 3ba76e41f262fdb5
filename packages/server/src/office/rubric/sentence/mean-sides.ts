/** Both sides of the mean on one value (decision 0303): a deduction below and an addition above. */
import { parseDecimal } from "@kaoping/engine";
import type { ItemText } from "../proposal.js";
import type { Built } from "./build.js";
import { namedIn } from "./measure-words.js";
import type { Statement } from "./statements.js";

/** A 与平均值比较 part built from a step statement, with the base before it. */
export type Side = { at: number; s: Statement; base: Statement | undefined };

/**
 * A deduction on the worse side of the mean and an addition on the better side of the same value
 * (不低于全县平均水平的得2分，每低1个百分点扣0.5分；高于的每高出1个百分点加0.5分，最多加2分) made one
 * vsMean with `bonus` (docs/decisions/0303): the mean scores the stated points, so the addition's
 * cap is the item's points less them. Not merged when the two name different values (参保率 …；
 * 续保率 …), when neither the points at the mean nor a cap is stated, or when the stated points
 * and cap do not make the item's points.
 */
export function twoSided(item: ItemText, built: Built[], means: Side[]): Built[] {
  type Mean = { direction: string; offset?: string; points: string; bonus?: { cap: string } };
  const rule = (m: Side) => built[m.at]?.rule as unknown as Mean;
  const take = means.filter((m) => rule(m).bonus === undefined);
  const add = means.filter((m) => rule(m).bonus !== undefined);
  if (take.length !== 1 || add.length !== 1) return built;
  const [t, a] = [take[0] as Side, add[0] as Side];
  const [tr, ar] = [rule(t), rule(a)];
  if (tr.direction !== ar.direction || (tr.offset ?? "0") !== (ar.offset ?? "0")) return built;
  const subject = (m: Side) => namedIn(m.s.text) || (m.base ? namedIn(m.base.text) : "");
  const [ts, as] = [subject(t), subject(a)];
  if (ts !== "" && as !== "" && ts !== as) return built;
  const awarded = [t.base, a.base].find(
    (b) => b?.action?.verb === "award" && b.action.value !== undefined,
  );
  const atMean = parseDecimal(awarded?.action?.value);
  const stated = a.s.parts.some((p) => p.kind === "limit" && p.value !== undefined);
  const max = parseDecimal(item.max);
  let cap = ar.bonus?.cap ?? "0";
  if (atMean !== undefined && max !== undefined) {
    const rest = max.minus(atMean);
    if (rest.isNegative() || (stated && !rest.equals(cap))) return built;
    cap = rest.toFixed();
  } else if (!stated) return built;
  const merged: Built = {
    rule: { ...tr, bonus: { ...ar.bonus, cap } } as unknown as Built["rule"],
    facts: (built[t.at] as Built).facts,
  };
  return built.flatMap((b, i) => (i === t.at ? [merged] : i === a.at ? [] : [b]));
}
