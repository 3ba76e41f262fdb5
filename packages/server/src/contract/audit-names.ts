/**
 * The Chinese names of audited actions and of the objects they act on, shown in the audit log
 * and its export instead of the stored codes (`auth.login`, `round_unit`). The codes stay in the
 * database and in the record's detail, where the audit administrator asks for them.
 */

/** Action code → what a user reads in the 操作 column. */
export const auditActionNames: Readonly<Record<string, string>> = {
  "appeal.answer": "答复申诉",
  "appeal.submit": "提出申诉",
  "audit.export": "导出审计日志",
  "auth.lockout": "账户锁定",
  "auth.login": "登录",
  "auth.logout": "退出登录",
  "auth.password_change": "修改密码",
  "auth.role_switch": "切换角色",
  "auth.session_end": "会话结束",
  "auth.totp_enable": "启用动态口令",
  "auth.totp_setup": "设置动态口令",
  "auth.totp_verify": "验证动态口令",
  "authz.denied": "越权访问被拒绝",
  "document.export": "导出文档",
  "evidence.attach": "从材料库选用佐证材料",
  "evidence.delete": "删除佐证材料",
  "evidence.download": "下载佐证材料",
  "evidence.integrity_failed": "佐证材料校验失败",
  "evidence.upload": "上传佐证材料",
  "evidence.verify": "校验佐证材料",
  "notice.read": "阅读通知",
  "organisation.create": "新增机构",
  "organisation.disable": "停用机构",
  "organisation.enable": "启用机构",
  "organisation.move": "移动机构",
  "organisation.update": "修改机构",
  "organisation.webhook": "设置群机器人通知",
  "rating.save": "保存评议分",
  "results.snapshot": "生成结果快照",
  "review.accept": "审核通过（单位）",
  "review.approve_part": "审核通过（本人范围）",
  "review.comment": "审核意见",
  "review.confirm": "确认事实",
  "review.correct": "修正事实",
  "review.import_facts": "导入审核数据",
  "review.return": "退回修改",
  "round.create": "新建考核任务",
  "round.delete": "删除考核任务",
  "round.deadlines": "修改截止时间",
  "round.remind": "催报",
  "round.transition": "推进考核阶段",
  "round.update": "修改考核任务",
  "round_unit.deadline": "修改单位截止时间",
  "round_unit.reopen": "重新开放",
  "scheme.create": "新建考核方案",
  "scheme.publish": "发布考核方案",
  "scheme.update_draft": "修改方案草稿",
  "scheme.confirm_import_item": "确认（或撤销确认）导入的计分规则",
  "self_assessment.import_facts": "导入自评数据",
  "self_assessment.save_facts": "保存自评数据",
  "self_assessment.save_narrative": "保存自评说明",
  "self_assessment.submit": "提交自评",
  "self_assessment.withdraw": "撤回自评",
  "settings.update": "修改系统设置",
  "system.backup": "备份",
  "system.initial_account": "创建初始管理员",
  "system.restore": "恢复备份",
  "user.create": "新增用户",
  "user.import": "批量导入用户",
  "user.password_reset": "重置密码",
  "user.recover": "恢复管理员账户",
  "user.role_grant": "授予角色",
  "user.role_revoke": "撤销角色",
  "user.totp_reset": "重置动态口令",
  "user.unlock": "解锁账户",
  "user.update": "修改用户",
};

/** Object type → what a user reads in the 对象 column. */
export const auditObjectNames: Readonly<Record<string, string>> = {
  appeal: "申诉",
  evidence: "佐证材料",
  notice: "通知",
  organisation: "机构",
  rating: "评议分",
  result_snapshot: "结果快照",
  review_comment: "审核意见",
  role_assignment: "角色授权",
  round: "考核任务",
  round_unit: "被考核单位",
  round_unit_item: "考核指标",
  scheme: "考核方案",
  scheme_version: "方案版本",
  settings: "系统设置",
  user: "用户",
};

/** Outcome code → what a user reads in the 结果 column. */
export const auditOutcomeNames: Readonly<Record<string, string>> = {
  success: "成功",
  failure: "失败",
  denied: "拒绝",
};

/** The Chinese name of an action; an unknown code is named as such, never shown bare. */
export const auditActionName = (code: string): string => auditActionNames[code] ?? "其他操作";

/** The Chinese name of an object type. */
export const auditObjectName = (code: string): string => auditObjectNames[code] ?? "其他对象";

/** The Chinese name of an outcome. */
export const auditOutcomeName = (code: string): string => auditOutcomeNames[code] ?? "其他结果";
