/** Template `medical-aid-2021`, items 2: data, texts verbatim from the source (see ./index.ts). */
import type { SchemeDocument } from "../../scheme/schema.js";

/** Items 2 of `medical-aid-2021`. */
export const items2: SchemeDocument["items"] = [
  {
    code: "2",
    title: "规范管理",
    max: "35",
    children: [
      {
        code: "2.1",
        title: "办公场所、电脑、打印机、档案柜、档案资料",
        max: "5",
        content: "有办公场所,配备电脑、打印机和档案柜,救助对象档案资料齐备。",
        standard: "一项未达标扣2分。",
        method: "现场查看",
        facts: [
          {
            name: "office",
            type: "bool",
            label: "有办公场所",
          },
          {
            name: "computer",
            type: "bool",
            label: "配备电脑",
          },
          {
            name: "printer",
            type: "bool",
            label: "配备打印机",
          },
          {
            name: "cabinet",
            type: "bool",
            label: "配备档案柜",
          },
          {
            name: "records",
            type: "bool",
            label: "救助对象档案资料齐备",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "deduct",
          items: [
            {
              fact: "office",
              points: "2",
            },
            {
              fact: "computer",
              points: "2",
            },
            {
              fact: "printer",
              points: "2",
            },
            {
              fact: "cabinet",
              points: "2",
            },
            {
              fact: "records",
              points: "2",
            },
          ],
        },
      },
      {
        code: "2.2",
        title: "省级平台报表和补录",
        max: "6",
        content:
          "通过省级平台及时准确上报统计报表;非“一站式”发放的医疗救助人数、资金及时补统计录入省级平台。",
        standard: "通过省级平台上报报表不及时、不准确各扣1分;未完成补录统计工作扣3分。",
        method: "省级平台查阅",
        facts: [
          {
            name: "lateReports",
            type: "bool",
            label: "上报报表不及时",
          },
          {
            name: "inaccurateReports",
            type: "bool",
            label: "上报报表不准确",
          },
          {
            name: "backfillIncomplete",
            type: "bool",
            label: "未完成补录统计工作",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "deduct",
          items: [
            {
              fact: "lateReports",
              when: true,
              points: "1",
            },
            {
              fact: "inaccurateReports",
              when: true,
              points: "1",
            },
            {
              fact: "backfillIncomplete",
              when: true,
              points: "3",
            },
          ],
        },
      },
      {
        code: "2.3",
        title: "按规定程序救助",
        max: "5",
        content: "按规定程序对低收入困难群众开展医疗救助。",
        standard: "救助对象不准确扣2分;审核审批不及时扣3分。",
        method: "查看资料",
        facts: [
          {
            name: "inaccurateTargets",
            type: "bool",
            label: "救助对象不准确",
          },
          {
            name: "lateApproval",
            type: "bool",
            label: "审核审批不及时",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "deduct",
          items: [
            {
              fact: "inaccurateTargets",
              when: true,
              points: "2",
            },
            {
              fact: "lateApproval",
              when: true,
              points: "3",
            },
          ],
        },
      },
      {
        code: "2.4",
        title: "工作人员每年培训",
        max: "5",
        content: "对工作人员每年培训不少于一次。",
        standard: "未培训不得分。",
        method: "查看资料、花名册",
        facts: [
          {
            name: "trained",
            type: "bool",
            label: "对工作人员开展了培训",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "award",
          items: [
            {
              fact: "trained",
              points: "5",
            },
          ],
        },
      },
      {
        code: "2.5",
        title: "按人建档，资料齐全，台账准确",
        max: "5",
        content: "按人建档,资料齐全,台账准确。",
        standard: "一项未达标扣2分。",
        method: "查看资料",
        facts: [
          {
            name: "perPersonFiles",
            type: "bool",
            label: "按人建档",
          },
          {
            name: "complete",
            type: "bool",
            label: "资料齐全",
          },
          {
            name: "accurateLedger",
            type: "bool",
            label: "台账准确",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "deduct",
          items: [
            {
              fact: "perPersonFiles",
              points: "2",
            },
            {
              fact: "complete",
              points: "2",
            },
            {
              fact: "accurateLedger",
              points: "2",
            },
          ],
        },
      },
      {
        code: "2.6",
        title: "重大疾病救助人次占比",
        max: "4",
        content: "重大疾病救助人次占直接救助人次比例。",
        standard: "达28%得4分;10%得2分;低于10%不得分。",
        method: "查看资料,走访群众",
        facts: [
          {
            name: "majorDiseaseCases",
            type: "int",
            label: "重大疾病救助人次",
            unit: "人次",
          },
          {
            name: "directAidCases",
            type: "int",
            label: "直接救助人次",
            unit: "人次",
            min: "1",
          },
        ],
        rule: {
          kind: "bands",
          value: {
            ratio: ["majorDiseaseCases", "directAidCases"],
            label: "重大疾病救助人次占比",
          },
          bands: [
            {
              gte: "28",
              points: "4",
            },
            {
              gte: "10",
              lt: "28",
              points: "2",
            },
          ],
        },
        checks: [
          {
            check: "lte",
            fact: "majorDiseaseCases",
            other: "directAidCases",
          },
        ],
      },
      {
        code: "2.7",
        title: "“一站式”救助人次或资金占比",
        max: "5",
        content:
          "通过医疗救助“一站式”救助人次占全年救助总人次的比例或救助资金占全年救助总资金的比例。",
        standard: "达85%(含)以上得5分;每低10个点扣1分,扣完为止。",
        method: "省级平台查阅",
        facts: [
          {
            name: "oneStopCases",
            type: "int",
            label: "“一站式”救助人次",
            unit: "人次",
            required: false,
          },
          {
            name: "totalCases",
            type: "int",
            label: "全年救助总人次",
            unit: "人次",
            required: false,
            min: "1",
          },
          {
            name: "oneStopFunds",
            type: "yuan",
            label: "“一站式”救助资金",
            required: false,
          },
          {
            name: "totalFunds",
            type: "yuan",
            label: "全年救助总资金",
            required: false,
            min: "0",
            minExclusive: true,
          },
        ],
        rule: {
          kind: "steps",
          value: {
            best: [
              {
                ratio: ["oneStopCases", "totalCases"],
                label: "“一站式”救助人次占比",
              },
              {
                ratio: ["oneStopFunds", "totalFunds"],
                label: "“一站式”救助资金占比",
              },
            ],
            label: "“一站式”救助占比",
          },
          direction: "below",
          from: "85",
          step: "10",
          points: "1",
          rounding: "up",
          stepUnit: "个百分点",
        },
        checks: [
          {
            check: "together",
            facts: ["oneStopCases", "totalCases"],
          },
          {
            check: "together",
            facts: ["oneStopFunds", "totalFunds"],
          },
          {
            check: "anyOf",
            sets: [
              ["oneStopCases", "totalCases"],
              ["oneStopFunds", "totalFunds"],
            ],
          },
          {
            check: "lte",
            fact: "oneStopCases",
            other: "totalCases",
          },
          {
            check: "lte",
            fact: "oneStopFunds",
            other: "totalFunds",
          },
        ],
      },
    ],
  },
];
