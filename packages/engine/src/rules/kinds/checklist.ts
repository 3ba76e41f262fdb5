/** 逐项达标: each requirement met earns points, or each unmet one costs points (一项未达标扣N分). */
import { z } from "zod";
import { constant, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { n, showValue } from "../../text.js";
import { defineKind } from "../kind.js";
import { awardVerb, points as pointsText, whenWords } from "../wording.js";
import { candidates } from "../improve-values.js";

const params = z
  .object({
    /** `award`: score = sum of points of entries that hold; `deduct`: max − points of entries that hold. */
    mode: z.enum(["award", "deduct"]),
    items: z
      .array(
        z
          .object({
            fact: z.string().min(1),
            /** The value that earns (award) or costs (deduct) the points; default true for award, false for deduct. */
            when: z.boolean().optional(),
            points: decimalText,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** Requirement met / checklist kind. */
export const checklist = defineKind({
  id: "checklist",
  name: "逐项达标",
  description:
    "每项要求（是/否）达到得分，或每项未达标扣分；只有一项时即“达到得分，未达到不得分”。",
  params,
  refs: (p) =>
    p.items.map((it, i) => ({ ref: it.fact, at: `items[${i}].fact`, accepts: ["bool"] as const })),
  evaluate(p, env) {
    // One line, so the tree walk can close it with "，得 X 分".
    let hit = ZERO;
    const parts: string[] = [];
    for (const it of p.items) {
      const when = it.when ?? p.mode === "award";
      const value = env.get(it.fact) === true;
      const decl = env.decl(it.fact);
      const points = constant(it.points);
      const head = `${decl.label}：${showValue(decl, value)}`;
      if (value === when) hit = hit.plus(points);
      if (p.items.length === 1 && p.mode === "award") parts.push(head);
      else if (value === when)
        parts.push(`${head}，${p.mode === "award" ? "计" : "扣"} ${n(points)} 分`);
      else parts.push(p.mode === "award" ? `${head}，不计分` : head);
    }
    const line = parts.join("；");
    if (p.mode === "award") return { score: hit, trace: [line] };
    return {
      score: env.item.max.minus(hit),
      trace: [hit.isZero() ? line : `${line}；共扣 ${n(hit)} 分`],
    };
  },
  explain(p, env) {
    // An award in a 加分 item adds to the unit's points (加); elsewhere it is what the item earns.
    const verb = p.mode === "deduct" ? "扣" : awardVerb(env.item);
    const each = p.items.map(
      (it) =>
        `${whenWords(env.label(it.fact), it.when ?? p.mode === "award")}的，${verb} ${pointsText(it.points)}`,
    );
    const tail = p.mode === "deduct" ? "，扣完为止" : p.items.length > 1 ? "，各项相加" : "";
    return `${each.join("；")}${tail}`;
  },
  improve(p, env) {
    // Each requirement not met (award) or each failing that holds (deduct), turned round.
    const list = p.items.flatMap((it) => {
      const when = it.when ?? p.mode === "award";
      const value = env.get(it.fact) === true;
      const wanted = p.mode === "award" ? when : !when;
      if (value === wanted) return [];
      const decl = env.decl(it.fact);
      return [
        {
          changes: [{ ref: it.fact, value: wanted }],
          size: 1,
          words: `${decl.label}由“${showValue(decl, value)}”改为“${showValue(decl, wanted)}”`,
        },
      ];
    });
    return candidates(list);
  },
});
