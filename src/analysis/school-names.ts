/**
 * The author's own school, as it may be written: the full name, the short forms staff use
 * ("Hazelmere" for "Hazelmere Primary", "Bryn Glas" for "Ysgol Bryn Glas"), disguised
 * ("H.a.z.e.l.m.e.r.e", "Наzelmere", "St Aid@n's"), run together in a handle or
 * hashtag (@BrynGlasMissJ, #HazelmerePrimary), or as an email domain.
 */
import type { Analysis } from "./index.js";
import { LexiconIndex } from "./lexicon.js";
import { fold, decode } from "../normalise.js";

export interface SchoolMention {
  start: number;
  end: number;
  /** The words matched include a school word ("Hazelmere Primary", "Ysgol Bryn Glas"). */
  explicit: boolean;
  via: "text" | "handle" | "hashtag" | "email";
}

/** Words that say "school" in a school's name; stripped to get the short form staff use. */
const SCHOOL_WORDS = new Set([
  "primary", "school", "community", "infant", "infants", "junior", "juniors", "academy", "nursery",
  "federation", "catholic", "rc", "ce", "cofe", "c", "of", "e", "church", "england", "va", "vc", "cp",
  "ysgol", "gynradd", "gymraeg", "y", "the", "and",
]);

function words(name: string): string[] {
  return decode(fold(name)).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The forms to look for, as space-separated words: full names, then short forms. */
export function nameForms(names: readonly string[]): { form: string; explicit: boolean }[] {
  const forms = new Map<string, boolean>();
  for (const name of names) {
    const w = words(name);
    if (w.length === 0) continue;
    forms.set(w.join(" "), w.some((x) => SCHOOL_WORDS.has(x) && x.length > 2));
    // Short form: drop school words from both ends ("Ysgol Bryn Glas" → "bryn glas",
    // "Hazelmere Community Primary School" → "hazelmere").
    let a = 0;
    let b = w.length;
    while (a < b && SCHOOL_WORDS.has(w[a]!) && w[a] !== "st") a++;
    while (b > a && SCHOOL_WORDS.has(w[b - 1]!)) b--;
    const core = w.slice(a, b);
    if (core.join("").length >= 4 && !forms.has(core.join(" "))) forms.set(core.join(" "), false);
    // A saint's name is often shortened to the saint ("St Aidan parents" for St Aidan of Lindisfarne).
    if ((core[0] === "st" || core[0] === "saint") && core.length > 2) forms.set(`st|saint ${core[1]}`, false);
  }
  return [...forms].map(([form, explicit]) => ({ form, explicit }));
}

export class SchoolNames {
  private readonly index: LexiconIndex | undefined;
  private readonly compact: string[];

  constructor(
    names: readonly string[],
    readonly emailDomains: string[],
  ) {
    const forms = nameForms(names);
    this.index = forms.length
      ? new LexiconIndex([{ name: "school-name", note: "the author's own school", entries: forms.map((f) => ({ match: f.form.replace(/^st /, "st|saint "), tag: f.explicit ? "explicit" : "short" })) }])
      : undefined;
    // Run-together forms for handles and hashtags; short ones would match inside other words.
    this.compact = forms.map((f) => f.form.replace(/^st\|saint /, "st").replace(/ /g, "")).filter((c) => c.length >= 6);
  }

  find(a: Analysis): SchoolMention[] {
    const mentions: SchoolMention[] = [];
    if (this.index) {
      for (const hit of this.index.scan(a.decodedTokens).get("school-name") ?? []) {
        mentions.push({ start: hit.start, end: hit.end, explicit: hit.entry.tag === "explicit", via: "text" });
      }
    }
    if (this.compact.length) {
      for (const h of a.handles) {
        const joined = h.words.join("");
        if (this.compact.some((c) => joined.includes(c))) mentions.push({ start: h.start, end: h.end, explicit: false, via: "handle" });
      }
      for (const h of a.hashtags) {
        const joined = h.words.join("");
        if (this.compact.some((c) => joined.includes(c))) mentions.push({ start: h.start, end: h.end, explicit: true, via: "hashtag" });
      }
    }
    for (const e of a.emails) {
      if (!e.isSchool) continue;
      const local = e.domain.replace(/[^a-z0-9]/g, "");
      if (this.compact.some((c) => local.includes(c))) mentions.push({ start: e.start, end: e.end, explicit: true, via: "email" });
    }
    // Text mentions overlapping a handle/email mention are the same thing said once.
    return dedupe(mentions);
  }
}

function dedupe(list: SchoolMention[]): SchoolMention[] {
  list.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: SchoolMention[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.explicit ||= m.explicit;
      if (m.via !== "text") last.via = m.via;
      continue;
    }
    out.push({ ...m });
  }
  return out;
}
