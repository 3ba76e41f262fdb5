/**
 * Built-in template `township-2022`: 乡镇(街道、园区)医疗保障工作目标考核评分细则 (seed 000_d63d796fb9aea4ef.txt), as data.
 * Titles of groups, standard texts (评分标准), evaluation methods (评价办法) and contents (评价内容)
 * are verbatim from the source; fact names follow docs/spec/templates.md; readings of open
 * points are in docs/decisions/0006.
 */
import type { SchemeDocument } from "../../scheme/schema.js";
import { items1234 } from "./items-1-4.js";
import { items5678 } from "./items-5-8.js";
import { items9 } from "./items-9.js";

/** The `township-2022` scheme document. */
export const township2022: SchemeDocument = {
  id: "township-2022",
  title: "乡镇(街道、园区)医疗保障工作目标考核评分细则",
  description:
    "县医保局对乡镇(街道、园区)医疗保障工作的年度目标考核：基础分 100 分，加分最高 10 分。",
  source: "乡镇(街道、园区)医疗保障工作目标考核评分细则.docx",
  items: [...items1234, ...items5678, ...items9],
};
