/**
 * Batches: many documents (every unit's score sheet or report of a round) as one .zip, built one
 * document at a time with a progress callback, so a long job can report "12 / 40" while it runs.
 */
import JSZip from "jszip";

/** One file of a batch: its name inside the zip and how to build it. */
export interface BatchEntry {
  name: string;
  build: () => Promise<Buffer>;
}

/** A file name safe on Windows and in zips: no path separators or reserved characters, at most 100 characters. */
export function safeFileName(name: string): string {
  const visible = [...name].map((c) => (c.charCodeAt(0) < 32 ? "_" : c)).join("");
  const cleaned = visible
    .replace(/[\\/:*?"<>|]/g, "_")
    .replace(/^\.+/, "_")
    .trim();
  return (cleaned === "" ? "文件" : cleaned).slice(0, 100);
}

/** Builds the entries in order and zips them; `onProgress(done, total)` after each one. */
export async function buildZip(
  entries: readonly BatchEntry[],
  onProgress?: (done: number, total: number) => void,
): Promise<Buffer> {
  const zip = new JSZip();
  const used = new Set<string>();
  let done = 0;
  for (const e of entries) {
    let name = e.name;
    for (let n = 2; used.has(name); n++) name = e.name.replace(/(\.[a-z]+)$/i, `(${n})$1`);
    used.add(name);
    zip.file(name, await e.build());
    onProgress?.(++done, entries.length);
  }
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
