/**
 * 按名次计分 from rank statements: places and their points ("第1名得6分", "1-5名依次赋予60分、57分…",
 * 第四至六名, 第二名至第五名), points linear in rank (每后退1名扣0.5分), the points of the rest
 * (其余得2分 → `rest`), and the warning when the ranking is on
 * another item's score.
 */
import { labelOf, type ItemText } from "../proposal.js";
import { done, type Built, type Composed } from "./build.js";
import { leadOf } from "./measure-words.js";
import type { Statement } from "./statements.js";
import { NUMBER, numberOf } from "./text.js";

/** 其余得2分 / 其他乡镇得1分 / 其余单位不得分: the points of the places not listed. */
const REST = new RegExp(
  `^(?:其余|其他|其它|剩余|剩下)(?:的)?[^,;。\\d]{0,8}?(?:的)?,?(?:均|一律|各)?(?:(?:得|计|记|加|给|赋)${NUMBER}分|不得分|不计分|不加分|得0分)`,
);

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
  const r = assembleRank(item, ranks);
  if (r === undefined) return undefined;
  const used = new Set(ranks);
  const last = all.indexOf(ranks[ranks.length - 1] as Statement);
  const after = last >= 0 ? all[last + 1] : undefined;
  const rest = after !== undefined ? REST.exec(after.text) : null;
  if (after !== undefined && rest !== null) {
    used.add(after);
    if (rest[1] !== undefined && numberOf(rest[1]) !== "0" && r.rule.perPlace === undefined)
      (r.rule as Record<string, unknown>).rest = numberOf(rest[1]);
  }
  // 按第3项得分排名: proposed on an entered value with a warning; once the whole rubric is read
  // the reference is linked to the item it names where one is found (item-scores.ts).
  const scored =
    /(?:第[\d.一二三四五六七八九十]+项|[^,;。]{2,12}?项|各项|本部分)(?:的)?(?:得分|分数|考核得分)/.exec(
      ranks.map((x) => x.text).join(","),
    );
  if (scored !== null)
    return {
      proposal: done(r, 0.5, "按名次计分：按名次得相应分数（请核对名次与分数）", {
        scoreOf: scored[0],
        warnings: [
          `排名依据“${scored[0].replace(/^(按照|按|根据|依据|以)/, "")}”是其他项目计算出的得分，规则不能直接引用，暂按填报的数值排名：请填写该得分，或人工核对`,
        ],
      }),
      used,
    };
  return { proposal: done(r, 0.7, "按名次计分：按名次得相应分数（请核对名次与分数）"), used };
}

/** 按名次计分: "第1名得6分" / "1-5名依次赋予60分、57分…" (rank 1 is the best unless 倒数). */
export function assembleRank(item: ItemText, ranks: Statement[]): Built | undefined {
  const written = ranks.map((r) => r.text).join(",");
  // 末位 / 最后一名 is the first place counted from the bottom.
  const text = written.replace(/末位|最后一名/g, "倒数第1名");
  const deducts: { upTo: number; points: string }[] = [];
  const awards: { upTo: number; points: string }[] = [];
  const list = new RegExp(
    `(?:依次|分别)(?:赋予|计|得|记|给予?|加)?((?:${NUMBER}分[、,和]?){2,})`,
  ).exec(text);
  const start = Number(numberOf(/第([\d一二三四五六七八九十]+)(?:-|至|到)/.exec(text)?.[1] ?? "1"));
  if (list !== null) {
    const values = [...(list[1] ?? "").matchAll(new RegExp(`${NUMBER}分`, "g"))].map((m) =>
      numberOf(m[1]),
    );
    values.forEach((points, i) => awards.push({ upTo: start + i, points }));
  } else {
    for (const m of text.matchAll(
      new RegExp(
        `(?:第|前)${NUMBER}(?:名|位)?(?:(?:-|至|到)第?${NUMBER})?(?:名|位)?[^;。]{0,6}?(?:(得|计|记|加)(?:${NUMBER}分|满分)|(扣|减)${NUMBER}分)`,
        "g",
      ),
    )) {
      const upTo = Number(numberOf(m[2] ?? m[1]));
      // 得满分: the item's points.
      const points =
        m[4] !== undefined ? numberOf(m[4]) : m[3] !== undefined ? item.max : undefined;
      if (m[5] !== undefined) deducts.push({ upTo, points: numberOf(m[6]) });
      else if (points !== undefined) awards.push({ upTo, points });
    }
  }
  // Places that only cost points (倒数第1名扣2分): a deducting rank.
  const deduct = awards.length === 0 && deducts.length > 0;
  if (deduct) awards.push(...deducts);
  if (awards.length === 0) return undefined;
  awards.sort((a, b) => a.upTo - b.upTo);
  // Points linear in rank after the listed places: 每后退1名扣0.5分, 名次每下降一位减0.3分.
  const per = new RegExp(
    `每(?:后退|退后|后移|下移|下滑|下降|降低|降|落后|退)(?:一|1)(?:个)?(?:名|位|个名次)[^,;。]{0,4}?(?:扣|减|少得|少)${NUMBER}分`,
  ).exec(text);
  const rule: Record<string, unknown> = {
    kind: "rank",
    fact: "value",
    // Counted from the bottom when the places kept are (末位 only counts for a deducting rank).
    order: /倒数/.test(deduct ? text : written) ? "asc" : "desc",
    awards,
    ...(deduct ? { mode: "deduct" } : {}),
  };
  if (per !== null) rule.perPlace = numberOf(per[1]);
  return {
    rule: rule as Built["rule"],
    facts: [
      {
        name: "value",
        type: "decimal",
        label: labelOf(
          (/^(.*?)(?:进行)?排名/.exec(text)?.[1] ?? leadOf(text))
            .replace(/^(按照|按|以|根据)/, "")
            .replace(/(全县|全市|全省|全区|在)+$/, "") || "排名依据的数值",
          "排名依据的数值",
        ),
      },
    ],
  };
}
