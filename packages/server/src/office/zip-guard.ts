/**
 * Uploaded .docx/.xlsx files are zip archives and treated as hostile (docs/spec/security.md row 19;
 * issue 15, finding 9): before any library unpacks one, every entry is inflated by streaming
 * against a byte budget (`zip-check.ts`, the same inspector as evidence uploads), so a zip bomb is
 * refused whether or not its directory tells the truth.
 */
import { checkArchive, type ArchiveLimits } from "./zip-check.js";

/** Defaults: 2,000 entries, 100 MB unpacked. */
const officeZipLimits: ArchiveLimits = { maxEntries: 2000, maxUnpackedBytes: 100 * 1024 * 1024 };

/** Why an office document is refused (Chinese), or undefined when it is within the limits. */
export async function checkZip(buffer: Buffer): Promise<string | undefined> {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50)
    return "文件不是有效的 Office 文档（不是 zip 格式）";
  const check = await checkArchive(buffer, officeZipLimits);
  return check.ok ? undefined : check.reason;
}
