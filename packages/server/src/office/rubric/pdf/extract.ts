/**
 * An uploaded PDF opened in a worker thread (worker-script.ts), bounded: a page limit, a time
 * limit (a PDF that never finishes is refused, the worker stopped) and a memory limit. The result
 * is each page's text runs and drawing operations, or a Chinese reason the file cannot be read.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { WORKER_SCRIPT } from "./worker-script.js";

/** A text run as pdfjs gives it: its text, its matrix (x, y in [4], [5]) and its width. */
export interface PdfRun {
  text: string;
  transform: number[];
  width: number;
  height: number;
}

/** A drawing operation kept: save/restore/transform, a path with how it is painted, an image. */
export type PdfOp = [string] | [string, unknown];

/** A page: its box, its rotation, its text runs and its drawing operations. */
export interface PdfPage {
  view: number[];
  rotate: number;
  runs: PdfRun[];
  ops: PdfOp[];
}

/** Bounds of one parse. */
export interface PdfLimits {
  /** Most pages read. */
  pages: number;
  /** Longest parse, in milliseconds. */
  millis: number;
}

/** The default bounds: a 评分细则 is a few pages, read in a few seconds. */
export const PDF_LIMITS: PdfLimits = { pages: 60, millis: 30_000 };

type WorkerAnswer =
  | { ok: true; pages: PdfPage[] }
  | { ok: false; reason: "password" | "invalid" | "pages"; count?: number };

const require = createRequire(import.meta.url);

/** Where pdfjs-dist is: its module, its cMaps and its standard fonts (local files, no network). */
function libraryFiles() {
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return {
    library: pathToFileURL(join(root, "legacy", "build", "pdf.mjs")).href,
    cMaps: join(root, "cmaps") + "/",
    fonts: join(root, "standard_fonts") + "/",
  };
}

/** The Chinese reason for a worker's refusal. */
function refusal(answer: Exclude<WorkerAnswer, { ok: true }>, limits: PdfLimits): string {
  if (answer.reason === "password")
    return "PDF 文件已加密（需要密码才能打开），无法读取。请上传未加密的 PDF，或原始的 Word/Excel 文件。";
  if (answer.reason === "pages")
    return `PDF 文件共 ${answer.count ?? 0} 页，超过评分细则导入的上限 ${limits.pages} 页，请只上传评分细则部分。`;
  return "文件不是有效的 PDF 文件（可能已损坏），无法打开。";
}

/** Opens a PDF's bytes in a worker: its pages, or a Chinese reason. */
export async function extractPdf(
  bytes: Buffer,
  limits: PdfLimits = PDF_LIMITS,
): Promise<PdfPage[] | string> {
  const worker = new Worker(WORKER_SCRIPT, {
    eval: true,
    workerData: { ...libraryFiles(), maxPages: limits.pages, bytes: new Uint8Array(bytes) },
    resourceLimits: { maxOldGenerationSizeMb: 512 },
    stdout: true,
    stderr: true,
  });
  const seconds = Math.round(limits.millis / 1000);
  return new Promise((done) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      done(
        `PDF 文件在 ${seconds} 秒内未能读完（文件可能已损坏或过于复杂），已停止读取。请上传原始的 Word/Excel 文件，或从 PDF 中复制表格粘贴。`,
      );
    }, limits.millis);
    const finish = (result: PdfPage[] | string) => {
      clearTimeout(timer);
      void worker.terminate();
      done(result);
    };
    worker.once("message", (answer: WorkerAnswer) =>
      finish(answer.ok ? answer.pages : refusal(answer, limits)),
    );
    worker.once("error", () => finish("PDF 文件读取失败（文件可能已损坏或过于复杂），无法打开。"));
    worker.once("exit", () => finish("PDF 文件读取失败（文件可能已损坏或过于复杂），无法打开。"));
  });
}
