/**
 * 按名次计分 from rank statements: places and their points ("第1名得6分", "1-5名依次赋予60分、57分…",
 * 前三名分别加3、2、1分, 第四至六名, 第二名至第五名), points linear in rank (每后退1名扣0.5分), the
 * points of the rest (其余得2分 → `rest`), places that cost at the bottom beside places that earn
 * at the top (第1名加2分，末位扣2分, 后两名各扣1分 → a 多项合计 of two ranks, decision 0313; on a
 * bonus-sized item the deduction on the total; 得满分 at the top → one deducting rank, 0316), places
 * without 第 that parts.ts reads as places (1-5名依次…, 0316), and the warning when the ranking is
 * on another item's score. What such proposals tell the administrator is in ./rank-notes.ts.
 */
import type { RuleDoc } from "@kaoping/engine";
import { labelOf, larger, minus, type ItemText } from "../proposal.js";
import { done, type Built, type Composed } from "./build.js";
import { leadOf } from "./measure-words.js";
import { notesOf, type Ranked } from "./rank-notes.js";
import type { Statement } from "./statements.js";
import { NUMBER, numberOf } from "./text.js";

/** 其余得2分 / 其他乡镇得1分 / 其余单位不得分 / 其余1分: the points of the places not listed. */
const REST = new RegExp(
  `^(?:其余|其他|其它|剩余|剩下)(?:的)?[^,;。\\d]{0,8}?(?:的)?,?(?:均|一律|各)?(?:(?:得|计|记|加|给|赋)?${NUMBER}分|不得分|不计分|不加分|得0分)`,
);

/**
 * Points linear in rank: a step per place moved (每后退1名扣0.5分, 名次每下降一位减0.3分) or the
 * places after the listed ones falling by so much each (第三名及以后依次递减0.2分, 其余依次递减0.1分).
 */
const PER_PLACE = new RegExp(
  `每(?:后退|退后|后移|下移|下滑|下降|降低|降|落后|退)(?:一|1)(?:个)?(?:名|位|个名次)[^,;。]{0,4}?(?:扣|减|少得|少)${NUMBER}分|(?:逐名|逐位|依次|逐次)(?:递减|减少|减|少得|少计)${NUMBER}分`,
);

/** The rest at the start of a statement or after a 、 or comma within it (0328). */
const REST_WITHIN = new RegExp(REST.source.replace(/^\^/, "(?:^|(?<=[、,]))"));

/**
 * The proposal of the rank statements of an item (and a statement of the rest after them);
 * undefined when no places are read.
 */
export function composeRank(
  item: ItemText,
  ranks: Statement[],
  all: Statement[] = ranks,
): Composed | undefined {
  if (ranks.length === 0) return undefined;
  const r = assembleRank(item, ranks, writtenBase(item, all), saysTotal(ranks));
  if (r === undefined) return undefined;
  const used = new Set(ranks);
  // Both ends: the points of the rest belong to the awarding rank, the first part.
  const both = r.ends === "both" || r.ends === "total";
  const ranked = (both ? (r.rule.parts as RuleDoc[])[0] : r.rule) as Record<string, unknown>;
  const last = all.indexOf(ranks[ranks.length - 1] as Statement);
  // The rest in the last rank statement (其余名次2分, …3-5名2分、其余1分), else after it.
  const own = REST_WITHIN.exec(ranks[ranks.length - 1]?.text ?? "");
  const after = own !== null ? ranks[ranks.length - 1] : last >= 0 ? all[last + 1] : undefined;
  const rest = own ?? (after !== undefined ? REST.exec(after.text) : null);
  // 其余依次递减0.1分: the places not listed fall by so much each — linear in rank, not a rest.
  const falling = after !== undefined && own === null ? PER_PLACE.exec(after.text) : null;
  if (
    after !== undefined &&
    falling !== null &&
    /^(?:其余|其他|其它|此后|以后|之后|其后)/.test(after.text)
  ) {
    used.add(after);
    ranked.perPlace = numberOf(falling[1] ?? falling[2]);
  } else if (after !== undefined && rest !== null) {
    used.add(after);
    if (rest[1] !== undefined && numberOf(rest[1]) !== "0" && ranked.perPlace === undefined)
      ranked.rest = numberOf(rest[1]);
  }
  // 按第3项得分排名: proposed on an entered value with a warning; once the whole rubric is read
  // the reference is linked to the item it names where one is found (item-scores.ts).
  const says = notesOf(item, r);
  const explanation = says?.explanation ?? "按名次计分：按名次得相应分数（请核对名次与分数）";
  const warned = says?.warnings ?? [];
  const scored =
    /(?:第[\d.一二三四五六七八九十]+项|[^,;。]{2,12}?项|各项|本部分)(?:的)?(?:得分|分数|考核得分)/.exec(
      ranks.map((x) => x.text).join(","),
    );
  if (scored !== null)
    return {
      proposal: done(r, 0.5, explanation, {
        scoreOf: scored[0],
        warnings: [
          ...warned,
          `排名依据“${scored[0].replace(/^(按照|按|根据|依据|以)/, "")}”是其他项目计算出的得分，规则不能直接引用，暂按填报的数值排名：请填写该得分，或人工核对`,
        ],
      }),
      used,
    };
  if (says !== undefined)
    return {
      proposal: done(r, 0.6, explanation, warned.length > 0 ? { warnings: warned } : {}),
      used,
    };
  // Places and points stated, nothing said beside them: as sure as any other rule.
  return { proposal: done(r, 0.85, explanation), used };
}

/**
 * A 基础分 the item states (one, within its points), which `fromBase` (assemble.ts) starts the
 * rule from — also when the ranking takes its deduction from the unit's total (decision 0331).
 */
function writtenBase(item: ItemText, all: Statement[]): string | undefined {
  const bases = all.flatMap((s) => s.parts.filter((p) => p.kind === "base"));
  const base = bases.length === 1 ? bases[0]?.value : undefined;
  if (base === undefined) return undefined;
  return item.max !== undefined && larger(base, item.max) !== item.max ? undefined : base;
}

/** True when the ranking says its deduction is taken from the unit's total (末位从总分中扣3分). */
function saysTotal(ranks: Statement[]): boolean {
  return ranks.some((s) => s.parts.some((p) => p.kind === "total"));
}

/** Places of a ranking and their points, as the engine's `awards` of one `rank` rule. */
type Places = { upTo: number; points: string }[];

/** A place read from the text: its points, whether they are taken, and the end it counts from. */
interface Place {
  upTo: number;
  points: string;
  deduct: boolean;
  /** Counted from the bottom (倒数第2名, 末位, 后两名). */
  bottom: boolean;
  /** Read from a step per place (第6名起每后退1名扣0.5分) rather than a place's own points. */
  step?: boolean;
  /** The item's full points as a score (得满分, 得5分 on a 5-point item), not an addition (加). */
  full?: boolean;
  /** Written as an addition (加2分), not as a score (得2分). */
  adds?: boolean;
}

/** A place before a list of points: 前三名 / 第2-4名 / 倒数第1-3名 (1: 倒数, 2: 前, 3–4: numbers). */
const PLACE = new RegExp(
  `(倒数)?(前)?第?${NUMBER}(?:名|位)?(?:(?:-|至|到)第?${NUMBER})?(?:名|位)`,
  "g",
);

/**
 * The places of a ranking written as lists (前三名分别加3、2、1分, 1-5名依次赋予60分、57分…,
 * 倒数第1-2名分别扣2分、1分) and one by one (第1名加2分, 倒数第1名扣2分); a list's places are
 * blanked before the one-by-one reading so that none is read twice.
 */
function placesOf(item: ItemText, text: string): Place[] {
  const out: Place[] = [];
  const lists = new RegExp(
    `(?:依次|分别)(赋予|计|得|记|给予?|加|扣|减)?((?:${NUMBER}分?[、,和]){1,}${NUMBER}分)`,
    "g",
  );
  let rest = text;
  for (const m of text.matchAll(lists)) {
    const before = text.slice(0, m.index);
    const places = [...before.matchAll(PLACE)];
    const place = places[places.length - 1];
    // The list's places are those of the last place named before it, counted from the bottom
    // when 倒数 is in that clause (倒数 before the first of the places a list is given to).
    const clause =
      place === undefined ? "" : before.slice(before.slice(0, place.index).search(/[^,;。]*$/));
    const start = place === undefined || place[2] !== undefined ? 1 : Number(numberOf(place[3]));
    const values = [...(m[2] ?? "").matchAll(new RegExp(NUMBER, "g"))].map((v) => numberOf(v[1]));
    values.forEach((points, i) =>
      out.push({
        upTo: start + i,
        points,
        deduct: /扣|减/.test(m[1] ?? ""),
        bottom: /倒数/.test(clause),
        full: !/加|扣|减/.test(m[1] ?? "") && isFull(item, points),
        adds: m[1] === "加",
      }),
    );
    rest = rest.slice(0, m.index) + "。".repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  // Between a place and its points: a few words (的, 各, 从总分中倒), never another place (名).
  for (const m of rest.matchAll(
    new RegExp(
      `(?:第|前)${NUMBER}(?:名|位)?(?:(?:-|至|到)第?${NUMBER})?(?:名|位)?[^;。名]{0,12}?(?:(得|计|记|加)(?:${NUMBER}分|满分)|(扣|减)${NUMBER}分|(?<=(?:名|位)的?[,:]?)${NUMBER}分)`,
      "g",
    ),
  )) {
    const upTo = Number(numberOf(m[2] ?? m[1]));
    const bottom = rest.slice(Math.max(0, m.index - 2), m.index) === "倒数";
    if (m[5] !== undefined)
      out.push({ upTo, points: numberOf(m[6]), deduct: true, bottom, step: m[0].includes("每") });
    // 得满分: the item's points.
    else if (m[4] !== undefined || m[3] !== undefined || m[7] !== undefined) {
      // Points right after the place without a verb (第一名4分, 0328) are a score, as 得 is.
      const points =
        m[7] !== undefined
          ? numberOf(m[7])
          : m[4] !== undefined
            ? numberOf(m[4])
            : (item.max ?? "");
      const adds = m[3] === "加";
      out.push({ upTo, points, deduct: false, bottom, full: !adds && isFull(item, points), adds });
    }
  }
  return out.filter((p) => p.points !== "");
}

/** True when points are the item's own points (得满分 is read as them). */
function isFull(item: ItemText, points: string): boolean {
  return item.max !== undefined && points !== "" && minus(points, item.max) === "0";
}

/** The end a set of places counts from, or undefined when some count from each end. */
function endOf(places: Place[]): "top" | "bottom" | undefined {
  const bottom = places.filter((p) => p.bottom).length;
  return bottom === 0 ? "top" : bottom === places.length ? "bottom" : undefined;
}

/** The places as the engine's awards, the smallest place first. */
function awardsOf(places: Place[]): Places {
  return places.map(({ upTo, points }) => ({ upTo, points })).sort((a, b) => a.upTo - b.upTo);
}

/**
 * A rank statement's text with its places written without 第 (1-5名, read as places by parts.ts:
 * verb "range") written 第1-5名, so that they are read like the others.
 */
function placesWritten(s: Statement): string {
  const bare = s.parts.filter((p) => p.kind === "rank" && p.verb === "range");
  return bare
    .sort((a, b) => b.start - a.start)
    .reduce((t, p) => `${t.slice(0, p.start - s.start)}第${t.slice(p.start - s.start)}`, s.text);
}

/**
 * 按名次计分: "第1名得6分" / "1-5名依次赋予60分、57分…" (rank 1 is the best unless 倒数). Places
 * that earn at one end and places that cost at the other (第1名加2分，末位扣2分) are a 多项合计
 * of two ranks on the same value from a base (docs/decisions/0313).
 */
export function assembleRank(
  item: ItemText,
  ranks: Statement[],
  stated?: string,
  onTotal = false,
): Ranked | undefined {
  const written = ranks.map(placesWritten).join(",");
  // 末位 / 最后一名 is the first place counted from the bottom, 后两名 / 末3名 the last places.
  const text = written
    .replace(/末位|最后一名/g, "倒数第1名")
    .replace(new RegExp(`(?:最后|(?<![每此之以退落])后|末)${NUMBER}(名|位)`, "g"), "倒数前$1$2");
  // 第7名及以后的得1分: the places from one on are the rest, not a place of their own.
  const onward = new RegExp(
    `第${NUMBER}(?:名|位)(?:及|含)?(?:以后|之后|以下|往后)(?:的)?(?:单位|乡镇)?,?(?:均|各)?(?:(?:得|计|记|给|赋)?${NUMBER}分|不得分|不计分)`,
  ).exec(text);
  const read = placesOf(
    item,
    onward === null ? text : text.replace(onward[0], "。".repeat(onward[0].length)),
  );
  const rest = onward?.[2] !== undefined ? numberOf(onward[2]) : undefined;
  const awards = awardsOf(read.filter((p) => !p.deduct));
  const deducts = read.filter((p) => p.deduct);
  // Points linear in rank after the listed places: 每后退1名扣0.5分, 名次每下降一位减0.3分, 第三名及以后依次递减0.2分.
  const per = PER_PLACE.exec(text);
  const facts = [
    {
      name: "value",
      type: "decimal" as const,
      label: labelOf(
        (/^(.*?)(?:进行)?排名/.exec(text)?.[1] ?? leadOf(text))
          .replace(/^(按照|按|以|根据)/, "")
          .replace(/(全县|全市|全省|全区|在)+$/, "") || "排名依据的数值",
        "排名依据的数值",
      ),
    },
  ];
  // Both ends (第1名加2分，末位扣2分): the awards at one end, the deductions at the other; a
  // deduction per place moved (每后退1名扣0.5分) is the awards' linear tail, not a place.
  const taken = deducts.filter((p) => !p.step);
  const up = endOf(read.filter((p) => !p.deduct));
  const down = endOf(taken);
  if (
    awards.length > 0 &&
    taken.length > 0 &&
    up !== undefined &&
    up !== down &&
    down !== undefined
  ) {
    const order = (end: "top" | "bottom") => (end === "bottom" ? "asc" : "desc");
    const award: Record<string, unknown> = {
      kind: "rank",
      fact: "value",
      order: order(up),
      awards,
      ...(rest === undefined ? {} : { rest }),
    };
    if (per !== null) award.perPlace = numberOf(per[1] ?? per[2]);
    const deduct = {
      kind: "rank",
      fact: "value",
      order: order(down),
      awards: awardsOf(taken),
      mode: "deduct",
    };
    // Full points at the top (得满分) beside 扣 at the bottom: the deduction is from the item's
    // points, and the top's full points are what every place keeps unless deducted — one
    // deducting rank; the places not written are assumed not deducted (said by composeRank).
    if (per === null && read.filter((p) => !p.deduct).every((p) => p.full === true))
      return { rule: deduct as Built["rule"], facts, ends: "full" };
    // The best place reaches the item's points: the rest move from its points less the best award.
    const best = awards.reduce((a, b) => larger(a, b.points), "0");
    const base = item.max === undefined ? "0" : larger("0", minus(item.max, best));
    // Additions that use up the item's points (a bonus-sized item, base 0): the bottom's deduction
    // could never show within the item, so it is taken from the unit's total (toTotal) — unless
    // the item writes a 基础分, which gives it room (the sum starts from it: fromBase, 0325). A
    // deduction the 细则 takes from the total (从总分中扣) is taken there whatever the room: the
    // item keeps its base, the unit's total loses the amount (0331).
    const bonusSized =
      base === "0" &&
      stated === undefined &&
      read.filter((p) => !p.deduct).every((p) => p.adds === true);
    if (bonusSized || onTotal) {
      const total = { kind: "toTotal", sign: "minus", rule: deduct };
      const from = stated ?? base;
      return {
        rule: (from === "0"
          ? { kind: "sum", parts: [award, total] }
          : { kind: "sum", base: from, parts: [award, total] }) as Built["rule"],
        facts,
        ends: "total",
        ...(onTotal ? { said: true } : {}),
        ...(stated !== undefined ? { based: true } : {}),
      };
    }
    return {
      rule: { kind: "sum", base: stated ?? base, parts: [award, deduct] } as Built["rule"],
      facts,
      ends: "both",
      ...(stated !== undefined ? { based: true } : {}),
    };
  }
  // Places that only cost points (倒数第1名扣2分): a deducting rank.
  const deduct = awards.length === 0 && deducts.length > 0;
  const kept = deduct ? awardsOf(deducts) : awards;
  if (kept.length === 0) return undefined;
  const rule: Record<string, unknown> = {
    kind: "rank",
    fact: "value",
    // Counted from the bottom when the places kept are (末位 only counts for a deducting rank).
    order: /倒数/.test(deduct ? text : written) ? "asc" : "desc",
    awards: kept,
    ...(deduct ? { mode: "deduct" } : {}),
    ...(rest === undefined || deduct ? {} : { rest }),
  };
  if (per !== null) rule.perPlace = numberOf(per[1] ?? per[2]);
  return { rule: rule as Built["rule"], facts };
}
