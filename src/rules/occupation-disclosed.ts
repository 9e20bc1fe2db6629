import type { Rule } from "./types.js";
import { ownSchoolMentions, staffEvidence } from "./signals.js";

/**
 * TAXONOMY occupation-disclosed: the author says they work in a school or talks about their own
 * school work. Someone else's job and the author's own children do not count (signals.ts).
 */
export const rule: Rule = {
  meta: {
    id: "occupation-disclosed",
    description: "The post says you work in a school, or talks about your school work.",
    defaultSeverity: "low",
    messages: {
      disclosed: {
        reason: "This tells readers you work in a school.",
        suggestion: "Your policy asks you not to post your occupation or discuss your work.",
      },
    },
  },
  check(a) {
    const evidence = [...staffEvidence(a), ...a.emails.filter((e) => e.isSchool), ...ownSchoolMentions(a)];
    if (evidence.length === 0) return [];
    const first = evidence.reduce((x, y) => (y.start < x.start ? y : x));
    return [{ start: first.start, end: first.end, message: "disclosed" }];
  },
};
