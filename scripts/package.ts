/**
 * `npm run package`: builds Second Look for release and writes what schools and stores install
 * into dist/packages/:
 *
 *   second-look-<version>-chrome.zip        dist/chrome exactly, manifest `key` included: what a
 *                                           school unpacks (or packs into a .crx) to keep the
 *                                           fixed id gjchgooaomehdmkmijmcojagmdejfdkl
 *   second-look-<version>-chrome-store.zip  the same files without the manifest `key`, which the
 *                                           Chrome Web Store refuses ("key field is not allowed in
 *                                           manifest"); also the upload for Edge Add-ons
 *   second-look-<version>-firefox.zip       dist/firefox: the upload for addons.mozilla.org
 *                                           (signing), or about:debugging as a temporary add-on
 *   second-look-<version>-source.zip        every file git tracks: the source AMO reviewers ask
 *                                           for when the add-on's code is bundled and minified
 *   SHA256SUMS                              `sha256sum -c` format
 *
 * Reproducible: files in byte order of their paths, one fixed timestamp (1980-01-01 00:00, the
 * earliest a zip can hold), fixed permissions, deflate at level 9 from Node's bundled zlib. The
 * same build and the same Node version give byte-identical archives. The zip writer is a few
 * dozen lines and needs no dependency: only what a store, Chrome, Firefox and `unzip` read.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";

export const REPO_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const PACKAGES_DIR = join(REPO_ROOT, "dist", "packages");

/** The archives `npm run package` writes (README.md and docs/deploying.md list the same names). */
export const ARCHIVE_KINDS = ["chrome", "chrome-store", "firefox", "source"] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];
export function archiveName(version: string, kind: ArchiveKind): string {
  return `second-look-${version}-${kind}.zip`;
}
export const CHECKSUMS_FILE = "SHA256SUMS";

export interface ZipEntry {
  /** Path inside the archive, "/"-separated, no leading "/". */
  path: string;
  data: Uint8Array;
}

/** 1980-01-01 00:00:00 in MS-DOS form (date: year-1980 << 9 | month << 5 | day; time: 0). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** "Made by" Unix (3), zip spec 2.0, so the external attributes below are Unix modes. */
const MADE_BY_UNIX = (3 << 8) | 20;
const VERSION_NEEDED = 20;
/** Names are UTF-8 (general purpose flag bit 11). */
const FLAG_UTF8 = 0x0800;
/** Regular file, rw-r--r--, in the high 16 bits. */
const REGULAR_FILE_MODE = (0o100644 << 16) >>> 0;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

/** A zip archive of `entries` in the order given, with fixed metadata (see the file comment). */
export function zipBytes(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > MAX_ENTRIES) throw new Error(`Too many files for a zip without zip64: ${entries.length}`);
  const seen = new Set<string>();
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { path, data } of entries) {
    if (!path || path.startsWith("/") || path.includes("\\") || path.split("/").some((part) => part === ".." || part === "")) {
      throw new Error(`Not a safe archive path: ${JSON.stringify(path)}`);
    }
    if (seen.has(path)) throw new Error(`Duplicate archive path: ${path}`);
    seen.add(path);
    const name = Buffer.from(path, "utf8");
    const deflated = deflateRawSync(data, { level: 9 });
    // Deflate only where it helps (PNG icons are already compressed).
    const method = deflated.length < data.length ? METHOD_DEFLATED : METHOD_STORED;
    const body = method === METHOD_DEFLATED ? deflated : Buffer.from(data);
    const checksum = crc32(data);
    if (data.length > MAX_BYTES || offset > MAX_BYTES) throw new Error(`Too large for a zip without zip64: ${path}`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field: no timestamps beyond the fixed DOS one, no uid/gid
    parts.push(local, name, body);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(MADE_BY_UNIX, 4);
    header.writeUInt16LE(VERSION_NEEDED, 6);
    header.writeUInt16LE(FLAG_UTF8, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(checksum, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(0, 30); // extra field length
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34); // disk number
    header.writeUInt16LE(0, 36); // internal attributes
    header.writeUInt32LE(REGULAR_FILE_MODE, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);

    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  if (offset + centralSize > MAX_BYTES) throw new Error("Archive too large for a zip without zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk where the central directory starts
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...parts, ...central, end]);
}

/** Byte order of the UTF-8 paths: the same on every machine and locale. */
function byPath(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** Every regular file under `dir`, as "/"-separated paths relative to it, in byte order. */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) visit(path);
      else if (stat.isFile()) found.push(relative(dir, path).split(sep).join("/"));
      else throw new Error(`Not a regular file (a link?), refusing to package it: ${path}`);
    }
  };
  visit(dir);
  return found.sort(byPath);
}

function entriesOf(dir: string, paths: readonly string[]): ZipEntry[] {
  return paths.map((path) => ({ path, data: readFileSync(join(dir, path)) }));
}

/** The files git tracks (and that still exist), for the source archive. */
export function trackedFiles(repoRoot: string): string[] {
  const listed = execFileSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return listed
    .split("\0")
    .filter((path) => path !== "" && existsSync(join(repoRoot, path)) && lstatSync(join(repoRoot, path)).isFile())
    .sort(byPath);
}

interface BuiltManifest {
  version?: string;
  key?: string;
  browser_specific_settings?: { gecko?: { id?: string } };
}

function readManifest(dir: string): BuiltManifest {
  const path = join(dir, "manifest.json");
  if (!existsSync(path)) throw new Error(`No ${path}: build first (npm run build).`);
  return JSON.parse(readFileSync(path, "utf8")) as BuiltManifest;
}

/**
 * What must never ship: a private key (the signing key lives outside git, with the maintainers)
 * and this machine's paths, which a development build (NODE_ENV not "production", e.g. a build
 * started from inside vitest) writes into every JSX element. Either would also make the archive
 * depend on where it was built.
 */
/** A whole PEM private key block (not just its marker, which this file and its test mention). */
const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]{64,}-----END ([A-Z]+ )?PRIVATE KEY-----/;

export function packagingProblems(entries: readonly ZipEntry[], repoRoot: string, { built }: { built: boolean }): string[] {
  const problems: string[] = [];
  const rootPath = Buffer.from(repoRoot.replace(/\/+$/, ""), "utf8");
  for (const { path, data } of entries) {
    const buffer = Buffer.from(data);
    if (/\.pem$/i.test(path) || PEM_PRIVATE_KEY.test(buffer.toString("latin1"))) problems.push(`${path} holds a private key`);
    if (built && rootPath.length > 1 && buffer.includes(rootPath)) {
      problems.push(`${path} contains the build machine's path ${repoRoot} (a development build? build with NODE_ENV=production)`);
    }
  }
  return problems;
}

export interface PackageOptions {
  distChrome: string;
  distFirefox: string;
  outDir: string;
  /** Repository root: the source archive's files (git ls-files) and the path no build may contain. */
  repoRoot: string;
  /** Skip the source archive (tests that only look at the extension packages). */
  withSource?: boolean;
}

export interface PackageResult {
  version: string;
  /** File name → SHA-256 (hex), in the order of SHA256SUMS. */
  files: Record<string, string>;
}

export function packageExtension(options: PackageOptions): PackageResult {
  const chrome = readManifest(options.distChrome);
  const firefox = readManifest(options.distFirefox);
  const { version: pkgVersion } = JSON.parse(readFileSync(join(options.repoRoot, "package.json"), "utf8")) as { version?: string };
  const version = chrome.version;
  if (!version || firefox.version !== version || pkgVersion !== version) {
    throw new Error(
      `Versions disagree: dist/chrome ${chrome.version}, dist/firefox ${firefox.version}, package.json ${pkgVersion}. Set the same version in manifest.json and package.json and rebuild.`,
    );
  }
  if (!chrome.key) throw new Error("dist/chrome/manifest.json has no `key`: the fixed extension id would be lost.");
  if (firefox.key) throw new Error("dist/firefox/manifest.json carries the Chrome `key`.");

  const chromeEntries = entriesOf(options.distChrome, listFiles(options.distChrome));
  const storeManifest: BuiltManifest = { ...chrome };
  delete storeManifest.key;
  const storeEntries = chromeEntries.map((entry) =>
    entry.path === "manifest.json" ? { path: entry.path, data: Buffer.from(`${JSON.stringify(storeManifest, null, 2)}\n`) } : entry,
  );
  const firefoxEntries = entriesOf(options.distFirefox, listFiles(options.distFirefox));
  const archives: Array<[string, ZipEntry[]]> = [
    [archiveName(version, "chrome"), chromeEntries],
    [archiveName(version, "chrome-store"), storeEntries],
    [archiveName(version, "firefox"), firefoxEntries],
  ];
  const sourceName = archiveName(version, "source");
  if (options.withSource ?? true) {
    archives.push([sourceName, entriesOf(options.repoRoot, trackedFiles(options.repoRoot))]);
  }

  const problems = archives.flatMap(([name, entries]) =>
    packagingProblems(entries, options.repoRoot, { built: name !== sourceName }).map((problem) => `${name}: ${problem}`),
  );
  if (problems.length > 0) throw new Error(`Refusing to package:\n  - ${problems.join("\n  - ")}`);

  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  const files: Record<string, string> = {};
  for (const [name, entries] of [...archives].sort(([a], [b]) => byPath(a, b))) {
    const bytes = zipBytes(entries);
    writeFileSync(join(options.outDir, name), bytes);
    files[name] = createHash("sha256").update(bytes).digest("hex");
  }
  const sums = Object.entries(files).map(([name, hash]) => `${hash}  ${name}\n`);
  writeFileSync(join(options.outDir, CHECKSUMS_FILE), sums.join(""));
  return { version, files };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = performance.now();
  // A release is a production build whatever the caller's environment says (vitest sets "test").
  execFileSync("npm", ["run", "build", "--silent"], { cwd: REPO_ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  const result = packageExtension({
    distChrome: join(REPO_ROOT, "dist", "chrome"),
    distFirefox: join(REPO_ROOT, "dist", "firefox"),
    outDir: PACKAGES_DIR,
    repoRoot: REPO_ROOT,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Packaged Second Look ${result.version} into ${relative(process.cwd(), PACKAGES_DIR) || "."} in ${seconds} s:`);
  for (const [name, hash] of Object.entries(result.files)) {
    const size = readFileSync(join(PACKAGES_DIR, name)).length;
    console.log(`  ${name}  ${(size / 1024).toFixed(1)} KB  sha256 ${hash}`);
  }
  if (dirty) {
    console.warn("Note: the working tree has uncommitted changes; they are in these packages. Release from a clean checkout.");
  }
}
