/**
 * Built-in template `medical-aid-2021`: 2021年度城乡医疗救助工作考核评价细则 (seed 004_d3194466b930f23e.txt), as data.
 * Titles of groups, standard texts (评分标准), evaluation methods (评价办法) and contents (评价内容)
 * are verbatim from the source; fact names follow shared/spec/templates.md.
 */
import type { SchemeDocument } from "../scheme/schema.js";

/** The `medical-aid-2021` scheme document. */
export const medicalAid2021: SchemeDocument = {
  "id": "medical-aid-2021",
  "title": "2021年度城乡医疗救助工作考核评价细则",
  "description": "市对各县(区)城乡医疗救助工作的年度考核评价，满分 100 分，附绩效自评。",
  "source": "六安开发区2021年度城乡医疗救助工作考核评价细则",
  "items": [
    {
      "code": "1",
      "title": "制度建设",
      "max": "30",
      "children": [
        {
          "code": "1.1",
          "title": "实施方案；“一站式”即时结算",
          "max": "20",
          "content": "按市民生办要求,结合本县区工作实际,制定出台《2021年城乡医疗救助实施方案》;按照《关于执行全市统筹“一站式”医疗救助政策标准的通知》,落实医疗救助“一站式”即时结算救助服务。",
          "standard": "结合本县区工作实际,在规定时间内制定出台《实施方案》,得10分;落实医疗救助“一站式”,得10分。",
          "method": "看资料、现场查看定点医院救助结算情况",
          "facts": [
            {
              "name": "planIssued",
              "type": "bool",
              "label": "在规定时间内制定出台《实施方案》"
            },
            {
              "name": "oneStop",
              "type": "bool",
              "label": "落实医疗救助“一站式”即时结算"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "award",
            "items": [
              {
                "fact": "planIssued",
                "points": "10"
              },
              {
                "fact": "oneStop",
                "points": "10"
              }
            ]
          }
        },
        {
          "code": "1.2",
          "title": "资助参保；“二次救助”；低收入和因病致贫重病救助",
          "max": "6",
          "content": "对特困人员参保个人缴费部分全额补贴,对低保对象参保个人缴费部分定额补贴;按照《关于进一步规范完善城乡医疗救助工作的通知》,落实“二次救助”;低收入医疗救助对象和因病致贫家庭重病患者救助到位。",
          "standard": "按规定资助困难群众参保,得2分;规范落实“二次救助”,得2分;开展低收入、因病致贫重病家庭医疗救助,得2分。",
          "method": "查看台帐及相关档案资料",
          "facts": [
            {
              "name": "subsidizedEnrollment",
              "type": "bool",
              "label": "按规定资助困难群众参保"
            },
            {
              "name": "secondAid",
              "type": "bool",
              "label": "规范落实“二次救助”"
            },
            {
              "name": "lowIncomeAid",
              "type": "bool",
              "label": "开展低收入、因病致贫重病家庭医疗救助"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "award",
            "items": [
              {
                "fact": "subsidizedEnrollment",
                "points": "2"
              },
              {
                "fact": "secondAid",
                "points": "2"
              },
              {
                "fact": "lowIncomeAid",
                "points": "2"
              }
            ]
          }
        },
        {
          "code": "1.3",
          "title": "岗位责任制；“一站式”窗口标牌",
          "max": "4",
          "content": "建立岗位责任制,张贴“一站式”结算窗口标牌。",
          "standard": "一项未达标扣2分。",
          "method": "现场查看",
          "facts": [
            {
              "name": "responsibility",
              "type": "bool",
              "label": "建立岗位责任制"
            },
            {
              "name": "signage",
              "type": "bool",
              "label": "张贴“一站式”结算窗口标牌"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "deduct",
            "items": [
              {
                "fact": "responsibility",
                "points": "2"
              },
              {
                "fact": "signage",
                "points": "2"
              }
            ]
          }
        }
      ]
    },
    {
      "code": "2",
      "title": "规范管理",
      "max": "35",
      "children": [
        {
          "code": "2.1",
          "title": "办公场所、电脑、打印机、档案柜、档案资料",
          "max": "5",
          "content": "有办公场所,配备电脑、打印机和档案柜,救助对象档案资料齐备。",
          "standard": "一项未达标扣2分。",
          "method": "现场查看",
          "facts": [
            {
              "name": "office",
              "type": "bool",
              "label": "有办公场所"
            },
            {
              "name": "computer",
              "type": "bool",
              "label": "配备电脑"
            },
            {
              "name": "printer",
              "type": "bool",
              "label": "配备打印机"
            },
            {
              "name": "cabinet",
              "type": "bool",
              "label": "配备档案柜"
            },
            {
              "name": "records",
              "type": "bool",
              "label": "救助对象档案资料齐备"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "deduct",
            "items": [
              {
                "fact": "office",
                "points": "2"
              },
              {
                "fact": "computer",
                "points": "2"
              },
              {
                "fact": "printer",
                "points": "2"
              },
              {
                "fact": "cabinet",
                "points": "2"
              },
              {
                "fact": "records",
                "points": "2"
              }
            ]
          }
        },
        {
          "code": "2.2",
          "title": "省级平台报表和补录",
          "max": "6",
          "content": "通过省级平台及时准确上报统计报表;非“一站式”发放的医疗救助人数、资金及时补统计录入省级平台。",
          "standard": "通过省级平台上报报表不及时、不准确各扣1分;未完成补录统计工作扣3分。",
          "method": "省级平台查阅",
          "facts": [
            {
              "name": "lateReports",
              "type": "bool",
              "label": "上报报表不及时"
            },
            {
              "name": "inaccurateReports",
              "type": "bool",
              "label": "上报报表不准确"
            },
            {
              "name": "backfillIncomplete",
              "type": "bool",
              "label": "未完成补录统计工作"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "deduct",
            "items": [
              {
                "fact": "lateReports",
                "when": true,
                "points": "1"
              },
              {
                "fact": "inaccurateReports",
                "when": true,
                "points": "1"
              },
              {
                "fact": "backfillIncomplete",
                "when": true,
                "points": "3"
              }
            ]
          }
        },
        {
          "code": "2.3",
          "title": "按规定程序救助",
          "max": "5",
          "content": "按规定程序对低收入困难群众开展医疗救助。",
          "standard": "救助对象不准确扣2分;审核审批不及时扣3分。",
          "method": "查看资料",
          "facts": [
            {
              "name": "inaccurateTargets",
              "type": "bool",
              "label": "救助对象不准确"
            },
            {
              "name": "lateApproval",
              "type": "bool",
              "label": "审核审批不及时"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "deduct",
            "items": [
              {
                "fact": "inaccurateTargets",
                "when": true,
                "points": "2"
              },
              {
                "fact": "lateApproval",
                "when": true,
                "points": "3"
              }
            ]
          }
        },
        {
          "code": "2.4",
          "title": "工作人员每年培训",
          "max": "5",
          "content": "对工作人员每年培训不少于一次。",
          "standard": "未培训不得分。",
          "method": "查看资料、花名册",
          "facts": [
            {
              "name": "trained",
              "type": "bool",
              "label": "对工作人员开展了培训"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "award",
            "items": [
              {
                "fact": "trained",
                "points": "5"
              }
            ]
          }
        },
        {
          "code": "2.5",
          "title": "按人建档，资料齐全，台账准确",
          "max": "5",
          "content": "按人建档,资料齐全,台账准确。",
          "standard": "一项未达标扣2分。",
          "method": "查看资料",
          "facts": [
            {
              "name": "perPersonFiles",
              "type": "bool",
              "label": "按人建档"
            },
            {
              "name": "complete",
              "type": "bool",
              "label": "资料齐全"
            },
            {
              "name": "accurateLedger",
              "type": "bool",
              "label": "台账准确"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "deduct",
            "items": [
              {
                "fact": "perPersonFiles",
                "points": "2"
              },
              {
                "fact": "complete",
                "points": "2"
              },
              {
                "fact": "accurateLedger",
                "points": "2"
              }
            ]
          }
        },
        {
          "code": "2.6",
          "title": "重大疾病救助人次占比",
          "max": "4",
          "content": "重大疾病救助人次占直接救助人次比例。",
          "standard": "达28%得4分;10%得2分;低于10%不得分。",
          "method": "查看资料,走访群众",
          "facts": [
            {
              "name": "majorDiseaseCases",
              "type": "int",
              "label": "重大疾病救助人次",
              "unit": "人次"
            },
            {
              "name": "directAidCases",
              "type": "int",
              "label": "直接救助人次",
              "unit": "人次",
              "min": "1"
            }
          ],
          "rule": {
            "kind": "bands",
            "value": {
              "ratio": [
                "majorDiseaseCases",
                "directAidCases"
              ],
              "label": "重大疾病救助人次占比"
            },
            "bands": [
              {
                "gte": "28",
                "points": "4"
              },
              {
                "gte": "10",
                "lt": "28",
                "points": "2"
              }
            ]
          },
          "checks": [
            {
              "check": "lte",
              "fact": "majorDiseaseCases",
              "other": "directAidCases"
            }
          ]
        },
        {
          "code": "2.7",
          "title": "“一站式”救助人次或资金占比",
          "max": "5",
          "content": "通过医疗救助“一站式”救助人次占全年救助总人次的比例或救助资金占全年救助总资金的比例。",
          "standard": "达85%(含)以上得5分;每低10个点扣1分,扣完为止。",
          "method": "省级平台查阅",
          "facts": [
            {
              "name": "oneStopCases",
              "type": "int",
              "label": "“一站式”救助人次",
              "unit": "人次",
              "required": false
            },
            {
              "name": "totalCases",
              "type": "int",
              "label": "全年救助总人次",
              "unit": "人次",
              "required": false,
              "min": "1"
            },
            {
              "name": "oneStopFunds",
              "type": "yuan",
              "label": "“一站式”救助资金",
              "required": false
            },
            {
              "name": "totalFunds",
              "type": "yuan",
              "label": "全年救助总资金",
              "required": false,
              "min": "0",
              "minExclusive": true
            }
          ],
          "rule": {
            "kind": "steps",
            "value": {
              "best": [
                {
                  "ratio": [
                    "oneStopCases",
                    "totalCases"
                  ],
                  "label": "“一站式”救助人次占比"
                },
                {
                  "ratio": [
                    "oneStopFunds",
                    "totalFunds"
                  ],
                  "label": "“一站式”救助资金占比"
                }
              ],
              "label": "“一站式”救助占比"
            },
            "direction": "below",
            "from": "85",
            "step": "10",
            "points": "1",
            "rounding": "up",
            "stepUnit": "个百分点"
          },
          "checks": [
            {
              "check": "together",
              "facts": [
                "oneStopCases",
                "totalCases"
              ]
            },
            {
              "check": "together",
              "facts": [
                "oneStopFunds",
                "totalFunds"
              ]
            },
            {
              "check": "anyOf",
              "sets": [
                [
                  "oneStopCases",
                  "totalCases"
                ],
                [
                  "oneStopFunds",
                  "totalFunds"
                ]
              ]
            },
            {
              "check": "lte",
              "fact": "oneStopCases",
              "other": "totalCases"
            },
            {
              "check": "lte",
              "fact": "oneStopFunds",
              "other": "totalFunds"
            }
          ]
        }
      ]
    },
    {
      "code": "3",
      "title": "资金管理",
      "max": "15",
      "children": [
        {
          "code": "3.1",
          "title": "配套资金足额、及时到位",
          "max": "6",
          "content": "配套资金足额、及时到位。",
          "standard": "未配套扣6分，配套不到位的，酌情扣分。",
          "method": "查看资料",
          "facts": [
            {
              "name": "matching",
              "type": "enum",
              "label": "配套资金",
              "values": [
                {
                  "value": "full",
                  "label": "足额、及时到位"
                },
                {
                  "value": "partial",
                  "label": "配套不到位"
                },
                {
                  "value": "none",
                  "label": "未配套"
                }
              ]
            },
            {
              "name": "partialDeduction",
              "type": "score",
              "label": "配套不到位酌情扣分",
              "required": false,
              "min": "0",
              "max": "6"
            }
          ],
          "rule": {
            "kind": "option",
            "fact": "matching",
            "options": [
              {
                "value": "full",
                "points": "6"
              },
              {
                "value": "none",
                "points": "0"
              },
              {
                "value": "partial",
                "rule": {
                  "kind": "discretionaryDeduction",
                  "fact": "partialDeduction"
                }
              }
            ]
          },
          "checks": [
            {
              "check": "requiredWhen",
              "fact": "partialDeduction",
              "when": "matching",
              "equals": "partial"
            }
          ]
        },
        {
          "code": "3.2",
          "title": "资金管理办法和内控制度；收支台账；专款专用；及时发放；社会化发放",
          "max": "5",
          "content": "是否建立健全了城乡医疗救助项目资金管理使用办法或相关内控制度，并有效执行；建立资金收支台账，做到专款专用；及时发放资金，实行社会化发放。",
          "standard": "一项未达标扣2分，扣完为止。",
          "method": "查看资料，走访群众",
          "facts": [
            {
              "name": "rules",
              "type": "bool",
              "label": "建立健全资金管理使用办法或内控制度并有效执行"
            },
            {
              "name": "ledger",
              "type": "bool",
              "label": "建立资金收支台账"
            },
            {
              "name": "earmarked",
              "type": "bool",
              "label": "专款专用"
            },
            {
              "name": "timely",
              "type": "bool",
              "label": "及时发放资金"
            },
            {
              "name": "socialized",
              "type": "bool",
              "label": "实行社会化发放"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "deduct",
            "items": [
              {
                "fact": "rules",
                "points": "2"
              },
              {
                "fact": "ledger",
                "points": "2"
              },
              {
                "fact": "earmarked",
                "points": "2"
              },
              {
                "fact": "timely",
                "points": "2"
              },
              {
                "fact": "socialized",
                "points": "2"
              }
            ]
          }
        },
        {
          "code": "3.3",
          "title": "年底结余不超过当年资金总量 10%",
          "max": "4",
          "content": "年底资金结余不超过当年资金总量的10%。",
          "standard": "未达标扣4分。",
          "method": "查看资料",
          "facts": [
            {
              "name": "yearEndBalance",
              "type": "yuan",
              "label": "年底资金结余"
            },
            {
              "name": "totalFunds",
              "type": "yuan",
              "label": "当年资金总量",
              "min": "0",
              "minExclusive": true
            }
          ],
          "rule": {
            "kind": "bands",
            "value": {
              "ratio": [
                "yearEndBalance",
                "totalFunds"
              ],
              "label": "年底结余占比"
            },
            "bands": [
              {
                "lte": "10",
                "points": "4"
              }
            ]
          }
        }
      ]
    },
    {
      "code": "4",
      "title": "监督检查",
      "max": "20",
      "children": [
        {
          "code": "4.1",
          "title": "救助对象精准、救助及时、应助尽助",
          "max": "6",
          "content": "督促指导落实本县区医疗救助工作，确保救助对象精准，救助及时，实现“应助尽助，应救尽救”。",
          "standard": "一项未达标扣2分。",
          "method": "查看资料",
          "facts": [
            {
              "name": "accurate",
              "type": "bool",
              "label": "救助对象精准"
            },
            {
              "name": "timely",
              "type": "bool",
              "label": "救助及时"
            },
            {
              "name": "full",
              "type": "bool",
              "label": "应助尽助，应救尽救"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "deduct",
            "items": [
              {
                "fact": "accurate",
                "points": "2"
              },
              {
                "fact": "timely",
                "points": "2"
              },
              {
                "fact": "full",
                "points": "2"
              }
            ]
          }
        },
        {
          "code": "4.2",
          "title": "举报箱、举报电话、信访件",
          "max": "3",
          "content": "设置举报箱，公布举报电话，及时处理信访件。",
          "standard": "一项未达标扣1分。",
          "method": "实地查看",
          "facts": [
            {
              "name": "reportBox",
              "type": "bool",
              "label": "设置举报箱"
            },
            {
              "name": "hotline",
              "type": "bool",
              "label": "公布举报电话"
            },
            {
              "name": "petitionsHandled",
              "type": "bool",
              "label": "及时处理信访件"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "deduct",
            "items": [
              {
                "fact": "reportBox",
                "points": "1"
              },
              {
                "fact": "hotline",
                "points": "1"
              },
              {
                "fact": "petitionsHandled",
                "points": "1"
              }
            ]
          }
        },
        {
          "code": "4.3",
          "title": "投诉举报及时调查处理",
          "max": "7",
          "content": "对群众投诉、举报的问题及时调查处理，未及时处理或处理不到位，导致参保群众上访的，直接上访到省级的扣0.5分。扣完为止。",
          "standard": "未达标不得分。",
          "method": "查看资料、走访当事人",
          "facts": [
            {
              "name": "handled",
              "type": "bool",
              "label": "对群众投诉、举报的问题及时调查处理"
            },
            {
              "name": "provincialPetitions",
              "type": "int",
              "label": "直接上访到省级",
              "unit": "次",
              "required": false
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "deduct",
            "terms": [
              {
                "fact": "provincialPetitions",
                "points": "0.5"
              }
            ]
          },
          "gate": {
            "fact": "handled",
            "pass": true,
            "effect": "zero",
            "reason": "未及时调查处理群众投诉、举报"
          }
        },
        {
          "code": "4.4",
          "title": "无违法违纪案件",
          "max": "4",
          "content": "无违法违纪案件。",
          "standard": "未达标不得分。",
          "method": "实地调查",
          "facts": [
            {
              "name": "noViolations",
              "type": "bool",
              "label": "无违法违纪案件"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "award",
            "items": [
              {
                "fact": "noViolations",
                "points": "4"
              }
            ]
          }
        }
      ]
    }
  ]
};
