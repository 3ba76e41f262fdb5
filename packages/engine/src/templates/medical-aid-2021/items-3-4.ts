/** Template `medical-aid-2021`, items 3, 4: data, texts verbatim from the source (see ./index.ts). */
import type { SchemeDocument } from "../../scheme/schema.js";

/** Items 3, 4 of `medical-aid-2021`. */
export const items34: SchemeDocument["items"] = [
  {
    code: "3",
    title: "资金管理",
    max: "15",
    children: [
      {
        code: "3.1",
        title: "配套资金足额、及时到位",
        max: "6",
        content: "配套资金足额、及时到位。",
        standard: "未配套扣6分，配套不到位的，酌情扣分。",
        method: "查看资料",
        facts: [
          {
            name: "matching",
            type: "enum",
            label: "配套资金",
            values: [
              {
                value: "full",
                label: "足额、及时到位",
              },
              {
                value: "partial",
                label: "配套不到位",
              },
              {
                value: "none",
                label: "未配套",
              },
            ],
          },
          {
            name: "partialDeduction",
            type: "score",
            label: "配套不到位酌情扣分",
            required: false,
            min: "0",
            max: "6",
          },
        ],
        rule: {
          kind: "option",
          fact: "matching",
          options: [
            {
              value: "full",
              points: "6",
            },
            {
              value: "none",
              points: "0",
            },
            {
              value: "partial",
              rule: {
                kind: "discretionaryDeduction",
                fact: "partialDeduction",
              },
            },
          ],
        },
        checks: [
          {
            check: "requiredWhen",
            fact: "partialDeduction",
            when: "matching",
            equals: "partial",
          },
        ],
      },
      {
        code: "3.2",
        title: "资金管理办法和内控制度；收支台账；专款专用；及时发放；社会化发放",
        max: "5",
        content:
          "是否建立健全了城乡医疗救助项目资金管理使用办法或相关内控制度，并有效执行；建立资金收支台账，做到专款专用；及时发放资金，实行社会化发放。",
        standard: "一项未达标扣2分，扣完为止。",
        method: "查看资料，走访群众",
        facts: [
          {
            name: "rules",
            type: "bool",
            label: "建立健全资金管理使用办法或内控制度并有效执行",
          },
          {
            name: "ledger",
            type: "bool",
            label: "建立资金收支台账",
          },
          {
            name: "earmarked",
            type: "bool",
            label: "专款专用",
          },
          {
            name: "timely",
            type: "bool",
            label: "及时发放资金",
          },
          {
            name: "socialized",
            type: "bool",
            label: "实行社会化发放",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "deduct",
          items: [
            {
              fact: "rules",
              points: "2",
            },
            {
              fact: "ledger",
              points: "2",
            },
            {
              fact: "earmarked",
              points: "2",
            },
            {
              fact: "timely",
              points: "2",
            },
            {
              fact: "socialized",
              points: "2",
            },
          ],
        },
      },
      {
        code: "3.3",
        title: "年底结余不超过当年资金总量 10%",
        max: "4",
        content: "年底资金结余不超过当年资金总量的10%。",
        standard: "未达标扣4分。",
        method: "查看资料",
        facts: [
          {
            name: "yearEndBalance",
            type: "yuan",
            label: "年底资金结余",
          },
          {
            name: "totalFunds",
            type: "yuan",
            label: "当年资金总量",
            min: "0",
            minExclusive: true,
          },
        ],
        rule: {
          kind: "bands",
          value: {
            ratio: ["yearEndBalance", "totalFunds"],
            label: "年底结余占比",
          },
          bands: [
            {
              lte: "10",
              points: "4",
            },
          ],
        },
      },
    ],
  },
  {
    code: "4",
    title: "监督检查",
    max: "20",
    children: [
      {
        code: "4.1",
        title: "救助对象精准、救助及时、应助尽助",
        max: "6",
        content:
          "督促指导落实本县区医疗救助工作，确保救助对象精准，救助及时，实现“应助尽助，应救尽救”。",
        standard: "一项未达标扣2分。",
        method: "查看资料",
        facts: [
          {
            name: "accurate",
            type: "bool",
            label: "救助对象精准",
          },
          {
            name: "timely",
            type: "bool",
            label: "救助及时",
          },
          {
            name: "full",
            type: "bool",
            label: "应助尽助，应救尽救",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "deduct",
          items: [
            {
              fact: "accurate",
              points: "2",
            },
            {
              fact: "timely",
              points: "2",
            },
            {
              fact: "full",
              points: "2",
            },
          ],
        },
      },
      {
        code: "4.2",
        title: "举报箱、举报电话、信访件",
        max: "3",
        content: "设置举报箱，公布举报电话，及时处理信访件。",
        standard: "一项未达标扣1分。",
        method: "实地查看",
        facts: [
          {
            name: "reportBox",
            type: "bool",
            label: "设置举报箱",
          },
          {
            name: "hotline",
            type: "bool",
            label: "公布举报电话",
          },
          {
            name: "petitionsHandled",
            type: "bool",
            label: "及时处理信访件",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "deduct",
          items: [
            {
              fact: "reportBox",
              points: "1",
            },
            {
              fact: "hotline",
              points: "1",
            },
            {
              fact: "petitionsHandled",
              points: "1",
            },
          ],
        },
      },
      {
        code: "4.3",
        title: "投诉举报及时调查处理",
        max: "7",
        content:
          "对群众投诉、举报的问题及时调查处理，未及时处理或处理不到位，导致参保群众上访的，直接上访到省级的扣0.5分。扣完为止。",
        standard: "未达标不得分。",
        method: "查看资料、走访当事人",
        facts: [
          {
            name: "handled",
            type: "bool",
            label: "对群众投诉、举报的问题及时调查处理",
          },
          {
            name: "provincialPetitions",
            type: "int",
            label: "直接上访到省级",
            unit: "次",
            required: false,
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "deduct",
          terms: [
            {
              fact: "provincialPetitions",
              points: "0.5",
            },
          ],
        },
        gate: {
          fact: "handled",
          pass: true,
          effect: "zero",
          reason: "未及时调查处理群众投诉、举报",
        },
      },
      {
        code: "4.4",
        title: "无违法违纪案件",
        max: "4",
        content: "无违法违纪案件。",
        standard: "未达标不得分。",
        method: "实地调查",
        facts: [
          {
            name: "noViolations",
            type: "bool",
            label: "无违法违纪案件",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "award",
          items: [
            {
              fact: "noViolations",
              points: "4",
            },
          ],
        },
      },
    ],
  },
];
