import type { Rule, RuleHit } from "./types.js";
import { cover } from "./types.js";
import { isStaff, ownSchoolMentions } from "./signals.js";
import type { Analysis } from "../analysis/index.js";
import type { LexHit } from "../analysis/lexicon.js";

/**
 * TAXONOMY disparaging-remarks: two signals close together — a school-community target and a
 * derogatory or profane word — from someone who works there. "My broadband is useless" has no
 * target; "so proud of my class" has no derogatory word; swearing for joy ("f***ing YES") or at
 * the week is not aimed at anyone in the school.
 */
export const rule: Rule = {
  meta: {
    id: "disparaging-remarks",
    description: "Derogatory, mocking or complaining remarks about your school or its community.",
    defaultSeverity: "high",
    messages: {
      disparaging: {
        reason: "This criticises or mocks people in your school community (or the school itself) in public.",
        suggestion: "Raise concerns through your line manager or the school's procedures, not on social media.",
      },
    },
  },
  check(a) {
    if (!isStaff(a)) return [];
    const targets = [...a.hits("school-community"), ...a.hits("pupil-ref"), ...ownSchoolMentions(a)];
    const insults = [...a.hits("derogatory").filter((h) => !a.negated(h) && !properNoun(a, h) && !selfDirected(a, h)), ...a.hits("profanity")];
    const out: RuleHit[] = [];
    // Scare quotes around the school's own words ("another 'optional' twilight", "'streamlined'")
    // mock them; they count as derision beside a target in the same sentence.
    for (const quoted of scareQuotes(a)) {
      const target = a.firstNearSentence(targets, a.sentenceAt(quoted.start), 0, 0, (t) => t.end <= quoted.start || t.start >= quoted.end);
      if (target) out.push({ ...cover(target, quoted), message: "disparaging" });
    }
    for (const insult of insults) {
      const target = firstAimedAt(a, targets, insult);
      // Highlight target and insult together only within one sentence; otherwise the insult alone.
      if (target) out.push({ ...(a.sameSentence(target, insult) ? cover(target, insult) : insult), message: "disparaging" });
    }
    return out;
  },
};

/** Swearing as an intensifier ("utter shite leadership") must sit right by its target. */
const INTENSIFIER_NEAR = 3;
/** A short comment after the fact ("Absolute prick." / "Are they actually this clueless?") may point back. */
const SHORT_SENTENCE = 6;

/**
 * The first target (in list order) the insult is aimed at. Only targets that could qualify are
 * looked at — those right beside it for swearing and "fed up with", those up to two sentences
 * before or one after otherwise — so a long post with many of both stays linear (issue 10).
 */
function firstAimedAt(a: Analysis, targets: readonly { start: number; end: number }[], insult: LexHit) {
  const accept = (t: { start: number; end: number }) => aimedAt(a, t, insult);
  if (insult.entry.tag === "object-follows" || isIntensifier(insult)) {
    return a.firstNearTokens(targets, a.tokenIndexAt(insult.start) - INTENSIFIER_NEAR - 1, a.tokenIndexAt(insult.end) + INTENSIFIER_NEAR + 1, accept);
  }
  return a.firstNearSentence(targets, a.sentenceAt(insult.start), -2, 1, accept);
}

/** Swearing that is not an insult ("f***ing YES", "this term can piss off"). */
function isIntensifier(insult: LexHit): boolean {
  return insult.lexicon === "profanity" && insult.entry.tag !== "insult";
}

function aimedAt(a: Analysis, target: { start: number; end: number }, insult: LexHit): boolean {
  if (!(target.end <= insult.start || target.start >= insult.end)) return false;
  // "Fed up with <what>": the complaint is about what follows it.
  if (insult.entry.tag === "object-follows") {
    const gap = a.tokenIndexAt(target.start) - a.tokenIndexAt(insult.end);
    return target.start >= insult.end && gap <= 3;
  }
  const ts = a.sentenceAt(target.start);
  const is = a.sentenceAt(insult.start);
  // Swearing that is not an insult ("f***ing YES", "this term can piss off") is aimed at someone only
  // when it sits right beside them.
  const intensifier = isIntensifier(insult);
  if (ts === is) {
    if (!intensifier) return true;
    const gap = target.end <= insult.start ? a.tokenIndexAt(insult.start) - a.tokenIndexAt(target.end) : a.tokenIndexAt(target.start) - a.tokenIndexAt(insult.end);
    return gap <= INTENSIFIER_NEAR;
  }
  const sentence = a.sentences[is]!;
  // A complaint may follow its target in the next sentence ("Hazelmere parents, please stop
  // blocking the drive. … it's ridiculous."), or come as a short retort up to two later.
  // Anger announced first and explained next ("Absolutely fuming right now. Governors' meeting tonight…").
  if (!intensifier && ts === is + 1) return true;
  if (intensifier || ts > is) return false;
  return is - ts === 1 || (is - ts === 2 && sentence.to - sentence.from <= SHORT_SENTENCE);
}


/** "Hartwell Park Circus": a capitalised word mid-sentence is a name, not an insult. */
function properNoun(a: Analysis, h: LexHit): boolean {
  const t = a.tokens[h.from]!;
  return t.capital && !t.sentenceStart && !/^[A-Z]+$/.test(a.text.slice(t.start, t.end));
}

/** "I'm the worst at replying": aimed at the author. */
function selfDirected(a: Analysis, h: LexHit): boolean {
  const prev = a.tokens.slice(Math.max(0, h.from - 3), h.from).map((t) => t.norm);
  return prev.includes("i'm") || (prev.includes("i") && prev.includes("am"));
}

// A short phrase in single quotes that opens after a space and closes before punctuation or space:
// not an apostrophe ("don't", "parents'") and not a long quotation.
const SCARE_QUOTE = /(?<=^|[\s(])['‘]([A-Za-z][A-Za-z -]{2,28}[A-Za-z])['’](?=[\s.,!?;:)]|$)/g;

function scareQuotes(a: Analysis): Array<{ start: number; end: number }> {
  return [...a.text.matchAll(SCARE_QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
