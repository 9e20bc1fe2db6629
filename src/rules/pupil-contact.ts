import type { Rule, RuleHit } from "./types.js";
import { cover } from "./types.js";
import { isStaff } from "./signals.js";

/**
 * TAXONOMY pupil-contact: a personal channel (friending, following, DMs, a handle or number)
 * offered to or used with pupils, past pupils or parents. "I don't accept friend requests from pupils" is
 * negated; "DM me for details" has no pupil or parent in it.
 */
export const rule: Rule = {
  meta: {
    id: "pupil-contact",
    description: "Contact with pupils, past pupils or parents through personal accounts.",
    defaultSeverity: "high",
    messages: {
      contact: {
        reason: "This opens personal contact with pupils or their parents outside the school's official channels.",
        suggestion: "Use the school's official channels (email, the office, the parent app) to talk to pupils and parents.",
      },
    },
  },
  check(a) {
    if (!isStaff(a)) return [];
    const out: RuleHit[] = [];
    const targets = a.hits("contact-target");
    for (const c of a.hits("contact")) {
      if (a.negated(c, 4)) continue;
      const s = a.sentenceAt(c.start);
      const target = a.firstNearSentence(targets, s, -1, 1);
      if (target) out.push({ ...(a.sameSentence(c, target) ? cover(c, target) : c), message: "contact" });
    }
    return out;
  },
};
