/**
 * Checks a structurally valid scheme for meaning (unique codes, known rule kinds with valid
 * params, every fact a rule reads declared with a suitable type, children within the parent's
 * points unless capped) and builds the compiled form the scorer walks.
 */
import { Decimal, sum } from "../decimal.js";
import { factTypeInfo, type FactDeclaration } from "../facts/declaration.js";
import { defaultValue, type FactValue } from "../facts/value.js";
import { problem, type Problem } from "../problems.js";
import { NOT_SMALL, scaledOf } from "../scaled.js";
import type { RuleKind, ValueClass } from "../rules/kind.js";
import { findRuleKind } from "../rules/registry.js";
import type { Check, Gate, Item, RuleDoc, Scheme } from "./schema.js";
import { bonusItemsOf } from "./points.js";
import { zhErrors, zodProblems } from "./zod-problems.js";
import { orderItems, type ItemScoreUse } from "./item-order.js";

/** A rule ready to evaluate: its kind, parsed params, nested rules, and its key in the round context. */
export interface CompiledRule {
  kind: RuleKind<unknown>;
  params: unknown;
  key: string;
  nested: Map<string, CompiledRule>;
}

/** An item ready to score. */
export interface CompiledItem {
  item: Item;
  max: Decimal;
  /** What a rule kind sees of the item (`RuleEnv.item`), made once. */
  info: { code: string; title: string; max: Decimal; bonus: boolean };
  /** `max` as its canonical string, formatted once. */
  maxText: string;
  /** Local fact names → full refs for this item (`rate` → `4.1.rate`), so lookups build no strings. */
  refs: Map<string, string>;
  /** The same names → fact slots (positions in `CheckedFacts.values`). */
  refSlots: Map<string, number>;
  cap: Decimal | undefined;
  floor: Decimal | undefined;
  /**
   * `max`, `cap` and `floor` as scaled integers (src/scaled.ts) for group sums without decimal.js;
   * NOT_SMALL when one is outside that domain or is −0 (the group then takes decimal.js).
   */
  scaled: { max: number; cap: number | undefined; floor: number | undefined };
  gate: Gate | undefined;
  rule: CompiledRule | undefined;
  children: CompiledItem[];
  /** Full refs (`4.1.rate`) this item reads: rule, gate and checks. */
  reads: string[];
  /** Codes of the items those facts belong to. */
  readCodes: string[];
  /** Their slots in `CompiledScheme.codeSlots`, in the same order. */
  readSlots: number[];
  /** Position of this item in the scheme (depth first), so per-round memos are arrays. */
  index: number;
  /** Items whose scores its rule reads (按第3项得分排名), scored before it (item-order.ts). */
  scoreRefs: CompiledItem[];
}

/** A compiled scheme: the tree, facts by full ref, and the cross-unit rules. */
export interface CompiledScheme {
  scheme: Scheme;
  items: CompiledItem[];
  facts: Map<string, { code: string; decl: FactDeclaration }>;
  /** Item codes that declare facts (keys allowed in a facts object). */
  factCodes: Map<string, FactDeclaration[]>;
  /** Per such item code: its facts by name, with full ref and slot. */
  codeFacts: Map<string, Map<string, { decl: FactDeclaration; ref: string; slot: number }>>;
  /** Position of each such item code, so per-unit tables by code are arrays. */
  codeSlots: Map<string, number>;
  /** Value of every fact when absent, by slot: the optional facts' defaults, undefined for required ones. */
  defaults: (FactValue | undefined)[];
  checks: { code: string; check: Check }[];
  /** Value of each optional fact when absent, computed once (Decimals are immutable, so shared). */
  optionalDefaults: Map<string, FactValue | undefined>;
  /** Required facts (full ref → item code), in scheme order. */
  requiredFacts: [string, string][];
  /** Position of each fact in scheme order, to sort `missing`; also its slot in `CheckedFacts.values`. */
  order: Map<string, number>;
  /** Full refs of the facts some rule or gate reads (a check alone scores nothing): unread-facts.ts. */
  scoredFacts: Set<string>;
  /** Cross-unit rules; `stage` orders them when rules read other items' scores (item-order.ts). */
  crossUnit: { code: string; rule: CompiledRule; stage: number }[];
  /** Stages of the round context: 0 or 1 without score references (item-order.ts). */
  stages: number;
  /** Every item by code. */
  itemsByCode: Map<string, CompiledItem>;
  /** Number of items (groups and leaves); `CompiledItem.index` is below it. */
  itemCount: number;
  /** 得分保留小数位数 (`Scheme.places`): every item's score rounded to it; undefined: exact. */
  places: number | undefined;
}

/** A limit (max, cap, floor) as a scaled integer; NOT_SMALL outside the domain and for −0. */
function scaledLimit(text: string): number {
  const value = new Decimal(text);
  if (value.isZero() && value.isNegative()) return NOT_SMALL;
  return scaledOf(value.toFixed());
}

/** Resolves a rule's fact reference against its item: `rate` → `4.1.rate`; `4.1.rate` stays. */
export function resolveRef(code: string, ref: string): string {
  return ref.includes(".") ? ref : `${code}.${ref}`;
}

/** The value class of a declaration, for checking that a rule can read it. */
function classOf(decl: FactDeclaration): ValueClass {
  const map: Record<string, ValueClass> = {
    bool: "bool",
    date: "date",
    level: "option",
    enum: "option",
    text: "text",
    list: "list",
  };
  return map[decl.type] ?? "number";
}

/** Compiles a parsed scheme; problems are path-named, empty when it is sound. */
export function compileScheme(scheme: Scheme): { compiled: CompiledScheme; problems: Problem[] } {
  const problems: Problem[] = [];
  const compiled: CompiledScheme = {
    scheme,
    items: [],
    facts: new Map(),
    factCodes: new Map(),
    codeFacts: new Map(),
    codeSlots: new Map(),
    defaults: [],
    checks: [],
    optionalDefaults: new Map(),
    requiredFacts: [],
    order: new Map(),
    scoredFacts: new Set(),
    crossUnit: [],
    stages: 0,
    itemsByCode: new Map(),
    itemCount: 0,
    places: scheme.places,
  };
  const scoreUses: ItemScoreUse[] = [];
  const codes = new Set<string>();

  // First pass: codes and fact declarations, so rules may read facts of later items (9.1 reads 4.1).
  const declare = (item: Item, path: string, parent: string | undefined) => {
    if (codes.has(item.code))
      problems.push(problem(`${path}.code`, "duplicate_code", `编号 ${item.code} 重复`));
    codes.add(item.code);
    if (parent !== undefined && !item.code.startsWith(`${parent}.`)) {
      problems.push(
        problem(`${path}.code`, "bad_code", `子项编号 ${item.code} 应以上级编号 ${parent}. 开头`),
      );
    }
    const names = new Set<string>();
    (item.facts ?? []).forEach((decl, i) => {
      const at = `${path}.facts[${i}]`;
      if (names.has(decl.name))
        problems.push(
          problem(
            `${at}.name`,
            "duplicate_fact",
            `事实“${decl.label}”的名称（${decl.name}）与本项另一事实重复`,
          ),
        );
      names.add(decl.name);
      problems.push(...checkDeclaration(decl, at));
      const ref = `${item.code}.${decl.name}`;
      compiled.facts.set(ref, { code: item.code, decl });
      if (decl.required) compiled.requiredFacts.push([ref, item.code]);
      else compiled.optionalDefaults.set(ref, defaultValue(decl));
      const slot = compiled.defaults.length;
      compiled.defaults.push(decl.required ? undefined : defaultValue(decl));
      compiled.order.set(ref, slot);
      let byName = compiled.codeFacts.get(item.code);
      if (byName === undefined) {
        compiled.codeFacts.set(item.code, (byName = new Map()));
        compiled.codeSlots.set(item.code, compiled.codeSlots.size);
      }
      // The first declaration of a name wins, as `find` did (duplicates are refused anyway).
      if (!byName.has(decl.name)) byName.set(decl.name, { decl, ref, slot });
    });
    if ((item.facts ?? []).length > 0) compiled.factCodes.set(item.code, item.facts ?? []);
    (item.children ?? []).forEach((c, i) => declare(c, `${path}.children[${i}]`, item.code));
  };
  scheme.items.forEach((item, i) => declare(item, `items[${i}]`, undefined));

  const useRef = (
    code: string,
    ref: string,
    at: string,
    accepts: readonly ValueClass[],
    reads: string[],
    scores = true,
  ) => {
    const full = resolveRef(code, ref);
    const found = compiled.facts.get(full);
    if (scores) compiled.scoredFacts.add(full);
    if (found === undefined) {
      problems.push(problem(at, "undeclared_fact", `所选事实不存在（已删除或未选定：${full}）`));
      return;
    }
    if (!accepts.includes(classOf(found.decl))) {
      problems.push(
        problem(
          at,
          "wrong_fact_type",
          `事实“${found.decl.label}”是${factTypeInfo[found.decl.type].name}型，不适用于此处`,
        ),
      );
    }
    if (!reads.includes(full)) reads.push(full);
    if (current !== undefined && !current.readCodes.includes(found.code)) {
      current.readCodes.push(found.code);
      current.readSlots.push(compiled.codeSlots.get(found.code) as number);
    }
    current?.refs.set(ref, full);
    current?.refSlots.set(ref, compiled.order.get(full) as number);
  };

  const compileRule = (
    code: string,
    doc: RuleDoc,
    at: string,
    key: string,
    reads: string[],
  ): CompiledRule | undefined => {
    const kind = findRuleKind(doc.kind);
    if (kind === undefined) {
      problems.push(problem(`${at}.kind`, "unknown_rule_kind", `未知的计分规则类型 ${doc.kind}`));
      return undefined;
    }
    const { kind: _kind, ...rest } = doc;
    const parsed = kind.params.safeParse(rest, zhErrors);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, at));
      return undefined;
    }
    const rule: CompiledRule = { kind, params: parsed.data, key, nested: new Map() };
    if (current !== undefined)
      for (const c of kind.check?.(parsed.data, current.info) ?? [])
        problems.push(problem(`${at}.${c.at}`, c.code, c.message));
    for (const use of kind.refs(parsed.data))
      useRef(code, use.ref, `${at}.${use.at}`, use.accepts, reads);
    if (current !== undefined)
      for (const use of kind.items?.(parsed.data) ?? [])
        scoreUses.push({ from: current, code: use.code, at: `${at}.${use.at}` });
    for (const sub of kind.nested?.(parsed.data) ?? []) {
      const c = compileRule(code, sub.rule, `${at}.${sub.at}`, `${key}/${sub.at}`, reads);
      if (c !== undefined) rule.nested.set(sub.at, c);
    }
    if (kind.crossUnit !== undefined) compiled.crossUnit.push({ code, rule, stage: 0 });
    return rule;
  };

  let current: CompiledItem | undefined;
  const isBonus = bonusItemsOf(scheme.items);
  const build = (item: Item, path: string): CompiledItem => {
    const reads: string[] = [];
    const isGroup = item.children !== undefined && item.children.length > 0;
    const max = new Decimal(item.max);
    const ci: CompiledItem = {
      item,
      info: { code: item.code, title: item.title, max, bonus: isBonus(item.code) },
      max,
      maxText: new Decimal(item.max).toFixed(),
      refs: new Map(),
      refSlots: new Map(),
      cap: item.cap === undefined ? undefined : new Decimal(item.cap),
      floor: item.floor === undefined ? undefined : new Decimal(item.floor),
      scaled: {
        max: scaledLimit(item.max),
        cap: item.cap === undefined ? undefined : scaledLimit(item.cap),
        floor: item.floor === undefined ? undefined : scaledLimit(item.floor),
      },
      gate: item.gate,
      rule: undefined,
      children: [],
      reads,
      readCodes: [],
      readSlots: [],
      index: compiled.itemCount++,
      scoreRefs: [],
    };
    if (!compiled.itemsByCode.has(item.code)) compiled.itemsByCode.set(item.code, ci);
    current = ci;
    if (ci.max.isNegative()) problems.push(problem(`${path}.max`, "bad_max", "分值不能为负"));
    if (item.gate !== undefined)
      useRef(item.code, item.gate.fact, `${path}.gate.fact`, ["bool"], reads);
    for (const [i, check] of (item.checks ?? []).entries()) {
      const refs =
        check.check === "together"
          ? check.facts
          : check.check === "anyOf"
            ? check.sets.flat()
            : check.check === "lte"
              ? [check.fact, check.other]
              : [check.fact, check.when];
      for (const ref of refs)
        useRef(
          item.code,
          ref,
          `${path}.checks[${i}]`,
          ["bool", "number", "date", "option", "text", "list"],
          reads,
          false,
        );
      compiled.checks.push({ code: item.code, check });
    }
    if (isGroup) {
      if (item.rule !== undefined)
        problems.push(
          problem(
            `${path}.rule`,
            "group_with_rule",
            `分组项 ${item.code} 按子项合计，不能再有计分规则`,
          ),
        );
      ci.children = (item.children ?? []).map((c, i) => build(c, `${path}.children[${i}]`));
      current = ci;
      const total = sum(ci.children.map((c) => c.max));
      if (ci.cap !== undefined && ci.cap.greaterThan(ci.max))
        problems.push(
          problem(`${path}.cap`, "cap_above_max", `上限 ${item.cap} 超过本项分值 ${item.max}`),
        );
      if (ci.cap === undefined && total.greaterThan(ci.max)) {
        problems.push(
          problem(
            `${path}.max`,
            "children_exceed_max",
            `子项分值合计 ${total.toFixed()} 超过本项分值 ${item.max}，且未设上限（cap）`,
          ),
        );
      }
    } else {
      if (item.cap !== undefined || item.floor !== undefined)
        problems.push(
          problem(
            `${path}.cap`,
            "leaf_with_cap",
            `计分项 ${item.code} 不能设 cap/floor（只对分组有效）`,
          ),
        );
      if (item.rule === undefined)
        problems.push(problem(`${path}.rule`, "missing_rule", `计分项 ${item.code} 缺少计分规则`));
      else ci.rule = compileRule(item.code, item.rule, `${path}.rule`, item.code, reads);
    }
    return ci;
  };
  compiled.items = scheme.items.map((item, i) => build(item, `items[${i}]`));
  orderItems(compiled, scoreUses, problems);
  return { compiled, problems };
}

/** Checks that a declaration's options fit its type. */
function checkDeclaration(decl: FactDeclaration, at: string): Problem[] {
  const out: Problem[] = [];
  if (decl.type === "enum" && (decl.values ?? []).length === 0)
    out.push(problem(`${at}.values`, "missing_values", `选项型事实“${decl.label}”须列出可选值`));
  if (decl.type === "list" && (decl.fields === undefined) === (decl.element === undefined)) {
    out.push(
      problem(
        `${at}.fields`,
        "missing_fields",
        `清单型事实“${decl.label}”须声明字段或元素类型之一`,
      ),
    );
  }
  if (decl.type !== "list" && (decl.fields !== undefined || decl.element !== undefined))
    out.push(problem(`${at}.fields`, "unexpected_fields", `只有清单型事实可以声明字段或元素类型`));
  if (decl.element?.type === "list" || decl.fields?.some((f) => f.type === "list"))
    out.push(problem(`${at}.fields`, "nested_list", `清单不能嵌套`));
  if (
    decl.element?.type === "score" &&
    (decl.element.min === undefined || decl.element.max === undefined)
  )
    out.push(problem(`${at}.element`, "missing_range", `分数型元素须给出下限和上限`));
  if (decl.type === "score" && (decl.min === undefined || decl.max === undefined))
    out.push(problem(at, "missing_range", `分数型事实“${decl.label}”须给出下限和上限`));
  if (
    decl.min !== undefined &&
    decl.max !== undefined &&
    new Decimal(decl.min).greaterThan(decl.max)
  )
    out.push(problem(at, "bad_range", `下限大于上限`));
  return out;
}
