/**
 * Optimistic concurrency: editable records carry `version`; an update names the version it
 * read (`where version = ?`, then `version + 1`). No row changed means someone else saved first
 * (409 with a clear message) or the record is gone (404).
 */
import { AppError, notFound } from "../errors/app-error.js";

/**
 * Turns the outcome of a versioned update into the right answer: nothing when it changed a
 * row; 409 VERSION_CONFLICT when the record exists with another version; 404 otherwise.
 */
export async function assertVersionedUpdate(
  changed: boolean,
  exists: () => Promise<boolean>,
  what = "记录",
): Promise<void> {
  if (changed) return;
  if (await exists()) {
    throw new AppError(
      "VERSION_CONFLICT",
      `该${what}已被他人修改，请刷新后重新操作（您的修改未保存）。`,
    );
  }
  throw notFound(what);
}
