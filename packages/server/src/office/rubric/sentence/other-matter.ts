/**
 * An award beside deductions («培训覆盖率达到90%得3分；发生违规操作一次扣1分»): the deductions are
 * taken from what the award gives — 多项合计 from a 基础分 of 0 (each part adds or takes its change,
 * decision 0299). Added as they were, a deducting part scores the item's points less its
 * deduction, so a unit that met the award lost nothing (3 + (3 − 1), capped at 3). That holds on
 * the award's own matter too (问题整改率达到100%的得6分；整改不到位的每个扣1分, decision 0348): where
 * the award states the full marks a deduction starts from (整改率100%得6分；有一件未整改扣1分),
 * assemble.ts reads the pair as one count from full marks before a sum is built.
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
export function sameMatter(a: string, b: string): boolean {
  const theirs = words(b);
  return [...words(a)].some((w) => !COMMON.has(w) && theirs.has(w));
}

/**
 * A state with nothing wrong or all done (未发生…, 无差错, 不参与…, 全部, 100%, 按时…, 品行端正): an
 * award of it is the full marks the counted failures are taken from — failing it means failures
 * were counted. 不 inside a word that negates nothing (不定期, 不断, 不少于) states no clean state (0341).
 */
const CLEAN =
  /[无未零]|不(?!定期|断|间断|少于|低于)|没有|全部|全面|均|100%|百分之百|按时|及时|按期|如期|足额|准确|到位|齐全|完整|达标|合格|全覆盖|良好|端正/;
/** A deduction that names itself the award's other side (否则每发现一次扣…). */
const OTHERWISE = /^(?:否则|反之|违者|如有违反)/;

/**
 * Awards of the item's points for a requirement met (按要求建立…台账的得2分) beside events counted
 * (被投诉的每次扣0.5分): not a full-marks start — a unit that did not meet it earns nothing, and
 * the events are taken from what it earned (多项合计 from 0). Not where the award states a clean or
 * complete state (未发生X的得满分；发生一次扣…), nor beside 酌情.
 */
export function requirementAwards(
  awards: Statement[],
  counts: Statement[],
  disc: Statement[],
  max: string | undefined,
): Statement[] {
  if (max === undefined || counts.length === 0 || disc.length > 0) return [];
  if (counts.some((c) => OTHERWISE.test(c.text))) return [];
  return awards.filter(
    (a) =>
      a.action?.verb === "award" &&
      a.unit === undefined &&
      a.action.value === max &&
      // Its words before the points as written (conditionOf drops a closing 时 of 及时).
      !CLEAN.test(a.text.slice(0, (a.action.start ?? a.end) - a.start)),
  );
}

/**
 * The sum with a 基础分 of 0 when awards (bands from `awards`, or `earned`, an award of a
 * requirement met) stand among the parts beside deductions (`taking`); else the sum as built.
 */
export function fromNothing(
  built: Built | undefined,
  awards: Statement[],
  taking: Statement[],
  earned = false,
): Built | undefined {
  if (built === undefined) return undefined;
  const rule = built.rule as {
    kind: string;
    base?: string;
    parts?: { kind: string; mode?: string }[];
  };
  if (rule.kind !== "sum" || rule.base !== undefined || taking.length === 0) return built;
  if (awards.length === 0 && !earned) return built;
  // Only parts that add or take from a start (bands from 0; counts, checklists, pools from the points).
  if (!(rule.parts ?? []).every((p) => SIGNED.has(p.kind))) return built;
  return { ...built, rule: { ...built.rule, base: "0" } as Built["rule"] };
}
