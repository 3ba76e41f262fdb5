/**
 * The edge cases a rule implies, as facts to try: at the threshold, just below it, one step
 * below, deductions exhausted, the bonus cap reached, each band's bounds, a quota met and one
 * short. Computed from the rule's own numbers with exact decimals (the engine's), so a wrong
 * bound shows up as a wrong score before a round uses the rule.
 */
import { parseDecimal, type FactDeclaration, type Item } from "@kaoping/engine";

type Decimal = NonNullable<ReturnType<typeof parseDecimal>>;

/**
 * One case: its name and the facts that make it — the item's own by name, another item's by its
 * full reference (`4.1.rate`, a rule of 9.1 reading 4.1's rate).
 */
export interface EdgeCase {
  label: string;
  facts: Record<string, unknown>;
}

/**
 * Facts keyed as rules name them (own by name, another item's as `4.1.rate`) as a unit's facts
 * by item: `{ [code]: own, "4.1": { rate } }`. A fact name never holds a dot; item codes may.
 */
export function factsByItem(
  code: string,
  facts: Record<string, unknown>,
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [ref, value] of Object.entries(facts)) {
    const dot = ref.lastIndexOf(".");
    const owner = dot < 0 ? code : ref.slice(0, dot);
    (out[owner] ??= {})[dot < 0 ? ref : ref.slice(dot + 1)] = value;
  }
  return out;
}

const d = (text: unknown): Decimal | undefined => parseDecimal(text);

/** A tenth of the finest place among the numbers (0.1 and 99.8 → 0.01). */
function tinyOf(...texts: string[]): Decimal {
  const places = Math.max(0, ...texts.map((t) => d(t)?.decimalPlaces() ?? 0));
  return d(`0.${"0".repeat(places)}1`) as Decimal;
}

/** Steps needed to exhaust (or fill) max at `points` per step. */
function stepsToMax(max: string, points: string): Decimal | undefined {
  const m = d(max);
  const p = d(points);
  if (m === undefined || p === undefined || p.isZero()) return undefined;
  return m.dividedBy(p).ceil();
}

/** Facts that make a measured value `value`: one fact, or a ratio with a large denominator (keyed by the rule's references). */
function measured(spec: unknown, value: Decimal): Record<string, unknown> | undefined {
  const s = spec as {
    fact?: string;
    ratio?: [string, string];
    percent?: boolean;
    best?: unknown[];
  };
  if (typeof s?.fact === "string") return { [s.fact]: value.toFixed() };
  if (Array.isArray(s?.ratio)) {
    const den = d("10000") as Decimal;
    const num = value.times(den).dividedBy(s.percent === false ? 1 : 100);
    if (!num.isInteger() || num.isNegative()) return undefined;
    return { [s.ratio[0]]: num.toFixed(), [s.ratio[1]]: den.toFixed() };
  }
  if (Array.isArray(s?.best) && s.best[0] !== undefined) return measured(s.best[0], value);
  return undefined;
}

function stepsCases(p: Record<string, string>, spec: unknown, max: string): EdgeCase[] {
  const from = d(p.from);
  const step = d(p.step);
  if (from === undefined || step === undefined) return [];
  const tiny = tinyOf(from.toFixed(), step.toFixed());
  const n = stepsToMax(max, p.points ?? "");
  const cases: [string, Decimal | undefined][] =
    p.direction === "above"
      ? [
          ["正好达到起点", from],
          ["超过一档", from.plus(step)],
          ["加满", n === undefined ? undefined : from.plus(step.times(n))],
        ]
      : [
          ["正好达到起点", from],
          ["略低于起点", from.minus(tiny)],
          ["低一档", from.minus(step)],
          ["扣完", n === undefined ? undefined : from.minus(step.times(n))],
          ...(p.zeroBelow === undefined
            ? []
            : ([["低于零分线", d(p.zeroBelow)?.minus(tiny)]] as [string, Decimal | undefined][])),
        ];
  return cases.flatMap(([label, v]) => {
    const facts = v === undefined || v.isNegative() ? undefined : measured(spec, v);
    return facts === undefined ? [] : [{ label, facts }];
  });
}

function bandsCases(bands: Record<string, string>[], spec: unknown): EdgeCase[] {
  const out: EdgeCase[] = [];
  bands.forEach((b, i) => {
    const lo = b.gte ?? b.gt;
    if (lo === undefined) return;
    const tiny = tinyOf(lo);
    const at = b.gte !== undefined ? d(lo) : d(lo)?.plus(tiny);
    const below = b.gte !== undefined ? d(lo)?.minus(tiny) : d(lo);
    for (const [label, v] of [
      [`第 ${i + 1} 档下限`, at],
      [`略低于第 ${i + 1} 档`, below],
    ] as const) {
      const facts = v === undefined || v.isNegative() ? undefined : measured(spec, v);
      if (facts !== undefined) out.push({ label, facts });
    }
  });
  return out;
}

/** The edge cases of a leaf item's rule (empty for kinds without numeric bounds). */
export function edgeCases(item: Item): EdgeCase[] {
  const rule = (item.rule ?? {}) as Record<string, unknown>;
  const p = rule as Record<string, string>;
  const facts = new Map((item.facts ?? []).map((f) => [f.name, f] as [string, FactDeclaration]));
  switch (rule.kind) {
    case "steps":
      return stepsCases(p, rule.value, item.max);
    case "bands":
      return bandsCases((rule.bands as Record<string, string>[]) ?? [], rule.value);
    case "quota": {
      const q = d(p.quota);
      const n = stepsToMax(item.max, p.points ?? "");
      if (q === undefined || n === undefined) return [];
      return [
        { label: "正好达到要求", facts: { [p.fact ?? ""]: q.toFixed() } },
        { label: "少一个", facts: { [p.fact ?? ""]: q.minus(1).toFixed() } },
        { label: "扣完", facts: { [p.fact ?? ""]: Math.max(0, q.minus(n).toNumber()).toString() } },
      ].filter((c) => !(c.facts[p.fact ?? ""] as string).startsWith("-"));
    }
    case "occurrences": {
      const terms = (rule.terms as Record<string, string>[]) ?? [];
      const counts = terms.filter((t) => facts.get(t.fact ?? "")?.type === "int" && t.points);
      if (counts.length === 0) return [];
      const none = Object.fromEntries(counts.map((t) => [t.fact, "0"]));
      const first = counts[0] as Record<string, string>;
      const n = stepsToMax(item.max, first.points ?? "");
      return [
        { label: "一次也没有", facts: none },
        { label: "一次", facts: { ...none, [first.fact ?? ""]: "1" } },
        ...(n === undefined
          ? []
          : [{ label: "扣完（加满）", facts: { ...none, [first.fact ?? ""]: n.toFixed() } }]),
      ];
    }
    case "checklist": {
      const items = (rule.items as { fact: string; when?: boolean }[]) ?? [];
      const hit = rule.mode === "deduct" ? false : true;
      const all = (v: (w: boolean) => boolean) =>
        Object.fromEntries(items.map((it) => [it.fact, v(it.when ?? hit)]));
      return [
        { label: "全部达到", facts: all((w) => (rule.mode === "deduct" ? !w : w)) },
        { label: "全部未达到", facts: all((w) => (rule.mode === "deduct" ? w : !w)) },
      ];
    }
    default:
      return [];
  }
}
