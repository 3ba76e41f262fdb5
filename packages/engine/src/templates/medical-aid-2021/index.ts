/**
 * Built-in template `medical-aid-2021`: 2021年度城乡医疗救助工作考核评价细则 (seed 004_d3194466b930f23e.txt), as data.
 * Titles of groups, standard texts (评分标准), evaluation methods (评价办法) and contents (评价内容)
 * are verbatim from the source; fact names follow docs/spec/templates.md; readings of open
 * points are in docs/decisions/0006.
 */
import type { SchemeDocument } from "../../scheme/schema.js";
import { items1 } from "./items-1.js";
import { items2 } from "./items-2.js";
import { items34 } from "./items-3-4.js";

/** The `medical-aid-2021` scheme document. */
export const medicalAid2021: SchemeDocument = {
  id: "medical-aid-2021",
  title: "2021年度城乡医疗救助工作考核评价细则",
  description: "市对各县(区)城乡医疗救助工作的年度考核评价，满分 100 分，附绩效自评。",
  source: "六安开发区2021年度城乡医疗救助工作考核评价细则",
  items: [...items1, ...items2, ...items34],
};
