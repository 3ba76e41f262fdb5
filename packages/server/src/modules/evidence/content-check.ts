/**
 * The content check of an upload: the extension must be allowed, the bytes must be what the
 * extension says (magic bytes; Office packages their own part), and archives must stay within
 * the unpacking limits. A refusal is 415 with a Chinese reason naming the file.
 */
import { AppError } from "../../errors/app-error.js";
import { acceptedExtensions, evidenceFileTypes, extensionOf, hasMagic } from "./file-types.js";
import { checkArchive, type ArchiveLimits } from "../../office/zip-check.js";

const refuse = (message: string) =>
  new AppError("UNSUPPORTED_MEDIA_TYPE", message, { fields: [{ path: "body.file", message }] });

/** The extension is allowed: returns it, or 415. */
export function requireAllowedExtension(fileName: string): string {
  const ext = extensionOf(fileName);
  if (evidenceFileTypes[ext] === undefined) {
    throw refuse(
      `不支持的文件类型「${ext === "" ? "无扩展名" : `.${ext}`}」。佐证材料只能是 ${acceptedExtensions.join("、")} 文件。`,
    );
  }
  return ext;
}

/** Checks the bytes against the extension; returns the Content-Type to store and serve, or 415. */
export async function checkEvidenceContent(
  ext: string,
  bytes: Buffer,
  limits: ArchiveLimits,
): Promise<string> {
  const type = evidenceFileTypes[ext];
  if (type === undefined) throw refuse("不支持的文件类型。");
  if (bytes.length === 0) throw refuse("文件是空的。");
  if (!hasMagic(type, bytes.subarray(0, 16)))
    throw refuse(`文件内容与扩展名 .${ext} 不符（可能是改了扩展名的其他文件），已拒绝。`);
  if (type.magic[0]?.[0] === 0x50) {
    const archive = await checkArchive(bytes, limits);
    if (!archive.ok) throw refuse(`${archive.reason}。`);
    if (type.zipEntry !== undefined && !archive.entries.some((name) => type.zipEntry!.test(name))) {
      throw refuse(`文件内容与扩展名 .${ext} 不符（不是有效的 ${ext} 文档），已拒绝。`);
    }
  }
  return type.contentType;
}
