/**
 * The whole table of the second December 2026 blind round (issue #12, decision 0311), in a layout
 * no earlier test used, written by hand before the reader was read or run on it: an .xlsx with a
 * title and a 填报单位 line, 序号 running 1…N across categories, the category cell merged down
 * with its points on a second line («基金监管\n（12分）»), 分值 to the right of 评分标准, two empty
 * score columns (自评得分 | 考核得分), a 减分项 category whose rows have no points («—») and deduct
 * from the total, a 合计 row and a 备注 line merged across. Same form as blind-2026-12-tables.ts.
 */
import { xlsxOf } from "../layout-files.js";
import type { BlindTable } from "./blind-2026-12-tables.js";

/** .xlsx: 序号 | 考核类别 | 考核指标 | 评分标准 | 分值 | 自评得分 | 考核得分, categories merged down. */
const townshipScores: BlindTable = {
  name: "医保 .xlsx 序号贯通 + 类别合并（分值另起一行）+ 分值在评分标准右侧 + 自评/考核得分空列 + 减分项（—）+ 备注行",
  kind: "xlsx",
  build: () =>
    xlsxOf(
      [
        ["南岭县2027年度乡镇医疗保障工作考核评分表", "", "", "", "", "", ""],
        ["填报单位（盖章）：", "", "", "", "填报日期：", "", ""],
        ["序号", "考核类别", "考核指标", "评分标准", "分值", "自评得分", "考核得分"],
        [
          "1",
          "基金监管\n（12分）",
          "两定机构检查",
          "辖区两定机构年度检查全覆盖，每少检查1家扣0.5分，扣完为止。",
          "6",
          "",
          "",
        ],
        [
          "2",
          "",
          "违规基金追回",
          "违规基金追回到位率达到100%得6分；每降低1个百分点扣0.5分。",
          "6",
          "",
          "",
        ],
        [
          "3",
          "长期护理保险\n（10分）",
          "制度覆盖",
          "长期护理保险参保覆盖率≥98%得4分，95%（含）～98%得2分，＜95%不得分。",
          "4",
          "",
          "",
        ],
        [
          "4",
          "",
          "待遇支付",
          "失能人员待遇按时支付率低于100%的，每低1个百分点扣1分；发生待遇错发的，每例扣0.5分。",
          "6",
          "",
          "",
        ],
        [
          "5",
          "医药服务\n（8分）",
          "集采药品使用",
          "集采中选药品使用量占比排名全县前2名的得4分，其余按排名每后退1名扣0.5分。",
          "4",
          "",
          "",
        ],
        [
          "6",
          "",
          "医疗服务价格",
          "未按时执行医疗服务价格调整政策的，每个项目扣1分；发现违规收费的，每起扣0.5分。",
          "4",
          "",
          "",
        ],
        [
          "7",
          "减分项",
          "重大舆情",
          "因医保工作引发重大负面舆情的，每起从总分中扣2分。",
          "—",
          "",
          "",
        ],
        [
          "8",
          "",
          "审计问题",
          "被审计、巡察发现医保基金问题未按期整改的，每项从总分中扣1分。",
          "—",
          "",
          "",
        ],
        ["合计", "", "", "", "30", "", ""],
        [
          "备注：“自评得分”由各乡镇填写，“考核得分”由县医保局填写；减分项在总分中直接扣除。",
          "",
          "",
          "",
          "",
          "",
          "",
        ],
      ],
      ["A1:G1", "B4:B5", "B6:B7", "B8:B9", "B10:B11", "A12:D12", "A13:G13"],
    ),
  expected: [
    "1 基金监管 12",
    "1.1 两定机构检查 6",
    "1.2 违规基金追回 6",
    "2 长期护理保险 10",
    "2.1 制度覆盖 4",
    "2.2 待遇支付 6",
    "3 医药服务 8",
    "3.1 集采药品使用 4",
    "3.2 医疗服务价格 4",
    "4 减分项 0",
    "4.1 重大舆情 0",
    "4.2 审计问题 0",
  ],
  kinds: {
    两定机构检查: { kind: "occurrences", rule: { mode: "deduct", terms: [{ points: "0.5" }] } },
    违规基金追回: {
      kind: "steps",
      rule: { direction: "below", from: "100", step: "1", points: "0.5" },
    },
    制度覆盖: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "98", points: "4" },
          { gte: "95", points: "2" },
        ],
      },
    },
    待遇支付: {
      kind: "pool",
      rule: { parts: [{ rule: { kind: "steps" } }, { rule: { kind: "occurrences" } }] },
    },
    集采药品使用: {
      kind: "rank",
      rule: { awards: [{ upTo: 2, points: "4" }], perPlace: "0.5" },
    },
    医疗服务价格: {
      kind: "occurrences",
      rule: { mode: "deduct", terms: [{ points: "1" }, { points: "0.5" }] },
    },
    重大舆情: {
      kind: "toTotal",
      rule: { sign: "minus", rule: { kind: "occurrences", terms: [{ points: "2" }] } },
    },
    审计问题: {
      kind: "toTotal",
      rule: { sign: "minus", rule: { kind: "occurrences", terms: [{ points: "1" }] } },
    },
  },
};

/** The blind table of the second round. */
export const blindTablesSecond: BlindTable[] = [townshipScores];
