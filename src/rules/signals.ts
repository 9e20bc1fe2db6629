/**
 * Evidence several rules share, computed once per post through `a.once`.
 */
import type { Analysis } from "../analysis/index.js";
import type { LexHit } from "../analysis/lexicon.js";
import type { SchoolMention } from "../analysis/school-names.js";

/**
 * First-person evidence that the author works in a school. Weak entries (things parents say too,
 * like "parents' evening" or "marking") count only when the post is not about the author's own
 * child or someone else's job ("My sister's a TA and she's been marking").
 */
export function staffEvidence(a: Analysis): LexHit[] {
  return a.once("staffEvidence", () => {
    const hits = a.hits("staff-self");
    const otherPerson = a.hits("other-person");
    // Strong evidence stands unless the same sentence is about someone else ("Our SENCo at my
    // daughter's school", "my class at the gym"); weak evidence needs the whole post free of that.
    return hits.filter((h) => (h.entry.tag === "strong" ? !a.firstNearSentence(otherPerson, a.sentenceAt(h.start), 0, 0) : otherPerson.length === 0));
  });
}

/** The author's own school named in a way that ties them to it (see workplace-identified). */
export function ownSchoolMentions(a: Analysis): SchoolMention[] {
  return a.once("ownSchoolMentions", () => {
    const staff = staffEvidence(a).length > 0 || a.emails.some((e) => e.isSchool);
    return a.schoolMentions.filter((m) => {
      if (vetoed(a, m)) return false;
      return m.via !== "text" || m.explicit || staff || schoolContextAround(a, m);
    });
  });
}

/** Does the post show the author is school staff, by any evidence? */
export function isStaff(a: Analysis): boolean {
  return a.once(
    "isStaff",
    () => staffEvidence(a).length > 0 || a.emails.some((e) => e.isSchool) || ownSchoolMentions(a).length > 0 || a.handles.some((h) => h.words.some((w) => TEACHER_HANDLE_WORDS.has(w))),
  );
}

// A handle that presents its owner as a teacher (@MissK_teaches, @mr_p_teacher).
const TEACHER_HANDLE_WORDS = new Set(["teaches", "teacher", "teaching", "teach"]);

// Words right next to a school's name that make it the school rather than the village, the
// battle or the road: "Hazelmere parents", "Bryn Glas SLT", "at Hazelmere today".
const SCHOOL_CONTEXT_AFTER = new Set(["parents", "families", "slt", "smt", "staff", "pupils", "children", "kids", "head", "headteacher", "governors", "will", "are", "is", "trip", "y1", "y2", "y3", "y4", "y5", "y6", "year", "reception", "nursery", "estyn", "ofsted", "staffroom", "christmas", "harvest", "nativity", "concert", "sports", "pta", "office", "uniform", "primary", "school", "logo", "badge", "uniform"]);
const SCHOOL_CONTEXT_BEFORE = new Set(["at", "to", "from", "join", "joined", "leaving", "teach", "teaching", "work", "my", "our"]);
// A school shares its name with the village, a road or a battle: those uses are not the school.
const NOT_SCHOOL_AFTER = new Set(["village", "hall", "road", "lane", "street", "church", "fc", "rfc", "united", "city", "town", "park", "beach", "bay", "station", "woods", "common", "village's"]);
const NOT_SCHOOL_BEFORE = new Set(["battle", "round", "around", "near", "through", "past"]);

function tokenIndexAt(a: Analysis, offset: number, after: boolean): number {
  const t = a.tokens;
  if (after) {
    for (let i = 0; i < t.length; i++) if (t[i]!.start >= offset) return i;
    return -1;
  }
  for (let i = t.length - 1; i >= 0; i--) if (t[i]!.end <= offset) return i;
  return -1;
}

function schoolContextAround(a: Analysis, m: SchoolMention): boolean {
  const next = a.tokens[tokenIndexAt(a, m.end, true)];
  const prev = a.tokens[tokenIndexAt(a, m.start, false)];
  return (next !== undefined && SCHOOL_CONTEXT_AFTER.has(next.norm)) || (prev !== undefined && SCHOOL_CONTEXT_BEFORE.has(prev.norm));
}

function vetoed(a: Analysis, m: SchoolMention): boolean {
  if (m.via !== "text" || m.explicit) return false;
  const next = a.tokens[tokenIndexAt(a, m.end, true)];
  const prevIndex = tokenIndexAt(a, m.start, false);
  const prev = a.tokens[prevIndex];
  const prev2 = a.tokens[prevIndex - 1];
  if (next && NOT_SCHOOL_AFTER.has(next.norm)) return true;
  if (prev && NOT_SCHOOL_BEFORE.has(prev.norm)) return true;
  return prev?.norm === "of" && prev2?.norm === "battle";
}
