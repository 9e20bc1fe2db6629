/**
 * Builds the unpacked Chrome/Edge extension into dist/chrome (`npm run build` also derives
 * dist/firefox from it, see scripts/build.ts).
 *
 * The content script is built as one self-contained classic script (crxjs "standalone" IIFE):
 * no dynamic-import loader, so nothing has to be web-accessible and pages cannot fingerprint the
 * extension by probing its files. The NLP library never reaches the page: only the worker
 * imports the core.
 */
import { readFileSync } from "node:fs";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";

export const CONTENT_ENTRY = "extension/content/index.ts";
export const MANAGED_SCHEMA = "extension/managed-schema.json";

const manifest = JSON.parse(readFileSync(new URL("./manifest.json", import.meta.url), "utf8")) as ManifestV3Export & {
  storage?: { managed_schema?: string };
};

/** crxjs copies icons and pages but not `storage.managed_schema`: emit it as-is. */
function managedSchema(): Plugin {
  return {
    name: "second-look:managed-schema",
    apply: "build",
    generateBundle() {
      const source = readFileSync(new URL(`./${MANAGED_SCHEMA}`, import.meta.url), "utf8");
      JSON.parse(source); // a broken schema makes Chrome refuse to load the extension: fail the build instead
      this.emitFile({ type: "asset", fileName: MANAGED_SCHEMA, source });
    },
  };
}

export default defineConfig({
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
    crx({ manifest, contentScripts: { standaloneFiles: [CONTENT_ENTRY], injectCss: false } }),
    managedSchema(),
  ],
  build: {
    outDir: "dist/chrome",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // Minified: the page's share is budgeted in gzip bytes; add-on review reads the source archive.
    minify: true,
    reportCompressedSize: false,
    // Vite's module-preload polyfill is the only `fetch(` in the build; extension pages load their
    // modules from the package anyway, and a reviewer grepping for network code should find none.
    modulePreload: { polyfill: false },
    // The background worker carries the model (src/model/model.json, ≤ 3 MB by its own test);
    // nothing that large is injected into pages (scripts/size.ts keeps that budget).
    chunkSizeWarningLimit: 4096,
  },
});
