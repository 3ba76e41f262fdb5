/**
 * Sub-indicators each with a weight of the item («DRG/DIP改革包括病例入组率（权重60%）和清单上传及时率
 * （权重40%）两个子指标，子指标达到95%的得该子指标全部分值…», «筹资到位率（权重30%）达到100%的得全部
 * 分值；待遇支付率（权重40%）…», «由检查覆盖率（占50%）和整改率（占50%）组成，两项均以100%为满分，按实际
 * 比例计分»): each indicator is scored by its own standard, or by the one standard written after the
 * list, out of its weight of the item's points — one 多项合计 with `shares` (0328), so one
 * indicator never takes another's points (decision 0339). Read only when the weights come to 100 %
 * and every indicator's reading is at least of medium confidence, not 酌情; else the item is read
 * whole as before.
 */
import { parseDecimal, type RuleDoc } from "@kaoping/engine";
import type { ItemProposed } from "./read-item.js";
import type { ItemText, Proposal } from "./proposal.js";
import { prefixed } from "./sentence/build.js";
import { accountFor, readItemText } from "./sentence/read.js";

/** A weight written after an indicator's name: （权重60%）, (占30%), 权重为40%, 占比50%. */
const WEIGHT = /[（(]?(?:权重|占比|比重|占)(?:为)?\s*(\d+(?:\.\d+)?)\s*[%％][）)]?/g;
/** What ends the text before a name: a stop, a list mark, a colon, 和 / 以及 (not 及 of 及时). */
const BEFORE_NAME = /[，,；;。：:、\n]|和|以及/g;
/** Words before the first name that introduce the list (包括, 由, 其中, 分为). */
const LEAD = /^.*?(?:包括|包含|由|其中|分为|设置|设)/;
const SCORES = /得分|计分|赋分|扣|加\d|得\d|不得分|折算|得满分|全部分值|为满分/;
/** A clause that speaks of the indicators together (未达到的子项不得分, 两项均以100%为满分). */
const TOGETHER = /子项|子指标|各项|两项|三项|四项|各指标/;

/** An indicator: its name, its weight and the text written after it up to the next one. */
interface Indicator {
  name: string;
  weight: string;
  own: string;
}

/** The indicators of a text, each with what follows it; undefined when fewer than two. */
function indicatorsOf(text: string): Indicator[] | undefined {
  const marks = [...text.matchAll(WEIGHT)];
  if (marks.length < 2) return undefined;
  const out: Indicator[] = [];
  let from = 0;
  for (const [i, m] of marks.entries()) {
    const head = text.slice(from, m.index);
    const cut = Math.max(-1, ...[...head.matchAll(BEFORE_NAME)].map((b) => b.index));
    const name = head
      .slice(cut + 1)
      .replace(i === 0 ? LEAD : /^$/, "")
      .trim();
    if (name.length < 2 || name.length > 24) return undefined;
    const next = marks[i + 1];
    const end = m.index + m[0].length;
    // What follows runs to the next indicator's name (the text before it ends at a stop).
    const tail = next === undefined ? text.slice(end) : text.slice(end, next.index);
    const stop =
      next === undefined
        ? tail.length
        : Math.max(0, ...[...tail.matchAll(BEFORE_NAME)].map((b) => b.index));
    out.push({ name, weight: m[1] ?? "", own: tail.slice(0, stop) });
    from = next === undefined ? text.length : end + stop;
  }
  return out;
}

/** Clauses of a text (at stops), without list words between indicators. */
const clausesOf = (t: string) =>
  t
    .split(/[，,；;。\n]/)
    .map((c) => c.trim())
    .filter((c) => c !== "");

/** An indicator's standard read as an item of its own: the item's words for its points made plain. */
const plain = (name: string, standard: string) =>
  `${name}${standard}`
    .replace(/(?:该|本)?(?:子指标|子项|指标|项)(?:的)?全部分值|相应分值|全部分值/g, "满分")
    .replace(/(?<=[^，,]{1,8}的)(?:子项|子指标)(?=不得分|不计分|得0分)/g, "")
    .replace(new RegExp(`^${name}(?:两项|三项|四项|各项|各子项|子指标|子项)?(?:均|都)?`), name);

type Read = (text: string, context: Omit<ItemText, "text">) => ItemProposed;

/** See the module comment; `undefined` when the text is not of this form. */
export function eachWeight(
  source: string,
  context: Omit<ItemText, "text">,
  read: Read,
): ItemProposed | undefined {
  const max = parseDecimal(context.max);
  const list = indicatorsOf(source);
  if (max === undefined || list === undefined) return undefined;
  const total = list.reduce((a, x) => a.plus(x.weight), parseDecimal("0") ?? max.minus(max));
  if (!total.equals(100)) return undefined;
  // A standard for all: written after the list, the indicators before it scoring nothing.
  const scoring = (c: string) => SCORES.test(c);
  const last = list[list.length - 1] as Indicator;
  const lastClauses = clausesOf(last.own);
  const shared = list.slice(0, -1).every((x) => !scoring(x.own))
    ? lastClauses.filter(scoring)
    : lastClauses.filter((c) => TOGETHER.test(c) && scoring(c));
  const standards = list.map((x) => {
    const own = x === last ? lastClauses.filter((c) => !shared.includes(c)) : clausesOf(x.own);
    return [...own.filter(scoring), ...shared].join("，");
  });
  if (standards.some((s) => s === "")) return undefined;
  const parts = list.map((x, i) => {
    const points = max.times(x.weight).dividedBy(100).toFixed();
    return { points, read: read(plain(x.name, standards[i] ?? ""), { ...context, max: points }) };
  });
  const weak = (p: Proposal) => p.confidence < 0.5 || p.rule.kind.startsWith("discretionary");
  if (parts.some((p) => p.read.split !== undefined || weak(p.read.proposal))) return undefined;
  const built = parts.map((p, i) =>
    prefixed({ rule: p.read.proposal.rule, facts: p.read.proposal.facts }, `p${i + 1}`),
  );
  const said = list.map((x, i) => `${x.name}${parts[i]?.points ?? ""}分（权重${x.weight}%）`);
  const proposal: Proposal = {
    rule: {
      kind: "sum",
      parts: built.map((b) => b.rule),
      shares: parts.map((p) => ({ points: p.points })),
    } as RuleDoc,
    facts: built.flatMap((b) => b.facts),
    phrase: source,
    confidence: Math.min(0.85, ...parts.map((p) => p.read.proposal.confidence)),
    explanation: `多项合计：按权重分为${said.join("、")}，各子指标在其分值内计分`,
    ...(parts.some((p) => (p.read.proposal.warnings ?? []).length > 0)
      ? { warnings: parts.flatMap((p) => p.read.proposal.warnings ?? []) }
      : {}),
  };
  // Every clause of the source is used: the names, the weights and the standards.
  const whole = readItemText(source, context);
  return { proposal, reading: accountFor(source, whole, new Set(whole.statements), proposal) };
}
