/**
 * Vite build of the web app. `@kaoping/engine` and `@kaoping/server/contract` resolve to their
 * TypeScript sources, so the browser scores with exactly the server's engine and validates
 * with exactly the server's limits. The manifest feeds `scripts/bench/web.mjs`.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@kaoping/engine": source("../engine/src/index.ts"),
      "@kaoping/server/contract": source("../server/src/contract/index.ts"),
    },
  },
  // The server replaces the placeholder with a fresh nonce per page (docs/decisions/0031); Vite
  // puts it on its tags and in <meta property="csp-nonce"> for the app's CSS-in-JS.
  html: { cspNonce: "__CSP_NONCE__" },
  server: {
    port: 5173,
    proxy: { "/api": "http://localhost:8080" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    // Office intranets run current Chromium-based browsers (360, Edge, Chrome).
    target: "es2022",
    chunkSizeWarningLimit: 1500,
  },
});
