/**
 * The command-line checker: `npm run check -- [options] "text of a post"`.
 *
 * Three formats:
 *  - readable (default): each finding with its words highlighted in context, the reason, the
 *    suggestion and the clause of the school's policy;
 *  - `--format json`: one post → `{"findings": [...]}` (plus `"omitted": N` beyond 50 findings);
 *  - `--format jsonl`: JSON Lines on stdin → one `{"id", "findings"}` line per input, in order, for
 *    schools' scripts and our evaluation. A bad line yields `{"id"?, "error"}` and the run goes on.
 *
 * `main(argv, io)` takes its streams as arguments so tests can run it in-process; the bin entry at
 * the bottom wires it to the real process when this file is run directly.
 */
import { readFileSync, realpathSync } from "node:fs";
import { once } from "node:events";
import { resolve } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkPostReport, validateSettings, getProfile, listProfiles } from "./index.js";
import { type Attachment, type Draft, type Finding, type Settings, type SettingsError } from "./types.js";
import { escapeControls, jsonForTerminal, renderReport } from "./cli/render.js";
import { describeValue, SETTINGS_KEYS, type SettingsKey } from "./settings.js";

/** Exit statuses: findings are not an error unless asked for. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface CliOutput {
  write(chunk: string): unknown;
  isTTY?: boolean;
  once?(event: "drain", listener: () => void): unknown;
}

export interface CliIO {
  stdin: AsyncIterable<string | Buffer> & { isTTY?: boolean; setEncoding?(encoding: BufferEncoding): unknown };
  stdout: CliOutput;
  stderr: CliOutput;
  /** Environment (NO_COLOR, FORCE_COLOR); defaults to none. */
  env?: Record<string, string | undefined>;
  /** Directory `--config` paths are relative to; defaults to the process's. */
  cwd?: string;
}

export const USAGE = `Second Look: check a post against a school's social-media policy, on this machine.

Usage:
  npm run check -- [options] "Text of a post"
  echo "Text of a post" | npm run check -- [options]
  npm run check -- --format jsonl [options] < posts.jsonl > findings.jsonl

Options:
  --profile ID          The school's policy (ids below). Default: general (every category),
                        or the profile in --config.
  --config FILE         A settings object as JSON (the same shape a school pushes by policy).
                        A bad field is reported on stderr and falls back to its default.
  --school NAME         A name of the author's school (repeatable; added to the profile's names).
  --at DATE-TIME        When the post goes out, local time: 2026-11-23T10:15 (teaching hours).
  --image               The post has a photo attached.
  --format FORMAT       text (default), json ({"findings": [...]}) or jsonl (see below).
  --fail-on-findings    Exit with status 1 when anything is found.
  -h, --help            Show this help.

JSON Lines (--format jsonl): each line of stdin is an object
  {"id": ..., "text": "...", "at"?: "...", "attachments"?: [{"kind": "image"}], "site"?: "x",
   "settings"?: {...}}
where "id" (a string, a number or null) is echoed back with the answer, and "settings" is merged
over --config/--profile for that line only (top-level fields replace).
--at and --image apply to lines that set no "at" / "attachments". Output: one line per input, in
order, {"id": ..., "findings": [...]}; a line that cannot be read gives {"id"?: ..., "error": "..."}
and the run goes on. Blank lines are skipped.

Exit status: 0 done; 1 findings and --fail-on-findings; 2 bad usage, or a bad line in jsonl.
Colour is used on a terminal unless NO_COLOR is set.

Profiles:
${listProfiles()
  .map((p) => `  ${p.id.padEnd(25)} ${p.title}`)
  .join("\n")}
`;

type Format = "text" | "json" | "jsonl";

interface Options {
  format: Format;
  text: string | undefined;
  draft: Omit<Draft, "text">;
  settings: Settings;
  failOnFindings: boolean;
}

/** A problem with the command line itself: reported with a hint, exit status 2. */
class UsageError extends Error {}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Is this a real local date-time ("2026-11-23T10:15")? */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d && h! < 24 && mi! < 60 && s! < 60;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function warnAll(io: CliIO, where: string, errors: readonly SettingsError[]): void {
  // Field names and messages quote the input (an unknown key is shown as it was written).
  for (const error of errors) io.stderr.write(`warning: ${escapeControls(`${where}${error.field}: ${error.message}`)}\n`);
}

function readConfig(path: string, io: CliIO): unknown {
  let raw: string;
  try {
    raw = readFileSync(resolve(io.cwd ?? process.cwd(), path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --config ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (error) {
    // V8's message quotes a stretch of the file, line breaks and all.
    throw new UsageError(`--config ${path} is not valid JSON: ${escapeControls((error as Error).message)}`);
  }
}

function parseOptions(argv: readonly string[], io: CliIO): Options | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: "string" },
        config: { type: "string" },
        school: { type: "string", multiple: true },
        at: { type: "string" },
        image: { type: "boolean" },
        format: { type: "string" },
        "fail-on-findings": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";

  const format = values.format ?? "text";
  if (format !== "text" && format !== "json" && format !== "jsonl") {
    throw new UsageError(`unknown --format "${format}": use text, json or jsonl`);
  }
  if (values.profile !== undefined && !getProfile(values.profile)) {
    const known = listProfiles()
      .map((p) => `  ${p.id.padEnd(25)} ${p.title}`)
      .join("\n");
    throw new UsageError(`unknown profile "${escapeControls(values.profile)}". The profiles are:\n${known}`);
  }
  if (values.at !== undefined && !isLocalDateTime(values.at)) {
    throw new UsageError(`--at "${values.at}" is not a local date-time like 2026-11-23T10:15`);
  }
  if (format === "jsonl" && positionals.length > 0) {
    throw new UsageError("--format jsonl reads posts from stdin; give no text argument");
  }

  // The file's own mistakes are reported by the file's field names; the flags then apply over
  // the repaired settings, so a flag never hides a warning about the file.
  let base: Settings = validateSettings({}).settings;
  if (values.config !== undefined) {
    const validated = validateSettings(readConfig(values.config, io));
    warnAll(io, `--config ${values.config}: `, validated.errors);
    base = validated.settings;
  }
  const withFlags: Settings = { ...base };
  if (values.profile !== undefined) withFlags.profile = values.profile as Settings["profile"];
  if (values.school?.length) withFlags.schoolNames = [...base.schoolNames, ...values.school];
  const validated = validateSettings(withFlags);
  warnAll(io, "command line: ", validated.errors);

  const draft: Omit<Draft, "text"> = {};
  if (values.at !== undefined) draft.at = values.at;
  if (values.image) draft.attachments = [{ kind: "image" }];

  return {
    format,
    text: positionals.length > 0 ? positionals.join(" ") : undefined,
    draft,
    settings: validated.settings,
    failOnFindings: values["fail-on-findings"] === true,
  };
}

async function readAll(stdin: CliIO["stdin"]): Promise<string> {
  stdin.setEncoding?.("utf8");
  let text = "";
  for await (const chunk of stdin) text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
  return text;
}

/** Writes, waiting when a pipe is full, so a long jsonl run streams in bounded memory. */
async function write(out: CliOutput, chunk: string): Promise<void> {
  if (out.write(chunk) === false && typeof out.once === "function") {
    await once(out as unknown as NodeJS.EventEmitter, "drain");
  }
}

function wantsColour(io: CliIO): boolean {
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return io.stdout.isTTY === true;
}

async function checkOne(options: Options, io: CliIO): Promise<number> {
  let text = options.text;
  if (text === undefined) {
    if (io.stdin.isTTY) throw new UsageError("no text given: pass the post as an argument or on stdin");
    // A trailing line break is the shell's, not the post's.
    text = (await readAll(io.stdin)).replace(/^\uFEFF/, "").replace(/\r?\n$/, "");
  }
  const { findings, omitted } = checkPostReport({ text, ...options.draft }, options.settings);
  if (options.format === "json") {
    await write(io.stdout, `${jsonForTerminal(omitted > 0 ? { findings, omitted } : { findings })}\n`);
  } else if (!options.settings.enabled) {
    await write(io.stdout, "Second Look is switched off in these settings (enabled: false); nothing was checked.\n");
  } else {
    const title = getProfile(options.settings.profile).title;
    await write(io.stdout, renderReport(text, findings, title, { colour: wantsColour(io), omitted }));
  }
  return options.failOnFindings && findings.length > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * A line's settings over the run's, top-level field by field. A field the line sets usably
 * replaces the run's; a field it sets unusably keeps the run's value (not the default), and the
 * warning says so.
 */
export function mergeSettings(base: Settings, overrides: Record<string, unknown>, warn: (field: string, message: string) => void): Settings {
  const validated = validateSettings(overrides);
  const rejected = new Set<string>();
  for (const error of validated.errors) {
    const key = error.field as SettingsKey;
    if ((SETTINGS_KEYS as readonly string[]).includes(key) && Object.hasOwn(overrides, key)) {
      rejected.add(key);
      warn(key, `${error.message.replace(/; using [^;]*$/, "")}; this line keeps ${shortJson(base[key])}`);
    } else {
      warn(error.field, error.message);
    }
  }
  const merged: Settings = { ...base };
  for (const key of SETTINGS_KEYS) {
    if (Object.hasOwn(overrides, key) && !rejected.has(key)) (merged as unknown as Record<string, unknown>)[key] = validated.settings[key];
  }
  return merged;
}

function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

type LineId = string | number | null;
type LineResult = { id?: LineId; findings: Finding[]; omitted?: number } | { id?: LineId; error: string };

function isEchoableId(id: unknown): id is LineId {
  return typeof id === "string" || (typeof id === "number" && Number.isFinite(id)) || id === null;
}

/** One input line → its output object. Never throws: every problem becomes `{id?, error}`. */
export function checkLine(line: string, lineNumber: number, options: Pick<Options, "draft" | "settings">, warn: (message: string) => void): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  if (!isPlainObject(value)) {
    return { error: `line ${lineNumber}: expected a JSON object like {"id": 1, "text": "…"}, got ${describeValue(value)}` };
  }
  // The id is only echoed back, so it is held to what JSON writes back unchanged: anything else
  // (a list nested thousands deep overflows JSON.stringify; 1e999 reads as Infinity and would
  // come back as null) is this line's error, not the run's.
  if (value.id !== undefined && !isEchoableId(value.id)) {
    return { error: `line ${lineNumber}: "id" must be a string, a number or null, got ${describeValue(value.id)}` };
  }
  const id = value.id;
  const fail = (error: string): LineResult => (id === undefined ? { error: `line ${lineNumber}: ${error}` } : { id, error: `line ${lineNumber}: ${error}` });
  if (!("text" in value)) return fail(`"text" is missing`);
  if (typeof value.text !== "string") return fail(`"text" must be a string, got ${describeValue(value.text)}`);

  let settings: Settings = options.settings;
  if (value.settings !== undefined && value.settings !== null) {
    if (!isPlainObject(value.settings)) return fail(`"settings" must be an object, got ${describeValue(value.settings)}`);
    const where = id === undefined ? `line ${lineNumber}` : `line ${lineNumber} (id ${JSON.stringify(id)})`;
    settings = mergeSettings(options.settings, value.settings, (field, message) => warn(`warning: ${where}: settings.${field}: ${message}`));
  }

  const draft: Draft = { text: value.text };
  const at = value.at ?? options.draft.at;
  if (at !== undefined) {
    if (typeof at !== "string" || !isLocalDateTime(at)) {
      warn(`warning: line ${lineNumber}: "at" ${describeValue(at)} is not a local date-time like 2026-11-23T10:15; the time is not judged`);
    }
    draft.at = at as string;
  }
  const attachments = value.attachments ?? options.draft.attachments;
  if (attachments !== undefined) draft.attachments = attachments as Attachment[];
  if (value.site !== undefined) draft.site = value.site as Draft["site"];

  try {
    const { findings, omitted } = checkPostReport(draft, settings);
    const result: LineResult = id === undefined ? { findings } : { id, findings };
    // Beyond MAX_FINDINGS the rest are counted, not listed.
    if (omitted > 0) result.omitted = omitted;
    return result;
  } catch (error) {
    // checkPost promises never to throw; if it ever does, one post must not stop a school's batch.
    return fail(`the check failed: ${(error as Error).message}`);
  }
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an unreadable error";
  }
}

/**
 * The lines of a stream, ended by "\n" or "\r\n" only. Node's readline also ends a line at a lone
 * "\r", which would split one JSON line (a stray CR pasted into a post) into two answers; here a
 * lone "\r" stays part of its line. Yields one line at a time, so a long run streams.
 */
async function* linesOf(stdin: CliIO["stdin"]): AsyncGenerator<string> {
  stdin.setEncoding?.("utf8");
  // For a stream that hands over bytes anyway: a character cut between chunks is joined up.
  const decoder = new StringDecoder("utf8");
  let partial = "";
  for await (const chunk of stdin) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    let from = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", from)) {
      yield withoutTrailingCr(partial + text.slice(from, end));
      partial = "";
      from = end + 1;
    }
    partial += text.slice(from);
  }
  partial += decoder.end();
  if (partial) yield withoutTrailingCr(partial);
}

function withoutTrailingCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

async function checkLines(options: Options, io: CliIO): Promise<number> {
  let lineNumber = 0;
  let bad = false;
  let found = false;
  const warn = (message: string) => void io.stderr.write(`${escapeControls(message)}\n`);
  for await (const raw of linesOf(io.stdin)) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (!line.trim()) continue;
    let output: string;
    try {
      const result = checkLine(line, lineNumber, options, warn);
      output = jsonForTerminal(result);
      if ("error" in result) bad = true;
      else if (result.findings.length > 0) found = true;
    } catch (error) {
      // checkLine never throws and ids are checked, but every line must still get its answer: a
      // failure here costs this line only, never the lines after it.
      bad = true;
      output = jsonForTerminal({ error: `line ${lineNumber}: the answer could not be written (${describeError(error)})` });
    }
    await write(io.stdout, `${output}\n`);
  }
  if (bad) return EXIT.usage;
  return options.failOnFindings && found ? EXIT.findings : EXIT.ok;
}

/** Runs the command line; resolves to the exit status. Never rejects for bad input. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const options = parseOptions(argv, io);
    if (options === "help") {
      await write(io.stdout, USAGE);
      return EXIT.ok;
    }
    return options.format === "jsonl" ? await checkLines(options, io) : await checkOne(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // The message may quote an argument or a broken --config file: their control characters are
      // escaped, while the line breaks of a message that spans lines (the list of profiles) stay.
      io.stderr.write(`second-look: ${escapeControls(error.message, { keepLineBreaks: true })}\nRun with --help for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function runDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (runDirectly()) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error worth a trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      const report = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`second-look: internal error: ${escapeControls(report, { keepLineBreaks: true })}\n`);
      process.exitCode = 70;
    },
  );
}
