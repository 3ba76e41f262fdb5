/**
 * Recognisers of per-occurrence rules (按次计分): "每件扣1分，其中…加扣2分", "缺席一次扣0.5分",
 * "每起扣5分(…协助办理的,不扣分)", "…的扣0.2分,扣完为止", and rules valued by level
 * ("县级加1分,市级加2分,省级加3分", "市级以上…1例扣2分") with 就高 and an extra for a flag.
 */
import { labelOf, NUM, type FactDoc, type Proposal, type Recogniser } from "./proposal.js";

// A level is also named by its bodies (县委/县政府 the county's, 省医保局 the province's) and,
// for a petition, by where it goes (到市、赴省、进京).
const levelWords: [RegExp, number][] = [
  [/省部级|省级|省厅|省(?:委|政府|医保局|医疗保障局)|(?:赴|到)省/, 2],
  [/国家级|部级|国务院|中共中央|中央|国家(?:医保局|医疗保障局)|(?:进|赴)京/, 3],
  [/市厅级|市级|市(?:委|政府|医保局|医疗保障局)|(?:到|赴)市/, 1],
  [/县级|区级|[县区](?:委|政府|医保局|医疗保障局)/, 0],
];
const levels = ["county", "city", "province", "national"] as const;

/** Index of the level a word names, or −1. */
function levelIndex(word: string): number {
  for (const [re, i] of levelWords) if (re.test(word)) return i;
  return -1;
}

/** "县级…加1分,市级…加2分,省级以上…加3分" — points by level; 就高 and an extra flag when the text says so. */
const LEVEL =
  "国家级|省部级|省级|市厅级|市级|县级|区级|国务院|[省市县区](?:委|政府)|(?:国家|[省市县区])(?:医保局|医疗保障局)|(?:赴|到)[省市]|(?:进|赴)京";

/** The events as the text's first clause names them, without the step's 每 and the points. */
function eventsLabel(text: string): string {
  return labelOf(
    (text.split(/[,;。]/)[0] ?? "")
      .replace(/^每(?=[\u4e00-\u9fa5]{2})/, "")
      .replace(/(?:\d+(?:\.\d+)?(?:次|篇|件|项|条|个))?的?(?:扣|加|计|记)\d+(?:\.\d+)?分.*$/, ""),
    "事项",
  );
}

/** "县级、市级、省级…分别加0.5分、1分、2分": a list of levels and a list of points in the same order. */
function levelList(
  written: string,
): { words: string[]; points: string[]; verb: string } | undefined {
  // 国家、省、市级 / 省市县三级: the 级 written once after the list is each one's (0339).
  const text = written.replace(
    /((?:国家|省|市|县|区)(?:[、和及与]?(?:国家|省|市|县|区))+)(?:[二三四]|两)?级/g,
    (_, list: string) => (list.match(/国家|省|市|县|区/g) ?? []).map((x) => `${x}级`).join("、"),
  );
  const m = new RegExp(
    `((?:${LEVEL})(?:[、,和及与或/](?:${LEVEL})){1,3})[^;。]{0,30}?(?:分别|依次|各)(扣|加|得|计|奖)?((?:${NUM}分?[、,和]){1,3}${NUM}分)`,
  ).exec(text);
  if (m === null) return undefined;
  const words = (m[1] ?? "").split(/[、,和及与或/]/);
  const points = [...(m[3] ?? "").matchAll(new RegExp(NUM, "g"))].map((x) => x[1] ?? "0");
  if (words.length !== points.length) return undefined;
  return { words, points, verb: m[2] ?? "加" };
}

export const byLevel: Recogniser = (item) => {
  const list = levelList(item.text);
  if (list !== undefined) return fromList(item, list);
  const hits = [
    ...item.text.matchAll(new RegExp(`(${LEVEL})(以上)?[^;。:]{0,60}?(扣|加|计|记)${NUM}分`, "g")),
  ];
  const points: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  const fromAbove: boolean[] = [false, false, false, false];
  const above: boolean[] = [false, false, false, false];
  for (const h of hits) {
    const i = levelIndex(h[1] ?? "");
    if (i < 0 || points[i] !== undefined) continue;
    points[i] = h[4];
    above[i] = h[2] !== undefined;
  }
  // "市级以上" also sets the higher levels not named on their own — each from the nearest level
  // named below it (县级以上…的，县级加1分、市级加2分、省级加3分: 国家级 takes 省级's 3, not 县级's 1).
  for (let j = 1; j < 4; j++) {
    if (points[j] !== undefined) continue;
    const below = points.slice(0, j).findLastIndex((p) => p !== undefined);
    if (below < 0 || !above.slice(0, below + 1).some(Boolean)) continue;
    points[j] = points[below];
    fromAbove[j] = true;
  }
  if (points.filter((p, i) => p !== undefined && !fromAbove[i]).length < 2) return undefined;
  // A level not named takes the points of the level below it (省级 covers 国家级 unless said otherwise):
  // an assumption, so the reading is doubted; every level above the lowest stated (or 以上) is not.
  const lowest = points.findIndex((p) => p !== undefined);
  const unnamed = points.flatMap((p, i) => (i > lowest && p === undefined ? [i] : []));
  const assumed = unnamed.length > 0;
  for (let i = 1; i < 4; i++) if (points[i] === undefined) points[i] = points[i - 1];
  const mode = hits.every((h) => h[3] === "扣") ? "deduct" : "award";
  const fields: FactDoc[] = [{ name: "level", type: "level", label: "级别" }];
  const term: Record<string, unknown> = {
    fact: "events",
    byField: {
      field: "level",
      // Only the levels written (or taken from the level below): a level below all of them
      // counts nothing and is not listed as 0 (the rule says 其他级别不计分).
      points: Object.fromEntries(
        levels.flatMap((l, i) => (points[i] === undefined ? [] : [[l, points[i]]])),
      ),
    },
  };
  // 同一事项就高 / 同一事项按最高级别加分，不累计: one per key, the highest.
  const keyed =
    /同一([^,;。]{1,6}?)(?:批示|多次录用|多次)?的?(?:就高|按最高|取最高)[^,;。]*(?:[,;。](?:不累计|不累加|不重复(?:加分|计分|扣分)?))?/.exec(
      item.text,
    );
  if (keyed !== null) {
    fields.unshift({ name: "key", type: "text", label: `${keyed[1] ?? ""}（同一项只计最高）` });
    term.onePerKey = "key";
  }
  const extra = new RegExp(`[,;。]([^,;。]{2,20}?)的,?(?:另|再)?加${NUM}分`).exec(item.text);
  if (extra !== null && levelIndex(extra[1] ?? "") < 0) {
    fields.push({
      name: "flag",
      type: "bool",
      label: labelOf(extra[1] ?? "", "另加分情形"),
      required: false,
    });
    term.extra = { field: "flag", equals: true, points: extra[2] ?? "0" };
  }
  const cap = new RegExp(`最高不超过${NUM}分`).exec(item.text);
  return {
    rule: { kind: "occurrences", mode, terms: [term] } as Proposal["rule"],
    facts: [
      {
        name: "events",
        type: "list",
        label: eventsLabel(item.text),
        required: false,
        fields,
      },
    ],
    phrase: [...hits.map((h) => h[0]), ...(keyed !== null ? [keyed[0]] : [])].join(","),
    confidence: assumed ? 0.75 : 0.85,
    ...(assumed ? { warnings: [levelsAssumed(unnamed, "下一级的分值")] } : {}),
    explanation: `按级别${mode === "deduct" ? "扣" : "加"}分：逐条登记事项及其级别${keyed !== null ? "，同一事项只计最高" : ""}`,
    ...(cap !== null ? { max: cap[1] ?? "0" } : {}),
  };
};

/** "每件扣1分", "缺席一次扣0.5分", "每项加0.5分" (+ "其中…加扣2分", "(…的,不扣分)"), or "…的扣N分,扣完为止". */
export const perOccurrence: Recogniser = (item) => {
  const hits = [
    ...item.text.matchAll(
      new RegExp(`(?:每([^;。]{0,40}?)|(?:一|1)(次|例|起|件|项|篇|条))(扣|加)${NUM}分`, "g"),
    ),
  ];
  const loose =
    hits.length === 0 && /扣完为止/.test(item.text)
      ? new RegExp(`的,?扣${NUM}分`).exec(item.text)
      : null;
  if (hits.length === 0 && loose === null) return undefined;
  const unitOf = (s: string) =>
    /^(?:发现|少)?(?:一|1)?\s*(次|件|起|例|家|篇|项|条|人次|个|位)/.exec(s)?.[1] ?? "次";
  const labelBefore = (index: number) =>
    labelOf(
      item.text
        .slice(0, index)
        .split(/[,;。]/)
        .pop() ?? "",
      "发生次数",
    );
  const terms: { label: string; unit: string; points: string }[] = hits.map((h) => ({
    label: labelBefore(h.index ?? 0) || labelOf(h[1] ?? "", "发生次数"),
    unit: h[2] ?? unitOf(h[1] ?? ""),
    points: h[4] ?? "0",
  }));
  if (loose !== null)
    terms.push({ label: labelBefore(loose.index), unit: "次", points: loose[1] ?? "0" });
  const more = new RegExp(`其中([^,;。]*?)的?加扣${NUM}分`).exec(item.text);
  if (more !== null)
    terms.push({
      label: `其中${more[1] ?? ""}`,
      unit: terms[0]?.unit ?? "次",
      points: more[2] ?? "0",
    });
  const mode = hits.length > 0 && hits.every((h) => h[3] === "加") ? "award" : "deduct";
  const exempt = /\(([^()]*?)的?,?不扣分\)/.exec(item.text);
  const phrase = [...hits.map((h) => h[0]), loose?.[0], more?.[0], exempt?.[0]]
    .filter((s) => s !== undefined)
    .join(";");
  if (exempt !== null && terms.length === 1) {
    const t = terms[0] as (typeof terms)[number];
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
          label: t.label,
          unit: t.unit,
          required: false,
          fields: [
            {
              name: "exempt",
              type: "bool",
              label: labelOf((exempt[1] ?? "").split(",").slice(-2).join(","), "免于扣分"),
            },
          ],
        },
      ],
      phrase,
      confidence: 0.75,
      explanation: "按次扣分：逐条登记事件，符合免扣情形的不扣分",
    };
  }
  const facts: FactDoc[] = terms.map((t, i) => ({
    name: `count${i + 1}`,
    type: "int",
    label: t.label,
    unit: t.unit,
    ...(mode === "award" ? { required: false } : {}),
  }));
  return {
    rule: {
      kind: "occurrences",
      mode,
      terms: terms.map((t, i) => ({ fact: `count${i + 1}`, points: t.points })),
    },
    facts,
    ...(more !== null
      ? { checks: [{ check: "lte" as const, fact: `count${terms.length}`, other: "count1" }] }
      : {}),
    phrase,
    confidence: hits.length > 0 ? 0.85 : 0.5,
    explanation: `按次${mode === "deduct" ? "扣" : "加"}分：每发生一次${mode === "deduct" ? "扣" : "加"}相应分数${mode === "deduct" ? "，扣完为止" : ""}`,
  };
};

const LEVEL_NAMES = ["县级", "市级", "省级", "国家级"];

/** What a reading by level assumed: the levels the text does not name, and what they score. */
function levelsAssumed(unnamed: number[], taken: string): string {
  const names = unnamed.map((i) => LEVEL_NAMES[i] ?? "").join("、");
  return `${names}的分值未写明：暂按${taken}计，请核对`;
}

/** Points by level from a level list: a level not named scores 0. */
function fromList(
  item: Parameters<Recogniser>[0],
  list: { words: string[]; points: string[]; verb: string },
): Proposal {
  const points: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  list.words.forEach((w, i) => {
    const at = levelIndex(w);
    if (at >= 0) points[at] = list.points[i] ?? "0";
  });
  const mode = list.verb === "扣" ? "deduct" : "award";
  // Every level from the lowest named to the highest named is named: nothing is assumed (0321);
  // a level skipped between them scores 0 by assumption, and the reading says so (0325).
  const named = list.words.map(levelIndex).sort((x, y) => x - y);
  const skipped = [0, 1, 2, 3].filter(
    (i) => i > (named[0] ?? 4) && i < (named[named.length - 1] ?? -1) && !named.includes(i),
  );
  const fields: FactDoc[] = [{ name: "level", type: "level", label: "级别" }];
  const term: Record<string, unknown> = {
    fact: "events",
    // The levels written, and a level skipped between them at 0 (said below); none outside them.
    byField: {
      field: "level",
      points: Object.fromEntries(
        levels.flatMap((l, i) =>
          points[i] !== undefined ? [[l, points[i]]] : skipped.includes(i) ? [[l, "0"]] : [],
        ),
      ),
    },
  };
  if (/同一[^,;。]{1,8}?(?:就高|按最高|取最高)/.test(item.text)) {
    fields.unshift({ name: "key", type: "text", label: "事项（同一事项只计最高）" });
    term.onePerKey = "key";
  }
  return {
    rule: { kind: "occurrences", mode, terms: [term] } as Proposal["rule"],
    facts: [
      {
        name: "events",
        type: "list",
        label: eventsLabel(item.text),
        required: false,
        fields,
      },
    ],
    phrase: item.text,
    confidence: skipped.length > 0 ? 0.75 : 0.85,
    ...(skipped.length > 0 ? { warnings: [levelsAssumed(skipped, "0 分")] } : {}),
    explanation: `按级别${mode === "deduct" ? "扣" : "加"}分：逐条登记事项及其级别（${list.words.join("、")}分别${list.points.join("、")}分）`,
  };
}
