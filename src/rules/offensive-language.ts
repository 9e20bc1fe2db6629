import type { Rule } from "./types.js";
import type { LexiconFile } from "../analysis/lexicon.js";
import type { Token } from "../analysis/tokens.js";
import profanity from "../lexicons/profanity.json";

/**
 * TAXONOMY offensive-language: profanity, slurs and sexual insults, however disguised
 * ("pr1ck", "S H I T", "f***", "Shîte", Cyrillic "fuсk"). Whole words only, so Scunthorpe,
 * Cockfosters, cockpit and "class" stay clean. Words with an innocent twin are checked: "great tits"
 * and "coal tits" are birds, "Spotted Dick" is a pudding, "fags" in Britain are cigarettes.
 */
export const rule: Rule = {
  meta: {
    id: "offensive-language",
    description: "Profanity, slurs, sexual content or harassment.",
    defaultSeverity: "high",
    messages: {
      profanity: {
        reason: "This contains offensive language (even disguised spellings read as offensive).",
        suggestion: "Rephrase without the swearing or slur.",
      },
    },
  },
  check(a) {
    const hits = a.hits("profanity").filter((h) => !innocentTwin(a.decodedTokens, h.from, h.entry.match));
    const out = hits.map((h) => ({ start: h.start, end: h.end, message: "profanity" }));
    // Masked words ("f***", "sh*t", "b*ll*cks"): each * stands for one letter of a listed word.
    for (const t of a.decodedTokens) {
      if (t.norm.includes("*") && /[a-z]/.test(t.norm) && maskedProfanity(t.norm)) out.push({ start: t.start, end: t.end, message: "profanity" });
    }
    return out;
  },
};

const BIRDS = new Set(["great", "blue", "coal", "long", "tailed", "marsh", "willow", "crested", "bearded"]);

function innocentTwin(tokens: Token[], i: number, match: string): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (match === "tits") return prev !== undefined && BIRDS.has(prev.norm);
  if (match === "dick") return t.capital || (next?.capital ?? false);
  if (match === "cock") return true; // the bird, "cock-a-doodle": too ambiguous alone
  if (match.startsWith("faggot")) return false;
  if (match.startsWith("tramp")) return !/s$/.test(t.norm) && prev?.norm !== "a" && prev?.norm !== "you";
  return false;
}

let maskIndex: Map<string, string[]> | undefined;
/** The longest word a mask may stand for (set with maskIndex). */
let longestMaskable = 0;

/**
 * The listed words a masked spelling may stand for, keyed by first letter: every single-word
 * entry of the profanity lexicon, and each "stem*" entry with its common endings (data, not a
 * second list in code).
 */
function maskCandidates(letter: string): string[] {
  if (!maskIndex) {
    maskIndex = new Map();
    const words = new Set<string>();
    for (const entry of (profanity as LexiconFile).entries) {
      if (/\s/.test(entry.match.trim())) continue;
      for (const alt of entry.match.split("|")) {
        if (alt.endsWith("*")) for (const ending of ["", "s", "ing", "ed", "er", "ers", "in"]) words.add(alt.slice(0, -1) + ending);
        else words.add(alt);
      }
    }
    for (const w of words) maskIndex.set(w[0]!, [...(maskIndex.get(w[0]!) ?? []), w]);
    longestMaskable = Math.max(...[...words].map((w) => w.length));
  }
  return maskIndex.get(letter) ?? [];
}

function maskedProfanity(word: string): boolean {
  // No listed word is this long; a longer mask would also make a pattern too large to compile.
  if (!/^[a-z]/.test(word)) return false;
  const candidates = maskCandidates(word[0]!);
  if (word.length > longestMaskable) return false;
  const re = new RegExp(`^${word.replace(/\*/g, "[a-z]")}$`);
  return candidates.some((w) => re.test(w));
}

