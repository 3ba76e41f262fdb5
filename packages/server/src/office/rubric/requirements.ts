/**
 * Recognisers of requirement rules (逐项达标): "X,得N分;Y,得N分" (award per requirement),
 * "一项未达标扣N分" (the requirements listed in the text, −N each unmet), "X不及时、不准确各扣1分;
 * 未完成Y扣3分" (−N when a failing condition holds), and the single requirement "未…不得分" / "加N分".
 */
import { labelOf, NUM, type FactDoc, type Proposal, type Recogniser } from "./proposal.js";
import { numberOf } from "./sentence/text.js";

/** Splits on , ; 。 outside quotes, 《》 and parentheses. */
export function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if ("“《(".includes(ch)) depth++;
    else if ("”》)".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && ",;。".includes(ch)) {
      if (current !== "") out.push(current);
      current = "";
    } else current += ch;
  }
  if (current !== "") out.push(current);
  return out;
}

/** The requirements a "一项未达标" text lists: context clauses dropped, "并…" joined, "配备A、B和C" split. */
export function requirementsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of clauses(text)) {
    const c = raw.replace(/^是否/, "").replace(/了/, "");
    if (/^(督促|指导|按照|根据|结合|关于)/.test(c)) continue;
    if (/^(并|且|并且)/.test(c) && out.length > 0) {
      out[out.length - 1] += `,${c}`;
      continue;
    }
    const list = /^(配备|设置|张贴|公布|建立)(.+[、和].+)$/.exec(c);
    // "公示、投诉处理、回访三项工作": as many things listed with 、 as the count says.
    const counted = /^(.+?)(?:等)?([\d一二两三四五六七八九十])(?:项|个|条)([^、,]{0,6})$/.exec(c);
    const named = (counted?.[1] ?? "").split(/[、和及]/).filter((x) => x !== "");
    if (counted !== null && named.length >= 2 && String(named.length) === numberOf(counted[2])) {
      out.push(...named.map((x) => `${x}${counted[3] ?? ""}`));
      continue;
    }
    // "A达到100%、B达到90%的得满分": targets listed with 、, each with its figure, are requirements;
    // "A、B均达到95%的得满分" (A与B都…): subjects sharing one target, each with it.
    const bare = c.replace(/(?:的)?,?(?:得满分|得\d+(?:\.\d+)?分|不扣分)$/, "").replace(/的$/, "");
    const shared =
      /^([^、与和及]{2,16}(?:[、与和及][^、与和及]{2,16})+?)(?:均|都|全部|同时)((?:达到|不低于|高于|超过|不超过|低于|在)[^、]*\d[^、]*)$/.exec(
        bare,
      );
    const targets =
      shared === null
        ? bare.split("、")
        : (shared[1] ?? "").split(/[、与和及]/).map((x) => `${x}${shared[2] ?? ""}`);
    if (list === null && targets.length >= 2 && targets.every((t) => /\D\d/.test(t)))
      out.push(...targets);
    else if (list !== null)
      out.push(...(list[2] ?? "").split(/[、和]/).map((x) => `${list[1] ?? ""}${x}`));
    else out.push(c);
  }
  return out.filter((c) => c.length >= 2);
}

/** Boolean facts r1…rn for requirements. */
function requirementFacts(labels: string[]): FactDoc[] {
  return labels.map((label, i) => ({
    name: `r${i + 1}`,
    type: "bool",
    label: labelOf(label, `要求${i + 1}`),
  }));
}

/** "X,得N分;Y,得N分" — two or more requirements, each earning its points. */
export const checklistAward: Recogniser = (item) => {
  const hits = [...item.text.matchAll(new RegExp(`([^;。]*?),?得${NUM}分`, "g"))];
  if (hits.length < 2) return undefined;
  const labels = hits.map((h) => (h[1] ?? "").split(",").pop() ?? "");
  return {
    rule: {
      kind: "checklist",
      mode: "award",
      items: hits.map((h, i) => ({ fact: `r${i + 1}`, points: h[2] ?? "0" })),
    },
    facts: requirementFacts(labels),
    phrase: hits.map((h) => h[0]).join(";"),
    confidence: 0.85,
    explanation: "逐项达标得分：每项要求达到得相应分数",
  };
};

/** A requirement's numbering: 1. 1、 (1) ①. */
const NUMBERING = /^\s*(?:\d{1,2}\s*[.、](?!\d)|\(\d{1,2}\)|[①-⑳])\s*/;

/**
 * "1.X(4分);2.Y(3分)" — two or more requirements, each marked with the points it earns and
 * nothing else scoring (a line that scores by itself, «…每低1个百分点扣1分(15分)», is no mere
 * requirement); surer when the marks sum to the item's points.
 */
export const checklistMarked: Recogniser = (item) => {
  const hits = [...item.text.matchAll(new RegExp(`([^;。\n]*?)\\(${NUM}分\\)`, "g"))];
  if (hits.length < 2) return undefined;
  const labels = hits.map((h) => (h[1] ?? "").replace(/^[;,。\s]+/, "").replace(NUMBERING, ""));
  const scores = /[扣得加奖减]\s*\d|不得分|每[^;,。]{0,12}[扣得加减]|一票否决|酌情/;
  if (labels.some((l) => l.length < 2 || scores.test(l))) return undefined;
  const rest = hits.reduce((t, h) => t.replace(h[0], ""), item.text);
  if (/[^\s;,。.、]/.test(rest)) return undefined;
  const points = hits.map((h) => h[2] ?? "0");
  const sum = points.reduce((a, p) => a + Number(p), 0);
  return {
    rule: {
      kind: "checklist",
      mode: "award",
      items: points.map((p, i) => ({ fact: `r${i + 1}`, points: p })),
    },
    facts: requirementFacts(labels),
    phrase: hits.map((h) => h[0]).join(";"),
    confidence: item.max !== undefined && Number(item.max) === sum ? 0.85 : 0.55,
    explanation: "逐项达标得分：每项要求达到得括号内的分数",
  };
};

/** "一项未达标扣N分" — the requirements listed before the phrase, −N for each unmet. */
export const checklistDeduct: Recogniser = (item) => {
  const m = new RegExp(`(?:一|每)项未达标扣${NUM}分`).exec(item.text);
  if (m === null) return undefined;
  const labels = requirementsOf(item.text.slice(0, m.index));
  if (labels.length === 0) return undefined;
  return {
    rule: {
      kind: "checklist",
      mode: "deduct",
      items: labels.map((_, i) => ({ fact: `r${i + 1}`, points: m[1] ?? "0" })),
    },
    facts: requirementFacts(labels),
    phrase: m[0],
    confidence: 0.8,
    explanation: `逐项达标扣分：识别出 ${labels.length} 项要求，每项未达标扣 ${m[1] ?? ""} 分（请核对要求的划分）`,
  };
};

/** "X不及时、不准确各扣1分;未完成Y扣3分" — each failing condition costs its points (no 扣完为止: not per occurrence). */
export const conditions: Recogniser = (item) => {
  if (/扣完为止/.test(item.text)) return undefined;
  const found: { label: string; points: string }[] = [];
  const phrases: string[] = [];
  for (const c of item.text.split(/[;。]/)) {
    const m = new RegExp(`^(.*?(?:不|未|没有).*?)(各)?扣${NUM}分$`).exec(c.replace(/,$/, ""));
    if (m === null || /每/.test(m[1] ?? "")) continue;
    const subject = (m[1] ?? "").split(",").pop() ?? "";
    const parts = m[2] !== undefined ? subject.split("、") : [subject];
    const first = parts[0] ?? "";
    const stem = first.slice(0, Math.max(first.lastIndexOf("不"), first.lastIndexOf("未"), 0));
    parts.forEach((p, i) =>
      found.push({ label: i === 0 ? p : `${stem}${p}`, points: m[3] ?? "0" }),
    );
    phrases.push(m[0]);
  }
  if (found.length === 0) return undefined;
  return {
    rule: {
      kind: "checklist",
      mode: "deduct",
      items: found.map((f, i) => ({ fact: `c${i + 1}`, when: true, points: f.points })),
    },
    facts: found.map((f, i) => ({
      name: `c${i + 1}`,
      type: "bool",
      label: labelOf(f.label, `情形${i + 1}`),
    })),
    phrase: phrases.join(";"),
    confidence: 0.75,
    explanation: "存在所列情形的，每种情形扣相应分数",
  };
};

/** One requirement: "未…不得分" (met → full marks), "…的,加N分" (bonus), or only "(N分)" after it. */
export const single: Recogniser = (item) => {
  const none = /未[^,;。]{0,12}?不得分|未达到该项不得分|不达标不得分/.exec(item.text);
  const bonus = new RegExp(`加${NUM}分。?$`).exec(item.text);
  const marked = /\(\d+(?:\.\d+)?分\)/.exec(item.text);
  const m = none ?? bonus ?? marked;
  if (m === null) return undefined;
  const points = bonus !== null && none === null ? (bonus[1] ?? "0") : (item.max ?? "0");
  const label = labelOf(
    clauses(item.text).filter((c) => !/不得分|^\(\d/.test(c))[0] ?? "",
    "达到要求",
  );
  const proposal: Proposal = {
    rule: { kind: "checklist", mode: "award", items: [{ fact: "met", points }] },
    facts: [{ name: "met", type: "bool", label }],
    phrase: m[0],
    confidence: m === marked ? 0.5 : 0.8,
    explanation: "达到要求得分，未达到不得分",
  };
  return bonus !== null && none === null ? { ...proposal, max: points } : proposal;
};
