/** Template `township-2022`, items 9: data, texts verbatim from the source (see ./index.ts). */
import type { SchemeDocument } from "../../scheme/schema.js";

/** Items 9 of `township-2022`. */
export const items9: SchemeDocument["items"] = [
  {
    code: "9",
    title: "临时性中心工作、亮点特色工作加分",
    max: "10",
    cap: "10",
    standard:
      "1.基本医疗保险参保率达到99.8%以上,参保率每增加0.1%,加0.5分。2 .“医保+慈善”捐款工作,辖区内捐款(定点医药机构除外)5-10万元加1分,10万元以上加2分。",
    notes: "加分项合计最高 10 分。",
    children: [
      {
        code: "9.1",
        title: "参保率超过 99.8%",
        max: "1",
        standard: "基本医疗保险参保率达到99.8%以上,参保率每增加0.1%,加0.5分。",
        rule: {
          kind: "steps",
          value: {
            fact: "4.1.rate",
          },
          direction: "above",
          from: "99.8",
          step: "0.1",
          points: "0.5",
          rounding: "down",
        },
      },
      {
        code: "9.2",
        title: "“医保+慈善”捐款",
        max: "2",
        standard: "“医保+慈善”捐款工作,辖区内捐款(定点医药机构除外)5-10万元加1分,10万元以上加2分。",
        facts: [
          {
            name: "donationYuan",
            type: "yuan",
            label: "辖区内“医保+慈善”捐款(定点医药机构除外)",
            required: false,
          },
        ],
        rule: {
          kind: "bands",
          value: {
            fact: "donationYuan",
          },
          bands: [
            {
              gte: "100000",
              points: "2",
            },
            {
              gte: "50000",
              lt: "100000",
              points: "1",
            },
          ],
        },
      },
      {
        code: "9.3",
        title: "“南太湖健康保”投保率",
        max: "4",
        standard:
          "“南太湖健康保”投保率70%-75%加1分,投保率75%以上加2分,全县首个完成70%任务的乡镇(街道、园区)另加2分。",
        facts: [
          {
            name: "reached70On",
            type: "date",
            label: "投保率达到70%的日期",
            required: false,
          },
        ],
        rule: {
          kind: "sum",
          parts: [
            {
              kind: "bands",
              value: {
                fact: "4.4.rate",
              },
              bands: [
                {
                  gte: "75",
                  points: "2",
                },
                {
                  gte: "70",
                  lt: "75",
                  points: "1",
                },
              ],
            },
            {
              kind: "firstToReach",
              date: "reached70On",
              qualify: {
                fact: "4.4.rate",
                gte: "70",
              },
              points: "2",
            },
          ],
        },
      },
      {
        code: "9.4",
        title: "医保试点工作",
        max: "10",
        standard:
          "获得相关医保试点工作的,县级加1分,市级加2分,省级加3分,形成推广经验或典型交流的加1分。",
        facts: [
          {
            name: "pilots",
            type: "list",
            label: "获得的医保试点工作",
            unit: "项",
            required: false,
            fields: [
              {
                name: "level",
                type: "level",
                label: "试点级别",
              },
              {
                name: "promoted",
                type: "bool",
                label: "形成推广经验或典型交流",
                required: false,
              },
            ],
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "award",
          terms: [
            {
              fact: "pilots",
              byField: {
                field: "level",
                points: {
                  county: "1",
                  city: "2",
                  province: "3",
                  national: "3",
                },
              },
              extra: {
                field: "promoted",
                equals: true,
                points: "1",
              },
            },
          ],
        },
      },
      {
        code: "9.5",
        title: "“最美窗口”“最美医保人”等荣誉",
        max: "10",
        standard: "获得医保部门“最美窗口”、“最美医保人”等荣誉的,每项加0.5分。",
        facts: [
          {
            name: "honors",
            type: "int",
            label: "获得“最美窗口”“最美医保人”等荣誉",
            unit: "项",
            required: false,
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "award",
          terms: [
            {
              fact: "honors",
              points: "0.5",
            },
          ],
        },
      },
      {
        code: "9.6",
        title: "领导批示肯定",
        max: "10",
        standard:
          "工作得到各级领导批示肯定的,县级领导批示肯定每条加O.5分,市厅级领导批示肯定每条加1分,省部级以上领导批示肯定每条加2分,同一工作批示的就高加分。",
        // The seed writes 加O.5分 with the letter O; the text stays as issued (issue 14 defect 11).
        notes:
          "原文“县级领导批示肯定每条加”后的分值把数字零误写成了字母，照原文保留；按每条加 0.5 分计分。",
        facts: [
          {
            name: "endorsements",
            type: "list",
            label: "领导批示肯定",
            unit: "条",
            required: false,
            fields: [
              {
                name: "work",
                type: "text",
                label: "批示肯定的工作",
              },
              {
                name: "level",
                type: "level",
                label: "批示领导级别",
              },
            ],
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "award",
          terms: [
            {
              fact: "endorsements",
              byField: {
                field: "level",
                points: {
                  county: "0.5",
                  city: "1",
                  province: "2",
                  national: "2",
                },
              },
              onePerKey: "work",
            },
          ],
        },
      },
      {
        code: "9.7",
        title: "信息被政务信息或媒体录用",
        max: "5",
        standard:
          "局办转报的信息,被各级政务信息录用的,县级每篇加0.5分,市级每篇加1分,省级以上每篇加2分:被各级各类报刊杂志、主流网站媒体录用的,县级每篇加0.5分,市级每篇加1分,省级以上每篇加2分。同一信息多次录用就高加分,信息得分最高不超过5分,以局办统计为准。",
        facts: [
          {
            name: "adoptions",
            type: "list",
            label: "信息录用",
            unit: "篇",
            required: false,
            fields: [
              {
                name: "info",
                type: "text",
                label: "信息",
              },
              {
                name: "channel",
                type: "enum",
                label: "录用渠道",
                values: [
                  {
                    value: "gov",
                    label: "政务信息",
                  },
                  {
                    value: "media",
                    label: "报刊杂志、主流网站媒体",
                  },
                ],
              },
              {
                name: "level",
                type: "level",
                label: "录用级别",
              },
            ],
          },
        ],
        rule: {
          kind: "occurrences",
          mode: "award",
          terms: [
            {
              fact: "adoptions",
              byField: {
                field: "level",
                points: {
                  county: "0.5",
                  city: "1",
                  province: "2",
                  national: "2",
                },
              },
              onePerKey: "info",
            },
          ],
        },
      },
      {
        code: "9.8",
        title: "临时性中心工作",
        max: "2",
        standard: "积极做好上级布署的临时性中心工作的,加2分。",
        facts: [
          {
            name: "met",
            type: "bool",
            label: "积极做好上级布署的临时性中心工作",
            required: false,
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
    ],
  },
];
