/**
 * Older office files for the tests: whether LibreOffice (soffice) is installed, and a file saved
 * by it in an older format (a .docx saved as Word 97 .doc), as a county's old file would be.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** True when LibreOffice can be run here; the tests that convert are skipped otherwise. */
export const sofficeInstalled: boolean = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

/** Converts a file with LibreOffice in a private profile (`filter` as `--convert-to` takes it); the converted bytes. */
export function sofficeConvert(bytes: Buffer, from: string, to: string, filter: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "kaoping-legacy-"));
  try {
    writeFileSync(join(dir, `rubric.${from}`), bytes);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/p`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        dir,
        join(dir, `rubric.${from}`),
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    return readFileSync(join(dir, `rubric.${to}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A .docx saved by LibreOffice as an old Word 97 .doc (an OLE compound document). */
export async function docOf(docx: Promise<Buffer>): Promise<Buffer> {
  return sofficeConvert(await docx, "docx", "doc", "doc:MS Word 97");
}
