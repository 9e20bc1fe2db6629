/**
 * checkPost: the whole check of one draft against the author's school policy.
 *  1. validate settings, pick the profile (compiled school names cached by the validated settings);
 *  2. analyse the post once (src/analysis);
 *  3. run every rule over that analysis (their verdicts are also the model's evidence);
 *  4. decide each category the profile covers and the settings leave enabled, rules and the
 *     learned model together (src/model/decide.ts);
 *  5. map decisions to the profile's severity and verbatim clause, merge overlaps, order by position.
 */
import type { CategoryId, Draft, Finding, Settings, Severity } from "./types.js";
import { CATEGORY_IDS, SEVERITIES } from "./types.js";
import { validateSettings } from "./settings.js";
import { getProfile, type Profile } from "./profiles/index.js";
import { Analysis, type AnalysisContext } from "./analysis/index.js";
import { SchoolNames } from "./analysis/school-names.js";
import { RULES } from "./rules/index.js";
import type { RuleHit } from "./rules/types.js";
import { decide, MODEL_MESSAGES } from "./model/decide.js";
import { activeModel } from "./model/weights.js";

/** Longer drafts are checked up to this length: no post is this long, and it bounds the work. */
export const MAX_TEXT = 100_000;

/**
 * At most this many findings per post. A warning cannot show thousands (a 100,000-character post
 * of "f*** " once gave 20,000 findings, a 7.6 MB message and a frozen tab): the rest are counted
 * and the warning says "and N more".
 */
export const MAX_FINDINGS = 50;

/** The findings of one check, and how many more there were beyond MAX_FINDINGS. */
export interface CheckReport {
  findings: Finding[];
  omitted: number;
  /**
   * Set when part of the check failed (a bug): the name of what failed, never post text. The
   * findings are what the rest of the check found; tests and the benchmark assert it is absent.
   */
  internalError?: string;
}

let lastKey: string | undefined;
let lastContext: AnalysisContext | undefined;

/**
 * Settings → analysis context. The input is validated on every call (cheap, and bounded by the
 * validator's limits); what is cached is the expensive part, compiling the school's names, keyed
 * by the JSON of the *validated* settings. That key is exactly what the check reads: the input's
 * own JSON is not (it skips non-enumerable fields and obeys toJSON, which the validator does
 * not), so two inputs with the same JSON could share a context they should not. Validated
 * settings are fresh plain data in a fixed shape, so their JSON is canonical: the same settings
 * written differently (another key order, "Catcott" for "catcott") share one context, and a
 * settings object edited in place is seen afresh.
 */
function contextFor(input: unknown): AnalysisContext {
  const { settings } = validateSettings(input ?? {});
  const key = JSON.stringify(settings);
  if (key === lastKey && lastContext) return lastContext;
  const profile = getProfile(settings.profile);
  const school = new SchoolNames([...profile.schoolNames, ...settings.schoolNames], [...profile.emailDomains, ...settings.emailDomains]);
  lastContext = { settings, profile, school };
  lastKey = key;
  return lastContext;
}

/**
 * Check one draft: at most MAX_FINDINGS findings, in text order. Never throws for any draft or
 * settings: bad input gives no findings. `checkPostReport` also says how many were left out.
 */
export function checkPost(draft: Draft, settings?: unknown): Finding[] {
  return checkPostReport(draft, settings).findings;
}

export function checkPostReport(draft: Draft, settings?: unknown): CheckReport {
  try {
    const prepared = preparePost(draft, settings);
    if (!prepared) return { findings: [], omitted: 0 };
    const report = findingsFor(prepared.analysis, prepared.ruleHits, prepared.analysis.context);
    if (prepared.failedRules.length) report.internalError = `rules failed: ${prepared.failedRules.join(", ")}`;
    return report;
  } catch (error) {
    // A bug must never take the post hostage or crash the caller: nothing found is the
    // documented fallback (the worker then lets the post through as written).
    return { findings: [], omitted: 0, internalError: error instanceof Error ? error.name : "error" };
  }
}

export interface PreparedPost {
  analysis: Analysis;
  /** Every rule's hits, whatever the profile covers. */
  ruleHits: Map<CategoryId, RuleHit[]>;
  /** Rules that threw (a bug): their hits are empty. */
  failedRules: CategoryId[];
}

/** The analysis and every rule's verdict for a draft (what the model reads); undefined: nothing to check. */
export function preparePost(draft: Draft, settings?: unknown): PreparedPost | undefined {
  const clean = readDraft(draft);
  if (!clean || !clean.text.trim()) return undefined;
  const context = contextFor(settings);
  if (!context.settings.enabled) return undefined;
  const analysis = new Analysis(clean, context);
  const ruleHits = new Map<CategoryId, RuleHit[]>();
  const failedRules: CategoryId[] = [];
  for (const category of CATEGORY_IDS) {
    try {
      ruleHits.set(category, RULES[category].check(analysis));
    } catch {
      // One rule's bug costs that rule's findings, not every other rule's.
      ruleHits.set(category, []);
      failedRules.push(category);
    }
  }
  return { analysis, ruleHits, failedRules };
}

/** A plain copy of the draft's usable fields; a hostile object (throwing getters) reads as none. */
function readDraft(draft: Draft): Draft | undefined {
  try {
    if (typeof draft?.text !== "string") return undefined;
    const clean: Draft = { text: draft.text.slice(0, MAX_TEXT) };
    if (typeof draft.at === "string") clean.at = draft.at;
    if (Array.isArray(draft.attachments)) clean.attachments = draft.attachments.filter((x) => x !== null && typeof x === "object");
    if (typeof draft.site === "string") clean.site = draft.site;
    return clean;
  } catch {
    return undefined;
  }
}

function findingsFor(a: Analysis, ruleHits: ReadonlyMap<CategoryId, readonly RuleHit[]>, { settings, profile }: AnalysisContext): CheckReport {
  const minRank = SEVERITIES.indexOf(settings.minSeverity);
  const wanted = CATEGORY_IDS.filter((category) => {
    const covered = profile.categories[category];
    return covered && !settings.disabledCategories.includes(category) && SEVERITIES.indexOf(covered.severity) >= minRank;
  });
  const findings: Finding[] = [];
  for (const decision of decide(a, ruleHits, activeModel(), wanted)) {
    const covered = profile.categories[decision.category]!;
    const message = decision.message ? RULES[decision.category].meta.messages[decision.message]! : MODEL_MESSAGES[decision.category]!;
    findings.push(finding(a.text, decision.category, covered.severity, decision.start, decision.end, message.reason, message.suggestion, profile, covered.clause));
  }
  const custom = customTermFindings(a.text, settings, profile, minRank);
  for (const f of custom.findings) findings.push(f);
  const { kept, omitted } = capFindings(mergeOverlaps(findings));
  for (const f of kept) f.quote = a.text.slice(f.start, f.end);
  return { findings: kept, omitted: omitted + custom.omitted };
}

/**
 * Keep MAX_FINDINGS: first the earliest finding of each category (so every kind of breach is
 * shown), then the most severe, earliest first; returned in text order.
 */
function capFindings(findings: Finding[]): { kept: Finding[]; omitted: number } {
  if (findings.length <= MAX_FINDINGS) return { kept: findings, omitted: 0 };
  const chosen = new Set<Finding>();
  const seen = new Set<CategoryId>();
  for (const f of findings) {
    if (seen.has(f.category)) continue;
    seen.add(f.category);
    chosen.add(f);
  }
  const bySeverity = findings.filter((f) => !chosen.has(f)).sort((x, y) => SEVERITIES.indexOf(y.severity) - SEVERITIES.indexOf(x.severity) || x.start - y.start);
  for (const f of bySeverity) {
    if (chosen.size >= MAX_FINDINGS) break;
    chosen.add(f);
  }
  const kept = findings.filter((f) => chosen.has(f)).slice(0, MAX_FINDINGS);
  return { kept, omitted: findings.length - kept.length };
}

function finding(text: string, category: CategoryId, severity: Severity, start: number, end: number, reason: string, suggestion: string | undefined, profile: Profile, clause: string): Finding {
  const f: Finding = { category, severity, start, end, quote: text.slice(start, end), reason, clause: { policy: profile.title, text: clause } };
  if (suggestion) f.suggestion = suggestion;
  return f;
}

/**
 * A school's own terms, matched literally (case-insensitive, whole words), never as patterns.
 * They report under their category even if the profile does not cover it: the school asked.
 */
function customTermFindings(text: string, settings: Settings, profile: Profile, minRank: number): { findings: Finding[]; omitted: number } {
  const out: Finding[] = [];
  let omitted = 0;
  const lower = text.toLowerCase();
  for (const term of settings.customTerms) {
    if (SEVERITIES.indexOf(term.severity) < minRank || settings.disabledCategories.includes(term.category)) continue;
    const needle = term.term.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const before = lower[at - 1];
      const after = lower[at + needle.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      // Beyond what a warning can show, only count (100,000 hits once overflowed the stack).
      if (out.length >= MAX_FINDINGS) {
        omitted++;
        continue;
      }
      const clause = profile.categories[term.category]?.clause ?? `Your school asked Second Look to look out for "${term.term}".`;
      out.push(finding(text, term.category, term.severity, at, at + needle.length, `Your school asked to flag "${term.term}" in posts.`, undefined, profile, clause));
    }
  }
  return { findings: out, omitted };
}

/** One finding per category per span: overlapping hits of a category merge into their union. */
function mergeOverlaps(findings: Finding[]): Finding[] {
  findings.sort((x, y) => x.start - y.start || y.end - x.end || x.category.localeCompare(y.category));
  const out: Finding[] = [];
  const lastByCategory = new Map<CategoryId, Finding>();
  for (const f of findings) {
    const last = lastByCategory.get(f.category);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(last.severity)) last.severity = f.severity;
      continue;
    }
    out.push(f);
    lastByCategory.set(f.category, f);
  }
  return out;
}
