/**
 * How much code Second Look injects into the sites' pages: every file the manifest's content
 * scripts load (and any web-accessible script they could pull in), gzipped. Budget: 30 KB.
 * `npm run size` prints it for dist/chrome; the build prints it too.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { ManifestLike } from "./manifest-rules";

export const INJECTED_BUDGET_GZIP_BYTES = 30 * 1024;

export interface InjectedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InjectedSize {
  files: InjectedFile[];
  bytes: number;
  gzipBytes: number;
  withinBudget: boolean;
}

export function measureInjected(dist: string): InjectedSize {
  const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")) as ManifestLike;
  const names = new Set<string>();
  for (const script of manifest.content_scripts ?? []) {
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) names.add(file);
  }
  for (const resource of manifest.web_accessible_resources ?? []) {
    for (const file of (resource as { resources?: string[] }).resources ?? []) if (/\.(m?js|css)$/.test(file)) names.add(file);
  }
  const files = [...names].sort().map((file) => {
    const source = readFileSync(join(dist, file));
    return { file, bytes: source.length, gzipBytes: gzipSync(source, { level: 9 }).length };
  });
  const bytes = files.reduce((sum, { bytes: size }) => sum + size, 0);
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { files, bytes, gzipBytes, withinBudget: gzipBytes <= INJECTED_BUDGET_GZIP_BYTES };
}

export function formatInjected(size: InjectedSize): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = size.files.map(({ file, bytes, gzipBytes }) => `  ${file}: ${kb(bytes)} (${kb(gzipBytes)} gzip)`);
  return [
    `Injected into pages: ${kb(size.gzipBytes)} gzip of ${kb(INJECTED_BUDGET_GZIP_BYTES)} budget (${kb(size.bytes)} raw)${size.withinBudget ? "" : "  OVER BUDGET"}`,
    ...lines,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dist = process.argv[2] ?? "dist/chrome";
  const size = measureInjected(dist);
  console.log(formatInjected(size));
  if (!size.withinBudget) process.exitCode = 1;
}
