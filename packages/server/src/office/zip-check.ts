/**
 * Archive limits (docs/spec/security.md row 19; issue 15, finding 9): docx, xlsx, ofd and zip
 * files are read from their central directory, and every entry is actually inflated — by
 * streaming, counting the bytes and throwing them away — against a running byte budget for the
 * request, so a zip bomb is refused whether or not its headers tell the truth, without ever
 * holding its unpacked bytes and without blocking the event loop (zlib works on the thread pool).
 * An entry that unpacks to over 1 MiB at more than 200 times its packed size is refused as a bomb
 * as soon as that shows. Across the server at most `INSPECTIONS_AT_ONCE` archives are inflated at
 * a time; the others wait their turn, so eight bombs at once cost what two do. Nested archives
 * are not opened (they stay compressed; the budget applies to the first level).
 */
import zlib from "node:zlib";

/** The limits of one archive (one upload: the request's budget). */
export interface ArchiveLimits {
  maxUnpackedBytes: number;
  maxEntries: number;
}

/** What the check found: the entry names, or why the archive is refused (Chinese). */
export type ArchiveCheck = { ok: true; entries: string[] } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const BOMB = "压缩文件解压后过大，疑似压缩炸弹，已拒绝";
/** Largest unpacked/packed ratio of an entry past its first MiB (ordinary files: under ~20). */
const MAX_RATIO = 200;
const RATIO_FROM_BYTES = 1024 * 1024;
/** Archives inflated at once across the server. */
export const INSPECTIONS_AT_ONCE = 2;

let active = 0;
let peak = 0;
const waiting: (() => void)[] = [];

/** How many archives are being inflated now and at most so far (for tests and monitoring). */
export function archiveInspections(): { active: number; peak: number } {
  return { active, peak };
}

async function takeTurn(): Promise<void> {
  if (active >= INSPECTIONS_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  active += 1;
  peak = Math.max(peak, active);
}

function endTurn(): void {
  active -= 1;
  waiting.shift()?.();
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * Inflates `data` as a stream and counts its bytes; stops as soon as the count passes `budget`
 * or the ratio shows a bomb. Resolves to the size, "too-big" or "corrupt".
 */
function inflatedSize(data: Buffer, budget: number): Promise<number | "too-big" | "corrupt"> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    let settled = false;
    const settle = (result: number | "too-big" | "corrupt") => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(result);
    };
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      const ratioBomb = size > RATIO_FROM_BYTES && size / Math.max(data.length, 1) > MAX_RATIO;
      if (size > budget || ratioBomb) settle("too-big");
    });
    inflate.on("end", () => settle(size));
    inflate.on("error", () => settle("corrupt"));
    inflate.end(data);
  });
}

/** Checks an archive held in memory (evidence files are bounded by the upload size limit). */
export async function checkArchive(buf: Buffer, limits: ArchiveLimits): Promise<ArchiveCheck> {
  await takeTurn();
  try {
    return await inspect(buf, limits);
  } finally {
    endTurn();
  }
}

async function inspect(buf: Buffer, limits: ArchiveLimits): Promise<ArchiveCheck> {
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
    if (declaredSize > budget) return { ok: false, reason: BOMB };
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
      const size = await inflatedSize(data, budget);
      if (size === "too-big") return { ok: false, reason: BOMB };
      if (size === "corrupt") return { ok: false, reason: "压缩文件已损坏（无法解压）" };
      unpacked = size;
    } else return { ok: false, reason: "压缩文件使用了不支持的压缩方式" };
    if (unpacked > budget) return { ok: false, reason: BOMB };
    budget -= unpacked;
  }
  return { ok: true, entries };
}
