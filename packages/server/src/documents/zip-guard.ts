/**
 * Uploaded .docx/.xlsx files are zip archives and treated as hostile (docs/spec/security.md row 19): before
 * any library unpacks one, its central directory is read to check the entry count, the declared
 * unpacked size and the compression ratio, so a zip bomb is refused without being inflated.
 */

/** Limits for an uploaded office document. */
export interface ZipLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
  /** Largest allowed unpacked/packed ratio of one entry (ordinary XML compresses ~10–20×). */
  maxRatio: number;
}

/** Defaults: 2,000 entries, 100 MB unpacked, ratio 200. */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 2000,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

/** Why an archive is refused (Chinese), or undefined when it is within the limits. */
export function checkZip(buffer: Buffer, limits: ZipLimits = defaultZipLimits): string | undefined {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50)
    return "文件不是有效的 Office 文档（不是 zip 格式）";
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65535); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "文件已损坏：找不到 zip 目录";
  const entries = buffer.readUInt16LE(eocd + 10);
  const dirOffset = buffer.readUInt32LE(eocd + 16);
  if (entries > limits.maxEntries)
    return `文件包含的部件过多（${entries} 个，上限 ${limits.maxEntries}）`;
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50)
      return "文件已损坏：zip 目录不完整";
    const packed = buffer.readUInt32LE(at + 20);
    const unpacked = buffer.readUInt32LE(at + 24);
    // 0xFFFFFFFF means a ZIP64 size: an office upload never needs one.
    if (packed === 0xffffffff || unpacked === 0xffffffff) return "文件过大（ZIP64 格式不受支持）";
    total += unpacked;
    if (unpacked > 1024 * 1024 && unpacked / Math.max(packed, 1) > limits.maxRatio)
      return "文件压缩比异常，可能是压缩炸弹，已拒绝";
    at +=
      46 +
      buffer.readUInt16LE(at + 28) +
      buffer.readUInt16LE(at + 30) +
      buffer.readUInt16LE(at + 32);
  }
  if (total > limits.maxUnpackedBytes)
    return `文件解压后过大（${Math.ceil(total / 1048576)} MB，上限 ${Math.floor(limits.maxUnpackedBytes / 1048576)} MB）`;
  return undefined;
}
