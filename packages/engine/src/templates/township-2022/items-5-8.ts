/** Template `township-2022`, items 5, 6, 7, 8: data, texts verbatim from the source (see ./index.ts). */
import type { SchemeDocument } from "../../scheme/schema.js";

/** Items 5, 6, 7, 8 of `township-2022`. */
export const items5678: SchemeDocument["items"] = [
  {
    code: "5",
    title: "医保经办服务",
    max: "15",
    standard:
      "1.乡镇(街道)经办服务窗口实现全覆盖(2分),每少一家扣0.1分,扣完为止。2.村(社区)开展医保经办服务实现全覆盖(2分),开展医保经办服务数占总数比低于40%扣2分,每降低10%扣0.1分,扣完为止。3.加强医保“15分钟服务圈”建设,实现业务事项同城通办的(2分),未完成不得分。4.主动承担医保业务经办职能(3分),每发现一例因政策不熟悉造成业务差错或推到县医保中心办理的,扣0.1分,扣完为止。5.不断加强医保系统行风建设(4分),因业务处理不当被群众或政府相关部门及上级部门通报的,每次扣0.1分,扣完为止。6.乡镇经办业务量达到上年度同期数量的,得2分,未达到该项不得分。",
    children: [
      {
        code: "5.1",
        title: "乡镇(街道)经办服务窗口全覆盖",
        max: "2",
        standard: "乡镇(街道)经办服务窗口实现全覆盖(2分),每少一家扣0.1分,扣完为止。",
        facts: [
          {
            name: "missingWindows",
            type: "int",
            label: "未覆盖的经办服务窗口",
            unit: "家",
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "deduct",
          terms: [
            {
              fact: "missingWindows",
              points: "0.1",
            },
          ],
        },
      },
      {
        code: "5.2",
        title: "村(社区)医保经办服务全覆盖",
        max: "2",
        standard:
          "村(社区)开展医保经办服务实现全覆盖(2分),开展医保经办服务数占总数比低于40%扣2分,每降低10%扣0.1分,扣完为止。",
        facts: [
          {
            name: "villagesServed",
            type: "int",
            label: "开展医保经办服务的村(社区)",
            unit: "个",
          },
          {
            name: "villagesTotal",
            type: "int",
            label: "村(社区)总数",
            unit: "个",
            min: "1",
          },
        ],
        checks: [
          {
            check: "lte",
            fact: "villagesServed",
            other: "villagesTotal",
          },
        ],
        rule: {
          kind: "steps",
          value: {
            ratio: ["villagesServed", "villagesTotal"],
            label: "服务覆盖率",
          },
          direction: "below",
          from: "100",
          step: "10",
          points: "0.1",
          rounding: "up",
          zeroBelow: "40",
        },
      },
      {
        code: "5.3",
        title: "“15分钟服务圈”，同城通办",
        max: "2",
        standard: "加强医保“15分钟服务圈”建设,实现业务事项同城通办的(2分),未完成不得分。",
        facts: [
          {
            name: "met",
            type: "bool",
            label: "已建成“15分钟服务圈”并实现同城通办",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "award",
          items: [
            {
              fact: "met",
              points: "2",
            },
          ],
        },
      },
      {
        code: "5.4",
        title: "主动承担医保业务经办职能",
        max: "3",
        standard:
          "主动承担医保业务经办职能(3分),每发现一例因政策不熟悉造成业务差错或推到县医保中心办理的,扣0.1分,扣完为止。",
        facts: [
          {
            name: "errors",
            type: "int",
            label: "业务差错或推到县医保中心办理",
            unit: "例",
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "deduct",
          terms: [
            {
              fact: "errors",
              points: "0.1",
            },
          ],
        },
      },
      {
        code: "5.5",
        title: "医保系统行风建设",
        max: "4",
        standard:
          "不断加强医保系统行风建设(4分),因业务处理不当被群众或政府相关部门及上级部门通报的,每次扣0.1分,扣完为止。",
        facts: [
          {
            name: "notices",
            type: "int",
            label: "因业务处理不当被通报",
            unit: "次",
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "deduct",
          terms: [
            {
              fact: "notices",
              points: "0.1",
            },
          ],
        },
      },
      {
        code: "5.6",
        title: "经办业务量达到上年同期",
        max: "2",
        standard: "乡镇经办业务量达到上年度同期数量的,得2分,未达到该项不得分。",
        facts: [
          {
            name: "volume",
            type: "int",
            label: "本年经办业务量",
            unit: "件",
          },
          {
            name: "previousVolume",
            type: "int",
            label: "上年同期经办业务量",
            unit: "件",
          },
        ],
        rule: {
          kind: "compare",
          fact: "volume",
          reference: "previousVolume",
          op: "gte",
          points: "2",
        },
      },
    ],
  },
  {
    code: "6",
    title: "打击欺诈骗保",
    max: "10",
    standard:
      "加大对欺诈骗保的宣传力度,辖区内的单位或个人因发生严重欺诈骗保事件被县级以上部门查处或者媒体曝光的,每起扣5分(辖区内发生欺诈骗保事件,积极提供线索,协助办理案件的,不扣分),扣完为止。",
    facts: [
      {
        name: "cases",
        type: "list",
        label: "严重欺诈骗保事件",
        unit: "起",
        required: false,
        fields: [
          {
            name: "assisted",
            type: "bool",
            label: "积极提供线索、协助办理",
            required: false,
          },
        ],
      },
    ],
    rule: {
      kind: "occurrences",
      mode: "deduct",
      terms: [
        {
          fact: "cases",
          points: "5",
          exempt: {
            field: "assisted",
            equals: true,
          },
        },
      ],
    },
  },
  {
    code: "7",
    title: "医疗救助",
    max: "5",
    standard:
      "关注特困、低保、低边、支出型贫困家庭成员和其他特殊困难人员,确保乡镇(街道、园区)符合条件的困难人员资助参保率达到100%,救助待遇100%享受。由县级部门督查发现符合条件困难群众未资助参保的(或未享受到相应救助待遇的),1例扣1分,扣完为止;由市级以上部门督查发现符合条件困难群众未资助参保的(或未享受到相应救助待遇的),1例扣2分,扣完为止。",
    facts: [
      {
        name: "findings",
        type: "list",
        label: "督查发现未资助参保或未享受救助待遇",
        unit: "例",
        required: false,
        fields: [
          {
            name: "level",
            type: "level",
            label: "发现部门级别",
          },
        ],
      },
    ],
    rule: {
      kind: "occurrences",
      mode: "deduct",
      terms: [
        {
          fact: "findings",
          byField: {
            field: "level",
            points: {
              county: "1",
              city: "2",
              province: "2",
              national: "2",
            },
          },
        },
      ],
    },
  },
  {
    code: "8",
    title: "领导、科室评议",
    max: "15",
    standard: "局领导班子、科室(中心)负责人对各乡镇(街道、园区)医保工作进行评议得分。",
    facts: [
      {
        name: "ratings",
        type: "list",
        label: "局领导班子、科室(中心)负责人评议",
        minItems: 1,
        element: {
          type: "score",
          label: "评议得分",
          min: "0",
          max: "15",
        },
      },
    ],
    rule: {
      kind: "ratings",
      groups: [
        {
          fact: "ratings",
        },
      ],
    },
  },
];
