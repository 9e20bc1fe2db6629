import type { Rule, RuleHit } from "./types.js";
import { cover } from "./types.js";

/**
 * TAXONOMY political-views: a party, politician or hot issue AND a partisan judgement or a call
 * to vote, in one sentence (or a campaign hashtag like #LabourOut). Neutral civic reminders
 * ("polls open till 10pm", "register before the deadline") and news facts are not views.
 */
export const rule: Rule = {
  meta: {
    id: "political-views",
    description: "Personal political statements or campaigning.",
    defaultSeverity: "medium",
    messages: {
      political: {
        reason: "This expresses a personal political view, which your policy asks you to keep off social media.",
        suggestion: "Keep party politics off accounts that parents and pupils may see.",
      },
    },
  },
  check(a) {
    const out: RuleHit[] = [];
    const neutral = a.hits("political-neutral");
    for (const entity of a.hits("political-entity")) {
      const sentence = a.sentenceAt(entity.start);
      if (a.firstNearSentence(neutral, sentence, 0, 0)) continue;
      // The opinion may contain the party ("vote Tory") but must say more than its name.
      const opinion = a.firstNearSentence(a.hits("political-opinion"), sentence, 0, 0, (o) => !(o.start >= entity.start && o.end <= entity.end));
      if (opinion) out.push({ ...cover(entity, opinion), message: "political" });
    }
    for (const tag of a.hashtags) {
      const w = tag.words;
      if ((w.includes("out") || w[0] === "vote") && w.some((x) => PARTY_WORDS.has(x))) {
        out.push({ start: tag.start, end: tag.end, message: "political" });
      }
    }
    return out;
  },
};

const PARTY_WORDS = new Set(["tories", "tory", "labour", "reform", "plaid", "conservatives", "snp", "libdems", "greens", "green", "starmer", "farage", "sunak", "trump", "ukip"]);
