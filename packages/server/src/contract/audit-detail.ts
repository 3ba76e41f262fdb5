/**
 * The audit record's detail as a readable Chinese list (issue 15): known keys carry Chinese
 * labels, known codes (outcome reasons, states, statuses, roles) their Chinese names; an unknown
 * key is shown with its key, never dropped. The raw JSON stays available to the audit
 * administrator behind 查看原始记录.
 */
import { roleLabels, type Role } from "./roles.js";
import {
  roundStateLabels,
  roundUnitStatusLabels,
  type RoundState,
  type RoundUnitStatus,
} from "./workflow.js";

/** Detail key → its Chinese label. */
export const auditDetailLabels: Readonly<Record<string, string>> = {
  before: "修改前",
  after: "修改后",
  reason: "原因",
  originalName: "文件名",
  fileName: "文件名",
  file: "文件名",
  sha256: "SHA-256 校验值",
  size: "大小（字节）",
  contentType: "文件类型",
  document: "文档",
  itemCode: "评分项",
  items: "导入的评分项数",
  corrections: "修正条数",
  unitId: "单位编号",
  unitIds: "单位编号",
  units: "单位",
  roundId: "考核任务编号",
  appealId: "申诉编号",
  evidenceId: "材料编号",
  schemeId: "方案编号",
  organisationId: "机构编号",
  parentId: "上级机构编号",
  assignmentId: "授权编号",
  role: "角色",
  username: "用户名",
  displayName: "姓名",
  users: "用户数",
  via: "方式",
  row: "行号",
  failures: "连续失败次数",
  lockMinutes: "锁定时长（分钟）",
  lockedUntil: "锁定至",
  stage: "登录步骤",
  otherSessionsEnded: "结束的其他会话数",
  comment: "意见",
  text: "内容",
  message: "消息",
  total: "总分",
  from: "原阶段",
  to: "新阶段",
  state: "阶段",
  status: "状态",
  version: "版本",
  format: "格式",
  filters: "筛选条件",
  rows: "条数",
  route: "接口",
  facts: "事实数据",
  selfAssessmentDeadline: "自评截止时间",
  deadlines: "截止时间",
  webhooks: "群机器人消息数",
  value: "值",
  group: "设置分组",
  readAt: "阅读时间",
  title: "标题",
  code: "编码",
  name: "名称",
  type: "类型",
  enabled: "启用",
  kind: "类型",
  maskedUrl: "机器人地址（已遮盖）",
  allowIntranet: "允许内网地址",
  hasSecret: "已设置加签密钥",
};

/** Reason codes written by the server → what they mean. */
export const auditReasonNames: Readonly<Record<string, string>> = {
  unknown_user: "用户名不存在",
  wrong_password: "密码错误",
  wrong_current_password: "当前密码错误",
  locked: "账户已锁定",
  disabled: "账户已停用",
  idle_timeout: "长时间未操作，会话超时",
  absolute_timeout: "会话达到最长时限",
  account_disabled: "账户已停用",
};

/** One line of the readable detail. */
export interface AuditDetailEntry {
  /** The raw key path (`after.status`), for the administrator who asks. */
  path: string;
  /** The Chinese label (`修改后 · 状态`), or the key itself when it is not known. */
  label: string;
  value: string;
}

const labelOf = (key: string): string => auditDetailLabels[key] ?? key;

/** A leaf value in Chinese: codes of known kinds named, yes/no, empty shown as —. */
function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string") {
    if (key === "reason") return auditReasonNames[value] ?? value;
    if (key === "state" || key === "from" || key === "to")
      return roundStateLabels[value as RoundState] ?? value;
    if (key === "status") return roundUnitStatusLabels[value as RoundUnitStatus] ?? value;
    if (key === "role") return roleLabels[value as Role] ?? value;
    return value;
  }
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object"))
    return value.length === 0 ? "—" : value.map((v) => valueText(key, v)).join("、");
  return JSON.stringify(value);
}

/**
 * The detail as labelled lines, nested objects flattened (`修改后 · 状态`) up to three levels;
 * deeper values and lists of objects are shown as compact JSON under their label.
 */
export function auditDetailEntries(detail: unknown): AuditDetailEntry[] {
  const entries: AuditDetailEntry[] = [];
  const walk = (value: unknown, path: string[], labels: string[]) => {
    const key = path[path.length - 1] ?? "";
    if (
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      path.length < 3 &&
      Object.keys(value).length > 0
    ) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], [...labels, labelOf(k)]);
      return;
    }
    entries.push({ path: path.join("."), label: labels.join(" · "), value: valueText(key, value) });
  };
  if (detail !== null && typeof detail === "object" && !Array.isArray(detail))
    for (const [k, v] of Object.entries(detail)) walk(v, [k], [labelOf(k)]);
  else if (detail !== null && detail !== undefined)
    entries.push({ path: "", label: "详情", value: valueText("", detail) });
  return entries;
}
