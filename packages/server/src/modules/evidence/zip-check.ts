/**
 * Archive limits (docs/spec/security.md row 19): docx, xlsx, ofd and zip files are read from their central
 * directory, and every entry is actually inflated with a running byte budget, so a zip bomb is
 * refused whether or not its headers tell the truth. Nested archives are not opened (they stay
 * compressed; the budget applies to the first level).
 */
import zlib from "node:zlib";

/** The limits of one archive. */
export interface ArchiveLimits {
  maxUnpackedBytes: number;
  maxEntries: number;
}

/** What the check found: the entry names, or why the archive is refused (Chinese). */
export type ArchiveCheck = { ok: true; entries: string[] } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Checks an archive held in memory (evidence files are bounded by the upload size limit). */
export function checkArchive(buf: Buffer, limits: ArchiveLimits): ArchiveCheck {
  const end = findEndOfCentralDirectory(buf);
  if (end < 0) return { ok: false, reason: "压缩文件已损坏（找不到目录）" };
  const count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    return { ok: false, reason: "不支持 ZIP64 格式的压缩文件" };
  if (count > limits.maxEntries)
    return {
      ok: false,
      reason: `压缩文件中的文件过多（${count} 个，上限 ${limits.maxEntries} 个）`,
    };
  const entries: string[] = [];
  let budget = limits.maxUnpackedBytes;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL)
      return { ok: false, reason: "压缩文件已损坏（目录项无效）" };
    const method = buf.readUInt16LE(offset + 10);
    const compressedSize = buf.readUInt32LE(offset + 20);
    const declaredSize = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const localOffset = buf.readUInt32LE(offset + 42);
    const name = buf.subarray(offset + 46, offset + 46 + nameLength).toString("utf8");
    offset += 46 + nameLength + extraLength + commentLength;
    entries.push(name);
    if (declaredSize > budget)
      return { ok: false, reason: "压缩文件解压后过大，疑似压缩炸弹，已拒绝" };
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL)
      return { ok: false, reason: "压缩文件已损坏（文件头无效）" };
    const dataStart =
      localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const data = buf.subarray(dataStart, dataStart + compressedSize);
    if (data.length !== compressedSize)
      return { ok: false, reason: "压缩文件已损坏（数据不完整）" };
    let unpacked: number;
    if (method === 0) unpacked = data.length;
    else if (method === 8) {
      try {
        // One byte over the budget is enough to know it is too big.
        unpacked = zlib.inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if (
          error instanceof RangeError ||
          (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE"
        ) {
          return { ok: false, reason: "压缩文件解压后过大，疑似压缩炸弹，已拒绝" };
        }
        return { ok: false, reason: "压缩文件已损坏（无法解压）" };
      }
    } else return { ok: false, reason: "压缩文件使用了不支持的压缩方式" };
    if (unpacked > budget) return { ok: false, reason: "压缩文件解压后过大，疑似压缩炸弹，已拒绝" };
    budget -= unpacked;
  }
  return { ok: true, entries };
}
