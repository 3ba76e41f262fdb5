/**
 * 共用扣分: several deduction rules of different kinds (每例扣 + 每降一档扣 + 酌情扣) take from one
 * item's points, 扣完为止 once. Each part is scored against the item's points as if it were the
 * item's only rule, so its deduction is the item's points less its score; a part may have its own
 * cap (最多扣N分), and the pool a cap of its own.
 */
import { z } from "zod";
import { constant, Decimal, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { ruleDocSchema } from "../../scheme/schema.js";
import { n } from "../../text.js";
import { beyondOf, defineKind, type Outcome } from "../kind.js";
import { points as pointsText } from "../wording.js";
import { nestedCandidates } from "../improve-values.js";

const part = z
  .object({
    rule: ruleDocSchema,
    /** This part deducts at most so many points (每项最多扣N分). */
    cap: decimalText.optional(),
  })
  .strict();
const params = z
  .object({
    parts: z.array(part).min(2),
    /** All parts together deduct at most so many points (最多扣N分); default the item's points. */
    cap: decimalText.optional(),
  })
  .strict();

/** Deduction-pool kind. */
export const pool = defineKind({
  id: "pool",
  name: "共用扣分",
  description:
    "几条不同方式的扣分规则（按次扣、按档扣、酌情扣等）共用本项分值，合计扣分，扣完为止；每条可设最多扣分。",
  params,
  refs: () => [],
  nested: (p) => p.parts.map((x, i) => ({ at: `parts[${i}].rule`, rule: x.rule })),
  evaluate(p, env) {
    const max = env.item.max;
    const trace: string[] = [];
    const outcomes: Outcome[] = [];
    let total = ZERO;
    for (let i = 0; i < p.parts.length; i++) {
      const x = p.parts[i] as (typeof p.parts)[number];
      const o = env.run(`parts[${i}].rule`);
      outcomes.push(o);
      let cut = Decimal.max(ZERO, max.minus(o.score));
      let note = "";
      if (x.cap !== undefined && cut.greaterThan(constant(x.cap))) {
        note = `，此项最多扣 ${x.cap} 分`;
        cut = constant(x.cap);
      }
      trace.push(...o.trace.slice(0, -1));
      const last = o.trace[o.trace.length - 1] ?? "";
      trace.push(`${last === "" ? "" : `${last}；`}此项扣 ${n(cut)} 分${note}`);
      total = total.plus(cut);
    }
    let line = `各项合计扣 ${n(total)} 分`;
    if (p.cap !== undefined && total.greaterThan(constant(p.cap))) {
      line += `，最多扣 ${p.cap} 分`;
      total = constant(p.cap);
    }
    trace.push(line);
    const beyond = beyondOf(outcomes);
    const score = max.minus(total);
    return beyond === undefined ? { score, trace } : { score, trace, beyond };
  },
  explain(p, env) {
    const each = p.parts.map(
      (x, i) =>
        `（${i + 1}）${env.explain(x.rule).replace(/，扣完为止$/, "")}${x.cap === undefined ? "" : `，此项最多扣 ${pointsText(x.cap)}`}`,
    );
    const cap = p.cap === undefined ? "" : `，合计最多扣 ${pointsText(p.cap)}`;
    return `以下各项扣分合计，从本项分值中扣除：${each.join("；")}${cap}，扣完为止`;
  },
  // Each part's own candidates (one occurrence fewer, one step less short); a part at its cap
  // or the pool at its cap gains nothing, which the rescoring finds.
  improve: (p, env) =>
    nestedCandidates(
      env,
      p.parts.map((_, i) => `parts[${i}].rule`),
    ),
});
