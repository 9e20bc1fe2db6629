/**
 * The evidence features beside the words: which lexicons and which recognised entities the model
 * reads. Named once here so training and checking read the same list.
 */
import type { Analysis } from "../analysis/index.js";
import { LEXICONS } from "../lexicons/index.js";
import { ownSchoolMentions } from "../rules/signals.js";

export const LEXICON_FEATURE_NAMES: readonly string[] = LEXICONS.map((l) => l.name);

interface Span {
  start: number;
  end: number;
}

export interface EntityFeature {
  name: string;
  find(a: Analysis): readonly Span[];
}

export const ENTITY_FEATURES: readonly EntityFeature[] = [
  { name: "phone", find: (a) => a.phones },
  { name: "phone:mobile", find: (a) => a.phones.filter((p) => p.mobile) },
  { name: "postcode", find: (a) => a.postcodes },
  { name: "address", find: (a) => a.addresses },
  { name: "address:cued", find: (a) => a.addresses.filter((x) => x.cued) },
  { name: "birth-date", find: (a) => a.birthDates },
  { name: "email", find: (a) => a.emails },
  { name: "email:school", find: (a) => a.emails.filter((e) => e.isSchool) },
  { name: "handle", find: (a) => a.handles },
  { name: "hashtag", find: (a) => a.hashtags },
  { name: "school", find: (a) => a.schoolMentions },
  { name: "school:explicit", find: (a) => a.schoolMentions.filter((m) => m.explicit) },
  { name: "school:tag", find: (a) => a.schoolMentions.filter((m) => m.via === "handle" || m.via === "hashtag") },
  { name: "school:own", find: (a) => ownSchoolMentions(a) },
];
