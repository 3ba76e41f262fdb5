/**
 * Two layouts of the seventh December 2026 blind round of table layouts (blind-2026-12j-tables.ts,
 * decision 0329), written by hand before the import was read or run on them: one table whose header
 * row is repeated inside it (a table continued on a new page, its 考核项目 written again below the
 * repeated header), with a 合计 row and a last 备注 row merged across every column; and a rubric of
 * merged 一级指标 cells and a 加分项 group saved as an old Word 97 .doc (LibreOffice from a .docx).
 */
import { docxOf } from "../layout-files.js";
import { docOf } from "../legacy-files.js";
import type { BlindLayoutTitled } from "./blind-2026-12f-tables.js";
import { bands, below, deductions, down, occ } from "./expected-rules.js";

const header = ["序号", "考核项目", "考核内容", "分值", "评分办法"];

/** .docx: one table, the header row repeated in it where the next page began, the 考核项目 written again below it (待遇保障 twice); 考核项目 without points merged down; a 合计 row merged over three columns; a last 备注 row merged across every column. */
export const repeatedHeader: BlindLayoutTitled = {
  name: "医保 .docx 一张表内重复表头行（续页），其下考核项目重写一遍（待遇保障两次）+ 考核项目无分值合并 + 合计行（跨三列）+ 末行「备注：」通栏合并",
  kind: "docx",
  build: () =>
    docxOf([
      "云溪县2027年度医疗保障重点工作考核评分细则",
      [
        header,
        [
          "1",
          down("基金监管", 3),
          "定点医药机构检查",
          "10",
          "年度现场检查覆盖率达到100%得满分，每低1个百分点扣1分。",
        ],
        ["2", "违规问题查处", "10", "查实的违规问题未按规定处理的，每例扣2分。"],
        ["3", "内控管理", "5", "未建立内部控制制度的扣3分；未开展内控检查的扣2分。"],
        [
          "4",
          down("待遇保障", 2),
          "参保扩面",
          "15",
          "参保率达到95%以上得15分，92%（含）-95%得10分，92%以下不得分。",
        ],
        ["5", "待遇落实", "10", "待遇核定错误的，每人次扣1分。"],
        header,
        ["6", "待遇保障", "医疗救助", "10", "医疗救助资金未按时拨付的，每次扣2分。"],
        ["7", down("经办服务", 2), "经办时限", "10", "经办事项超时办结的，每件扣0.5分。"],
        ["8", "满意度", "10", "群众满意度达到90%得满分，每低1个百分点扣1分。"],
        [{ text: "合计", colSpan: 3 }, "80", ""],
        [
          {
            text: "备注：1.考核数据以医保信息平台12月31日数据为准。2.各项扣分以该项分值为限，扣完为止。",
            colSpan: 5,
          },
        ],
      ],
    ]),
  expected: [
    "1 基金监管 25",
    "1.1 定点医药机构检查 10",
    "1.2 违规问题查处 10",
    "1.3 内控管理 5",
    "2 待遇保障 35",
    "2.1 参保扩面 15",
    "2.2 待遇落实 10",
    "2.3 医疗救助 10",
    "3 经办服务 20",
    "3.1 经办时限 10",
    "3.2 满意度 10",
  ],
  kinds: {
    定点医药机构检查: below("100", "1", "1"),
    违规问题查处: occ(["2"]),
    内控管理: deductions(["3", "2"]),
    参保扩面: bands(["95", "15"], ["92", "10"]),
    待遇落实: occ(["1"]),
    医疗救助: occ(["2"]),
    经办时限: occ(["0.5"]),
    满意度: below("90", "1", "1"),
  },
  standards: {
    内控管理: ["未建立内部控制制度的扣3分", "未开展内控检查的扣2分"],
  },
  notText: ["考核数据以医保信息平台12月31日数据为准", "各项扣分以该项分值为限"],
  said: ["考核数据以医保信息平台12月31日数据为准"],
  title: "云溪县2027年度医疗保障重点工作考核评分细则",
};

/** The .docx the old Word 97 .doc of `oldWordDoc` is saved from (to compare the two readings). */
export const oldWordDocx = (): Promise<Buffer> =>
  docxOf([
    "青山县2027年度医疗保障经办机构考核细则",
    "为规范医疗保障经办管理服务，提升经办服务质效，制定本细则。",
    [
      ["一级指标", "二级指标", "分值", "评分标准", "考核方式"],
      [
        down("基金监管（30分）", 3),
        "稽核检查",
        "10",
        "对定点医药机构稽核覆盖率达到100%，每低1个百分点扣0.5分。",
        "查阅台账",
      ],
      [
        "违规追回",
        "12",
        "违规费用未按期追回的，每例扣2分；追回资金未上缴基金专户的，每次扣1分。",
        "查阅凭证",
      ],
      ["内部控制", "8", "未建立内控制度的扣4分；未开展内控风险评估的扣4分。", "查阅制度"],
      [
        down("待遇保障（25分）", 2),
        "住院报销",
        "15",
        "政策范围内住院费用基金支付比例达到70%得满分，每低1个百分点扣1分。",
        "系统查询",
      ],
      ["大病保险", "10", "大病保险待遇未按时支付的，每例扣1分。", "系统查询"],
      [
        down("经办服务（15分）", 2),
        "异地备案",
        "8",
        "异地就医备案线上办理率达到90%以上得8分，80%（含）—90%得5分，80%以下不得分。",
        "系统查询",
      ],
      ["政务服务", "7", "政务服务事项超时办结的，每件扣1分。", "查阅台账"],
      [
        down("加分项（最高加5分）", 2),
        "经验推广",
        "3",
        "工作经验被省级以上医保部门推广的，每次加1.5分，最高加3分。",
        "查阅文件",
      ],
      ["信息宣传", "2", "在市级以上媒体刊发医保宣传稿件的，每篇加0.5分，最多加2分。", "查阅报刊"],
    ],
    "注：考核结果分为优秀、良好、合格、不合格四个等次。",
  ]);

/** An old Word 97 .doc (a .docx saved by LibreOffice): 一级指标 «基金监管（30分）» merged down | 二级指标 | 分值 | 评分标准 | 考核方式, a 加分项 group «加分项（最高加5分）» merged down the same way, a 注 paragraph. */
export const oldWordDoc: BlindLayoutTitled = {
  name: "医保经办 Word 97 .doc（LibreOffice 由 .docx 另存）一级指标「基金监管（30分）」合并|二级指标|分值|评分标准|考核方式 + 表内「加分项（最高加5分）」同样合并 + 表后注",
  kind: "doc",
  build: () => docOf(oldWordDocx()),
  expected: [
    "1 基金监管 30",
    "1.1 稽核检查 10",
    "1.2 违规追回 12",
    "1.3 内部控制 8",
    "2 待遇保障 25",
    "2.1 住院报销 15",
    "2.2 大病保险 10",
    "3 经办服务 15",
    "3.1 异地备案 8",
    "3.2 政务服务 7",
    "4 加分项 5 cap 5",
    "4.1 经验推广 3",
    "4.2 信息宣传 2",
  ],
  kinds: {
    稽核检查: below("100", "1", "0.5"),
    违规追回: occ(["2", "1"]),
    内部控制: deductions(["4", "4"]),
    住院报销: below("70", "1", "1"),
    大病保险: occ(["1"]),
    异地备案: bands(["90", "8"], ["80", "5"]),
    政务服务: occ(["1"]),
    经验推广: occ(["1.5"], "award"),
    信息宣传: occ(["0.5"], "award"),
  },
  standards: {
    违规追回: ["违规费用未按期追回的，每例扣2分", "追回资金未上缴基金专户的，每次扣1分"],
  },
  notText: ["考核结果分为优秀、良好、合格、不合格四个等次"],
  said: ["考核方式"],
  title: "青山县2027年度医疗保障经办机构考核细则",
};
