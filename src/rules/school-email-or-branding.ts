import type { Rule } from "./types.js";
import { ownSchoolMentions } from "./signals.js";

/**
 * TAXONOMY school-email-or-branding: the school email address (*.sch.uk or a configured domain)
 * used personally, or the school's name or logo used as a personal brand (@HazelmereMissK,
 * "my new banner with the Bryn Glas logo"). A personal email address is fine.
 */
export const rule: Rule = {
  meta: {
    id: "school-email-or-branding",
    description: "Using the school email address, or the school's name or logo as a personal brand.",
    defaultSeverity: "medium",
    messages: {
      email: {
        reason: "This uses your school email address on a personal account.",
        suggestion: "Use a personal email address for anything that isn't school business.",
      },
      brand: {
        reason: "This uses the school's name or logo as part of your personal brand.",
        suggestion: "Keep the school's name and logo out of personal handles, bios and profile pictures.",
      },
    },
  },
  check(a) {
    const out = a.emails.filter((e) => e.isSchool).map((e) => ({ start: e.start, end: e.end, message: "email" }));
    const mentions = ownSchoolMentions(a);
    for (const m of mentions) if (m.via === "handle") out.push({ start: m.start, end: m.end, message: "brand" });
    const school = mentions.length > 0 || /\bschool\b/i.test(a.text);
    if (school) for (const b of a.hits("branding")) out.push({ start: b.start, end: b.end, message: "brand" });
    return out;
  },
};
