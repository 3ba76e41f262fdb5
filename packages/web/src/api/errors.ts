/**
 * `parseApiError`: every failure of a call, parsed once into what a screen shows — a Chinese
 * message and, for validation errors, the message of each form field.
 */
import type { FormInstance } from "antd";
import type { MessageInstance } from "antd/es/message/interface";
import { ApiError } from "./client";

/** A failure as a screen shows it. */
export interface ParsedApiError {
  /** The Chinese message for the message bar or an alert. */
  message: string;
  /** Field name (without `body.`/`query.`) → its messages. */
  fields: Record<string, string[]>;
  code: string;
  status: number;
  requestId: string | undefined;
}

/** The form field a server path names: `body.name` → `name`, `body.scope.itemCodes` → `scope.itemCodes`. */
export function fieldNameOf(path: string): string {
  return path.replace(/^(body|query|params)\.?/, "");
}

/** Parses any thrown value into a message and field errors. */
export function parseApiError(error: unknown): ParsedApiError {
  if (error instanceof ApiError) {
    const fields: Record<string, string[]> = {};
    for (const field of error.fields) {
      const name = fieldNameOf(field.path);
      (fields[name] ??= []).push(field.message);
    }
    const suffix =
      error.status >= 500 && error.requestId !== undefined ? `（请求编号 ${error.requestId}）` : "";
    return {
      message: error.message + suffix,
      fields,
      code: error.code,
      status: error.status,
      requestId: error.requestId,
    };
  }
  return {
    message: "操作失败：页面出现意外错误，请刷新后重试。",
    fields: {},
    code: "CLIENT",
    status: 0,
    requestId: undefined,
  };
}

/**
 * Shows a failure where it belongs: field problems at the fields of `form` (when the form has
 * them), everything else in the message bar.
 */
export function showApiError(
  error: unknown,
  message: MessageInstance,
  form?: FormInstance,
): ParsedApiError {
  const parsed = parseApiError(error);
  const entries = Object.entries(parsed.fields);
  const known =
    form === undefined
      ? []
      : entries.filter(
          ([name]) => name !== "" && form.getFieldInstance(name.split(".")) !== undefined,
        );
  if (form !== undefined && known.length > 0) {
    form.setFields(known.map(([name, errors]) => ({ name: name.split("."), errors })));
  }
  const unplaced = entries.filter(([name]) => !known.some(([k]) => k === name));
  const detail = unplaced
    .map(([name, errors]) => (name === "" ? errors.join("；") : `${errors.join("；")}`))
    .join("；");
  if (known.length === 0 || unplaced.length > 0)
    void message.error(detail === "" ? parsed.message : `${parsed.message} ${detail}`);
  return parsed;
}
