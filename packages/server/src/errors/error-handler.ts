/**
 * The one error handler: every failure leaves the server as
 * `{ error: { code, message, fields?, requestId } }` — validation problems with field paths and
 * Chinese messages, never a stack trace or an internal message.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { errorCodes, type ErrorBody, type ErrorCode } from "../contract/errors.js";
import { isUniqueViolation } from "../db/dialect.js";
import { AppError, type FieldError } from "./app-error.js";

interface ValidationItem {
  instancePath?: string;
  message?: string;
}

function toFieldErrors(context: string | undefined, items: ValidationItem[]): FieldError[] {
  return items.map((item) => {
    const inner = (item.instancePath ?? "")
      .split("/")
      .filter((part) => part !== "")
      .join(".");
    const prefix = context === "querystring" ? "query" : (context ?? "body");
    return {
      path: inner === "" ? prefix : `${prefix}.${inner}`,
      message: item.message ?? "取值无效",
    };
  });
}

const statusFallbacks: Record<number, ErrorCode> = {
  400: "VALIDATION_FAILED",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RATE_LIMITED",
  503: "UNAVAILABLE",
};

/** Turns any thrown value into an `AppError` (unknown errors become INTERNAL). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // A unique constraint refused a write that the service's own check let through because another
  // transaction committed the same key in between: a conflict, not a server error.
  if (isUniqueViolation(error)) {
    return new AppError("CONFLICT", "该记录已被他人同时创建或修改，请刷新后重试。", {
      cause: error,
    });
  }
  const fastifyError = error as Partial<FastifyError> & { validation?: ValidationItem[] };
  if (Array.isArray(fastifyError.validation)) {
    return new AppError("VALIDATION_FAILED", undefined, {
      fields: toFieldErrors(fastifyError.validationContext, fastifyError.validation),
    });
  }
  const status = fastifyError.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new AppError(statusFallbacks[status] ?? "VALIDATION_FAILED", undefined, {
      cause: error,
    });
  }
  return new AppError("INTERNAL", undefined, { cause: error });
}

/** The error body for an error and a request. */
export function errorBody(error: AppError, requestId: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields === undefined ? {} : { fields: error.fields }),
      requestId,
    },
  };
}

/** Sends an error in the one error shape. */
export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  error: AppError,
): FastifyReply {
  return reply
    .status(errorCodes[error.code].status)
    .header("cache-control", "no-store")
    .type("application/json; charset=utf-8")
    .serializer(JSON.stringify)
    .send(errorBody(error, request.id));
}

/** Installs the error and not-found handlers. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") {
      request.log.error({ err: error }, "unhandled error");
    } else if (appError.status >= 500) {
      request.log.warn({ err: error }, appError.message);
    }
    return sendError(reply, request, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, request, new AppError("NOT_FOUND", "接口不存在。")),
  );
}
