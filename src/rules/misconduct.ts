import type { Rule } from "./types.js";
import { isStaff } from "./signals.js";

/**
 * TAXONOMY misconduct: work-related misbehaviour or unlawful conduct made public — feigning
 * illness, skiving, drunk or high at work, drink-driving, drugs, theft. "I did not call in sick"
 * is negated; "Charlie" with a capital is a person, "charlie" is cocaine.
 */
export const rule: Rule = {
  meta: {
    id: "misconduct",
    description: "Work-related misbehaviour or unlawful conduct.",
    defaultSeverity: "high",
    messages: {
      misconduct: {
        reason: "This describes conduct (skipping work, drink or drugs, breaking the law) that could lead to disciplinary action.",
        suggestion: "Think twice before posting anything your employer or a parent could read as misconduct.",
      },
    },
  },
  check(a) {
    const drink = /\b(pints?|drinks?|drunk|jäger|jager|wine|beers?|prosecco|shots?|vodka|gin|wetherspoons|pub)\b/i.test(a.text);
    return a
      .hits("misconduct")
      .filter((h) => {
        if (a.negated(h, 4)) return false;
        const m = h.entry.match;
        if (m.startsWith("charlie")) return !a.tokens[h.from]!.capital;
        if (m === "drove home") return drink;
        if (m === "# pints") return drink && /\b(drove|driving)\b/i.test(a.text);
        // "Told work I was …" is an invented excuse only when an illness is claimed.
        if (h.entry.tag === "excuse") return ILLNESS.test(a.text.slice(h.start, h.start + 80));
        // Hungover, unnoticed, unread: misconduct only when it is about work.
        if (h.entry.tag === "at-work") return isStaff(a) || AT_WORK.test(a.text);
        return true;
      })
      .map((h) => ({ start: h.start, end: h.end, message: "misconduct" }));
  },
};

const AT_WORK = /\b(work|school|class|lesson|lessons|teaching|assembly|briefing|staff|pupils|marking|books)\b/i;
const ILLNESS = /\b(ill|sick|poorly|flu|covid|norovirus|migraine|food poisoning|a bug|vomiting|temperature|fever|tummy)\b/i;
