/**
 * Chinese labels and help of every rule kind's parameters, as data for the scheme editor: one
 * entry per parameter, `values` for the choices of an enum, `fields` for the fields of a nested
 * object (or of each element of a list). Kept apart from the kinds' own files so the wording can
 * change without touching scoring; `test/param-labels.test.ts` walks every kind's params schema
 * and fails when a parameter, a nested field or a choice has no label here.
 */

import type { ParamLabels } from "./param-labels-common.js";
import { addedParamLabels } from "./param-labels-added.js";
import {
  fact,
  measure,
  mode,
  nestedRule,
  otherwise,
  points,
  rounding,
  stepUnit,
  sourceSpec,
  itemScore,
} from "./param-labels-common.js";

export type { ParamLabel, ParamLabels } from "./param-labels-common.js";

/** Parameter labels of every rule kind, by kind id. */
export const ruleParamLabels: Readonly<Record<string, ParamLabels>> = {
  checklist: {
    mode,
    items: {
      label: "考核要求",
      help: "逐条列出要求：每条对应一项是/否事实及其分值。",
      fields: {
        fact: fact("这条要求对应的是/否事实。"),
        when: {
          label: "计分时的取值",
          help: "事实为此值时加分（或扣分）；不填时加分方式取“是”，扣分方式取“否”。",
          input: "factValue",
        },
        points: points("这条要求的分值。"),
      },
    },
  },
  occurrences: {
    mode,
    terms: {
      label: "计分事项",
      help: "每一项对应一项次数或事件清单事实，逐次（逐条）计分，各项相加。",
      fields: {
        fact: fact("次数（整数）或事件清单事实。"),
        points: points("每次（每条事件）的分值；按字段定分值时可不填。"),
        byField: {
          label: "按字段定分值",
          help: "按事件的某个字段取分值，如按发现部门级别：县级 1 分、市级 2 分。",
          fields: {
            field: {
              label: "字段",
              help: "事件中决定分值的字段，如发现部门级别。",
              input: "field",
            },
            points: {
              label: "各取值的分值",
              help: "字段的每个取值对应的分值，如县级 1 分。",
              input: "fieldPoints",
            },
          },
        },
        exempt: {
          label: "免计条件",
          help: "事件的某个字段等于此值时不计分，如已整改的不扣分。",
          fields: {
            field: { label: "字段", help: "判断是否免计的字段。", input: "field" },
            equals: {
              label: "取值",
              help: "字段等于此值（是/否或选项）时免计。",
              input: "fieldValue",
            },
          },
        },
        extra: {
          label: "附加分",
          help: "事件的某个字段等于此值时，另计这些分值。",
          fields: {
            field: { label: "字段", help: "判断是否附加的字段。", input: "field" },
            equals: {
              label: "取值",
              help: "字段等于此值（是/否或选项）时附加。",
              input: "fieldValue",
            },
            points: points("另计的分值。"),
          },
        },
        onePerKey: {
          label: "就高计分字段",
          help: "同一字段值（如同一事项）的多条事件只计分值最高的一条。",
          input: "field",
        },
        cap: {
          label: "此项最多",
          help: "这一项最多扣（加）的分数，如“最多扣2分”；不填不限。",
          input: "points",
        },
        notAgain: {
          label: "不重复计分",
          help: "其他考评内容中已扣分的同一事项不再重复扣分：列出那些内容的事件清单，按所选字段（如设备编号）比对。",
          fields: {
            facts: {
              label: "已计分的清单",
              help: "其他项目中记录同类事件的清单事实，如“特种设备问题清单”。",
              input: "fact",
            },
            field: {
              label: "比对字段",
              help: "据以判断是否同一事项的字段，如设备编号、制度名称。",
              input: "field",
            },
          },
        },
      },
    },
  },
  quota: {
    fact: fact("实际数量。"),
    quota: measure("要求数量", "应达到的数量，少于它时按差额扣分，如不少于 5 篇。"),
    points: points("每少一个扣的分值。"),
  },
  steps: {
    value: sourceSpec,
    direction: {
      label: "方向",
      help: "低于起点时扣分（每低一档扣分值），高于起点时加分（每超一档加分值），超过上限扣分（每超一档扣分值），或双向（每增一档加、每减一档扣）。",
      values: {
        below: "低于起点扣分",
        above: "高于起点加分",
        over: "超过上限扣分",
        both: "双向（增加分、减扣分）",
      },
    },
    from: measure("起点值", "目标值（扣分）或开始加分的值，如 99.6（%）。"),
    step: measure("每档幅度", "一档的大小，应大于 0，如 0.1（个百分点）。"),
    points: points("每档扣（加）的分值。"),
    rounding,
    zeroBelow: measure("低于即得 0 分", "计量值低于此值时本项直接得 0 分，如“低于 40% 不得分”。"),
    stepUnit,
    pointsAbove: {
      label: "每档加分",
      help: "仅双向：高于起点时每档加的分值；不填与“分值”相同。",
      input: "points",
    },
    base: {
      label: "基础分",
      help: "仅双向：恰好等于起点时的得分，不填为本项满分；加分超出满分的部分可用“超出满分计入总分”保留。",
      input: "points",
    },
  },
  bands: {
    value: sourceSpec,
    bands: {
      label: "分档",
      help: "从优到劣列出各档：区间上下限及该档分值；边界值取较优档。",
      fields: {
        gte: measure("不低于", "下限，含该值（≥）。"),
        gt: measure("高于", "下限，不含该值（>）。"),
        lt: measure("低于", "上限，不含该值（<）。"),
        lte: measure("不超过", "上限，含该值（≤）。"),
        points: points("落在该档时的得分。"),
      },
    },
    otherwise,
  },
  compare: {
    fact: fact("被比较的数值或日期。"),
    reference: { label: "参照事实", help: "参照值所在的事实，如上年同期数。", input: "fact" },
    op: {
      label: "比较条件",
      help: "事实与参照值满足此条件时得分值，否则得“否则得分”。",
      values: {
        gte: "不低于参照值（≥）",
        gt: "高于参照值（>）",
        lte: "不超过参照值（≤）",
        lt: "低于参照值（<）",
      },
    },
    points: points("满足条件时的得分。"),
    equal: {
      label: "持平得分",
      help: "可不填。填了时，与参照值相等（持平）时得此分，如“比上年提高的得满分，持平的得3分，下降的不得分”中的 3 分。",
      input: "points",
    },
    otherwise,
  },
  discretionary: {
    fact: fact("考核人员录入的得分（0 至满分）。"),
  },
  discretionaryDeduction: {
    fact: fact("考核人员录入的扣分，得分为满分减去扣分。"),
  },
  option: {
    fact: fact("单位所选情形（选项或是/否）的事实。"),
    options: {
      label: "选项",
      help: "每个选项给定分值，或再按一条子规则计分（二者选一）。",
      fields: {
        value: { label: "选项取值", help: "事实的一个取值（选项或是/否）。", input: "factValue" },
        points: points("选中此项时的得分。"),
        rule: nestedRule("子规则", "选中此项时按这条规则计分，如“配套不到位的，酌情扣分”。"),
      },
    },
  },
  ratings: {
    groups: {
      label: "评议组",
      help: "每组对应一项评议分事实，按权重加权；各组权重之和应为 1。",
      fields: {
        fact: fact("本组的评议分事实（多人打分）。"),
        weight: { label: "权重", help: "本组平均分所占权重，默认 1，如 0.6。" },
      },
    },
    drop: {
      label: "去掉极值",
      help: "评议人不少于 3 人时，可去掉一个最高分和一个最低分再取平均。",
      values: { none: "不去掉", highLow: "去掉一个最高分和一个最低分" },
    },
  },
  sum: {
    parts: nestedRule(
      "子规则",
      "两条及以上的子规则，本项得分为它们的得分之和；设了基础分时，可只有一条，每条须是加分或扣分的规则。",
    ),
    base: {
      label: "基础分",
      help: "可不填。填了时，本项从基础分起算：加分规则加上其加分，扣分规则减去其扣分，得分在 0 至本项分值之间，如“基础分60分”。",
      input: "points",
    },
    shares: {
      label: "各部分分值",
      help: "可不填。按子规则的顺序给出每部分的分值（如办件6分、排名4分）：每条子规则按其分值计分，扣分不超过该部分分值，不占用其他部分的分数。不能与基础分同时设。",
      fields: { points: points("这一部分的分值。") },
    },
  },
  firstToReach: {
    date: {
      label: "达到日期",
      help: "单位达到目标的日期事实；本轮最早的单位得分。",
      input: "fact",
    },
    qualify: {
      label: "参评条件",
      help: "只有此事实不低于门槛的单位参与评比（可不填）。",
      fields: {
        fact: fact("参评条件的数值事实。"),
        gte: measure("门槛", "不低于此值才参与评比（≥）。"),
      },
    },
    points: points("最早达到的单位（同一天并列）所得分值。"),
  },
  rank: {
    fact: fact("用来排名次的数值事实（数据来源：填报数据）。"),
    itemScore: {
      ...itemScore,
      help: "按另一考核项的得分排名次（数据来源：另一考核项得分），如“按第3项得分排名”；该项先于本项计分。",
    },
    order: {
      label: "名次顺序",
      help: "数值越高名次越前，或越低越前。",
      values: { desc: "数值高者在前", asc: "数值低者在前" },
    },
    awards: {
      label: "名次分值",
      help: "名次在前几名的得（扣）对应分值，取第一条符合的。",
      fields: {
        upTo: { label: "前几名", help: "名次不超过此数（整数，≥1），如前 3 名填 3。" },
        points: points("这些名次的分值。"),
      },
    },
    mode: {
      ...mode,
      help: "加分：名次靠前的加分；扣分：从满分中扣除，在设了基础分的多项合计中从基础分中扣除（默认加分）。",
    },
    perPlace: {
      input: "points",
      label: "此后每名递减",
      help: "列出的最后一个名次之后，每后退一名比前一名少得的分数，如 0.1；最少 0 分。不填则其余名次不得分。",
    },
    rest: {
      input: "points",
      label: "其余名次分值",
      help: "列出的名次之外其余单位所得（扣）分值，如「其余得2分」填 2；不可与「此后每名递减」同填。不填则其余名次不得分。",
    },
  },
  ...addedParamLabels,
};
