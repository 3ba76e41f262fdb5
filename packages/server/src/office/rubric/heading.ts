/**
 * A heading of a rubric's outline as written in a level cell or caption: its numbering style (一、
 * （一） 1. 1.1 (1) ① A、 第一项), its dotted code, its title and its points (（N分）, (N分+M分)).
 * Moved out of outline.ts (decision 0340) to keep that file under 400 lines.
 */
import { addDecimals } from "../score-rows.js";
import { CAP_IN_BRACKETS, halfDigits } from "./outline-cells.js";

const styles: [string, RegExp][] = [
  ["part", /^第[一二三四五六七八九十\d]+(?:部分|项|章|类|条)[、.．:：\s]*/],
  ["cn", /^[一二三四五六七八九十]+\s*[、.．]\s*/],
  ["cnp", /^[（(]\s*[一二三四五六七八九十]+\s*[)）]\s*[、.．]?\s*/],
  ["dot", /^\d+(?:[.．]\d+)+\s*[、.．]?\s*/],
  ["num", /^\d+\s*[、.．](?!\d)\s*/],
  ["nump", /^[（(]\s*\d+\s*[)）]\s*/],
  ["numr", /^\d+\s*[)）]\s*/],
  ["circle", /^[①-⑳]\s*/],
  ["alpha", /^[A-Za-z]\s*[、.．]\s*/],
];

const POINTS = /[(（〔[]\s*(\d+(?:\.\d+)?)\s*分[^)）〕\]]{0,12}[)）〕\]]|(\d+(?:\.\d+)?)\s*分\s*$/;

/** A heading's numbering style, its dotted code when it has one, its title and points. */
export function parseHeading(raw: string): {
  style: string;
  code: string | undefined;
  title: string;
  max: string | undefined;
} {
  const text = raw.trim().replace(/\s*\n\s*/g, "");
  // A bare number ("3", "1.2") in a level column is the item's code; its title is in the row's text.
  if (/^\d+(?:[.．]\d+)*[.．、]?$/.test(text))
    return {
      style: `code${text.split(/[.．]/).filter((x) => /\d/.test(x)).length}`,
      code: text.replace(/[、]/g, "").replace(/．/g, ".").replace(/\.$/, ""),
      title: "",
      max: undefined,
    };
  let style = "plain";
  let rest = text;
  let code: string | undefined;
  for (const [name, re] of styles) {
    const m = re.exec(text);
    if (m === null) continue;
    style = name === "dot" ? `dot${m[0].split(/[.．]/).filter((x) => /\d/.test(x)).length}` : name;
    if (name === "dot" || name === "num")
      code = m[0]
        .replace(/[、\s]/g, "")
        .replace(/．/g, ".")
        .replace(/\.$/, "");
    rest = text.slice(m[0].length);
    break;
  }
  // Points are found in full-width digits too (（１０分）); the title keeps the text as written.
  const half = halfDigits(rest);
  const without = (m: RegExpExecArray) =>
    rest.slice(0, m.index) + rest.slice(m.index + m[0].length);
  // "信息报告（23分+10分）": the regular points and the bonus together.
  const plus = /[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[+＋]\s*(\d+(?:\.\d+)?)\s*分[^)）]{0,6}[)）]/.exec(
    half,
  );
  if (plus !== null)
    return {
      style,
      code,
      title: without(plus).trim(),
      max: addDecimals([plus[1] ?? "0", plus[2] ?? "0"]),
    };
  const points = POINTS.exec(half);
  const title = (points === null ? rest : without(points))
    .replace(CAP_IN_BRACKETS, "")
    .replace(/[，,。;；:：]+$/, "")
    .trim();
  return { style, code, title, max: points?.[1] ?? points?.[2] };
}
