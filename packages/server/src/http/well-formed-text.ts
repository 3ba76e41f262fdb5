/**
 * One check at the edge: every string and key of a request's body, query and path parameters
 * must be well-formed Unicode (no lone surrogate, which the database would store changed) and
 * hold no NUL (which PostgreSQL refuses), or the request is refused with a 400 naming the field.
 */
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error.js";

/** Lone surrogates (`\p{Cs}` with the `u` flag matches only unpaired halves) and NUL. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const MALFORMED = /[\p{Cs}\u0000]/u;
const LONE_SURROGATE = /\p{Cs}/gu;

/** Whether a text is well-formed Unicode without NUL. */
export function isWellFormedText(text: string): boolean {
  return !MALFORMED.test(text);
}

/** The text as a UTF-8 database stores it: each lone surrogate becomes U+FFFD. */
export function toStoredText(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

/**
 * The path (`body.items.0.name`) of the first string or key that is not well-formed text, or
 * undefined. Walks iteratively, so deeply nested input cannot overflow the stack.
 */
export function findMalformedText(value: unknown, root: string): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length > 0) {
    const next = stack.pop() as { value: unknown; path: string };
    if (typeof next.value === "string") {
      if (!isWellFormedText(next.value)) return next.path;
    } else if (Array.isArray(next.value)) {
      for (let i = next.value.length - 1; i >= 0; i--) {
        stack.push({ value: next.value[i], path: `${next.path}.${i}` });
      }
    } else if (next.value !== null && typeof next.value === "object") {
      const entries = Object.entries(next.value);
      for (const [key] of entries) {
        if (!isWellFormedText(key)) return `${next.path}.${toStoredText(key)}`;
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, inner] = entries[i] as [string, unknown];
        stack.push({ value: inner, path: `${next.path}.${key}` });
      }
    }
  }
  return undefined;
}

/** The Chinese message of a refused text. */
export const MALFORMED_TEXT_MESSAGE =
  "含有无法识别的字符（不完整的 Unicode 字符或空字符），请删除后重新输入";

/** Installs the check before validation on every route. */
export function registerWellFormedTextCheck(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const path =
      findMalformedText(request.params, "params") ??
      findMalformedText(request.query, "query") ??
      findMalformedText(request.body, "body");
    if (path === undefined) return;
    throw new AppError("VALIDATION_FAILED", undefined, {
      fields: [{ path, message: MALFORMED_TEXT_MESSAGE }],
    });
  });
}
