/**
 * The `kaoping` command line: a table of commands, each implemented in its own module under
 * `./commands` and loaded only when used (so `kaoping score` never opens a database).
 * Every command receives its arguments and the process streams and returns an exit status,
 * so tests run it in-process.
 */
import type { Writable } from "node:stream";

/** What a command gets from the process; tests pass their own streams. */
export interface CliContext {
  stdout: Pick<Writable, "write">;
  stderr: Pick<Writable, "write">;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A command's entry point: arguments after the command name → exit status. */
export type CliRun = (args: string[], ctx: CliContext) => Promise<number>;

/** One entry of the command table. */
export interface CliCommand {
  /** Usage line, e.g. `score FACTS.json [--scheme ID|FILE] [--json]`. */
  usage: string;
  /** What the command does, in Chinese. */
  summary: string;
  load: () => Promise<CliRun>;
}

/**
 * The command table. Add a command by adding one entry here and one module under
 * `./commands` exporting `run`.
 */
export const commands: Record<string, CliCommand> = {
  score: {
    usage: "score FACTS.json [--scheme ID|FILE] [--json]",
    summary: "按考核方案为事实文件中的各单位评分并排名（--json 输出 JSON）",
    load: async () => (await import("./commands/score.js")).run,
  },
  templates: {
    usage: "templates",
    summary: "列出内置考核方案",
    load: async () => (await import("./commands/templates.js")).run,
  },
  template: {
    usage: "template show ID",
    summary: "输出内置考核方案的 JSON（可修改后用 --scheme FILE 读回）",
    load: async () => (await import("./commands/template.js")).run,
  },
  scheme: {
    usage: "scheme explain FILE|ID",
    summary: "逐项列出方案的计分规则（编号、项目、分值和中文说明），便于与评分细则逐条核对",
    load: async () => (await import("./commands/scheme.js")).run,
  },
  serve: {
    usage: "serve [--port 8080] [--host 0.0.0.0] [--data-dir ./data] [--log-level info]",
    summary: "启动服务（自动迁移数据库；首次启动创建管理员并显示一次性密码）",
    load: async () => (await import("./commands/serve.js")).run,
  },
  migrate: {
    usage: "migrate [--data-dir ./data]",
    summary: "执行数据库迁移（SQLite 或 DATABASE_URL 指定的 PostgreSQL）",
    load: async () => (await import("./commands/migrate.js")).run,
  },
  evidence: {
    usage: "evidence verify [--data-dir ./data]",
    summary: "校验全部佐证材料文件的 SHA-256 摘要（如恢复备份后），列出缺失或被改动的文件",
    load: async () => (await import("./commands/evidence.js")).run,
  },
  demo: {
    usage: "demo [--data-dir ./data] [--keep-existing]",
    summary: "创建演示数据（示例县、12 个乡镇、各角色演示账户和考核任务；仅用于演示）",
    load: async () => (await import("./commands/demo.js")).run,
  },
  audit: {
    usage: "audit verify [--data-dir ./data]",
    summary: "校验审计日志哈希链，报告第一条被篡改、删除或错序的记录",
    load: async () => (await import("./commands/audit.js")).run,
  },
  admin: {
    usage: "admin recover 用户名 [--totp] [--data-dir ./data]",
    summary:
      "恢复管理员账号（三员分立下管理员不能互相重置）：发一次性密码、解锁、启用，记入审计日志（--totp 同时清除动态验证码）",
    load: async () => (await import("./commands/admin.js")).run,
  },
  backup: {
    usage: "backup [-o 目录] [--data-dir ./data]",
    summary: "在线备份数据库和全部佐证材料（一致性快照，含摘要清单；服务无需停止）",
    load: async () => (await import("./commands/backup.js")).runBackup,
  },
  restore: {
    usage: "restore 备份目录 [--data-dir ./data]",
    summary: "把备份恢复到空的数据库和数据目录，并校验全部摘要、行数和审计日志哈希链",
    load: async () => (await import("./commands/backup.js")).runRestore,
  },
  export: {
    usage:
      "export sheet|report|sheets|reports|workbook|template FACTS.json|--round ID [--unit ID] [--zip] [-o FILE]",
    summary:
      "由事实文件或已有考核任务导出评分表、绩效自评报告（.docx，可批量 --zip）、得分汇总表或事实导入模板（.xlsx）",
    load: async () => (await import("./commands/export.js")).run,
  },
  import: {
    usage:
      "import rubric FILE.docx|FILE.xlsx [-o scheme.json] | import facts FILE.xlsx FACTS.json [-o out.json] | import users FILE.xlsx --as 用户名 [--data-dir ./data]",
    summary:
      "导入评分细则（生成方案草稿并提示每项的计分规则）、事实导入模板（全部成功或全部不导入），或批量导入用户（以系统管理员身份，全部新建或全部不建，显示一次性密码）",
    load: async () => (await import("./commands/import.js")).run,
  },
};

/** Prints the list of commands. */
function printHelp(ctx: CliContext): void {
  ctx.stdout.write("kaoping（考评）—— 医疗保障工作目标考核与绩效评价\n\n用法:\n");
  for (const command of Object.values(commands)) {
    ctx.stdout.write(`  kaoping ${command.usage}\n      ${command.summary}\n`);
  }
}

/** Runs the command line and returns the exit status. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    printHelp(ctx);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    ctx.stderr.write(`未知命令：${name}（运行 kaoping help 查看可用命令）\n`);
    return 2;
  }
  const run = await command.load();
  return run(rest, ctx);
}
