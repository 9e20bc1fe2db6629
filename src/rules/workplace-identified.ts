import type { Rule } from "./types.js";
import { ownSchoolMentions } from "./signals.js";

/** TAXONOMY workplace-identified: the post names the author's own school (in any disguise). */
export const rule: Rule = {
  meta: {
    id: "workplace-identified",
    description: "The post names or points to the school where you work.",
    defaultSeverity: "medium",
    messages: {
      named: {
        reason: "This names your school, so anyone reading can link the post to your workplace.",
        suggestion: "Leave out the school's name (and hashtags or handles that contain it).",
      },
    },
  },
  check: (a) => ownSchoolMentions(a).map((m) => ({ start: m.start, end: m.end, message: "named" })),
};
