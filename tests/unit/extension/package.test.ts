/**
 * `npm run package` (scripts/package.ts): the archives hold exactly the built files, their
 * manifests carry the right ids and version, the store upload drops the `key` the Chrome Web Store
 * refuses, Mozilla's linter accepts the Firefox archive as AMO would receive it, and the same
 * source gives the same bytes: the test makes two production builds of its own (into temporary
 * folders, the way `npm run build` does: vite, then the Firefox manifest derived from Chrome's),
 * rewrites every file time of the second, packages both and compares.
 *
 * Never touches dist/: other suites may be using or rebuilding it meanwhile.
 */
import { execFile } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from "../../../extension/shared/ids";
import { toFirefoxManifest } from "../../../scripts/firefox";
import type { ManifestLike } from "../../../scripts/manifest-rules";
import { packageExtension, packagingProblems, trackedFiles, zipBytes, type PackageResult } from "../../../scripts/package";
import { ROOT } from "./built";

const REPO = ROOT.replace(/\/+$/, "");
const { version: VERSION } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };
const NAMES = {
  chrome: `second-look-${VERSION}-chrome.zip`,
  store: `second-look-${VERSION}-chrome-store.zip`,
  firefox: `second-look-${VERSION}-firefox.zip`,
  source: `second-look-${VERSION}-source.zip`,
};

/** Every file under `dir` (independently of scripts/package.ts's own walk). */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join("/"), readFileSync(path));
  }
  return files;
}

function unzip(path: string): Map<string, Buffer> {
  const entries = unzipSync(readFileSync(path));
  return new Map(Object.entries(entries).map(([name, data]) => [name, Buffer.from(data)]));
}

/** Chrome's id for a manifest key: sha256 of the DER public key, first 32 hex digits mapped 0-f → a-p. */
function chromeIdOf(key: string): string {
  const hex = createHash("sha256").update(Buffer.from(key, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode("a".charCodeAt(0) + parseInt(digit, 16))).join("");
}

interface Copy {
  chrome: string;
  firefox: string;
}

const temporary: string[] = [];
function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `second-look-package-${label}-`));
  temporary.push(dir);
  return dir;
}

/** A production build into a temporary folder: what `npm run build` writes to dist/, made here. */
async function productionBuild(label: string): Promise<Copy> {
  const dir = tempDir(label);
  const chrome = join(dir, "chrome");
  const firefox = join(dir, "firefox");
  await promisify(execFile)(
    join(REPO, "node_modules", ".bin", "vite"),
    ["build", "-c", join(REPO, "vite.config.ts"), "--outDir", chrome, "--emptyOutDir", "--logLevel", "error"],
    // A release build whatever vitest set (NODE_ENV=test gives development JSX with this machine's paths).
    { cwd: REPO, env: { ...process.env, NODE_ENV: "production" } },
  );
  cpSync(chrome, firefox, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(chrome, "manifest.json"), "utf8")) as ManifestLike;
  writeFileSync(join(firefox, "manifest.json"), `${JSON.stringify(toFirefoxManifest(manifest), null, 2)}\n`);
  return { chrome, firefox };
}

function copyOf(build: Copy): Copy {
  const dir = tempDir("copy");
  cpSync(build.chrome, join(dir, "chrome"), { recursive: true });
  cpSync(build.firefox, join(dir, "firefox"), { recursive: true });
  return { chrome: join(dir, "chrome"), firefox: join(dir, "firefox") };
}

function run(copy: Copy, outDir: string, withSource = true): PackageResult {
  return packageExtension({ distChrome: copy.chrome, distFirefox: copy.firefox, outDir, repoRoot: REPO, withSource });
}

describe("npm run package", () => {
  let copy: Copy;
  let first: string;
  let second: string;
  let result: PackageResult;

  beforeAll(async () => {
    copy = await productionBuild("build-1");
    const again = await productionBuild("build-2");
    // Built later, and with every file time changed besides: none of that may reach the archives.
    const later = new Date("2031-07-04T12:34:56Z");
    for (const dir of [again.chrome, again.firefox]) {
      for (const path of filesUnder(dir).keys()) utimesSync(join(dir, path), later, later);
    }
    first = tempDir("first");
    result = run(copy, first);
    second = tempDir("second");
    run(again, second);
  }, 120_000);

  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it("writes the four archives and a SHA256SUMS that matches them", () => {
    expect(readdirSync(first).sort()).toEqual(["SHA256SUMS", NAMES.store, NAMES.chrome, NAMES.firefox, NAMES.source].sort());
    const sums = readFileSync(join(first, "SHA256SUMS"), "utf8");
    const lines = sums.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const [hash, name] = line.split("  ");
      expect(createHash("sha256").update(readFileSync(join(first, name!))).digest("hex"), name).toBe(hash);
      expect(result.files[name!]).toBe(hash);
    }
    expect(result.version).toBe(VERSION);
  });

  it("gives byte-identical archives from a second build of the same source, whatever the file times", () => {
    for (const name of readdirSync(first)) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    }
  });

  it("the Chrome archive is dist/chrome exactly, byte for byte, with the key that fixes the id", () => {
    const zipped = unzip(join(first, NAMES.chrome));
    const built = filesUnder(copy.chrome);
    expect([...zipped.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [path, data] of built) expect(zipped.get(path)?.equals(data), path).toBe(true);
    const manifest = JSON.parse(zipped.get("manifest.json")!.toString("utf8")) as { version: string; key: string };
    expect(manifest.version).toBe(VERSION);
    expect(chromeIdOf(manifest.key)).toBe(CHROME_EXTENSION_ID);
  });

  it("the store archive is the same files with the manifest's key removed (the Chrome Web Store refuses it)", () => {
    const store = unzip(join(first, NAMES.store));
    const built = filesUnder(copy.chrome);
    expect([...store.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [path, data] of built) {
      if (path !== "manifest.json") expect(store.get(path)?.equals(data), path).toBe(true);
    }
    const original = JSON.parse(built.get("manifest.json")!.toString("utf8")) as Record<string, unknown>;
    const uploaded = JSON.parse(store.get("manifest.json")!.toString("utf8")) as Record<string, unknown>;
    expect(uploaded.key).toBeUndefined();
    delete original.key;
    expect(uploaded).toEqual(original);
  });

  it("the Firefox archive is dist/firefox exactly, with the add-on id and version", () => {
    const zipped = unzip(join(first, NAMES.firefox));
    const built = filesUnder(copy.firefox);
    expect([...zipped.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [path, data] of built) expect(zipped.get(path)?.equals(data), path).toBe(true);
    const manifest = JSON.parse(zipped.get("manifest.json")!.toString("utf8")) as {
      version: string;
      key?: string;
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(manifest.version).toBe(VERSION);
    expect(manifest.browser_specific_settings.gecko.id).toBe(FIREFOX_EXTENSION_ID);
    expect(manifest.key).toBeUndefined();
  });

  it("Mozilla's linter (what AMO runs on an upload) reads the Firefox archive itself: no errors", async () => {
    const { stdout } = await promisify(execFile)(
      join(REPO, "node_modules", ".bin", "addons-linter"),
      ["--output", "json", join(first, NAMES.firefox)],
      { cwd: REPO, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: unknown[]; warnings: Array<{ code: string }> };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // Same accepted warning as the lint of dist/firefox: innerHTML inside Preact's renderer.
    expect(report.warnings.filter(({ code }) => code !== "UNSAFE_VAR_ASSIGNMENT")).toEqual([]);
  }, 60_000);

  it("the source archive holds what git tracks (build files included) and no private key", () => {
    const zipped = unzip(join(first, NAMES.source));
    expect([...zipped.keys()].sort()).toEqual(trackedFiles(REPO).sort());
    for (const needed of ["package.json", "package-lock.json", "manifest.json", "vite.config.ts", "scripts/build.ts", "README.md"]) {
      expect(zipped.has(needed), needed).toBe(true);
    }
    expect([...zipped.keys()].filter((path) => /\.pem$|^\.tmp\/|^dist\/|^node_modules\//.test(path))).toEqual([]);
  });

  it("refuses a development build (this machine's paths inside) and anything holding a private key", () => {
    const devBuild = { path: "extension/content/index.js", data: Buffer.from(`var z=\`${REPO}/extension/overlay/icons.tsx\`;`) };
    const pem = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" });
    const key = { path: "notes.txt", data: Buffer.from(`Keep safe:\n${pem}`) };
    // Naming the marker is not holding a key (this test and scripts/package.ts both do).
    const mention = { path: "scripts/notes.ts", data: Buffer.from('const marker = "-----BEGIN PRIVATE KEY-----";') };
    const fine = { path: "manifest.json", data: Buffer.from('{"version":"0.1.0"}') };
    expect(packagingProblems([fine], REPO, { built: true })).toEqual([]);
    expect(packagingProblems([devBuild], REPO, { built: true })).toEqual([expect.stringContaining("development build")]);
    expect(packagingProblems([key], REPO, { built: false })).toEqual([expect.stringContaining("private key")]);
    expect(packagingProblems([mention], REPO, { built: false })).toEqual([]);

    const tainted = copyOf(copy);
    writeFileSync(join(tainted.chrome, "extension", "content", "index.js"), devBuild.data);
    expect(() => run(tainted, tempDir("tainted"), false)).toThrow(/development build/);
  });

  it("refuses when dist/chrome, dist/firefox and package.json disagree on the version", () => {
    const skewed = copyOf(copy);
    const manifestPath = join(skewed.firefox, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: "9.9.9" }));
    expect(() => run(skewed, tempDir("skewed"), false)).toThrow(/Versions disagree/);
  });

  it("the zip writer refuses unsafe and duplicate paths", () => {
    const data = Buffer.from("x");
    for (const path of ["../escape.js", "/absolute.js", "a//b.js", "a\\b.js", ""]) {
      expect(() => zipBytes([{ path, data }]), path).toThrow(/Not a safe archive path/);
    }
    expect(() => zipBytes([{ path: "a.js", data }, { path: "a.js", data }])).toThrow(/Duplicate/);
    expect(Object.keys(unzipSync(zipBytes([{ path: "dossier/é.txt", data }])))).toEqual(["dossier/é.txt"]);
  });
});
