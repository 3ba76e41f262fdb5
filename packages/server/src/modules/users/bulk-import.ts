/**
 * Bulk accounts from a filled Excel template (decision 0288), one function for the browser
 * (`POST /api/users/import`) and the command line (`kaoping import users`): all or nothing, every
 * bad cell named, a one-time password per account, audited.
 */
import type { Kysely } from "kysely";
import type { User } from "../../contract/users.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../errors/app-error.js";
import type { RequestContext } from "../../http/context.js";
import {
  buildUsersTemplate,
  readUsersWorkbook,
  type ImportOrganisation,
} from "../../office/users-import.js";
import { generateOneTimePassword } from "../../passwords/generate-password.js";
import { hashPassword } from "../../passwords/password-hash.js";
import type { ServiceDeps } from "../../services.js";
import { listOrganisationChoices } from "../organisations/index.js";
import { createUserRecord, presentUser } from "./records.js";
import { listUsernames } from "./repository.js";

/** At most this many bad cells are returned (the count in the message is the whole). */
const maxImportProblems = 200;
/** Largest bulk account file (500 rows fit in far less). */
export const maxImportBytes = 5 * 1024 * 1024;

/** One created account with its one-time password (shown once). */
export interface ImportedUser {
  user: User;
  initialPassword: string;
}

/** The organisations a bulk import may name. */
async function importOrganisations(db: Kysely<Database>): Promise<ImportOrganisation[]> {
  return (await listOrganisationChoices(db)).map((o) => ({
    id: o.id,
    code: o.code,
    name: o.name,
    active: o.status === "active",
  }));
}

/** The bulk import template (.xlsx): the columns and the organisations to choose from. */
export async function buildImportTemplate(db: Kysely<Database>): Promise<Buffer> {
  return buildUsersTemplate(await importOrganisations(db));
}

/**
 * Creates every account of a filled template (`.xlsx`, at most 5 MB), or none: a file with any bad cell is refused
 * with every bad cell named (sheet!cell, header, reason). Each account gets a one-time
 * password, returned once, and is audited as `user.create` (via: import); the import itself
 * is audited as `user.import`. Roles are granted afterwards by the security administrator.
 */
export async function importUsersWorkbook(
  deps: ServiceDeps,
  ctx: RequestContext,
  file: { name: string; bytes: Buffer },
): Promise<{ users: ImportedUser[] }> {
  const { db, clock, audit, config } = deps;
  if (!/\.xlsx$/i.test(file.name))
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "批量导入用户只支持 .xlsx 文件（请使用下载的导入模板）。",
    );
  if (file.bytes.length > maxImportBytes)
    throw new AppError("PAYLOAD_TOO_LARGE", `文件过大（上限 ${maxImportBytes / 1048576} MB）。`);
  const read = await readUsersWorkbook(
    file.bytes,
    await importOrganisations(db),
    await listUsernames(db),
  );
  if (!read.ok)
    throw new AppError(
      "VALIDATION_FAILED",
      `导入文件有 ${read.problems.length} 处错误，用户未导入（全部不保存）。`,
      {
        fields: read.problems.slice(0, maxImportProblems).map((p) => ({
          path: `body.file.${p.sheet}${p.cell === "" ? "" : `!${p.cell}`}`,
          message: `${p.header !== "" ? `${p.header}：` : ""}${p.message}`,
        })),
      },
    );
  const prepared = await Promise.all(
    read.users.map(async (u) => {
      const initialPassword = generateOneTimePassword();
      return {
        ...u,
        initialPassword,
        passwordHash: await hashPassword(initialPassword, config.passwordHashCost),
      };
    }),
  );
  return db.transaction().execute(async (trx) => {
    const created: ImportedUser[] = [];
    for (const u of prepared) {
      const row = await createUserRecord(trx, u, clock());
      const user = await presentUser(trx, row.id);
      await audit(trx, {
        ctx,
        action: "user.create",
        object: { type: "user", id: row.id },
        after: user,
        detail: { via: "import", row: u.row },
      });
      created.push({ user, initialPassword: u.initialPassword });
    }
    await audit(trx, {
      ctx,
      action: "user.import",
      object: { type: "user", id: null },
      detail: { file: file.name.slice(0, 200), users: created.length },
    });
    return { users: created };
  });
}
