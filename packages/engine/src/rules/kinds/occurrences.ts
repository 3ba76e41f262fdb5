/**
 * 按次/按项计分: a count × points, or a list of events each valued by a field (级别), with
 * exemptions (协助办理的不扣分), an extra for a flag (形成推广经验的加1分) and 同一X就高
 * (only the highest value per key counts). Deducts from max or awards a bonus.
 */
import { z } from "zod";
import { constant, Decimal, ZERO } from "../../decimal.js";
import { decimalText, optionsOf } from "../../facts/declaration.js";
import type { FactDeclaration } from "../../facts/declaration.js";
import type { FactRecord } from "../../facts/value.js";
import { fact, n, showValue } from "../../text.js";
import { defineKind, type ExplainEnv, type RuleEnv } from "../kind.js";
import { num, points } from "../wording.js";
import type { Candidate, Improve, ImproveEnv } from "../kind.js";
import { candidates, numberChange } from "../improve-values.js";

const flag = z.union([z.boolean(), z.string()]);
const term = z
  .object({
    /** An `int` count or a `list` of events. */
    fact: z.string().min(1),
    /** Points per occurrence (or per event when not valued by field). */
    points: decimalText.optional(),
    /** Value each event by one of its fields (e.g. level → points). */
    byField: z
      .object({ field: z.string().min(1), points: z.record(z.string(), decimalText) })
      .strict()
      .optional(),
    /** Events whose field has this value count nothing. */
    exempt: z
      .object({ field: z.string().min(1), equals: flag })
      .strict()
      .optional(),
    /** Events whose field has this value count these points more. */
    extra: z
      .object({ field: z.string().min(1), equals: flag, points: decimalText })
      .strict()
      .optional(),
    /** For events with the same value of this field only the highest counts (就高). */
    onePerKey: z.string().min(1).optional(),
    /**
     * 不重复扣分: an event whose `field` equals that of an event of one of these list facts
     * (other items' findings, `5.3.findings`) was counted there and counts nothing here.
     */
    notAgain: z
      .object({ facts: z.array(z.string().min(1)).min(1), field: z.string().min(1) })
      .strict()
      .optional(),
    /** This term counts at most so many points (此项最多扣N分). */
    cap: decimalText.optional(),
  })
  .strict()
  .refine((t) => t.points !== undefined || t.byField !== undefined, "须给出分值或按字段定分值");

const params = z
  .object({ mode: z.enum(["deduct", "award"]), terms: z.array(term).min(1) })
  .strict();
type Term = z.output<typeof term>;

/** One event of a list term, its value and its description. */
interface Valued {
  e: FactRecord;
  value: Decimal;
  text: string;
}

/** Value of one event of a list term (of the fact declared by `decl`), and its description. */
export function valueEvent(t: Term, decl: FactDeclaration, e: FactRecord): Valued {
  const fieldOf = (name: string) => decl.fields?.find((f) => f.name === name);
  const notes: string[] = [];
  if (t.exempt !== undefined && e[t.exempt.field] === t.exempt.equals) {
    const f = fieldOf(t.exempt.field);
    return {
      e,
      value: ZERO,
      text: `${f?.label ?? t.exempt.field}：${f ? showValue(f, e[t.exempt.field]) : ""}，不计`,
    };
  }
  let value = t.points !== undefined ? constant(t.points) : ZERO;
  if (t.byField !== undefined) {
    const key = e[t.byField.field];
    const f = fieldOf(t.byField.field);
    value = constant(t.byField.points[String(key)] ?? "0");
    notes.push(f !== undefined ? showValue(f, key) : String(key));
  }
  if (t.extra !== undefined && e[t.extra.field] === t.extra.equals) {
    value = value.plus(constant(t.extra.points));
    notes.push(
      `${fieldOf(t.extra.field)?.label ?? t.extra.field}另计 ${n(constant(t.extra.points))} 分`,
    );
  }
  if (t.onePerKey !== undefined) notes.unshift(`「${String(e[t.onePerKey])}」`);
  return { e, value, text: `${notes.join("，")} ${n(value)} 分` };
}

/**
 * An event's value and text depend only on the term, the declaration and the event's values of
 * the (at most four) fields the term names; a province round repeats a handful of combinations
 * thousands of times. Remembered per term and declaration, keyed by those values when each is a
 * string, a boolean or absent (anything else is valued afresh); bounded, so junk cannot grow it.
 */
const eventMemo = new WeakMap<
  Term,
  { decl: FactDeclaration; byKey: Map<string, { value: Decimal; text: string }> }
>();

function eventKey(t: Term, e: FactRecord): string | undefined {
  let key = "";
  const fields = [t.exempt?.field, t.byField?.field, t.extra?.field, t.onePerKey];
  for (const field of fields) {
    if (field === undefined) {
      key += "-";
      continue;
    }
    const v = e[field];
    // Length-prefixed, so no string value can mimic the next field's part of the key.
    if (typeof v === "string") key += `s${v.length}:${v}`;
    else if (typeof v === "boolean") key += v ? "T" : "F";
    else if (v === undefined) key += "u";
    else return undefined;
  }
  return key;
}

/** An event's value and text, shared by every event with the same remembered key (never mutated). */
function eventValue(
  t: Term,
  decl: FactDeclaration,
  e: FactRecord,
): { value: Decimal; text: string } {
  const key = eventKey(t, e);
  if (key === undefined) return valueEvent(t, decl, e);
  let memo = eventMemo.get(t);
  if (memo === undefined || memo.decl !== decl) {
    memo = { decl, byKey: new Map() };
    eventMemo.set(t, memo);
  }
  const known = memo.byKey.get(key);
  if (known !== undefined) return known;
  const valued = valueEvent(t, decl, e);
  if (memo.byKey.size >= 1_000) memo.byKey.clear();
  const entry = { value: valued.value, text: valued.text };
  memo.byKey.set(key, entry);
  return entry;
}

/** An event valued through the memo: the same value and text as `valueEvent`. */
export function rememberedEvent(t: Term, decl: FactDeclaration, e: FactRecord): Valued {
  const { value, text } = eventValue(t, decl, e);
  return { e, value, text };
}

/** The keys of the events other items counted (不重复扣分), each with the label of its list. */
function countedElsewhere(
  notAgain: { facts: string[]; field: string },
  env: RuleEnv,
): Map<string, string> {
  const counted = new Map<string, string>();
  for (const ref of notAgain.facts) {
    const events = env.get(ref);
    if (!Array.isArray(events)) continue;
    for (const e of events as FactRecord[]) {
      const key = e[notAgain.field];
      if (key !== undefined && !counted.has(String(key)))
        counted.set(String(key), env.decl(ref).label);
    }
  }
  return counted;
}

/** A term's total within its cap, saying so when the cap applies. */
function capped(
  t: Term,
  term: { total: Decimal; text: string },
  verb: string,
): { total: Decimal; text: string } {
  if (t.cap === undefined || !term.total.greaterThan(constant(t.cap))) return term;
  return { total: constant(t.cap), text: `${term.text}，此项最多${verb} ${n(constant(t.cap))} 分` };
}

/** Evaluates one term: its total and one trace phrase. */
function evaluateTerm(t: Term, env: RuleEnv, verb: string): { total: Decimal; text: string } {
  const decl = env.decl(t.fact);
  const raw = env.get(t.fact);
  if (raw instanceof Decimal) {
    const per = constant(t.points ?? "0");
    const total = raw.times(per);
    if (total.isZero()) return { total, text: `${fact(decl, raw)}，不${verb}分` };
    return {
      total,
      text: `${fact(decl, raw)}，每${decl.unit ?? "次"}${verb} ${n(per)} 分，${verb} ${n(total)} 分`,
    };
  }
  const events = Array.isArray(raw) ? (raw as FactRecord[]) : [];
  const count = events.length;
  if (count === 0) return { total: ZERO, text: `${decl.label}：无` };
  const unit = decl.unit ?? "项";
  // Each event's value (through the memo) and phrase, then the total of the events that count:
  // with 就高 (onePerKey), only the first event with the highest value of each key.
  const valued = new Array<{ value: Decimal; text: string }>(count);
  const counted = t.notAgain === undefined ? undefined : countedElsewhere(t.notAgain, env);
  let each = "";
  for (let i = 0; i < count; i++) {
    const e = events[i] as FactRecord;
    const where = counted?.get(String(e[t.notAgain?.field ?? ""]));
    const v =
      where === undefined
        ? eventValue(t, decl, e)
        : {
            value: ZERO,
            text: `「${String(e[t.notAgain?.field ?? ""])}」已在${where}中计分，不重复${verb}分`,
          };
    valued[i] = v;
    each = i === 0 ? `第 1 ${unit} ${v.text}` : `${each}；第 ${i + 1} ${unit} ${v.text}`;
  }
  let total = ZERO;
  let dropped = 0;
  if (t.onePerKey === undefined) {
    for (let i = 0; i < count; i++) total = total.plus((valued[i] as { value: Decimal }).value);
  } else {
    const best = new Map<string, Decimal>();
    for (let i = 0; i < count; i++) {
      const key = String((events[i] as FactRecord)[t.onePerKey]);
      const value = (valued[i] as { value: Decimal }).value;
      const prev = best.get(key);
      if (prev === undefined || value.greaterThan(prev)) best.set(key, value);
    }
    for (const value of best.values()) total = total.plus(value);
    dropped = count - best.size;
  }
  const same =
    dropped > 0
      ? `；同一${t.onePerKey === undefined ? "" : (decl.fields?.find((f) => f.name === t.onePerKey)?.label ?? "")}就高，不重复计 ${dropped} ${unit}`
      : "";
  return {
    total,
    text: `${decl.label} ${count} ${unit}（${each}${same}），共${verb} ${n(total)} 分`,
  };
}

/** One term in words: "缺席县级业务培训和会议每次扣 0.5 分", with levels, exemptions, extras, 就高. */
function explainTerm(t: Term, env: ExplainEnv, verb: string): string {
  const decl = env.decl(t.fact);
  const label = env.label(t.fact);
  if (decl?.type !== "list")
    return `${label}每${decl?.unit ?? "次"}${verb} ${points(t.points ?? "0")}`;
  const unit = decl.unit ?? "项";
  const field = (name: string) => decl.fields?.find((f) => f.name === name);
  const fieldLabel = (name: string) => field(name)?.label ?? "（未选定的字段）";
  const valueOf = (name: string, v: unknown) => {
    const f = field(name);
    return f === undefined ? String(v) : showValue(f, v);
  };
  const parts: string[] = [];
  if (t.byField !== undefined) {
    const by = t.byField;
    const each = Object.entries(by.points).map(([k, v]) => `${valueOf(by.field, k)} ${num(v)} 分`);
    // Only the values the rule names are listed; the others count nothing, said once.
    const f = field(by.field);
    const unnamed = f !== undefined && optionsOf(f).some((o) => !(o.value in by.points));
    parts.push(
      `${label}每${unit}按${fieldLabel(by.field)}${verb}分：${each.join("、")}${unnamed ? `，其他${fieldLabel(by.field)}不计分` : ""}`,
    );
  } else parts.push(`${label}每${unit}${verb} ${points(t.points ?? "0")}`);
  if (t.exempt !== undefined)
    parts.push(
      `${fieldLabel(t.exempt.field)}为“${valueOf(t.exempt.field, t.exempt.equals)}”的不计`,
    );
  if (t.extra !== undefined)
    parts.push(
      `${fieldLabel(t.extra.field)}为“${valueOf(t.extra.field, t.extra.equals)}”的另${verb} ${points(t.extra.points)}`,
    );
  if (t.onePerKey !== undefined)
    parts.push(`同一${fieldLabel(t.onePerKey)}只计分值最高的一${unit}`);
  if (t.notAgain !== undefined)
    parts.push(
      `${fieldLabel(t.notAgain.field)}已在${t.notAgain.facts.map((f) => env.label(f)).join("、")}中计分的不重复${verb}分`,
    );
  return parts.join("，");
}

/** Per-occurrence deduction / bonus list kind. */
export const occurrences = defineKind({
  id: "occurrences",
  name: "按次计分",
  description:
    "按次数或逐条事件计分：每次扣（加）若干分，可按级别等字段定分值、设免扣条件、附加分，同一事项就高计分。",
  params,
  refs: (p) =>
    p.terms.flatMap((t, i) => [
      { ref: t.fact, at: `terms[${i}].fact`, accepts: ["number", "list"] as const },
      ...(t.notAgain?.facts ?? []).map((ref, j) => ({
        ref,
        at: `terms[${i}].notAgain.facts[${j}]`,
        accepts: ["list"] as const,
      })),
    ]),
  evaluate(p, env) {
    const verb = p.mode === "deduct" ? "扣" : "加";
    const parts = p.terms.map((t) => capped(t, evaluateTerm(t, env, verb), verb));
    const total = parts.reduce((acc, t) => acc.plus(t.total), ZERO);
    const line =
      parts.map((t) => t.text).join("；") +
      (parts.length > 1 && !total.isZero() ? `；共${verb} ${n(total)} 分` : "");
    return { score: p.mode === "deduct" ? env.item.max.minus(total) : total, trace: [line] };
  },
  explain(p, env) {
    const verb = p.mode === "deduct" ? "扣" : "加";
    const tail = p.mode === "deduct" ? "，扣完为止" : p.terms.length > 1 ? "，各项相加" : "";
    return `${p.terms
      .map(
        (t) =>
          `${explainTerm(t, env, verb)}${t.cap === undefined ? "" : `，此项最多${verb} ${points(t.cap)}`}`,
      )
      .join("；")}${tail}`;
  },
  improve: (p, env) => changes(p, env, p.mode === "deduct"),
  // Taken from the total (从总分扣 N 分 per occurrence): one occurrence fewer, in either mode.
  lessen: (p, env) => changes(p, env, true),
});

/**
 * Deduct (`fewer`): one occurrence fewer (a count less by one, or one event of a list not
 * incurred); award: one more of a count. Events of a list to add cannot be made up.
 */
function changes(p: z.output<typeof params>, env: ImproveEnv, fewer: boolean): Improve {
  const list: Candidate[] = [];
  for (const t of p.terms) {
    const value = env.get(t.fact);
    const decl = env.decl(t.fact);
    if (value instanceof Decimal) {
      const next = fewer ? value.minus(1) : value.plus(1);
      if (!next.isNegative()) list.push(numberChange(env, t.fact, value, next));
      continue;
    }
    const raw = env.raw(t.fact);
    if (!fewer || !Array.isArray(raw) || !Array.isArray(value)) continue;
    (value as FactRecord[]).forEach((e, i) => {
      if (i >= raw.length) return;
      const valued = rememberedEvent(t, decl, e);
      if (valued.value.isZero()) return;
      list.push({
        changes: [{ ref: t.fact, value: raw.filter((_, j) => j !== i) }],
        size: 1,
        words: `${decl.label}少一项（第 ${i + 1} 项：${valued.text}）`,
      });
    });
  }
  if (list.length === 0 && !fewer)
    return {
      reason: `此项按实际发生的“${p.terms.map((t) => env.decl(t.fact).label).join("”“")}”加分，须有新的事项，不能通过修改数据得到`,
    };
  return candidates(list);
}
