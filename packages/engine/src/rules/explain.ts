/**
 * Rules read back as plain Chinese sentences with their numbers ("参保率低于 99.8% 时，每低 0.1 个
 * 百分点扣 0.5 分，不足 0.1 个百分点按 0.1 个百分点计，扣完为止；满分 5 分"): each kind states its own
 * rule (`explain` in the rule-kind table); this file gives it the facts by their labels, adds the
 * gate and the 满分, and states a whole scheme item by item. Works on a draft being edited: a
 * rule whose parameters do not parse yet has no sentence (undefined), never an identifier.
 */
import { factDeclarationSchema, type FactDeclaration } from "../facts/declaration.js";
import {
  ruleDocSchema,
  type Gate,
  type Item,
  type RuleDoc,
  type Scheme,
} from "../scheme/schema.js";
import type { ExplainEnv } from "./kind.js";
import { gateWords, readsOnlyGate } from "./gate-words.js";
import { findRuleKind } from "./registry.js";
import { bonusItemsOf } from "../scheme/points.js";
import { awardWords, itemName, num } from "./wording.js";

/** Declarations of other items' facts by full ref (`4.1.rate`), for rules that read them. */
export type FactLookup = (ref: string) => FactDeclaration | undefined;

/** Titles of the scheme's items by code, for rules that read another item's score (第3项“基金监管”). */
export type ItemTitles = (code: string) => string | undefined;

const noTitles: ItemTitles = () => undefined;

/** The item a rule belongs to, as the editor holds it (facts may be half-written). */
export interface ExplainItem {
  code: string;
  title?: string;
  max: string;
  facts?: readonly unknown[];
  gate?: Gate;
  /** A 加分 item (`bonusItemsOf`): its awards are said 加; otherwise 得 (decision 0343). */
  bonus?: boolean;
}

/** One item's line of `explainScheme`: code, title, max and the sentence. */
export interface ItemExplanation {
  code: string;
  title: string;
  max: string;
  /** Depth in the tree, 0 for a top-level item. */
  depth: number;
  sentence: string;
}

const UNNAMED = "（未选定的事实）";

/** A fact as the editor may hold it: a valid declaration, else its label and name alone. */
function declarationOf(raw: unknown): FactDeclaration | undefined {
  const parsed = factDeclarationSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const r = raw as { name?: unknown; label?: unknown } | null;
  if (typeof r?.name !== "string" || typeof r.label !== "string") return undefined;
  return { name: r.name, label: r.label, type: "text", required: true };
}

/** The environment of one item's rule: its own facts first, then `lookup` for `code.name`. */
function envOf(item: ExplainItem, lookup: FactLookup, titles: ItemTitles = noTitles): ExplainEnv {
  const own = new Map<string, FactDeclaration>();
  for (const raw of item.facts ?? []) {
    const decl = declarationOf(raw);
    if (decl !== undefined && !own.has(decl.name)) own.set(decl.name, decl);
  }
  const decl = (ref: string) => own.get(ref) ?? (ref.includes(".") ? lookup(ref) : undefined);
  const env: ExplainEnv = {
    item: {
      code: item.code,
      title: item.title ?? "",
      max: num(item.max),
      bonus: item.bonus === true,
    },
    decl,
    label: (ref) => {
      const label = decl(ref)?.label.trim();
      return label === undefined || label === "" ? UNNAMED : label;
    },
    explain: (rule, max, adds) => {
      const part = {
        ...env.item,
        ...(max === undefined ? {} : { max }),
        ...(adds === true ? { bonus: true } : {}),
      };
      return explainBare(rule, { ...env, item: part }) ?? "（子规则参数未填完整）";
    },
    itemName: (code) => itemName(code, titles(code)),
  };
  return env;
}

/** A rule's sentence without 满分, or undefined when its kind or parameters do not parse. */
function explainBare(rule: unknown, env: ExplainEnv): string | undefined {
  const doc = ruleDocSchema.safeParse(rule);
  if (!doc.success) return undefined;
  const kind = findRuleKind(doc.data.kind);
  if (kind === undefined) return undefined;
  const { kind: _id, ...rest } = doc.data;
  const params = kind.params.safeParse(rest);
  return params.success ? kind.explain(params.data, env) : undefined;
}

/**
 * A gate in words: "发生重大安全事故的，实行一票否决（总分为 0 分）" (gate-words.ts). A gate being
 * written in the editor may have no fact yet: it is said to be incomplete, like a rule's parameters.
 */
function explainGate(gate: Gate, env: ExplainEnv): string {
  const fact = (gate as { fact?: unknown }).fact;
  if (typeof fact !== "string" || fact === "") return "否决条件尚未填写完整";
  return gateWords(gate, env.label(fact));
}

/** True when a decimal literal is well formed ("5", "0.5"). */
function isDecimal(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text);
}

/**
 * A leaf's rule as one sentence with its 满分 (and gate), or undefined while the rule's
 * parameters or the max are incomplete. `lookup` finds other items' facts (`4.1.rate`).
 */
export function explainRule(
  rule: RuleDoc | unknown,
  item: ExplainItem,
  lookup: FactLookup = () => undefined,
  titles: ItemTitles = noTitles,
): string | undefined {
  if (!isDecimal(String(item.max))) return undefined;
  const env = envOf(item, lookup, titles);
  const sentence = explainBare(rule, env);
  if (sentence === undefined) return undefined;
  const gate = item.gate === undefined ? [] : [explainGate(item.gate, env)];
  // A veto item (发生…的，实行一票否决) whose rule awards its points on the gate's own fact: the
  // gate is the sentence, its points what is earned otherwise.
  const only = item.gate === undefined ? undefined : readsOnlyGate(rule, item.gate);
  if (only !== undefined && isDecimal(only.points)) {
    const max = num(item.max);
    if (max === "0") return `${gate.join("")}；本项不计分`;
    return `${gate.join("")}，否则${awardWords(env.item, only.points)}；满分 ${max} 分`;
  }
  return [sentence, ...gate, `满分 ${num(item.max)} 分`].join("；");
}

/** A group in words: "以下 4 项得分之和，最高 10 分；满分 10 分". */
function explainGroup(item: Item, lookup: FactLookup): string {
  const env = envOf(item, lookup);
  const parts = [`以下 ${item.children?.length ?? 0} 项得分之和`];
  if (item.cap !== undefined) parts.push(`最高 ${num(item.cap)} 分`);
  if (item.floor !== undefined) parts.push(`最低 ${num(item.floor)} 分`);
  const gate = item.gate === undefined ? [] : [explainGate(item.gate, env)];
  return [parts.join("，"), ...gate, `满分 ${num(item.max)} 分`].join("；");
}

/** Every item of a scheme (groups and leaves, depth first) with its sentence. */
export function explainScheme(scheme: Scheme): ItemExplanation[] {
  const byRef = new Map<string, FactDeclaration>();
  const collect = (item: Item) => {
    for (const f of item.facts ?? []) byRef.set(`${item.code}.${f.name}`, f);
    item.children?.forEach(collect);
  };
  scheme.items.forEach(collect);
  const lookup: FactLookup = (ref) => byRef.get(ref);
  const titles = lookupTitlesOf(scheme.items);
  const bonus = bonusItemsOf(scheme.items);
  const out: ItemExplanation[] = [];
  const walk = (item: Item, depth: number) => {
    const sentence =
      item.children !== undefined && item.children.length > 0
        ? explainGroup(item, lookup)
        : (explainRule(item.rule, { ...item, bonus: bonus(item.code) }, lookup, titles) ??
          "（计分规则不完整）");
    out.push({ code: item.code, title: item.title, max: num(item.max), depth, sentence });
    item.children?.forEach((c) => walk(c, depth + 1));
  };
  scheme.items.forEach((item) => walk(item, 0));
  return out;
}

/** A lookup of every fact of a scheme document being edited, by full ref (`4.1.rate`). */
export function lookupFactsOf(items: readonly unknown[]): FactLookup {
  const byRef = new Map<string, FactDeclaration>();
  const collect = (raw: unknown) => {
    const item = raw as { code?: unknown; facts?: unknown; children?: unknown } | null;
    if (item === null || typeof item !== "object") return;
    if (Array.isArray(item.facts))
      for (const f of item.facts) {
        const decl = declarationOf(f);
        if (decl !== undefined) byRef.set(`${String(item.code)}.${decl.name}`, decl);
      }
    if (Array.isArray(item.children)) item.children.forEach(collect);
  };
  items.forEach(collect);
  return (ref) => byRef.get(ref);
}

/** The titles of the items of a scheme document being edited, by code. */
export function lookupTitlesOf(items: readonly unknown[]): ItemTitles {
  const byCode = new Map<string, string>();
  const collect = (raw: unknown) => {
    const item = raw as { code?: unknown; title?: unknown; children?: unknown } | null;
    if (item === null || typeof item !== "object") return;
    if (typeof item.code === "string" && typeof item.title === "string")
      byCode.set(item.code, item.title);
    if (Array.isArray(item.children)) item.children.forEach(collect);
  };
  items.forEach(collect);
  return (code) => byCode.get(code);
}
