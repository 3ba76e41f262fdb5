/**
 * The one error type of the server. Services throw `AppError` with a stable code; the error
 * handler turns it into the one error body with the status from the code table.
 */
import { errorCodes, type ErrorCode } from "../contract/errors.js";

/** One field problem reported with an error. */
export interface FieldError {
  path: string;
  message: string;
}

/** An expected failure with a stable code and a Chinese message for the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { fields?: FieldError[]; cause?: unknown },
  ) {
    super(message ?? errorCodes[code].message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
  }

  /** The HTTP status of this error's code. */
  get status(): number {
    return errorCodes[this.code].status;
  }
}

/** A 404 that does not say whether the record exists elsewhere (another unit's row). */
export function notFound(what = "记录"): AppError {
  return new AppError("NOT_FOUND", `${what}不存在。`);
}
