/**
 * An award on one matter beside deductions on another («培训覆盖率达到90%得3分；发生违规操作一次扣1
 * 分»): the deductions are taken from what the award gives — 多项合计 from a 基础分 of 0 (each part
 * adds or takes its change, decision 0299). Added as they were, a deducting part scores the item's
 * points less its deduction, so a unit that met the award lost nothing (3 + (3 − 1), capped at 3).
 * Where a deduction is on the award's own matter («整改率100%得6分；有一件差评未按期整改扣1分») the
 * award states the full marks the deduction starts from, and the sum stays as it is.
 */
import type { Built } from "./build.js";
import type { Statement } from "./statements.js";

/** Words too common to tie two statements to one matter. */
const COMMON = new Set([
  ...[
    "工作",
    "情况",
    "本项",
    "按时",
    "每次",
    "一次",
    "发生",
    "完成",
    "要求",
    "规定",
    "达到",
    "以上",
  ],
  ...[
    "及以",
    "未按",
    "按期",
    "按要",
    "业务",
    "医保",
    "医疗",
    "保障",
    "管理",
    "服务",
    "全年",
    "年度",
  ],
  ...["相关", "有关", "开展", "落实"],
]);

const SIGNED = new Set(["bands", "occurrences", "checklist", "pool", "quota"]);

/** The two-character words of a text's Chinese runs. */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fa5]+/g) ?? [])
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** True when the two texts share a word of their matter. */
function sameMatter(a: string, b: string): boolean {
  const theirs = words(b);
  return [...words(a)].some((w) => !COMMON.has(w) && theirs.has(w));
}

/**
 * The sum with a 基础分 of 0 when the awards (bands from `awards`) and the deductions (`taking`)
 * are on different matters; else the sum as built.
 */
export function fromNothing(
  built: Built | undefined,
  awards: Statement[],
  taking: Statement[],
): Built | undefined {
  if (built === undefined) return undefined;
  const rule = built.rule as {
    kind: string;
    base?: string;
    parts?: { kind: string; mode?: string }[];
  };
  if (rule.kind !== "sum" || rule.base !== undefined || awards.length === 0 || taking.length === 0)
    return built;
  // Only parts that add or take from a start (bands from 0; counts, checklists, pools from the points).
  if (!(rule.parts ?? []).every((p) => SIGNED.has(p.kind))) return built;
  if (awards.some((a) => taking.some((t) => sameMatter(a.text, t.text)))) return built;
  return { ...built, rule: { ...built.rule, base: "0" } as Built["rule"] };
}
