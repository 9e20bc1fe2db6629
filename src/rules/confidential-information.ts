import type { Rule } from "./types.js";
import { isStaff } from "./signals.js";

/**
 * TAXONOMY confidential-information: internal matters staff know from inside — inspection results
 * before publication, safeguarding, exclusions, staffing changes, data, security codes. Only from
 * staff: a parent reading the published Ofsted report is not disclosing anything.
 */
export const rule: Rule = {
  meta: {
    id: "confidential-information",
    description: "Internal school matters: inspections, safeguarding, exclusions, staffing, data, security.",
    defaultSeverity: "high",
    messages: {
      confidential: {
        reason: "This discloses an internal school matter that is confidential to the school.",
        suggestion: "Keep inspections, safeguarding, exclusions, staffing and data off social media.",
      },
    },
  },
  check(a) {
    // Safeguarding cases and security codes are internal whoever posts them; the rest needs the
    // author to be staff (a parent reading the published Ofsted report discloses nothing).
    const staff = isStaff(a);
    return a
      .hits("confidential")
      .filter((h) => !a.negated(h) && (staff || h.entry.tag === "internal"))
      .map((h) => ({ start: h.start, end: h.end, message: "confidential" }));
  },
};
