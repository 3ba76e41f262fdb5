/**
 * The code run in the worker thread that opens an uploaded PDF with pdfjs-dist (extract.ts): plain
 * JavaScript, evaluated by `new Worker(…, { eval: true })`, so the build needs no second entry.
 * It loads the library from the path it is given, with eval off, no fonts loaded, no scripts or
 * forms run, local cMaps and standard font data only; and it posts back plain data — each page's
 * text runs and the drawing operations a table's ruling lines come from — or why it stopped.
 */
export const WORKER_SCRIPT = `
const { parentPort, workerData } = require("node:worker_threads");
const { library, cMaps, fonts, maxPages, bytes } = workerData;
const KEPT = ["save", "restore", "transform", "constructPath", "paintImageXObject", "paintInlineImageXObject", "paintImageMaskXObject"];
(async () => {
  const pdfjs = await import(library);
  const names = new Map(KEPT.map((k) => [pdfjs.OPS[k], k]));
  const painted = new Map(Object.entries(pdfjs.OPS).map(([k, v]) => [v, k]));
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
      cMapUrl: cMaps, cMapPacked: true, standardFontDataUrl: fonts, enableXfa: false,
      stopAtErrors: false, verbosity: 0, isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false, disableAutoFetch: true, disableStream: true,
    }).promise;
  } catch (e) {
    const reason = e && e.name === "PasswordException" ? "password" : "invalid";
    parentPort.postMessage({ ok: false, reason });
    return;
  }
  if (doc.numPages > maxPages) {
    parentPort.postMessage({ ok: false, reason: "pages", count: doc.numPages });
    return;
  }
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const text = await page.getTextContent({ includeMarkedContent: false });
    const runs = text.items
      .filter((it) => typeof it.str === "string" && it.str.trim() !== "")
      .map((it) => ({ text: it.str, transform: it.transform, width: it.width, height: it.height }));
    pages.push({ view: page.view, rotate: page.rotate, runs, ops: [] });
    page.cleanup();
  }
  // A page's drawing is read only when the document has text: a scan is refused without it.
  if (pages.some((p) => p.runs.length > 0))
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const list = await page.getOperatorList();
      const ops = pages[n - 1].ops;
      list.fnArray.forEach((fn, i) => {
        const name = names.get(fn);
        if (name === undefined) return;
        const args = list.argsArray[i];
        if (name === "transform") ops.push([name, Array.from(args)]);
        else if (name === "constructPath")
          ops.push([name, [painted.get(args[0]) ?? "", Array.from(args[1][0] ?? [])]]);
        else ops.push([name]);
      });
      page.cleanup();
    }
  await doc.destroy();
  parentPort.postMessage({ ok: true, pages });
})().catch(() => parentPort.postMessage({ ok: false, reason: "invalid" }));
`;
