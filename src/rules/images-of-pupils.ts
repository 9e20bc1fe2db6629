import type { Rule, RuleHit } from "./types.js";
import { isStaff } from "./signals.js";

/**
 * TAXONOMY images-of-pupils: a photo of pupils, attached or described. An attachment counts when
 * the post ties it to pupils at an event happening now ("Sports day with Class 4, look at those
 * faces!"); 40 gingerbread men baked for tomorrow's party are not pupils. A photo described in words
 * ("a picture of my Y4s") counts without an attachment.
 */
export const rule: Rule = {
  meta: {
    id: "images-of-pupils",
    description: "Photos or videos that show pupils or were taken at work.",
    defaultSeverity: "high",
    messages: {
      attached: {
        reason: "The attached picture seems to show pupils or was taken at school.",
        suggestion: "Don't post pictures of pupils from a personal account; ask about the school's own channels.",
      },
      atWork: {
        reason: "The attached picture was taken at your school.",
        suggestion: "Photos taken at work can show pupils, displays or security details; leave them to the school's own channels.",
      },
      described: {
        reason: "This shares a photo of pupils.",
        suggestion: "Don't post pictures of pupils from a personal account.",
      },
    },
  },
  check(a) {
    // The author is staff by assumption; a post about their own child is not about pupils.
    if (!isStaff(a) && a.has("other-person")) return [];
    // A school event (sports day, the nativity) puts pupils in the picture when the author is
    // staff or names the school; on its own it may be anyone's sports day.
    const schoolInView = isStaff(a);
    const group = a.hits("pupil-group").filter((h) => h.entry.tag !== "event" || schoolInView);
    const out: RuleHit[] = [];
    for (const photo of a.hits("photo")) {
      const g = a.firstNearSentence(group, a.sentenceAt(photo.start), 0, 0);
      if (g && photo.entry.match !== "look at" && photo.entry.match !== "here's") {
        out.push({ start: Math.min(photo.start, g.start), end: Math.max(photo.end, g.end), message: "described" });
        return out;
      }
    }
    const attached = a.draft.attachments?.some((x) => x.kind === "image" || x.kind === "video");
    if (!attached) return out;
    // A picture of the classroom or the premises is a picture taken at work, pupils or not.
    const place = a.hits("workplace-place")[0];
    if (place && isStaff(a)) return [{ start: place.start, end: place.end, message: "atWork" }];
    if (group.length === 0) return out;
    const now = a.hits("present-activity");
    const later = a.hits("future");
    if (now.length === 0 || (later.length > 0 && !now.some((h) => h.entry.match === "today"))) return out;
    const g = group[0]!;
    out.push({ start: g.start, end: g.end, message: "attached" });
    return out;
  },
};
