/**
 * Older office formats (.doc, .wps → .docx; .et → .xlsx) converted with LibreOffice when it is
 * installed: `soffice --headless --convert-to` in a private temporary directory and profile, with
 * a time limit, everything deleted afterwards. Without LibreOffice the administrator is told what
 * to install, or to save the file as .docx/.xlsx.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The formats converted, and what each becomes. */
export const legacyFormats = { doc: "docx", wps: "docx", et: "xlsx" } as const;

/** A format LibreOffice converts. */
export type LegacyFormat = keyof typeof legacyFormats;

const notInstalled = (ext: string) =>
  `服务器未安装 LibreOffice，无法读取 .${ext} 文件。请由系统管理员安装 LibreOffice（如 apt install libreoffice-writer libreoffice-calc），或在 Word/WPS 中将文件另存为 .docx/.xlsx 后再上传。`;

/** Converts a .doc/.wps/.et upload; the converted bytes, or a Chinese reason. */
export async function convertLegacy(
  buffer: Buffer,
  ext: LegacyFormat,
  soffice = process.env.KAOPING_SOFFICE ?? "soffice",
): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string }> {
  const dir = await mkdtemp(join(tmpdir(), "kaoping-convert-"));
  try {
    const input = join(dir, `upload.${ext}`);
    await writeFile(input, buffer);
    const target = legacyFormats[ext];
    const run = await new Promise<{ code: string | number | null }>((done) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          target,
          "--outdir",
          dir,
          input,
        ],
        { timeout: 60_000, maxBuffer: 1024 * 1024 },
        (error) =>
          done({ code: error === null ? 0 : ((error as NodeJS.ErrnoException).code ?? 1) }),
      );
    });
    if (run.code === "ENOENT") return { ok: false, message: notInstalled(ext) };
    try {
      return { ok: true, bytes: await readFile(join(dir, `upload.${target}`)) };
    } catch {
      return {
        ok: false,
        message: `无法转换 .${ext} 文件（文件可能已损坏或不是 ${ext === "et" ? "表格" : "文字"}文档），请另存为 .${target} 后再上传。`,
      };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
