import type { Rule, RuleHit } from "./types.js";
import { cover } from "./types.js";
import { isStaff } from "./signals.js";

/**
 * TAXONOMY colleague-information: a colleague (by role or name) and something that is theirs to
 * share (health, pregnancy, absence, pay, discipline, relationships) in the same or next sentence.
 * "My colleagues are the best" has no private matter.
 */
export const rule: Rule = {
  meta: {
    id: "colleague-information",
    description: "Information about colleagues that is theirs to share, not yours.",
    defaultSeverity: "high",
    messages: {
      colleague: {
        reason: "This shares a colleague's private matters (health, absence, pay, conduct or job) without their say.",
        suggestion: "Leave it to your colleague to share their own news.",
      },
    },
  },
  check(a) {
    if (!isStaff(a)) return [];
    const out: RuleHit[] = [];
    for (const ref of a.hits("colleague-ref")) {
      if (ref.entry.tag === "name" && !a.tokens[ref.from]!.capital) continue;
      const s = a.sentenceAt(ref.start);
      // Its private matter in the same sentence or the next.
      const matter = a.firstNearSentence(a.hits("colleague-private"), s, 0, 1, (p) => !a.negated(p));
      if (matter) out.push({ ...(a.sameSentence(ref, matter) ? cover(ref, matter) : ref), message: "colleague" });
    }
    return out;
  },
};
