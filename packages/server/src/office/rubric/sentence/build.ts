/**
 * Rule builders used when a sentence is assembled from its parts: requirement lists (逐项达标),
 * counts (按次计分), quotas, steps on a measured value, discretion, options, and the item gate
 * made of 不得分 conditions.
 */
import type { Gate, RuleDoc } from "@kaoping/engine";
import { labelOf, type FactDoc, type Proposal } from "../proposal.js";
import type { Statement } from "./statements.js";

/** A rule with the facts it reads. */
export interface Built {
  rule: RuleDoc;
  facts: FactDoc[];
}

/** A requirement or condition of a checklist. */
export interface Requirement {
  label: string;
  points: string;
  /** True: the points apply when the condition holds (未公示的扣1分); false/undefined: when the requirement is not met. */
  when?: boolean;
}

/** 逐项达标: award (met → points) or deduct (condition holds → −points). */
export function buildChecklist(mode: "award" | "deduct", reqs: Requirement[], prefix = "r"): Built {
  return {
    rule: {
      kind: "checklist",
      mode,
      items: reqs.map((r, i) => ({
        fact: `${prefix}${i + 1}`,
        ...(r.when === true ? { when: true } : {}),
        points: r.points,
      })),
    },
    facts: reqs.map((r, i) => ({
      name: `${prefix}${i + 1}`,
      type: "bool",
      label: labelOf(r.label, `要求${i + 1}`),
    })),
  };
}

/** A counted term: what is counted, its unit and the points per unit. */
export interface Term {
  label: string;
  unit: string;
  points: string;
  /** At most 1 (a one-off condition counted as 0/1). */
  once?: boolean;
  /** This term counts at most so many points (最多扣N分). */
  cap?: string;
}

/** 按次计分 on counts count1…countN (fact names from `prefix`). */
export function buildOccurrences(mode: "award" | "deduct", terms: Term[], prefix = "count"): Built {
  return {
    rule: {
      kind: "occurrences",
      mode,
      terms: terms.map((t, i) => ({
        fact: `${prefix}${i + 1}`,
        points: t.points,
        ...(t.cap !== undefined ? { cap: t.cap } : {}),
      })),
    },
    facts: terms.map((t, i) => ({
      name: `${prefix}${i + 1}`,
      type: "int",
      label: labelOf(t.label, "发生次数"),
      ...(t.unit !== "" ? { unit: t.unit } : {}),
      ...(t.once === true ? { max: "1" } : {}),
      ...(mode === "award" ? { required: false } : {}),
    })),
  };
}

/** 按次计分 on a list of events, an event marked exempt not counted ("(…协助办理的,不扣分)"). */
export function buildExemptEvents(mode: "award" | "deduct", t: Term, exempt: string): Built {
  return {
    rule: {
      kind: "occurrences",
      mode,
      terms: [{ fact: "events", points: t.points, exempt: { field: "exempt", equals: true } }],
    },
    facts: [
      {
        name: "events",
        type: "list",
        label: labelOf(t.label, "事件"),
        ...(t.unit !== "" ? { unit: t.unit } : {}),
        required: false,
        fields: [{ name: "exempt", type: "bool", label: labelOf(exempt, "免于扣分") }],
      },
    ],
  };
}

/** 数量不足扣分: at least `quota`, −points for each one short. */
export function buildQuota(quota: string, points: string, label: string, unit: string): Built {
  return {
    rule: { kind: "quota", fact: "done", quota, points },
    facts: [
      {
        name: "done",
        type: "int",
        label: labelOf(label, "完成数量"),
        ...(unit !== "" ? { unit } : {}),
      },
    ],
  };
}

/** 酌情打分 / 酌情扣分 within the item's maximum. */
export function buildDiscretion(
  kind: "discretionary" | "discretionaryDeduction",
  max: string | undefined,
  name = "score",
): Built {
  return {
    rule: { kind, fact: name },
    facts: [
      {
        name,
        type: "score",
        label: kind === "discretionary" ? "酌情得分" : "酌情扣分",
        min: "0",
        ...(max !== undefined ? { max } : {}),
      },
    ],
  };
}

/** 按选项计分 on one enum fact: each option its points, or a discretionary deduction. */
export function buildOption(
  options: { value?: string; label: string; points?: string; partial?: boolean }[],
  max: string | undefined,
): Built {
  const facts: FactDoc[] = [
    {
      name: "status",
      type: "enum",
      label: "完成情况",
      values: options.map((o, i) => ({
        value: o.value ?? `o${i + 1}`,
        label: labelOf(o.label, `情形${i + 1}`),
      })),
    },
  ];
  const partial = options.some((o) => o.partial === true);
  if (partial)
    facts.push({
      name: "deduction",
      type: "score",
      label: "酌情扣分",
      required: false,
      min: "0",
      ...(max !== undefined ? { max } : {}),
    });
  return {
    rule: {
      kind: "option",
      fact: "status",
      options: options.map((o, i) =>
        o.partial === true
          ? {
              value: o.value ?? `o${i + 1}`,
              rule: { kind: "discretionaryDeduction", fact: "deduction" },
            }
          : { value: o.value ?? `o${i + 1}`, points: o.points ?? "0" },
      ),
    },
    facts,
  };
}

/**
 * The label of "none of the 不得分 conditions holds": 未开展 → 已开展 (a failure to act turned
 * round, never 无未开展), 发生X → 未发生X, else 无X.
 */
export function clearOf(conditions: string[]): string {
  const done = conditions.every((c) => /^未[\u4e00-\u9fa5]{2}/.test(c) && !/^未发生/.test(c));
  if (done) return conditions.map((c) => `已${c.slice(1)}`).join("、");
  // 发生重大事故 → 未发生重大事故.
  if (conditions.every((c) => /^(?:发生|出现)/.test(c))) return `未${conditions.join("、")}`;
  return `无${conditions.join("、")}`;
}

/** One gate from the 不得分 conditions: the item scores 0 when any holds. */
export function buildGate(conditions: string[]): { gate: Gate; fact: FactDoc } {
  const label = labelOf(clearOf(conditions), "无不得分情形").slice(0, 30);
  return {
    gate: {
      fact: "clear",
      pass: true,
      effect: "zero",
      reason: `${conditions.join("；")}，本项不得分`.slice(0, 200),
    },
    fact: { name: "clear", type: "bool", label },
  };
}

/** Renames a built rule's facts with a prefix so that parts of a 多项合计 do not clash. */
export function prefixed(b: Built, prefix: string): Built {
  // Fact names are letters and digits only: p1 + Count1, not p1_count1.
  const names = new Map(
    b.facts.map((f) => [f.name, `${prefix}${f.name.charAt(0).toUpperCase()}${f.name.slice(1)}`]),
  );
  const rename = (v: unknown): unknown => {
    if (typeof v === "string") return names.get(v) ?? v;
    if (Array.isArray(v)) return v.map(rename);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, k === "kind" ? x : rename(x)]),
      );
    return v;
  };
  return {
    rule: rename(b.rule) as RuleDoc,
    facts: b.facts.map((f) => ({ ...f, name: names.get(f.name) ?? f.name })),
  };
}

/** An assembled reading: one proposal, or sub-items each with its own maximum. */
export interface Composed {
  proposal: Proposal;
  used: Set<Statement>;
  split?: { max: string | undefined; title: string; proposal: Proposal; used: Set<Statement> }[];
}

/** A proposal from a built rule. */
export function done(
  b: Built,
  confidence: number,
  explanation: string,
  extra: Partial<Proposal> = {},
): Proposal {
  return { rule: b.rule, facts: b.facts, phrase: "", confidence, explanation, ...extra };
}
