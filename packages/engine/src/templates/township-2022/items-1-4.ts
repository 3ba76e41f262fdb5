/** Template `township-2022`, items 1, 2, 3, 4: data, texts verbatim from the source (see ./index.ts). */
import type { SchemeDocument } from "../../scheme/schema.js";

/** Items 1, 2, 3, 4 of `township-2022`. */
export const items1234: SchemeDocument["items"] = [
  {
    code: "1",
    title: "工作重视",
    max: "10",
    standard:
      "1.明确分管领导和专门负责人(1分)。2.每年专题研究医保工作,有相关计划和总结(2分)。3.认真参加县级组织的业务培训和会议(2分),缺席一次扣0.5分。4.配合工作,及时完成县局部署、交办任务和督办件(5分),未及时完成的每件扣1分,其中催办后仍未完成的加扣2分,扣完为止。",
    children: [
      {
        code: "1.1",
        title: "分管领导和专门负责人",
        max: "1",
        standard: "明确分管领导和专门负责人(1分)。",
        facts: [
          {
            name: "met",
            type: "bool",
            label: "已明确分管领导和专门负责人",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "award",
          items: [
            {
              fact: "met",
              points: "1",
            },
          ],
        },
      },
      {
        code: "1.2",
        title: "专题研究，有计划和总结",
        max: "2",
        standard: "每年专题研究医保工作,有相关计划和总结(2分)。",
        facts: [
          {
            name: "met",
            type: "bool",
            label: "已专题研究医保工作并有计划和总结",
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
        code: "1.3",
        title: "参加县级业务培训和会议",
        max: "2",
        standard: "认真参加县级组织的业务培训和会议(2分),缺席一次扣0.5分。",
        facts: [
          {
            name: "absences",
            type: "int",
            label: "缺席县级业务培训和会议",
            unit: "次",
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "deduct",
          terms: [
            {
              fact: "absences",
              points: "0.5",
            },
          ],
        },
      },
      {
        code: "1.4",
        title: "及时完成部署、交办任务和督办件",
        max: "5",
        standard:
          "配合工作,及时完成县局部署、交办任务和督办件(5分),未及时完成的每件扣1分,其中催办后仍未完成的加扣2分,扣完为止。",
        facts: [
          {
            name: "late",
            type: "int",
            label: "未及时完成的任务",
            unit: "件",
          },
          {
            name: "lateAfterReminder",
            type: "int",
            label: "其中催办后仍未完成的任务",
            unit: "件",
          },
        ],
        checks: [
          {
            check: "lte",
            fact: "lateAfterReminder",
            other: "late",
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "deduct",
          terms: [
            {
              fact: "late",
              points: "1",
            },
            {
              fact: "lateAfterReminder",
              points: "2",
            },
          ],
        },
      },
    ],
  },
  {
    code: "2",
    title: "信息宣传",
    max: "10",
    standard:
      "1.积极开展医保政策宣传,营造良好社会氛围,根据配合情况酌情打分(5分)。2.报送工作信息全年不少于5篇(5分),每少一篇扣1分。",
    children: [
      {
        code: "2.1",
        title: "医保政策宣传",
        max: "5",
        standard: "积极开展医保政策宣传,营造良好社会氛围,根据配合情况酌情打分(5分)。",
        facts: [
          {
            name: "score",
            type: "score",
            label: "医保政策宣传酌情得分",
            min: "0",
            max: "5",
          },
        ],
        rule: {
          kind: "discretionary",
          fact: "score",
        },
      },
      {
        code: "2.2",
        title: "报送工作信息",
        max: "5",
        standard: "报送工作信息全年不少于5篇(5分),每少一篇扣1分。",
        facts: [
          {
            name: "articles",
            type: "int",
            label: "全年报送工作信息",
            unit: "篇",
          },
        ],
        rule: {
          kind: "quota",
          fact: "articles",
          quota: "5",
          points: "1",
        },
      },
    ],
  },
  {
    code: "3",
    title: "医保数字化改革",
    max: "10",
    children: [
      {
        code: "3.1",
        title: "数字化改革向基层延伸",
        max: "5",
        standard: "落实医保数字化改革等事项向基层延伸,确保应办尽办,根据工作落实情况酌情打分。",
        facts: [
          {
            name: "score",
            type: "score",
            label: "数字化改革向基层延伸酌情得分",
            min: "0",
            max: "5",
          },
        ],
        rule: {
          kind: "discretionary",
          fact: "score",
        },
      },
      {
        code: "3.2",
        title: "医保电子凭证激活率和使用率",
        max: "5",
        standard: "配合辖区内参保人员医保电子凭证激活率和使用率工作,根据工作落实情况酌情打分。",
        facts: [
          {
            name: "score",
            type: "score",
            label: "医保电子凭证激活率和使用率酌情得分",
            min: "0",
            max: "5",
          },
        ],
        rule: {
          kind: "discretionary",
          fact: "score",
        },
      },
    ],
  },
  {
    code: "4",
    title: "参保工作",
    max: "25",
    children: [
      {
        code: "4.1",
        title: "基本医疗保险参保率",
        max: "5",
        standard: "基本医疗保险参保率达到99.8%,得5分,每下降0.1%,扣0.5分,扣完为止。",
        facts: [
          {
            name: "rate",
            type: "pct",
            label: "参保率",
          },
        ],
        rule: {
          kind: "steps",
          value: {
            fact: "rate",
          },
          direction: "below",
          from: "99.8",
          step: "0.1",
          points: "0.5",
          rounding: "up",
        },
      },
      {
        code: "4.2",
        title: "全民参保登记管理质量",
        max: "3",
        standard:
          "进一步提升全民参保管理质量(3分),未严格按照国家、省政策制度规定,落实全民参保登记管理,未按照规则有序清理重复参保人员的扣0.2分,扣完为止。",
        facts: [
          {
            name: "violations",
            type: "int",
            label: "未按规定落实参保登记管理或清理重复参保",
            unit: "次",
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "deduct",
          terms: [
            {
              fact: "violations",
              points: "0.2",
            },
          ],
        },
      },
      {
        code: "4.3",
        title: "防止重复参保长效机制",
        max: "2",
        standard:
          "建立防止重复参保长效机制(2分),重复参保人员处理不及时被国家或省局通报的,每次扣0.1分,扣完为止。",
        facts: [
          {
            name: "notices",
            type: "int",
            label: "重复参保处理不及时被国家或省局通报",
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
        code: "4.4",
        title: "“南太湖健康保”投保率",
        max: "15",
        standard:
          "2022年“南太湖健康保”投保率达到70%,得15分,投保率65%-70%扣3分,投保率65%以下扣6分。",
        facts: [
          {
            name: "rate",
            type: "pct",
            label: "“南太湖健康保”投保率",
          },
        ],
        rule: {
          kind: "bands",
          value: {
            fact: "rate",
          },
          bands: [
            {
              gte: "70",
              points: "15",
            },
            {
              gte: "65",
              lt: "70",
              points: "12",
            },
            {
              lt: "65",
              points: "9",
            },
          ],
        },
      },
    ],
  },
];
