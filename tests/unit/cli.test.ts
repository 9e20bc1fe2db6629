/**
 * The command line, end to end through a real child process (a handful: each costs ~0.5–1 s) and
 * in-process through `main()` for the finer cases.
 *
 * Posts are chosen for evidence the engine reads without doubt (a UK mobile number, "pulled a
 * sickie", a swear word); clause texts and titles come from the profiles, not copied here.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main, type CliIO } from "../../src/cli";
import { getProfile } from "../../src/profiles/index";
import type { Finding } from "../../src/types";

const ROOT = resolve(import.meta.dirname, "../..");
const CATCOTT = getProfile("catcott");
const LE_CATEAU = getProfile("le-cateau");
const GENERAL = getProfile("general");
const PHONE_POST = "Ring me on 07700 900731 after school";
const PHONE = "07700 900731";

/** What must never reach a terminal raw: C0 controls but the line break, DEL, C1 controls, U+2028/9, bidi controls. */
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `node --import tsx src/cli.ts …`: measured here at ~0.5–1 s a run, against ~1.5–2.5 s for
 * `npx tsx`, which starts npm and then a second node process.
 */
function runCli(args: string[], input?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

/** Collects what `main()` writes. */
class Sink {
  text = "";
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

function io(stdin: string | Readable = "", options: { tty?: boolean; env?: Record<string, string>; stdinTTY?: boolean } = {}) {
  const stream = typeof stdin === "string" ? Readable.from([stdin]) : stdin;
  if (options.stdinTTY) (stream as Readable & { isTTY?: boolean }).isTTY = true;
  const stdout = new Sink(options.tty);
  const stderr = new Sink();
  const value: CliIO = { stdin: stream, stdout, stderr, env: options.env ?? {}, cwd: ROOT };
  return { io: value, stdout, stderr };
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function tempConfig(settings: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "second-look-cli-"));
  const path = join(dir, "settings.json");
  writeFileSync(path, JSON.stringify(settings));
  return path;
}

describe("command line, through a child process", () => {
  it("prints a flagged post readably: quote in context, category, severity, reason, suggestion, clause and policy", async () => {
    const run = await runCli(["--profile", "catcott", PHONE_POST]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const personal = CATCOTT.categories["personal-details"]!;
    expect(run.stdout).toContain(`Ring me on «${PHONE}» after school`);
    expect(run.stdout).toContain("(personal-details)");
    expect(run.stdout).toContain(`${personal.severity} severity`);
    expect(run.stdout).toContain("Why: This posts a personal phone number.");
    expect(run.stdout).toMatch(/Try: \S/);
    expect(run.stdout).toContain(`${CATCOTT.title} says:`);
    // The clause is wrapped to the terminal's width: compare with whitespace collapsed.
    expect(run.stdout.replace(/\s+/g, " ")).toContain(`“${personal.clause.replace(/\s+/g, " ")}”`);
    expect(run.stdout).not.toContain("\x1b["); // not a terminal: no escape codes
  });

  it("reads the post from stdin and says so briefly when nothing is found", async () => {
    const run = await runCli(["--profile", "cadoxton", "--fail-on-findings"], "A long walk on the beach with the dog this morning\n");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`No issues found under ${getProfile("cadoxton").title}.\n`);
  });

  it("jsonl: one line per input, in order; bad lines give {id?, error}, blank lines are skipped, per-line settings apply to that line only; exit 2", async () => {
    const input = [
      JSON.stringify({ id: "a", text: PHONE_POST }),
      "{not json",
      "",
      JSON.stringify({ id: "b" }),
      JSON.stringify({ id: 7, text: PHONE_POST, settings: { profile: "le-cateau" } }),
      "   ",
      JSON.stringify({ id: "d", text: PHONE_POST }),
    ].join("\n");
    const run = await runCli(["--format", "jsonl", "--profile", "catcott"], `${input}\n`);
    expect(run.status).toBe(2);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.id)).toEqual(["a", undefined, "b", 7, "d"]);
    expect(Object.keys(lines[1]!)).toEqual(["error"]);
    expect(lines[1]!.error).toMatch(/^line 2: not valid JSON/);
    expect(lines[2]).toEqual({ id: "b", error: 'line 4: "text" is missing' });
    const policyOf = (line: Record<string, unknown>) => (line.findings as Finding[]).map((f) => f.clause.policy);
    expect(policyOf(lines[0]!)).toEqual([CATCOTT.title]);
    expect(policyOf(lines[3]!)).toEqual([LE_CATEAU.title]);
    expect(policyOf(lines[4]!)).toEqual([CATCOTT.title]); // the line's settings did not leak
    const finding = (lines[0]!.findings as Finding[])[0]!;
    expect(finding).toMatchObject({ category: "personal-details", quote: PHONE, start: 11, end: 23 });
  });

  it("jsonl: all lines good → exit 0, findings are complete Finding objects", async () => {
    const FIRST_LINE = "Pulled a sickie today, don't tell anyone. Email me at j.smith@oakfield.sch.uk";
    const input = [
      JSON.stringify({ id: 1, text: FIRST_LINE }),
      JSON.stringify({ id: 2, text: "Lovely sunset over the hills tonight" }),
    ].join("\r\n");
    const run = await runCli(["--format", "jsonl"], input);
    expect(run.status).toBe(0);
    const [first, second] = jsonLines(run.stdout);
    expect(second).toEqual({ id: 2, findings: [] });
    // Which categories the engine finds is judgement (npm run eval); here, that each is whole.
    const findings = first!.findings as Finding[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.quote).toBe(FIRST_LINE.slice(f.start, f.end));
      expect(f.clause).toEqual({ policy: GENERAL.title, text: GENERAL.categories[f.category]!.clause });
      expect(typeof f.reason).toBe("string");
      expect(["low", "medium", "high"]).toContain(f.severity);
    }
  });

  it("--config with a malformed field warns on stderr naming the field and still checks with the rest", async () => {
    const config = tempConfig({ profile: "catcott", minSeverity: "extreme", schoolNames: "Catcott" });
    const run = await runCli(["--config", config, "--format", "json", "--fail-on-findings", PHONE_POST]);
    expect(run.stderr).toMatch(/^warning: --config .*: minSeverity: .*"extreme"/m);
    expect(run.stderr).toMatch(/^warning: --config .*: schoolNames: /m);
    const { findings } = JSON.parse(run.stdout) as { findings: Finding[] };
    expect(findings.map((f) => [f.category, f.quote, f.clause.policy])).toEqual([["personal-details", PHONE, CATCOTT.title]]);
    expect(run.status).toBe(1); // --fail-on-findings
  });

  it("an unknown profile is a clear error listing the valid ids, exit 2", async () => {
    const run = await runCli(["--profile", "catcot", "hello"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('unknown profile "catcot"');
    for (const id of ["general", "le-cateau", "model-policy-draft", "catcott", "cadoxton", "st-thomas-of-canterbury"]) {
      expect(run.stderr).toContain(id);
    }
  });
});

describe("main(), in process", () => {
  it("--help prints the usage and exits 0", async () => {
    const t = io();
    expect(await main(["--help"], t.io)).toBe(0);
    expect(t.stdout.text).toContain("--format jsonl");
    expect(t.stdout.text).toContain("--fail-on-findings");
  });

  it.each([
    [["--at", "2026-13-45T99:99", "x"], /--at "2026-13-45T99:99" is not a local date-time/],
    [["--at", "yesterday", "x"], /--at "yesterday"/],
    [["--bogus", "x"], /--bogus/],
    [["--format", "xml", "x"], /unknown --format "xml"/],
    [["--format", "jsonl", "some text"], /reads posts from stdin/],
    [["--config", "/nonexistent/settings.json", "x"], /cannot read --config/],
  ])("bad usage %j → exit 2 with a reason", async (argv, message) => {
    const t = io();
    expect(await main(argv, t.io)).toBe(2);
    expect(t.stderr.text).toMatch(message);
    expect(t.stderr.text).toContain("--help");
    expect(t.stdout.text).toBe("");
  });

  it("--config that is not JSON is a usage error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "second-look-cli-"));
    writeFileSync(join(dir, "bad.json"), "{profile: catcott}");
    const t = io();
    expect(await main(["--config", join(dir, "bad.json"), "x"], t.io)).toBe(2);
    expect(t.stderr.text).toMatch(/is not valid JSON/);
  });

  it("no text and a terminal on stdin → exit 2 instead of waiting forever", async () => {
    const t = io("", { stdinTTY: true });
    expect(await main([], t.io)).toBe(2);
    expect(t.stderr.text).toMatch(/no text given/);
  });

  it("colour on a terminal, brackets elsewhere; NO_COLOR wins", async () => {
    const tty = io("", { tty: true });
    await main(["--profile", "catcott", PHONE_POST], tty.io);
    expect(tty.stdout.text).toMatch(/\x1b\[1m\x1b\[4m\x1b\[3\dm07700 900731\x1b\[0m/);
    expect(tty.stdout.text).not.toContain("«");

    const noColour = io("", { tty: true, env: { NO_COLOR: "1" } });
    await main(["--profile", "catcott", PHONE_POST], noColour.io);
    expect(noColour.stdout.text).not.toContain("\x1b");
    expect(noColour.stdout.text).toContain(`«${PHONE}»`);
  });

  it("control characters in a post are shown, not sent to the terminal", async () => {
    const t = io("", { tty: true });
    await main([`\x1b]0;pwned\x07Ring me on 07700 900731\x1b[2J`], t.io);
    expect(t.stdout.text).not.toContain("\x1b]");
    expect(t.stdout.text).not.toContain("\x1b[2J");
    expect(t.stdout.text).toContain("␛]0;pwned␇Ring me on");
  });

  it("control characters from a config file reach stderr escaped, visibly, never raw", async () => {
    const hostileKeys = ["\u001b]0;pwned\u0007evil", "\u009b2Jcsi", "two\nwarning: forged line"];
    const config = tempConfig(Object.fromEntries(hostileKeys.map((key) => [key, 1])));
    const t = io();
    await main(["--config", config, "--format", "json", "hello"], t.io);
    expect(t.stderr.text).not.toMatch(TERMINAL_CONTROLS);
    expect(t.stderr.text).toContain("\\u001b]0;pwned\\u0007evil: ");
    expect(t.stderr.text).toContain("\\u009b2Jcsi: ");
    // One warning a key, each on its own line: a line break in a key cannot forge another.
    expect(t.stderr.text.split("\n").filter(Boolean)).toHaveLength(hostileKeys.length);
    expect(t.stderr.text).not.toMatch(/^warning: forged/m);
  });

  it("control characters in usage errors and jsonl warnings are escaped too", async () => {
    const profile = io();
    expect(await main(["--profile", "\u001b[2J\u009b2J\nforged", "x"], profile.io)).toBe(2);
    expect(profile.stderr.text).toContain('unknown profile "\\u001b[2J\\u009b2J\\nforged"');
    expect(profile.stderr.text).toContain("\n  catcott"); // the list of profiles keeps its lines

    const dir = mkdtempSync(join(tmpdir(), "second-look-cli-"));
    writeFileSync(join(dir, "bad.json"), '{"profile":\n\u001b[2J}');
    const config = io();
    expect(await main(["--config", join(dir, "bad.json"), "x"], config.io)).toBe(2);
    expect(config.stderr.text).toMatch(/is not valid JSON/);
    expect(config.stderr.text.split("\n")).toHaveLength(3); // the error, the hint, and the end of the hint's line

    const line = JSON.stringify({ id: "\u009b2J", text: "hi", at: "\u009b1;1H", settings: { "\u001b[2J": 1 } });
    const jsonl = io(line);
    await main(["--format", "jsonl"], jsonl.io);
    expect(jsonl.stderr.text).toMatch(/settings\.\\u001b\[2J: /);
    expect(jsonl.stderr.text).toContain("(id \"\\u009b2J\")");

    for (const run of [profile, config, jsonl]) expect(run.stderr.text).not.toMatch(TERMINAL_CONTROLS);
  });

  it("JSON output escapes the characters JSON.stringify leaves raw (C1 controls, U+2028/9, bidi overrides)", async () => {
    const id = "\u009b2J\u0085next\u2028line\u202egnp.exe";
    const jsonl = io(JSON.stringify({ id, text: "hi" }));
    await main(["--format", "jsonl"], jsonl.io);
    expect(jsonl.stdout.text).not.toMatch(TERMINAL_CONTROLS);
    expect(jsonLines(jsonl.stdout.text)).toEqual([{ id, findings: [] }]);

    const post = `\u009b2J${PHONE_POST}\u2029`;
    const json = io();
    await main(["--format", "json", post], json.io);
    expect(json.stdout.text).not.toMatch(TERMINAL_CONTROLS);
    const { findings } = JSON.parse(json.stdout.text) as { findings: Finding[] };
    expect(findings.map((f) => f.quote)).toEqual([PHONE]);
    expect(findings[0]!.start).toBe(post.indexOf(PHONE));
  });

  it("the readable report shows a custom term in its reason, and the post's own line separators, safely", async () => {
    const term = "Mr \u202eSmith"; // a right-to-left override: allowed in a term, but it reorders a terminal line
    const config = tempConfig({ customTerms: [{ term, category: "colleague-information", severity: "high" }] });
    const t = io("", { tty: true });
    await main(["--config", config, `Saw ${term} at the match\u2028last night`], t.io);
    expect(t.stdout.text).toContain("Why: Your school asked to flag");
    expect(t.stdout.text).not.toMatch(/[\u202e\u2028]/u);
    expect(t.stdout.text).toContain("at the match last night"); // a separator is shown as a space, like a line break
  });

  it("counts in the text's own offsets when stdin ends with a line break", async () => {
    const t = io(`${PHONE_POST}\r\n`);
    await main(["--format", "json"], t.io);
    const { findings } = JSON.parse(t.stdout.text) as { findings: Finding[] };
    expect(findings[0]).toMatchObject({ start: 11, end: 23, quote: PHONE });
  });

  it("several words without quotes are one post", async () => {
    const t = io();
    await main(["--format", "json", "Ring", "me", "on", "07700", "900731"], t.io);
    const { findings } = JSON.parse(t.stdout.text) as { findings: Finding[] };
    expect(findings[0]).toMatchObject({ quote: PHONE, start: 11 });
  });

  it("--at judges teaching time; --school adds a school name", async () => {
    const during = io();
    await main(["--format", "json", "--profile", "catcott", "--at", "2026-11-23T10:15", "Lovely sunny morning"], during.io);
    const weekend = io();
    await main(["--format", "json", "--profile", "catcott", "--at", "2026-11-22T10:15", "Lovely sunny morning"], weekend.io);
    const categories = (t: { stdout: Sink }) => (JSON.parse(t.stdout.text) as { findings: Finding[] }).findings.map((f) => f.category);
    expect(categories(during)).toEqual(["teaching-time"]); // a Monday
    expect(categories(weekend)).toEqual([]); // a Sunday

    const named = io();
    await main(["--format", "json", "--school", "Hollins Brook Primary", "Another busy day at Hollins Brook Primary"], named.io);
    const unnamed = io();
    await main(["--format", "json", "Another busy day at Hollins Brook Primary"], unnamed.io);
    expect(categories(named)).toContain("workplace-identified");
    expect(categories(unnamed)).not.toContain("workplace-identified");
  });

  it("settings that switch checking off say so instead of 'no issues'", async () => {
    const config = tempConfig({ enabled: false });
    const t = io();
    expect(await main(["--config", config, PHONE_POST], t.io)).toBe(0);
    expect(t.stdout.text).toMatch(/switched off/);
  });

  it("jsonl: a line's unusable setting keeps the run's value (not the default) and warns", async () => {
    const line = JSON.stringify({ id: 1, text: PHONE_POST, settings: { profile: "no-such-school", minSeverity: "high" } });
    const t = io(`${line}\n`);
    expect(await main(["--format", "jsonl", "--profile", "catcott"], t.io)).toBe(0);
    const [result] = jsonLines(t.stdout.text);
    // catcott kept; minSeverity high drops catcott's low-severity personal-details finding.
    expect(CATCOTT.categories["personal-details"]!.severity).toBe("low");
    expect(result).toEqual({ id: 1, findings: [] });
    expect(t.stderr.text).toMatch(/^warning: line 1 \(id 1\): settings\.profile: .*"no-such-school".*this line keeps "catcott"$/m);
  });

  it("jsonl: non-object lines, non-string text and non-object settings are errors; ids are kept when readable", async () => {
    const input = ["[1,2]", "42", "null", '"text"', JSON.stringify({ id: "n", text: 5 }), JSON.stringify({ id: "s", text: "hi", settings: "catcott" })].join("\n");
    const t = io(`\uFEFF${JSON.stringify({ id: 0, text: "hi" })}\n${input}`);
    expect(await main(["--format", "jsonl"], t.io)).toBe(2);
    const lines = jsonLines(t.stdout.text);
    expect(lines[0]).toEqual({ id: 0, findings: [] }); // a byte-order mark on line 1 is not an error
    expect(lines.slice(1, 5).every((line) => Object.keys(line).join() === "error")).toBe(true);
    expect(lines[5]).toEqual({ id: "n", error: 'line 6: "text" must be a string, got 5' });
    expect(lines[6]).toMatchObject({ id: "s", error: expect.stringMatching(/"settings" must be an object/) });
    expect(lines).toHaveLength(7);
  });

  it("jsonl: --at and --image are defaults for lines that set none", async () => {
    const lines = [
      JSON.stringify({ id: 1, text: "Lovely sunny morning" }),
      JSON.stringify({ id: 2, text: "Lovely sunny morning", at: "2026-11-22T10:15" }),
    ].join("\n");
    const t = io(lines);
    await main(["--format", "jsonl", "--profile", "catcott", "--at", "2026-11-23T10:15"], t.io);
    const [first, second] = jsonLines(t.stdout.text);
    expect((first!.findings as Finding[]).map((f) => f.category)).toEqual(["teaching-time"]);
    expect(second!.findings).toEqual([]);
  });

  it("jsonl: an unreadable `at` is warned about and not judged", async () => {
    const t = io(JSON.stringify({ id: 1, text: "Lovely sunny morning", at: 12345 }));
    expect(await main(["--format", "jsonl", "--profile", "catcott"], t.io)).toBe(0);
    expect(jsonLines(t.stdout.text)).toEqual([{ id: 1, findings: [] }]);
    expect(t.stderr.text).toMatch(/line 1: "at" 12345 is not a local date-time/);
  });

  it("jsonl streams: a line's answer is written before the next line arrives", async () => {
    const stdin = new PassThrough();
    const t = io(stdin);
    const finished = main(["--format", "jsonl"], t.io);
    stdin.write(`${JSON.stringify({ id: 1, text: PHONE_POST })}\n`);
    for (let i = 0; i < 100 && !t.stdout.text; i++) await new Promise((r) => setTimeout(r, 10));
    expect(jsonLines(t.stdout.text).map((line) => line.id)).toEqual([1]);
    stdin.end(`${JSON.stringify({ id: 2, text: "hi" })}\n`);
    expect(await finished).toBe(0);
    expect(jsonLines(t.stdout.text).map((line) => line.id)).toEqual([1, 2]);
  });

  it("jsonl: an id nested too deeply to echo back is that line's error, and the lines after it are still answered", async () => {
    // JSON.parse reads 5,000 nested lists; writing them back overflows the stack.
    const deepId = `{"id":${"[".repeat(5000)}${"]".repeat(5000)},"text":"x"}`;
    const input = [JSON.stringify({ id: "a", text: PHONE_POST }), deepId, JSON.stringify({ id: "c", text: PHONE_POST })].join("\n");
    const t = io(`${input}\n`);
    expect(await main(["--format", "jsonl"], t.io)).toBe(2); // a bad line, as for any other bad line
    const lines = jsonLines(t.stdout.text);
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.id)).toEqual(["a", undefined, "c"]);
    expect(Object.keys(lines[1]!)).toEqual(["error"]);
    expect(lines[1]!.error).toMatch(/^line 2: "id" must be a string, a number or null, got a list/);
    expect((lines[2]!.findings as Finding[]).map((f) => f.quote)).toEqual([PHONE]);
  });

  it("jsonl: ids are echoed only when they are a string, a number or null", async () => {
    const input = [{ id: null, text: "hi" }, { id: 0, text: "hi" }, { id: true, text: "hi" }, { id: { n: 1 }, text: "hi" }]
      .map((line) => JSON.stringify(line))
      .concat('{"id": 1e999, "text": "hi"}') // JSON.parse reads Infinity, which JSON would write back as null
      .join("\n");
    const t = io(input);
    expect(await main(["--format", "jsonl"], t.io)).toBe(2);
    const lines = jsonLines(t.stdout.text);
    expect(lines.slice(0, 2)).toEqual([{ id: null, findings: [] }, { id: 0, findings: [] }]);
    expect(lines[2]).toEqual({ error: 'line 3: "id" must be a string, a number or null, got true' });
    expect(lines[3]).toEqual({ error: 'line 4: "id" must be a string, a number or null, got an object' });
    expect(lines[4]).toEqual({ error: 'line 5: "id" must be a string, a number or null, got Infinity' });
    expect(lines).toHaveLength(5);
  });

  it("jsonl: only \\n and \\r\\n end a line; a lone \\r stays inside its line", async () => {
    const input = [
      '{"id":1,"text":"a\rb"}', // a raw CR inside a string: invalid JSON, but one line, so one error
      '{"id":2,\r"text":"Ring me on 07700 900731"}', // a raw CR between tokens is JSON whitespace
      '{"id":3,"text":"hi"}',
    ].join("\r\n");
    const t = io(`${input}\r\n`);
    expect(await main(["--format", "jsonl"], t.io)).toBe(2);
    const lines = jsonLines(t.stdout.text);
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0]!)).toEqual(["error"]);
    expect(lines[0]!.error).toMatch(/^line 1: not valid JSON/);
    expect(lines[1]).toMatchObject({ id: 2, findings: [expect.objectContaining({ quote: PHONE })] });
    expect(lines[2]).toEqual({ id: 3, findings: [] });
  });

  it("jsonl: a line split across chunks, even inside a character or a \\r\\n, is read whole", async () => {
    const line = Buffer.from(`${JSON.stringify({ id: "é", text: PHONE_POST })}\r\n${JSON.stringify({ id: 2, text: "hi" })}`);
    const cut = line.indexOf("é") + 1; // between the two bytes of é
    const crlf = line.indexOf("\r\n") + 1; // between \r and \n
    const t = io(Readable.from([line.subarray(0, cut), line.subarray(cut, crlf), line.subarray(crlf)], { objectMode: true }));
    expect(await main(["--format", "jsonl"], t.io)).toBe(0);
    const lines = jsonLines(t.stdout.text);
    expect(lines.map((l) => l.id)).toEqual(["é", 2]);
    expect((lines[0]!.findings as Finding[]).map((f) => f.quote)).toEqual([PHONE]);
  });

  it("text: a \\r inside a post is part of the post, and offsets count it", async () => {
    const post = `Hello\r${PHONE_POST}`;
    const t = io(`${post}\n`);
    await main(["--format", "json"], t.io);
    const { findings } = JSON.parse(t.stdout.text) as { findings: Finding[] };
    expect(findings.map((f) => [f.start, f.quote])).toEqual([[post.indexOf(PHONE), PHONE]]);
  });

  it("--fail-on-findings exits 1 in jsonl when something is found and nothing is bad", async () => {
    const t = io(JSON.stringify({ id: 1, text: PHONE_POST }));
    expect(await main(["--format", "jsonl", "--fail-on-findings"], t.io)).toBe(1);
  });
});

describe("cli: more findings than a warning shows", () => {
  const MANY = "f*** ".repeat(500);

  it("json and jsonl list 50 and say how many more; the readable report says so too", async () => {
    const json = io();
    await main(["--format", "json", MANY], json.io);
    const parsed = JSON.parse(json.stdout.text) as { findings: unknown[]; omitted: number };
    expect(parsed.findings).toHaveLength(50);
    expect(parsed.omitted).toBeGreaterThan(400);

    const lines = io(JSON.stringify({ id: "many", text: MANY }));
    await main(["--format", "jsonl"], lines.io);
    expect(JSON.parse(lines.stdout.text)).toMatchObject({ id: "many", omitted: parsed.omitted });

    const readable = io();
    await main([MANY], readable.io);
    expect(readable.stdout.text).toContain(`…and ${parsed.omitted} more like these, not listed.`);
  });
});
