/**
 * The name of an uploaded file, checked once for every upload route (evidence and appeal
 * attachments, facts imports, rubric import, account import; SECURITY.md "upload file names").
 * The multipart parser already keeps only the last path segment (`../../x.pdf` → `x.pdf`,
 * `C:\a\x.pdf` → `x.pdf`; docs/decisions/0259): the client's folders are not part of the name.
 * What is left is kept and shown as typed or refused with a Chinese message naming `body.file` —
 * never silently changed, never used as a path (files are stored under generated names).
 */
import { AppError } from "../errors/app-error.js";

/** The longest name kept, in characters (what file systems and spreadsheets accept). */
export const maxUploadNameLength = 255;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/** Direction marks, embeddings, overrides and isolates; zero-width characters and BOM. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
/** U+FFFD is what invalid UTF-8 bytes decode to; `\p{Cs}` a lone surrogate half. */
const MALFORMED = /[\ufffd\p{Cs}]/u;

/** What is wrong with a name, said the same wherever it is found out (./file-part.ts too). */
export const uploadNameProblems = {
  empty: "文件名为空，请选择一个有名称的文件",
  lineBreak: "文件名含有换行符（CR 或 LF），请重命名文件后再上传",
} as const;

/** Why a file name cannot be kept (Chinese), or undefined when it can. */
export function uploadNameProblem(name: string): string | undefined {
  if (name.trim() === "") return uploadNameProblems.empty;
  if (MALFORMED.test(name)) return "文件名不是有效的 UTF-8 文本，请重命名文件后再上传";
  if (CONTROL.test(name)) return "文件名含有控制字符（如换行、NUL），请重命名文件后再上传";
  if (INVISIBLE.test(name))
    return "文件名含有不可见字符或文字方向控制字符（如 U+202E），请重命名文件后再上传";
  if (/[/\\]/.test(name)) return "文件名不能包含路径分隔符（/ 或 \\）";
  if ([...name].length > maxUploadNameLength)
    return `文件名过长（最多 ${maxUploadNameLength} 个字符），请缩短后再上传`;
  const stem = name.replace(/\.[^.]*$/, "");
  if (stem.replace(/\./g, "").trim() === "") return "文件名只有扩展名，请给文件起一个名称";
  return undefined;
}

/** The 400 refusing a file's name for `problem`, on `body.file`. */
export function uploadNameError(problem: string): AppError {
  return new AppError("VALIDATION_FAILED", `${problem}。`, {
    fields: [{ path: "body.file", message: problem }],
  });
}

/** The name as typed, or a 400 naming `body.file`. */
export function checkedUploadName(name: string): string {
  const problem = uploadNameProblem(name);
  if (problem !== undefined) throw uploadNameError(problem);
  return name;
}
