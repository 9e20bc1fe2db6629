import type { Rule } from "./types.js";
import { isStaff, ownSchoolMentions } from "./signals.js";

/**
 * TAXONOMY speaking-for-school: official notices from a personal account — closures, reminders
 * to parents, recruitment, thanks "on behalf of us all at". It needs the school in view (named,
 * or staff addressing parents): the council's gritting news or "polls open" are not the school's.
 */
export const rule: Rule = {
  meta: {
    id: "speaking-for-school",
    description: "Speaking, or seeming to speak, on behalf of the school.",
    defaultSeverity: "medium",
    messages: {
      announcement: {
        reason: "This reads like an official school announcement made from your personal account.",
        suggestion: "Leave announcements to the school's official channels; you can share their post instead.",
      },
    },
  },
  check(a) {
    const mentions = ownSchoolMentions(a);
    if (/^\s*(sharing|shared|reposting|via)\b/i.test(a.text)) return [];
    // The school must be in view: named, or families addressed ("Reminder to all parents: …").
    const parentsAddressed = /\b(parents|families|carers)\b/i.test(a.text);
    if (mentions.length === 0 && !parentsAddressed) return [];
    // Without the school named, a notice to parents ("Reminder to all parents: PE kits on Tuesday")
    // still speaks for it; thanks or news from someone else (the PTA, a parent) does not.
    const notice = a.hits("announcement").some((h) => h.entry.tag === "notice");
    if (mentions.length === 0 && ((!isStaff(a) && !notice) || a.has("other-person"))) return [];
    const hits = a.hits("announcement");
    // "Hazelmere parents, please …": a school's parents addressed by the school's name.
    for (const m of mentions) {
      if (/^\s*(parents|families)\s*[,:!]/i.test(a.text.slice(m.end, m.end + 12))) return [{ start: m.start, end: m.end + a.text.slice(m.end).search(/[,:!]/) , message: "announcement" }];
    }
    return hits.length ? [{ start: hits[0]!.start, end: hits[0]!.end, message: "announcement" }] : [];
  },
};
