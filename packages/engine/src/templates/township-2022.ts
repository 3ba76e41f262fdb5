/**
 * Built-in template `township-2022`: 乡镇(街道、园区)医疗保障工作目标考核评分细则 (seed 000_d63d796fb9aea4ef.txt), as data.
 * Titles of groups, standard texts (评分标准), evaluation methods (评价办法) and contents (评价内容)
 * are verbatim from the source; fact names follow shared/spec/templates.md.
 */
import type { SchemeDocument } from "../scheme/schema.js";

/** The `township-2022` scheme document. */
export const township2022: SchemeDocument = {
  "id": "township-2022",
  "title": "乡镇(街道、园区)医疗保障工作目标考核评分细则",
  "description": "县医保局对乡镇(街道、园区)医疗保障工作的年度目标考核：基础分 100 分，加分最高 10 分。",
  "source": "乡镇(街道、园区)医疗保障工作目标考核评分细则.docx",
  "items": [
    {
      "code": "1",
      "title": "工作重视",
      "max": "10",
      "standard": "1.明确分管领导和专门负责人(1分)。2.每年专题研究医保工作,有相关计划和总结(2分)。3.认真参加县级组织的业务培训和会议(2分),缺席一次扣0.5分。4.配合工作,及时完成县局部署、交办任务和督办件(5分),未及时完成的每件扣1分,其中催办后仍未完成的加扣2分,扣完为止。",
      "children": [
        {
          "code": "1.1",
          "title": "分管领导和专门负责人",
          "max": "1",
          "standard": "明确分管领导和专门负责人(1分)。",
          "facts": [
            {
              "name": "met",
              "type": "bool",
              "label": "已明确分管领导和专门负责人"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "award",
            "items": [
              {
                "fact": "met",
                "points": "1"
              }
            ]
          }
        },
        {
          "code": "1.2",
          "title": "专题研究，有计划和总结",
          "max": "2",
          "standard": "每年专题研究医保工作,有相关计划和总结(2分)。",
          "facts": [
            {
              "name": "met",
              "type": "bool",
              "label": "已专题研究医保工作并有计划和总结"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "award",
            "items": [
              {
                "fact": "met",
                "points": "2"
              }
            ]
          }
        },
        {
          "code": "1.3",
          "title": "参加县级业务培训和会议",
          "max": "2",
          "standard": "认真参加县级组织的业务培训和会议(2分),缺席一次扣0.5分。",
          "facts": [
            {
              "name": "absences",
              "type": "int",
              "label": "缺席县级业务培训和会议",
              "unit": "次"
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "deduct",
            "terms": [
              {
                "fact": "absences",
                "points": "0.5"
              }
            ]
          }
        },
        {
          "code": "1.4",
          "title": "及时完成部署、交办任务和督办件",
          "max": "5",
          "standard": "配合工作,及时完成县局部署、交办任务和督办件(5分),未及时完成的每件扣1分,其中催办后仍未完成的加扣2分,扣完为止。",
          "facts": [
            {
              "name": "late",
              "type": "int",
              "label": "未及时完成的任务",
              "unit": "件"
            },
            {
              "name": "lateAfterReminder",
              "type": "int",
              "label": "其中催办后仍未完成的任务",
              "unit": "件"
            }
          ],
          "checks": [
            {
              "check": "lte",
              "fact": "lateAfterReminder",
              "other": "late"
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "deduct",
            "terms": [
              {
                "fact": "late",
                "points": "1"
              },
              {
                "fact": "lateAfterReminder",
                "points": "2"
              }
            ]
          }
        }
      ]
    },
    {
      "code": "2",
      "title": "信息宣传",
      "max": "10",
      "standard": "1.积极开展医保政策宣传,营造良好社会氛围,根据配合情况酌情打分(5分)。2.报送工作信息全年不少于5篇(5分),每少一篇扣1分。",
      "children": [
        {
          "code": "2.1",
          "title": "医保政策宣传",
          "max": "5",
          "standard": "积极开展医保政策宣传,营造良好社会氛围,根据配合情况酌情打分(5分)。",
          "facts": [
            {
              "name": "score",
              "type": "score",
              "label": "医保政策宣传酌情得分",
              "min": "0",
              "max": "5"
            }
          ],
          "rule": {
            "kind": "discretionary",
            "fact": "score"
          }
        },
        {
          "code": "2.2",
          "title": "报送工作信息",
          "max": "5",
          "standard": "报送工作信息全年不少于5篇(5分),每少一篇扣1分。",
          "facts": [
            {
              "name": "articles",
              "type": "int",
              "label": "全年报送工作信息",
              "unit": "篇"
            }
          ],
          "rule": {
            "kind": "quota",
            "fact": "articles",
            "quota": "5",
            "points": "1"
          }
        }
      ]
    },
    {
      "code": "3",
      "title": "医保数字化改革",
      "max": "10",
      "children": [
        {
          "code": "3.1",
          "title": "数字化改革向基层延伸",
          "max": "5",
          "standard": "落实医保数字化改革等事项向基层延伸,确保应办尽办,根据工作落实情况酌情打分。",
          "facts": [
            {
              "name": "score",
              "type": "score",
              "label": "数字化改革向基层延伸酌情得分",
              "min": "0",
              "max": "5"
            }
          ],
          "rule": {
            "kind": "discretionary",
            "fact": "score"
          }
        },
        {
          "code": "3.2",
          "title": "医保电子凭证激活率和使用率",
          "max": "5",
          "standard": "配合辖区内参保人员医保电子凭证激活率和使用率工作,根据工作落实情况酌情打分。",
          "facts": [
            {
              "name": "score",
              "type": "score",
              "label": "医保电子凭证激活率和使用率酌情得分",
              "min": "0",
              "max": "5"
            }
          ],
          "rule": {
            "kind": "discretionary",
            "fact": "score"
          }
        }
      ]
    },
    {
      "code": "4",
      "title": "参保工作",
      "max": "25",
      "children": [
        {
          "code": "4.1",
          "title": "基本医疗保险参保率",
          "max": "5",
          "standard": "基本医疗保险参保率达到99.8%,得5分,每下降0.1%,扣0.5分,扣完为止。",
          "facts": [
            {
              "name": "rate",
              "type": "pct",
              "label": "参保率"
            }
          ],
          "rule": {
            "kind": "steps",
            "value": {
              "fact": "rate"
            },
            "direction": "below",
            "from": "99.8",
            "step": "0.1",
            "points": "0.5",
            "rounding": "up"
          }
        },
        {
          "code": "4.2",
          "title": "全民参保登记管理质量",
          "max": "3",
          "standard": "进一步提升全民参保管理质量(3分),未严格按照国家、省政策制度规定,落实全民参保登记管理,未按照规则有序清理重复参保人员的扣0.2分,扣完为止。",
          "facts": [
            {
              "name": "violations",
              "type": "int",
              "label": "未按规定落实参保登记管理或清理重复参保",
              "unit": "次"
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "deduct",
            "terms": [
              {
                "fact": "violations",
                "points": "0.2"
              }
            ]
          }
        },
        {
          "code": "4.3",
          "title": "防止重复参保长效机制",
          "max": "2",
          "standard": "建立防止重复参保长效机制(2分),重复参保人员处理不及时被国家或省局通报的,每次扣0.1分,扣完为止。",
          "facts": [
            {
              "name": "notices",
              "type": "int",
              "label": "重复参保处理不及时被国家或省局通报",
              "unit": "次"
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "deduct",
            "terms": [
              {
                "fact": "notices",
                "points": "0.1"
              }
            ]
          }
        },
        {
          "code": "4.4",
          "title": "“南太湖健康保”投保率",
          "max": "15",
          "standard": "2022年“南太湖健康保”投保率达到70%,得15分,投保率65%-70%扣3分,投保率65%以下扣6分。",
          "facts": [
            {
              "name": "rate",
              "type": "pct",
              "label": "“南太湖健康保”投保率"
            }
          ],
          "rule": {
            "kind": "bands",
            "value": {
              "fact": "rate"
            },
            "bands": [
              {
                "gte": "70",
                "points": "15"
              },
              {
                "gte": "65",
                "lt": "70",
                "points": "12"
              },
              {
                "lt": "65",
                "points": "9"
              }
            ]
          }
        }
      ]
    },
    {
      "code": "5",
      "title": "医保经办服务",
      "max": "15",
      "standard": "1.乡镇(街道)经办服务窗口实现全覆盖(2分),每少一家扣0.1分,扣完为止。2.村(社区)开展医保经办服务实现全覆盖(2分),开展医保经办服务数占总数比低于40%扣2分,每降低10%扣0.1分,扣完为止。3.加强医保“15分钟服务圈”建设,实现业务事项同城通办的(2分),未完成不得分。4.主动承担医保业务经办职能(3分),每发现一例因政策不熟悉造成业务差错或推到县医保中心办理的,扣0.1分,扣完为止。5.不断加强医保系统行风建设(4分),因业务处理不当被群众或政府相关部门及上级部门通报的,每次扣0.1分,扣完为止。6.乡镇经办业务量达到上年度同期数量的,得2分,未达到该项不得分。",
      "children": [
        {
          "code": "5.1",
          "title": "乡镇(街道)经办服务窗口全覆盖",
          "max": "2",
          "standard": "乡镇(街道)经办服务窗口实现全覆盖(2分),每少一家扣0.1分,扣完为止。",
          "facts": [
            {
              "name": "missingWindows",
              "type": "int",
              "label": "未覆盖的经办服务窗口",
              "unit": "家"
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "deduct",
            "terms": [
              {
                "fact": "missingWindows",
                "points": "0.1"
              }
            ]
          }
        },
        {
          "code": "5.2",
          "title": "村(社区)医保经办服务全覆盖",
          "max": "2",
          "standard": "村(社区)开展医保经办服务实现全覆盖(2分),开展医保经办服务数占总数比低于40%扣2分,每降低10%扣0.1分,扣完为止。",
          "facts": [
            {
              "name": "villagesServed",
              "type": "int",
              "label": "开展医保经办服务的村(社区)",
              "unit": "个"
            },
            {
              "name": "villagesTotal",
              "type": "int",
              "label": "村(社区)总数",
              "unit": "个",
              "min": "1"
            }
          ],
          "checks": [
            {
              "check": "lte",
              "fact": "villagesServed",
              "other": "villagesTotal"
            }
          ],
          "rule": {
            "kind": "steps",
            "value": {
              "ratio": [
                "villagesServed",
                "villagesTotal"
              ],
              "label": "服务覆盖率"
            },
            "direction": "below",
            "from": "100",
            "step": "10",
            "points": "0.1",
            "rounding": "up",
            "zeroBelow": "40"
          }
        },
        {
          "code": "5.3",
          "title": "“15分钟服务圈”，同城通办",
          "max": "2",
          "standard": "加强医保“15分钟服务圈”建设,实现业务事项同城通办的(2分),未完成不得分。",
          "facts": [
            {
              "name": "met",
              "type": "bool",
              "label": "已建成“15分钟服务圈”并实现同城通办"
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "award",
            "items": [
              {
                "fact": "met",
                "points": "2"
              }
            ]
          }
        },
        {
          "code": "5.4",
          "title": "主动承担医保业务经办职能",
          "max": "3",
          "standard": "主动承担医保业务经办职能(3分),每发现一例因政策不熟悉造成业务差错或推到县医保中心办理的,扣0.1分,扣完为止。",
          "facts": [
            {
              "name": "errors",
              "type": "int",
              "label": "业务差错或推到县医保中心办理",
              "unit": "例"
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "deduct",
            "terms": [
              {
                "fact": "errors",
                "points": "0.1"
              }
            ]
          }
        },
        {
          "code": "5.5",
          "title": "医保系统行风建设",
          "max": "4",
          "standard": "不断加强医保系统行风建设(4分),因业务处理不当被群众或政府相关部门及上级部门通报的,每次扣0.1分,扣完为止。",
          "facts": [
            {
              "name": "notices",
              "type": "int",
              "label": "因业务处理不当被通报",
              "unit": "次"
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "deduct",
            "terms": [
              {
                "fact": "notices",
                "points": "0.1"
              }
            ]
          }
        },
        {
          "code": "5.6",
          "title": "经办业务量达到上年同期",
          "max": "2",
          "standard": "乡镇经办业务量达到上年度同期数量的,得2分,未达到该项不得分。",
          "facts": [
            {
              "name": "volume",
              "type": "int",
              "label": "本年经办业务量",
              "unit": "件"
            },
            {
              "name": "previousVolume",
              "type": "int",
              "label": "上年同期经办业务量",
              "unit": "件"
            }
          ],
          "rule": {
            "kind": "compare",
            "fact": "volume",
            "reference": "previousVolume",
            "op": "gte",
            "points": "2"
          }
        }
      ]
    },
    {
      "code": "6",
      "title": "打击欺诈骗保",
      "max": "10",
      "standard": "加大对欺诈骗保的宣传力度,辖区内的单位或个人因发生严重欺诈骗保事件被县级以上部门查处或者媒体曝光的,每起扣5分(辖区内发生欺诈骗保事件,积极提供线索,协助办理案件的,不扣分),扣完为止。",
      "facts": [
        {
          "name": "cases",
          "type": "list",
          "label": "严重欺诈骗保事件",
          "unit": "起",
          "required": false,
          "fields": [
            {
              "name": "assisted",
              "type": "bool",
              "label": "积极提供线索、协助办理",
              "required": false
            }
          ]
        }
      ],
      "rule": {
        "kind": "occurrences",
        "mode": "deduct",
        "terms": [
          {
            "fact": "cases",
            "points": "5",
            "exempt": {
              "field": "assisted",
              "equals": true
            }
          }
        ]
      }
    },
    {
      "code": "7",
      "title": "医疗救助",
      "max": "5",
      "standard": "关注特困、低保、低边、支出型贫困家庭成员和其他特殊困难人员,确保乡镇(街道、园区)符合条件的困难人员资助参保率达到100%,救助待遇100%享受。由县级部门督查发现符合条件困难群众未资助参保的(或未享受到相应救助待遇的),1例扣1分,扣完为止;由市级以上部门督查发现符合条件困难群众未资助参保的(或未享受到相应救助待遇的),1例扣2分,扣完为止。",
      "facts": [
        {
          "name": "findings",
          "type": "list",
          "label": "督查发现未资助参保或未享受救助待遇",
          "unit": "例",
          "required": false,
          "fields": [
            {
              "name": "level",
              "type": "level",
              "label": "发现部门级别"
            }
          ]
        }
      ],
      "rule": {
        "kind": "occurrences",
        "mode": "deduct",
        "terms": [
          {
            "fact": "findings",
            "byField": {
              "field": "level",
              "points": {
                "county": "1",
                "city": "2",
                "province": "2",
                "national": "2"
              }
            }
          }
        ]
      }
    },
    {
      "code": "8",
      "title": "领导、科室评议",
      "max": "15",
      "standard": "局领导班子、科室(中心)负责人对各乡镇(街道、园区)医保工作进行评议得分。",
      "facts": [
        {
          "name": "ratings",
          "type": "list",
          "label": "局领导班子、科室(中心)负责人评议",
          "minItems": 1,
          "element": {
            "type": "score",
            "label": "评议得分",
            "min": "0",
            "max": "15"
          }
        }
      ],
      "rule": {
        "kind": "ratings",
        "groups": [
          {
            "fact": "ratings"
          }
        ]
      }
    },
    {
      "code": "9",
      "title": "临时性中心工作、亮点特色工作加分",
      "max": "10",
      "cap": "10",
      "standard": "1.基本医疗保险参保率达到99.8%以上,参保率每增加0.1%,加0.5分。2 .“医保+慈善”捐款工作,辖区内捐款(定点医药机构除外)5-10万元加1分,10万元以上加2分。",
      "notes": "加分项合计最高 10 分。",
      "children": [
        {
          "code": "9.1",
          "title": "参保率超过 99.8%",
          "max": "1",
          "standard": "基本医疗保险参保率达到99.8%以上,参保率每增加0.1%,加0.5分。",
          "rule": {
            "kind": "steps",
            "value": {
              "fact": "4.1.rate"
            },
            "direction": "above",
            "from": "99.8",
            "step": "0.1",
            "points": "0.5",
            "rounding": "down"
          }
        },
        {
          "code": "9.2",
          "title": "“医保+慈善”捐款",
          "max": "2",
          "standard": "“医保+慈善”捐款工作,辖区内捐款(定点医药机构除外)5-10万元加1分,10万元以上加2分。",
          "facts": [
            {
              "name": "donationYuan",
              "type": "yuan",
              "label": "辖区内“医保+慈善”捐款(定点医药机构除外)",
              "required": false
            }
          ],
          "rule": {
            "kind": "bands",
            "value": {
              "fact": "donationYuan"
            },
            "bands": [
              {
                "gte": "100000",
                "points": "2"
              },
              {
                "gte": "50000",
                "lt": "100000",
                "points": "1"
              }
            ]
          }
        },
        {
          "code": "9.3",
          "title": "“南太湖健康保”投保率",
          "max": "4",
          "standard": "“南太湖健康保”投保率70%-75%加1分,投保率75%以上加2分,全县首个完成70%任务的乡镇(街道、园区)另加2分。",
          "facts": [
            {
              "name": "reached70On",
              "type": "date",
              "label": "投保率达到70%的日期",
              "required": false
            }
          ],
          "rule": {
            "kind": "sum",
            "parts": [
              {
                "kind": "bands",
                "value": {
                  "fact": "4.4.rate"
                },
                "bands": [
                  {
                    "gte": "75",
                    "points": "2"
                  },
                  {
                    "gte": "70",
                    "lt": "75",
                    "points": "1"
                  }
                ]
              },
              {
                "kind": "firstToReach",
                "date": "reached70On",
                "qualify": {
                  "fact": "4.4.rate",
                  "gte": "70"
                },
                "points": "2"
              }
            ]
          }
        },
        {
          "code": "9.4",
          "title": "医保试点工作",
          "max": "10",
          "standard": "获得相关医保试点工作的,县级加1分,市级加2分,省级加3分,形成推广经验或典型交流的加1分。",
          "facts": [
            {
              "name": "pilots",
              "type": "list",
              "label": "获得的医保试点工作",
              "unit": "项",
              "required": false,
              "fields": [
                {
                  "name": "level",
                  "type": "level",
                  "label": "试点级别"
                },
                {
                  "name": "promoted",
                  "type": "bool",
                  "label": "形成推广经验或典型交流",
                  "required": false
                }
              ]
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "award",
            "terms": [
              {
                "fact": "pilots",
                "byField": {
                  "field": "level",
                  "points": {
                    "county": "1",
                    "city": "2",
                    "province": "3",
                    "national": "3"
                  }
                },
                "extra": {
                  "field": "promoted",
                  "equals": true,
                  "points": "1"
                }
              }
            ]
          }
        },
        {
          "code": "9.5",
          "title": "“最美窗口”“最美医保人”等荣誉",
          "max": "10",
          "standard": "获得医保部门“最美窗口”、“最美医保人”等荣誉的,每项加0.5分。",
          "facts": [
            {
              "name": "honors",
              "type": "int",
              "label": "获得“最美窗口”“最美医保人”等荣誉",
              "unit": "项",
              "required": false
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "award",
            "terms": [
              {
                "fact": "honors",
                "points": "0.5"
              }
            ]
          }
        },
        {
          "code": "9.6",
          "title": "领导批示肯定",
          "max": "10",
          "standard": "工作得到各级领导批示肯定的,县级领导批示肯定每条加O.5分,市厅级领导批示肯定每条加1分,省部级以上领导批示肯定每条加2分,同一工作批示的就高加分。",
          "facts": [
            {
              "name": "endorsements",
              "type": "list",
              "label": "领导批示肯定",
              "unit": "条",
              "required": false,
              "fields": [
                {
                  "name": "work",
                  "type": "text",
                  "label": "批示肯定的工作"
                },
                {
                  "name": "level",
                  "type": "level",
                  "label": "批示领导级别"
                }
              ]
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "award",
            "terms": [
              {
                "fact": "endorsements",
                "byField": {
                  "field": "level",
                  "points": {
                    "county": "0.5",
                    "city": "1",
                    "province": "2",
                    "national": "2"
                  }
                },
                "onePerKey": "work"
              }
            ]
          }
        },
        {
          "code": "9.7",
          "title": "信息被政务信息或媒体录用",
          "max": "5",
          "standard": "局办转报的信息,被各级政务信息录用的,县级每篇加0.5分,市级每篇加1分,省级以上每篇加2分:被各级各类报刊杂志、主流网站媒体录用的,县级每篇加0.5分,市级每篇加1分,省级以上每篇加2分。同一信息多次录用就高加分,信息得分最高不超过5分,以局办统计为准。",
          "facts": [
            {
              "name": "adoptions",
              "type": "list",
              "label": "信息录用",
              "unit": "篇",
              "required": false,
              "fields": [
                {
                  "name": "info",
                  "type": "text",
                  "label": "信息"
                },
                {
                  "name": "channel",
                  "type": "enum",
                  "label": "录用渠道",
                  "values": [
                    {
                      "value": "gov",
                      "label": "政务信息"
                    },
                    {
                      "value": "media",
                      "label": "报刊杂志、主流网站媒体"
                    }
                  ]
                },
                {
                  "name": "level",
                  "type": "level",
                  "label": "录用级别"
                }
              ]
            }
          ],
          "rule": {
            "kind": "occurrences",
            "mode": "award",
            "terms": [
              {
                "fact": "adoptions",
                "byField": {
                  "field": "level",
                  "points": {
                    "county": "0.5",
                    "city": "1",
                    "province": "2",
                    "national": "2"
                  }
                },
                "onePerKey": "info"
              }
            ]
          }
        },
        {
          "code": "9.8",
          "title": "临时性中心工作",
          "max": "2",
          "standard": "积极做好上级布署的临时性中心工作的,加2分。",
          "facts": [
            {
              "name": "met",
              "type": "bool",
              "label": "积极做好上级布署的临时性中心工作",
              "required": false
            }
          ],
          "rule": {
            "kind": "checklist",
            "mode": "award",
            "items": [
              {
                "fact": "met",
                "points": "2"
              }
            ]
          }
        }
      ]
    }
  ]
};
