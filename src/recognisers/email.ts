/**
 * Email addresses, and whether each is a school address: a *.sch.uk domain, or one of the school's
 * configured domains or a subdomain of it. Also the common disguises "name [at] domain [dot] com",
 * "name (at) domain.co.uk" and "name AT domain DOT com", which people use to dodge scrapers (and
 * checkers like this one).
 *
 * Every repetition is bounded by the lengths the email standard allows (64 for the local part, 63
 * per domain label), and a match may only start where a local part starts, so there is no
 * backtracking to blow up.
 */

import { foldFullWidth } from "./fold.js";
import type { EmailEntity } from "./types.js";

const LOCAL = String.raw`[A-Za-z0-9][A-Za-z0-9_.%+'\-]{0,63}`;
const LABEL = String.raw`[A-Za-z0-9][A-Za-z0-9\-]{0,62}`;
const STARTS_LOCAL = String.raw`(?<![A-Za-z0-9_%+'\-])`;

/** Read at a known start (see findEmails), so no look-behind is needed. */
const EMAIL_AT = new RegExp(String.raw`(${LOCAL})@(${LABEL}(?:\.${LABEL}){1,8})`, "y");
const LOCAL_CHAR = /[A-Za-z0-9_.%+'\-]/;
const ALPHANUMERIC = /[A-Za-z0-9]/;

/** "[at]", "(at)", "{at}", "<at>" in any case, or a bare upper-case " AT ". */
const AT = String.raw`(?:\s*[\[({<]\s*[Aa][Tt]\s*[\])}>]\s*|\s+AT\s+)`;
const DOT = String.raw`(?:\s*[\[({<]\s*[Dd][Oo][Tt]\s*[\])}>]\s*|\s+DOT\s+|\.)`;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`${STARTS_LOCAL}(${LOCAL})${AT}(${LABEL}(?:${DOT}${LABEL}){1,8})(?![A-Za-z0-9])`,
  "g",
);
const OBFUSCATED_DOT = new RegExp(DOT, "g");
/** A cheap test that skips the disguised-address scan for almost every post. */
const MAY_BE_OBFUSCATED = /[\[({<]\s*[Aa][Tt]\s*[\])}>]|\sAT\s/;

/** A top-level domain is letters only and at least two of them ("uk", "com", not "5"). */
const TOP_LEVEL = /\.[a-z]{2,63}$/;

function schoolDomainList(schoolDomains: readonly string[]): string[] {
  return schoolDomains
    .map((d) => d.trim().toLowerCase().replace(/^[@*.]+/, "").replace(/\.$/, ""))
    .filter((d) => d.includes("."));
}

function isSchoolDomain(domain: string, configured: readonly string[]): boolean {
  if (domain.endsWith(".sch.uk")) return true;
  return configured.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * Every email address in the text, in order. `schoolDomains` are the school's own domains
 * ("hazelmere.somerset.sch.uk", "@brynglas.org.uk"); any *.sch.uk domain counts as a school one anyway.
 */
export function findEmails(text: string, schoolDomains: readonly string[] = []): EmailEntity[] {
  const s = foldFullWidth(text);
  const configured = schoolDomainList(schoolDomains);
  const found: EmailEntity[] = [];

  const add = (start: number, end: number, local: string, domain: string, obfuscated: boolean) => {
    const lowerDomain = domain.toLowerCase();
    if (!TOP_LEVEL.test(lowerDomain)) return;
    found.push({
      kind: "email",
      start,
      end,
      text: text.slice(start, end),
      address: `${local.toLowerCase()}@${lowerDomain}`,
      domain: lowerDomain,
      isSchool: isSchoolDomain(lowerDomain, configured),
      obfuscated,
    });
  };

  // Anchored on each "@": walk back over the local part (at most 64 characters), then read the
  // address forwards from where it starts. Far cheaper than trying a match at every letter.
  let lastEnd = 0;
  for (let at = s.indexOf("@"); at !== -1; at = s.indexOf("@", at + 1)) {
    let start = at;
    while (start > lastEnd && at - start < 64 && LOCAL_CHAR.test(s[start - 1]!)) start--;
    if (start > lastEnd && LOCAL_CHAR.test(s[start - 1]!)) continue; // local part too long
    while (start < at && !ALPHANUMERIC.test(s[start]!)) start++;
    if (start === at) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(s);
    if (m === null) continue;
    const local = m[1]!;
    // A local part may not end in a dot.
    if (local.endsWith(".")) continue;
    const end = start + m[0].length;
    add(start, end, local, m[2]!, false);
    lastEnd = end;
  }
  if (!MAY_BE_OBFUSCATED.test(s)) return found;
  for (const m of s.matchAll(OBFUSCATED_EMAIL)) {
    const local = m[1]!;
    if (local.endsWith(".")) continue;
    const domain = m[2]!.replace(OBFUSCATED_DOT, ".");
    add(m.index, m.index + m[0].length, local, domain, true);
  }
  return found.sort((a, b) => a.start - b.start);
}
