import type { Rule, RuleHit } from "./types.js";
import { cover } from "./types.js";
import { isStaff } from "./signals.js";
import type { Analysis } from "../analysis/index.js";
import type { LexHit } from "../analysis/lexicon.js";

/**
 * TAXONOMY pupil-information: an identifiable pupil (a name with "in my class", "one of my Y6s",
 * "Ffion's dad") or sensitive facts about the author's pupils. The author's own children are not
 * pupils ("our Tomos's nativity").
 */
export const rule: Rule = {
  meta: {
    id: "pupil-information",
    description: "Information about identifiable pupils or their families.",
    defaultSeverity: "high",
    messages: {
      pupil: {
        reason: "This shares information about a pupil or their family that could identify them.",
        suggestion: "Remove the pupil's name and any detail about them or their family.",
      },
    },
  },
  check(a) {
    // Without staff evidence only a named child with sensitive facts counts, and never the
    // author's own child ("our Tomos's nativity").
    const staff = isStaff(a);
    if (!staff && a.has("other-person")) return [];
    const out: RuleHit[] = [];
    for (const ref of a.hits("pupil-ref")) {
      if (!plausiblePupil(a, ref)) continue;
      if (!staff && ref.entry.tag !== "name") continue;
      const sensitive = a.firstNearSentence(a.hits("pupil-sensitive"), a.sentenceAt(ref.start), -1, 1);
      // A name beside adult matters (pay, pregnancy) is a colleague ("Dev in Y4 got a pay rise").
      if (ref.entry.tag === "name" && !sensitive && a.hasInSentenceOf("colleague-private", ref)) continue;
      if ((staff && ref.entry.tag) || sensitive) {
        out.push({ ...(sensitive && a.sameSentence(sensitive, ref) ? cover(ref, sensitive) : ref), message: "pupil" });
      }
    }
    // A class addressed by name, as in a leavers' post: "To my Year 2s … Harriet, you laughed when…".
    if (a.hits("pupil-ref").some((r) => !r.entry.tag)) {
      for (const m of a.text.matchAll(VOCATIVE_NAME)) {
        const start = m.index + m[0].indexOf(m[1]!);
        out.push({ start, end: start + m[1]!.length, message: "pupil" });
      }
    }
    return out;
  },
};

// A capitalised name opening a sentence and spoken to: "Rosie, you tried…", "Ezra, thank you…".
const VOCATIVE_NAME = /(?:^|[.!?]\s+|\n\s*)(\p{Lu}\p{Ll}+), (?:you|thank you)\b/gu;

// Capitalised words at the start of a sentence that fill the name slot but are not names.
const NOT_NAMES = new Set(["parents", "kids", "children", "everyone", "everybody", "someone", "anyone", "nobody", "pupils", "people", "families", "mums", "dads", "half", "all", "some", "most", "who", "those", "these"]);
// Staff known by role and class ("the NQT in Year 2") are colleagues, not pupils.
const STAFF_ROLES = new Set(["nqt", "ect", "ta", "tas", "hlta", "senco", "teacher", "deputy", "head", "supply", "cover"]);
const ROLE_WORDS = new Set(["ta", "teacher", "deputy", "head", "colleague", "our", "my", "senco", "caretaker", "miss", "mrs", "mr", "ms"]);

/** A "name" slot must look like a name: capitalised, not a number, not after a role word. */
function plausiblePupil(a: Analysis, ref: LexHit): boolean {
  if (ref.entry.tag !== "name" && ref.entry.tag !== "name-relation") return true;
  const first = a.tokens[ref.from]!;
  const before = a.tokens[ref.from - 1];
  return first.capital && !/\d/.test(first.norm) && !NOT_NAMES.has(first.norm) && !STAFF_ROLES.has(first.norm) && !(before && ROLE_WORDS.has(before.norm));
}
