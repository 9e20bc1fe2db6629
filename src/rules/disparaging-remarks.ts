import type { Rule, RuleHit } from "./types.js";
import { cover } from "./types.js";
import { isStaff, ownSchoolMentions } from "./signals.js";

/**
 * TAXONOMY disparaging-remarks: two signals in one sentence — a school-community target and a
 * derogatory or profane word — from someone who works there. "My broadband is useless" has no
 * target; "so proud of my class" has no derogatory word.
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
    const insults = [...a.hits("derogatory").filter((h) => !a.negated(h)), ...a.hits("profanity")];
    const out: RuleHit[] = [];
    for (const insult of insults) {
      const target = targets.find((t) => a.sameSentence(t, insult) && (t.end <= insult.start || t.start >= insult.end));
      if (target) out.push({ ...cover(target, insult), message: "disparaging" });
    }
    return out;
  },
};
