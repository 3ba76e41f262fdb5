/** Reads a facts file (docs/spec/facts-and-cli.md) for commands that work without a database: the scheme and the units. */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Scheme } from "@kaoping/engine";
import { parseJsonLossless } from "../http/lossless-json.js";
import { loadScheme } from "./scheme-source.js";

/** One unit of a facts file; `narratives` (per item code) is an optional addition used by reports. */
export interface FileUnit {
  id: string;
  name: string;
  facts: unknown;
  narratives?: Record<string, string>;
}

/** The facts file read: scheme and units, or the lines to print on stderr. */
export type FactsFile =
  | { ok: true; scheme: Scheme; schemeRef: string; units: FileUnit[]; title: string }
  | { ok: false; errors: string[] };

/** Reads `file` (relative to `cwd`); `schemeRef` overrides the file's scheme. */
export async function readFactsFile(
  file: string,
  cwd: string,
  schemeRef?: string,
): Promise<FactsFile> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { ok: false, errors: [`${file}: 无法读取文件`] };
  }
  const parsed = parseJsonLossless(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok)
    return {
      ok: false,
      errors: [
        `${file}: 第 ${parsed.line} 行第 ${parsed.column} 列：JSON 格式错误：${parsed.message}`,
      ],
    };
  let doc = parsed.value as Record<string, unknown> | null;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    return { ok: false, errors: [`${file}: 事实文件应为 JSON 对象 { "scheme": …, "units": […] }`] };
  // A fixture file ({ description, input, expect }) is read through its input, as `kaoping score` does.
  if (!("units" in doc) && doc.input !== null && typeof doc.input === "object")
    doc = doc.input as Record<string, unknown>;
  const ref = schemeRef ?? doc.scheme;
  if (typeof ref !== "string" || ref === "")
    return { ok: false, errors: [`${file}: scheme: 缺少考核方案（scheme 字段或 --scheme 参数）`] };
  const source =
    schemeRef !== undefined
      ? await loadScheme(ref, cwd, "--scheme")
      : await loadScheme(ref, dirname(path), `${file}: scheme`);
  if (!source.ok) return source;
  if (!Array.isArray(doc.units)) return { ok: false, errors: [`${file}: units: 应为单位数组`] };
  const units: FileUnit[] = [];
  for (const [i, raw] of (doc.units as unknown[]).entries()) {
    const u = raw as Record<string, unknown> | null;
    if (
      u === null ||
      typeof u !== "object" ||
      typeof u.id !== "string" ||
      typeof u.name !== "string"
    )
      return { ok: false, errors: [`${file}: units[${i}]: 应有 id 和 name`] };
    const narratives =
      u.narratives !== null && typeof u.narratives === "object"
        ? (u.narratives as Record<string, string>)
        : undefined;
    units.push({
      id: u.id,
      name: u.name,
      facts: u.facts,
      ...(narratives !== undefined ? { narratives } : {}),
    });
  }
  return {
    ok: true,
    scheme: source.scheme,
    schemeRef: ref,
    units,
    title: typeof doc.title === "string" ? doc.title : source.scheme.title,
  };
}
