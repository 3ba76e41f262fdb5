/**
 * The account a server command acts as (`kaoping import users … --as 用户名`): the audit log
 * names it as for a request, and 三员分立 holds on the command line too — only an active account
 * holding the command's role may be named.
 */
import type { Kysely } from "kysely";
import { roleLabels, type Role } from "../../contract/roles.js";
import type { Database } from "../../db/schema.js";
import type { RequestContext } from "../../http/context.js";
import { parseScope } from "./presenters.js";
import { findUserByUsername, listRoleAssignments } from "./repository.js";

/** Why the named account may not act (a Chinese message for the operator). */
export class CommandActorRefused extends Error {}

/**
 * The context of a command run as `username` in `role` (its first grant of that role); refused
 * when there is no such active account or it does not hold the role.
 */
export async function commandContextAs(
  db: Kysely<Database>,
  username: string,
  role: Role,
): Promise<RequestContext> {
  const user = await findUserByUsername(db, username);
  if (user === undefined || user.status !== "active")
    throw new CommandActorRefused(`没有启用的账号 ${username}（--as）。`);
  const held = (await listRoleAssignments(db, [user.id])).find((a) => a.role === role);
  if (held === undefined)
    throw new CommandActorRefused(
      `账号 ${user.username} 不是${roleLabels[role]}（三员分立：此操作只能由${roleLabels[role]}执行，--as）。`,
    );
  return {
    actor: {
      userId: user.id,
      username: user.username,
      sessionId: "command-line",
      stage: "active",
      activeRole: {
        assignmentId: held.id,
        role,
        organisationId: held.organisation_id,
        organisationPath: held.organisation_path,
        scope: parseScope(held.scope),
      },
    },
    ip: null,
    requestId: null,
  };
}
