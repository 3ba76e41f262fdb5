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
 * The form field that shows the error of server field `name`: the field registered under that
 * name, else under its longest registered prefix (`facts.cases.0.name` → `facts.cases`, the list
 * input). Registered means a `Form.Item` with that name is mounted — also custom inputs that take
 * no ref (fact inputs), which `getFieldInstance` does not see.
 */
function fieldOf(registered: ReadonlySet<string>, name: string): string | undefined {
  const parts = name.split(".");
  for (let n = parts.length; n > 0; n -= 1) {
    const candidate = parts.slice(0, n).join(".");
    if (registered.has(candidate)) return candidate;
  }
  return undefined;
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
  const registered = new Set(
    form === undefined ? [] : form.getFieldsError().map((field) => field.name.join(".")),
  );
  const placed = new Map<string, string[]>();
  const unplaced: string[][] = [];
  for (const [name, errors] of Object.entries(parsed.fields)) {
    const field = name === "" ? undefined : fieldOf(registered, name);
    if (field === undefined) unplaced.push(errors);
    else placed.set(field, [...(placed.get(field) ?? []), ...errors]);
  }
  if (form !== undefined && placed.size > 0) {
    form.setFields([...placed].map(([name, errors]) => ({ name: name.split("."), errors })));
  }
  // Each sentence once: a field message the main message already says (an upload refusal
  // names its file field with the same sentence), or one repeated by two fields, is not repeated.
  const sentences = [...new Set(unplaced.flat())].filter((text) => !parsed.message.includes(text));
  const detail = sentences.join("；");
  if (placed.size === 0 || unplaced.length > 0)
    void message.error(detail === "" ? parsed.message : `${parsed.message} ${detail}`);
  return parsed;
}
