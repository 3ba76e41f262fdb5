/** Template `medical-aid-2021`, items 1: data, texts verbatim from the source (see ./index.ts). */
import type { SchemeDocument } from "../../scheme/schema.js";

/** Items 1 of `medical-aid-2021`. */
export const items1: SchemeDocument["items"] = [
  {
    code: "1",
    title: "制度建设",
    max: "30",
    children: [
      {
        code: "1.1",
        title: "实施方案；“一站式”即时结算",
        max: "20",
        content:
          "按市民生办要求,结合本县区工作实际,制定出台《2021年城乡医疗救助实施方案》;按照《关于执行全市统筹“一站式”医疗救助政策标准的通知》,落实医疗救助“一站式”即时结算救助服务。",
        standard:
          "结合本县区工作实际,在规定时间内制定出台《实施方案》,得10分;落实医疗救助“一站式”,得10分。",
        method: "看资料、现场查看定点医院救助结算情况",
        facts: [
          {
            name: "planIssued",
            type: "bool",
            label: "在规定时间内制定出台《实施方案》",
          },
          {
            name: "oneStop",
            type: "bool",
            label: "落实医疗救助“一站式”即时结算",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "award",
          items: [
            {
              fact: "planIssued",
              points: "10",
            },
            {
              fact: "oneStop",
              points: "10",
            },
          ],
        },
      },
      {
        code: "1.2",
        title: "资助参保；“二次救助”；低收入和因病致贫重病救助",
        max: "6",
        content:
          "对特困人员参保个人缴费部分全额补贴,对低保对象参保个人缴费部分定额补贴;按照《关于进一步规范完善城乡医疗救助工作的通知》,落实“二次救助”;低收入医疗救助对象和因病致贫家庭重病患者救助到位。",
        standard:
          "按规定资助困难群众参保,得2分;规范落实“二次救助”,得2分;开展低收入、因病致贫重病家庭医疗救助,得2分。",
        method: "查看台帐及相关档案资料",
        facts: [
          {
            name: "subsidizedEnrollment",
            type: "bool",
            label: "按规定资助困难群众参保",
          },
          {
            name: "secondAid",
            type: "bool",
            label: "规范落实“二次救助”",
          },
          {
            name: "lowIncomeAid",
            type: "bool",
            label: "开展低收入、因病致贫重病家庭医疗救助",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "award",
          items: [
            {
              fact: "subsidizedEnrollment",
              points: "2",
            },
            {
              fact: "secondAid",
              points: "2",
            },
            {
              fact: "lowIncomeAid",
              points: "2",
            },
          ],
        },
      },
      {
        code: "1.3",
        title: "岗位责任制；“一站式”窗口标牌",
        max: "4",
        content: "建立岗位责任制,张贴“一站式”结算窗口标牌。",
        standard: "一项未达标扣2分。",
        method: "现场查看",
        facts: [
          {
            name: "responsibility",
            type: "bool",
            label: "建立岗位责任制",
          },
          {
            name: "signage",
            type: "bool",
            label: "张贴“一站式”结算窗口标牌",
          },
        ],
        rule: {
          kind: "checklist",
          mode: "deduct",
          items: [
            {
              fact: "responsibility",
              points: "2",
            },
            {
              fact: "signage",
              points: "2",
            },
          ],
        },
      },
    ],
  },
];
