/**
 * The readable output of the command line: each finding with its words highlighted in context,
 * the category and severity, the reason, the suggestion and the clause of the school's policy.
 *
 * Post text is untrusted: a pasted post can hold terminal escape sequences, so every control
 * character is shown as a visible symbol instead of being written to the terminal. The same goes
 * for everything else the command line writes from its input (setting names in warnings, ids,
 * JSON output): see escapeControls and jsonForTerminal.
 */
import type { Finding, Severity } from "../types.js";
import { categoryById } from "../taxonomy.js";

export interface RenderOptions {
  /** ANSI colour and emphasis (a terminal that has not asked for NO_COLOR). */
  colour: boolean;
  /** Wrap prose to this many columns. */
  width?: number;
  /** Findings beyond those listed (see MAX_FINDINGS). */
  omitted?: number;
}

/** Characters of context shown either side of a quote. */
const CONTEXT_CHARS = 50;
/** A quote longer than this is shortened in the middle (it is usually a whole sentence). */
const MAX_QUOTE_CHARS = 240;

const ANSI = {
  reset: "\x1b[0m",
  bold: "\x1b[1m",
  dim: "\x1b[2m",
  underline: "\x1b[4m",
  red: "\x1b[31m",
  yellow: "\x1b[33m",
  cyan: "\x1b[36m",
} as const;

const SEVERITY_COLOUR: Record<Severity, string> = { high: ANSI.red, medium: ANSI.yellow, low: ANSI.cyan };

/**
 * Characters that must not reach a terminal as themselves: C0 controls (ESC starts an escape
 * sequence, BEL ends an OSC one), DEL, C1 controls (U+009B is a one-character CSI on many
 * terminals), the line and paragraph separators, and the bidirectional controls that reorder
 * what the terminal shows.
 */
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** A control character as JSON would escape it ("\n", "\u001b"), or as \uXXXX where JSON leaves it raw. */
function unicodeEscape(c: string): string {
  const json = JSON.stringify(c).slice(1, -1);
  return json !== c ? json : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Makes a diagnostic safe for a terminal: every control character becomes its JSON spelling
 * (ESC → \u001b), so a setting name is shown as it would be written in the settings file.
 * Line breaks are escaped too unless the message is meant to span lines (usage errors list the
 * profiles), so that text from a file cannot forge a warning line of its own.
 */
export function escapeControls(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(TERMINAL_CONTROL, (c) => (c === "\n" && options.keepLineBreaks ? c : unicodeEscape(c)));
}

/**
 * JSON for one output line. JSON.stringify escapes C0 controls but leaves DEL, C1 controls,
 * U+2028/9 and bidi controls raw: a terminal showing the output would act on them, and readers
 * that split on every Unicode line break (Python's splitlines) would cut the line. They can only
 * occur inside strings, where an escape means the same, so the parsed value is unchanged.
 */
export function jsonForTerminal(value: object): string {
  return JSON.stringify(value).replace(TERMINAL_CONTROL, unicodeEscape);
}

/**
 * Makes post text safe and single-line for a terminal: line breaks (U+2028/9 too) and tabs become spaces (one
 * for one, so lengths do not change), other control characters become the Unicode "control
 * picture" for them (␛ for ESC), and the bidirectional overrides that could reorder what the
 * terminal shows become a visible ⁇.
 */
export function printable(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n" || c === "\r" || c === "\t" || c === "\v" || c === "\f" || c === "\u2028" || c === "\u2029") return " ";
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return "\u2047";
  });
}

function shortenMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(text.length - half)}`;
}

/** Up to `CONTEXT_CHARS` before and after the span, cut at a word boundary where one is near. */
export function contextAround(text: string, start: number, end: number): { before: string; quote: string; after: string } {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  const before = (from > 0 ? "…" : "") + printable(text.slice(from, start)).trimStart();
  const after = printable(text.slice(end, to)).trimEnd() + (to < text.length ? "…" : "");
  return { before, quote: shortenMiddle(printable(text.slice(start, end)), MAX_QUOTE_CHARS), after };
}

/** Greedy word wrap with a hanging indent; words longer than the line are left whole. */
export function wrap(text: string, indent: string, width: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}

function paint(on: boolean, codes: string, text: string): string {
  return on ? `${codes}${text}${ANSI.reset}` : text;
}

/** One finding as a numbered block of lines. */
export function renderFinding(text: string, finding: Finding, index: number, options: RenderOptions): string {
  const width = options.width ?? 96;
  const colour = options.colour;
  const category = categoryById(finding.category);
  const label = category ? `${category.title} (${finding.category})` : finding.category;
  const severity = paint(colour, SEVERITY_COLOUR[finding.severity] ?? "", `${finding.severity} severity`);
  const { before, quote, after } = contextAround(text, finding.start, finding.end);
  const marked = colour
    ? `${before}${ANSI.bold}${ANSI.underline}${SEVERITY_COLOUR[finding.severity] ?? ""}${quote}${ANSI.reset}${after}`
    : `${before}«${quote}»${after}`;
  const lines = [
    `${index}. ${paint(colour, ANSI.bold, label)} · ${severity}`,
    `   ${marked}`,
    // A reason can quote one of the school's custom terms, which is text from a settings file.
    wrap(`Why: ${printable(finding.reason)}`, "   ", width),
  ];
  if (finding.suggestion) lines.push(wrap(`Try: ${printable(finding.suggestion)}`, "   ", width));
  lines.push(`   ${paint(colour, ANSI.dim, `${finding.clause.policy} says:`)}`);
  lines.push(wrap(`“${printable(finding.clause.text)}”`, "     ", width));
  return lines.join("\n");
}

/** The whole report for one post. */
export function renderReport(text: string, findings: readonly Finding[], policyTitle: string, options: RenderOptions): string {
  if (findings.length === 0) return `No issues found under ${policyTitle}.\n`;
  const count = findings.length === 1 ? "1 possible issue" : `${findings.length} possible issues`;
  const blocks = findings.map((f, i) => renderFinding(text, f, i + 1, options));
  const more = options.omitted ? `\n…and ${options.omitted.toLocaleString("en-GB")} more like these, not listed.\n` : "";
  return `${count} under ${policyTitle}:\n\n${blocks.join("\n\n")}\n${more}`;
}
