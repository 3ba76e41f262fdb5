/**
 * 与参照值比较: a fact against a reference fact (达到上年同期 → 2 分, else 0); with `equal`, three
 * ways (比上年提高的得满分，持平的得3分，下降的不得分: equal to the reference scores `equal`).
 */
import { z } from "zod";
import { constant, Decimal } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { fact } from "../../text.js";
import { defineKind } from "../kind.js";
import { awardWords } from "../wording.js";
import { candidates, factTo } from "../improve-values.js";

const ops = {
  gte: ["达到", (c: number) => c >= 0],
  gt: ["超过", (c: number) => c > 0],
  lte: ["不超过", (c: number) => c <= 0],
  lt: ["低于", (c: number) => c < 0],
} as const;
const params = z
  .object({
    fact: z.string().min(1),
    reference: z.string().min(1),
    op: z.enum(["gte", "gt", "lte", "lt"]),
    points: decimalText,
    /** 持平: the score when the fact equals the reference, if it differs from either side's. */
    equal: decimalText.optional(),
    otherwise: decimalText.default("0"),
  })
  .strict();

/** Comparison-with-reference kind. */
export const compare = defineKind({
  id: "compare",
  name: "与参照值比较",
  description: "将一项数值与参照值（如上年同期）比较，满足条件得分，否则得另一分值（默认 0）。",
  params,
  refs: (p) => [
    { ref: p.fact, at: "fact", accepts: ["number", "date"] },
    { ref: p.reference, at: "reference", accepts: ["number", "date"] },
  ],
  evaluate(p, env) {
    const a = env.get(p.fact);
    const b = env.get(p.reference);
    const c =
      a instanceof Decimal && b instanceof Decimal
        ? a.comparedTo(b)
        : String(a) < String(b)
          ? -1
          : String(a) > String(b)
            ? 1
            : 0;
    const [word, test] = ops[p.op];
    const head = `${fact(env.decl(p.fact), a)}，${fact(env.decl(p.reference), b)}`;
    if (p.equal !== undefined && c === 0)
      return { score: constant(p.equal), trace: [`${head}，与参照值持平`] };
    const ok = test(c);
    return {
      score: constant(ok ? p.points : p.otherwise),
      trace: [`${head}，${ok ? "" : "未"}${word}参照值`],
    };
  },
  explain(p, env) {
    const word = { gte: "不低于", gt: "高于", lte: "不超过", lt: "低于" }[p.op];
    const level =
      p.equal === undefined
        ? ""
        : `；与${env.label(p.reference)}持平的，${awardWords(env.item, p.equal)}`;
    return `${env.label(p.fact)}${word}${env.label(p.reference)}的，${awardWords(env.item, p.points)}${level}；否则${awardWords(env.item, p.otherwise)}`;
  },
  improve(p, env) {
    const reference = env.get(p.reference);
    if (!(reference instanceof Decimal)) return { candidates: [] };
    // The fact brought to the reference (a date cannot be changed after the fact).
    const up = p.op === "gte" || p.op === "gt";
    return candidates(
      factTo(env, p.fact, { at: reference, up, strict: p.op === "gt" || p.op === "lt" }),
    );
  },
});
