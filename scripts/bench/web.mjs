// Web app first-load size: the gzipped JavaScript the login page transfers (the entry chunk and
// every chunk it imports statically, as the Vite manifest lists them, compressed as `kaoping
// serve` compresses them). Budget: 400 KB. Needs `npm run build` first.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { writeSection } from "./lib.mjs";

const dist = fileURLToPath(new URL("../../packages/web/dist/", import.meta.url));
const budgetKb = 400;

if (!existsSync(`${dist}.vite/manifest.json`)) {
  console.error("packages/web/dist is missing: run `npm run build` first");
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, "utf8"));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const html = readFileSync(`${dist}index.html`, "utf8");

// The chunks the browser fetches before the login page shows: the entry and its static imports.
const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (chunk === undefined || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);
// Cross-check: everything index.html itself references must be in the set.
for (const [, src] of html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)) files.add(src);

const rows = [...files].map((file) => {
  const bytes = readFileSync(dist + file);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const totalGzip = rows.reduce((sum, r) => sum + r.gzip, 0);
const totalRaw = rows.reduce((sum, r) => sum + r.raw, 0);
const lazy = Object.values(manifest).filter((c) => c.isDynamicEntry).length;
const kb = (n) => (n / 1024).toFixed(1);

const table = [
  "| chunk | raw KB | gzip KB |",
  "|---|---:|---:|",
  ...rows.map((r) => `| ${r.file.replace(/^assets\//, "")} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
  `| **total** | **${kb(totalRaw)}** | **${kb(totalGzip)}** |`,
].join("\n");
const ok = totalGzip <= budgetKb * 1024;
writeSection(
  "web",
  `## Web app: first page load

JavaScript transferred by the login page (entry chunk and its static imports, gzip level 9 as
\`kaoping serve\` sends it): **${kb(totalGzip)} KB gzipped** (${kb(totalRaw)} KB raw) — budget
${budgetKb} KB: ${ok ? "within budget" : "OVER BUDGET"}. ${lazy} pages and parts (every screen after login, ECharts,
the scheme editor, the engine) load on demand.

${table}`,
);
console.log(
  `web first load: ${kb(totalGzip)} KB gzipped JavaScript (${rows.length} files), budget ${budgetKb} KB`,
);
if (!ok) process.exitCode = 1;
