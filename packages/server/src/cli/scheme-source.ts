/** Finds the scheme a command should use: a built-in template id, or a scheme file. */
import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { getTemplate, listTemplates, validateScheme, type Scheme } from "@kaoping/engine";
import { parseJsonLossless } from "../http/lossless-json.js";

/** A resolved scheme, or the lines to print on stderr. */
export type SchemeSource = { ok: true; scheme: Scheme } | { ok: false; errors: string[] };

/** Resolves `ref` (template id or path, relative to `baseDir`); `where` names the source in messages. */
export async function loadScheme(
  ref: string,
  baseDir: string,
  where: string,
): Promise<SchemeSource> {
  const template = getTemplate(ref);
  if (template !== undefined) return { ok: true, scheme: template };
  const looksLikePath = ref.includes("/") || ref.includes("\\") || ref.endsWith(".json");
  if (!looksLikePath) {
    const ids = listTemplates()
      .map((t) => t.id)
      .join("、");
    return {
      ok: false,
      errors: [
        `${where}: 未知的考核方案 ${JSON.stringify(ref)}（内置方案：${ids}；也可给出方案文件路径）`,
      ],
    };
  }
  const file = isAbsolute(ref) ? ref : resolve(baseDir, ref);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { ok: false, errors: [`${where}: 无法读取方案文件 ${file}`] };
  }
  const parsed = parseJsonLossless(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok)
    return {
      ok: false,
      errors: [
        `${ref}: 第 ${parsed.line} 行第 ${parsed.column} 列：JSON 格式错误：${parsed.message}`,
      ],
    };
  const checked = validateScheme(parsed.value);
  if (!checked.ok)
    return { ok: false, errors: checked.problems.map((p) => `${ref}: ${p.path}: ${p.message}`) };
  return { ok: true, scheme: checked.scheme };
}
