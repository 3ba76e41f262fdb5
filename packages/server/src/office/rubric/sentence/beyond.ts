/**
 * Statements that change what a rule's score does rather than how it is counted (decision 0160):
 * a penalty beyond the item (扣满N分的追加扣除M分, 不得分并追加扣除), scoring on the unit's total
 * (从总分中扣除), no cap (加分不封顶), the others' mean for units without data (按其他单位平均分),
 * and grade vetoes (一票否优, 不得参加评先评优). Each takes its statements out, has the rest
 * composed, and wraps the result — so they combine with whatever the rest of the text says.
 */
import type { Gate, RuleDoc } from "@kaoping/engine";
import { labelOf, type FactDoc, type ItemText } from "../proposal.js";
import { buildChecklist, done, type Composed } from "./build.js";
import type { Part } from "./parts.js";
import { byRole as by, conditionOf, type Statement } from "./statements.js";

type Compose = (item: ItemText, sts: Statement[]) => Composed | undefined;

/** A composed reading with its rule wrapped and more statements used. */
function wrapped(
  c: Composed,
  rule: RuleDoc,
  facts: FactDoc[],
  used: Statement[],
  explanation: string,
  gate?: Gate,
): Composed {
  const p = c.proposal;
  return {
    proposal: {
      ...p,
      rule,
      facts: [...p.facts, ...facts],
      explanation: `${explanation}；${p.explanation}`,
      ...(gate !== undefined ? { gate } : {}),
    },
    used: new Set([...c.used, ...used]),
  };
}

/** The rule for an item whose only scoring text is what `used` says happened (发生…的). */
function happened(item: ItemText, label: string, name: string): Composed {
  const b = {
    rule: {
      kind: "checklist",
      mode: "deduct",
      items: [{ fact: name, when: true, points: item.max ?? "0" }],
    } as RuleDoc,
    facts: [{ name, type: "bool", label: labelOf(label, "发生规定情形") }],
  };
  return { proposal: done(b, 0.75, "发生该情形时本项不得分"), used: new Set() };
}

/** The label of "the condition did not happen": 未发生X, or 无X情形 when X names its own verb. */
function vetoClearOf(cond: string): string {
  if (/^(发生|出现|存在)/.test(cond)) return `未${cond}`;
  if (/发生|出现|存在|被|受到/.test(cond))
    return `无${cond}${/(?:情形|情况)$/.test(cond) ? "" : "情形"}`;
  return `未发生${cond}`;
}

/**
 * «未发生X的得N分；发生的，…»: a bare «发生的» refers back to the X of a one-line award, so the
 * consequence reads the award's own fact (answered once) and names X.
 */
function referredBack(cond: string, inner: Composed): { fact: string; named: string } | undefined {
  const verb = /^(?:若|如|凡)?(发生|出现|存在)(?:的|者)?$/.exec(cond)?.[1];
  const rule = inner.proposal.rule as { kind: string; mode?: string; items?: { fact: string }[] };
  if (verb === undefined || rule.kind !== "checklist" || rule.mode !== "award") return undefined;
  const only = rule.items?.length === 1 ? rule.items[0] : undefined;
  const fact = inner.proposal.facts.find((f) => f.name === only?.fact);
  const label = String(fact?.label ?? "");
  const at = label.search(new RegExp(`[未无]${verb}`));
  if (fact === undefined || at < 0) return undefined;
  return { fact: fact.name, named: label.slice(at + 1) };
}

/**
 * A consequence's condition: its own words, or — when it has none but a joining word («…每人次扣2
 * 分，并取消…评优资格») — the condition of the statement it follows, which it adds to.
 */
function conditionFor(s: Statement, sts: Statement[]): string {
  const own = conditionOf(s);
  if (!/^(?:并|且|并且|同时|另|另外|还|亦|并同时)?$/.test(own)) return own;
  const before = sts[sts.indexOf(s) - 1];
  return before === undefined ? own : conditionOf(before);
}

/** 一票否优 / 取消评先评优资格: the score stands, the unit is marked. */
function gradeVeto(item: ItemText, sts: Statement[], compose: Compose): Composed | undefined {
  const vetoes = by(sts, "veto").filter((s) =>
    s.parts.some((p) => p.kind === "veto" && (p.verb === "noExcellent" || p.verb === "ineligible")),
  );
  if (vetoes.length === 0 || vetoes.length !== by(sts, "veto").length) return undefined;
  const effect = vetoes[0]?.parts.find((p) => p.kind === "veto")?.verb as
    "noExcellent" | "ineligible";
  const cond =
    vetoes
      .map((v) => conditionFor(v, sts))
      .filter((c) => c !== "")
      .join("；") || "发生规定情形";
  const gate: Gate = { fact: "clear1", pass: true, effect, reason: cond.slice(0, 200) };
  const what =
    effect === "noExcellent"
      ? "一票否优：发生该情形时不得评为优秀"
      : "发生该情形时取消评先评优资格";
  const rest = sts.filter((s) => !vetoes.includes(s));
  const inner = compose(item, rest);
  const back = inner === undefined ? undefined : referredBack(cond, inner);
  if (inner !== undefined && back !== undefined && inner.proposal.gate === undefined)
    return wrapped(inner, inner.proposal.rule, [], vetoes, `${what}（得分不变）`, {
      ...gate,
      fact: back.fact,
      reason: back.named.slice(0, 200),
    });
  if (inner !== undefined && inner.split === undefined && inner.proposal.gate === undefined)
    return wrapped(
      inner,
      inner.proposal.rule,
      [{ name: "clear1", type: "bool", label: labelOf(vetoClearOf(cond), "未发生规定情形") }],
      vetoes,
      `${what}（得分不变）`,
      gate,
    );
  const b = buildChecklist(
    "award",
    [{ label: vetoClearOf(cond), points: item.max ?? "0" }],
    "clear",
  );
  // The text says what the unit loses, not how the item's points are earned: a real doubt, said.
  const unsaid =
    item.max !== undefined && Number(item.max) > 0
      ? [`本项 ${item.max} 分如何得分未写明：暂按未发生该情形得满分、发生时不得分，请核对`]
      : [];
  return {
    proposal: done(b, 0.75, `${what}（得分不变）`, {
      gate,
      ...(unsaid.length > 0 ? { warnings: unsaid } : {}),
    }),
    used: new Set([...vetoes, ...by(sts, "limit", "exempt")]),
  };
}

/**
 * 一票否决 beside lines that score the item (扣5分；…发生X的，一票否决): the lines keep their rule
 * and the veto becomes the item's gate. Alone, or when the rest already has a gate, the veto is
 * read by the core (the item scores its points unless the veto happens).
 */
function scoreVeto(item: ItemText, sts: Statement[], compose: Compose): Composed | undefined {
  const vetoes = by(sts, "veto").filter((s) =>
    s.parts.some((p) => p.kind === "veto" && p.verb === undefined),
  );
  if (vetoes.length === 0 || vetoes.length !== by(sts, "veto").length) return undefined;
  const rest = sts.filter((s) => !vetoes.includes(s));
  if (rest.every((s) => ["none", "limit", "exempt"].includes(s.role))) return undefined;
  const inner = compose(item, rest);
  if (inner === undefined || inner.split !== undefined || inner.proposal.gate !== undefined)
    return undefined;
  if (inner.proposal.facts.some((f) => f.name === "clear1")) return undefined;
  const cond =
    vetoes
      .map((v) => conditionFor(v, sts))
      .filter((c) => c !== "")
      .join("；") || "一票否决";
  const gate: Gate = { fact: "clear1", pass: true, effect: "veto", reason: cond.slice(0, 200) };
  const back = referredBack(cond, inner);
  if (back !== undefined)
    return wrapped(inner, inner.proposal.rule, [], vetoes, "一票否决：发生该事项时单位总分为 0", {
      ...gate,
      fact: back.fact,
      reason: back.named.slice(0, 200),
    });
  return wrapped(
    inner,
    inner.proposal.rule,
    [{ name: "clear1", type: "bool", label: labelOf(vetoClearOf(cond), "未发生一票否决事项") }],
    vetoes,
    "一票否决：发生该事项时单位总分为 0",
    gate,
  );
}

/** 扣满N分的追加扣除M分 / 不得分并追加扣除M分: `penalty` around the rest. */
function penalties(item: ItemText, sts: Statement[], compose: Compose): Composed | undefined {
  const extras = by(sts, "extra");
  if (extras.length === 0) return undefined;
  const taken = new Set<Statement>(extras);
  const list: Record<string, unknown>[] = [];
  const facts: FactDoc[] = [];
  const conds = new Map<string, string>();
  let zeroLabel: string | undefined;
  for (const e of extras) {
    const points = e.action?.value ?? "0";
    const reach = e.parts.find((p) => p.kind === "reach");
    // 扣满本项分值后: the trigger is the item's own points.
    const at = reach?.verb === "item" ? item.max : reach?.value;
    if (at !== undefined) {
      list.push({ when: { deducted: at }, points });
      continue;
    }
    // "…的，本项不得分，并追加扣除M分": the 不得分 before it (or in it) is part of the penalty.
    const prev = sts[sts.indexOf(e) - 1];
    const zeroBefore = prev !== undefined && prev.role === "zero" && !taken.has(prev);
    if (zeroBefore) taken.add(prev);
    const zeroItem = zeroBefore || e.parts.some((p) => p.kind === "action" && p.verb === "zero");
    const cond = conditionOf(zeroBefore ? prev : e) || conditionOf(e) || "追加扣除情形";
    const name = `p${facts.length + 1}`;
    facts.push({ name, type: "bool", label: labelOf(cond, "追加扣除情形") });
    conds.set(name, cond);
    list.push({ when: { fact: name, equals: true }, points, ...(zeroItem ? { zeroItem } : {}) });
    zeroLabel ??= zeroItem ? cond : undefined;
  }
  const rest = sts.filter((s) => !taken.has(s));
  let inner = compose(item, rest);
  let extraFacts = facts;
  if (inner === undefined || inner.split !== undefined) {
    // Nothing else scores: the item is lost when the penalty's condition holds.
    const first = facts[0];
    if (first === undefined || zeroLabel === undefined) return undefined;
    inner = happened(item, first.label, first.name);
    extraFacts = facts.slice(1);
  }
  // «未发生X的得N分；发生的，本项不得分并…»: a bare 发生的 reads the award's own fact.
  for (const [i, f] of [...extraFacts.entries()].reverse()) {
    const back = referredBack(conds.get(f.name) ?? "", inner);
    const at = list.findIndex((t) => (t.when as { fact?: string }).fact === f.name);
    if (back === undefined || at < 0) continue;
    list[at] = { ...list[at], when: { fact: back.fact, equals: false } };
    extraFacts = extraFacts.filter((_, j) => j !== i);
  }
  const rule = { kind: "penalty", rule: inner.proposal.rule, penalties: list } as RuleDoc;
  return wrapped(
    inner,
    rule,
    extraFacts,
    [...taken],
    "追加扣除：超出本项分值的部分从单位总分中扣除",
  );
}

/** 加分不封顶 / 不设上限: `uncapped` around the rule. */
function noCap(item: ItemText, sts: Statement[], compose: Compose): Composed | undefined {
  const open = sts.filter((s) => s.parts.some((p) => p.kind === "limit" && p.verb === "open"));
  if (open.length === 0) return undefined;
  const rest = sts.map((s) => ({
    ...s,
    parts: s.parts.filter((p) => !(p.kind === "limit" && p.verb === "open")),
  }));
  const inner = compose(item, rest);
  if (inner === undefined || inner.split !== undefined) return undefined;
  const used = sts.filter((s, i) => inner.used.has(rest[i] as Statement));
  const c = { ...inner, used: new Set(used) };
  return wrapped(
    c,
    { kind: "uncapped", rule: inner.proposal.rule } as RuleDoc,
    [],
    open,
    "加分不封顶：超出本项分值的部分计入单位总分",
  );
}

/** 从总分中扣除 / 在总分基础上加: `toTotal` of the rule read as an amount. */
function onTotal(item: ItemText, sts: Statement[], compose: Compose): Composed | undefined {
  const scoring = sts.filter((s) => !["none", "limit", "exempt"].includes(s.role));
  if (scoring.length === 0 || !scoring.every((s) => s.total)) return undefined;
  const takes = (p: Part) =>
    (p.kind === "action" || p.kind === "discretion") && p.verb === "deduct";
  const minus = scoring.some((s) => s.parts.some(takes));
  // The rule gives the amount: a deduction on the total is counted like an award, 视情节扣5至50分
  // like 酌情打分 within that range.
  const asAmount = sts.map((s) => {
    const parts = s.parts.map((p) => (takes(p) ? { ...p, verb: "bonus" } : p));
    return s.action?.verb === "deduct"
      ? {
          ...s,
          parts,
          role: s.role === "deduct" ? ("award" as const) : s.role,
          action: { ...s.action, verb: "bonus" },
          total: false,
        }
      : { ...s, parts, total: false };
  });
  const inner = compose({ ...item, bonus: true }, asAmount);
  if (inner === undefined || inner.split !== undefined) return undefined;
  const used = sts.filter((s, i) => inner.used.has(asAmount[i] as Statement));
  return wrapped(
    { ...inner, used: new Set(used) },
    { kind: "toTotal", rule: inner.proposal.rule, sign: minus ? "minus" : "plus" } as RuleDoc,
    [],
    [],
    minus ? "从单位总分中扣除" : "直接计入单位总分",
  );
}

/** 无此项业务的按其他单位平均分计分: `othersMean` around the rest. */
function othersMean(item: ItemText, sts: Statement[], compose: Compose): Composed | undefined {
  const others = by(sts, "others");
  if (others.length === 0) return undefined;
  const rest = sts.filter((s) => !others.includes(s));
  const inner = compose(item, rest);
  if (inner === undefined || inner.split !== undefined) return undefined;
  const cond = conditionOf(others[0] as Statement);
  const rule = { kind: "othersMean", rule: inner.proposal.rule, fact: "noData", equals: true };
  return wrapped(
    inner,
    rule as RuleDoc,
    [{ name: "noData", type: "bool", label: labelOf(cond, "无此项业务") }],
    others,
    "按其他单位平均分：符合条件的单位取其他单位本项得分的平均分",
  );
}

/** The reading with the wrappers the text asks for, or the plain composition. */
export function composeBeyond(
  item: ItemText,
  sts: Statement[],
  core: Compose,
): Composed | undefined {
  const again: Compose = (i, s) => composeBeyond(i, s, core);
  return (
    othersMean(item, sts, again) ??
    gradeVeto(item, sts, again) ??
    scoreVeto(item, sts, again) ??
    penalties(item, sts, again) ??
    noCap(item, sts, again) ??
    onTotal(item, sts, again) ??
    core(item, sts)
  );
}
