import type { Rule } from "./types.js";

/**
 * TAXONOMY religious-views: a faith word (God, Jesus, church, religion…) together with a personal
 * statement or invitation ("I found God", "come to our temple", "there is no god"). Greetings and
 * idioms ("Merry Christmas, God bless", "pray for my sanity") are removed first.
 */
export const rule: Rule = {
  meta: {
    id: "religious-views",
    description: "Personal religious statements or proselytising.",
    defaultSeverity: "medium",
    messages: {
      religious: {
        reason: "This shares a personal religious view, which your policy asks you to keep off social media.",
        suggestion: "Seasonal greetings are fine; keep personal beliefs and invitations to worship off accounts parents may see.",
      },
    },
  },
  check(a) {
    const greetings = a.hits("greeting");
    const inGreeting = (h: { start: number; end: number }) => {
      const at = a.tokenIndexAt(h.start);
      return a.firstNearTokens(greetings, at, at, (g) => h.start >= g.start && h.end <= g.end) !== undefined;
    };
    const entities = a.hits("religious-entity").filter((h) => {
      if (inGreeting(h)) return false;
      // "He" and "Him" mean God only when capitalised mid-sentence.
      if (h.entry.match === "him" || h.entry.match === "he") return a.tokens[h.from]!.capital && !a.tokens[h.from]!.sentenceStart;
      return true;
    });
    const strong = entities.filter((h) => h.entry.tag === "strong");
    const stances = a.hits("religious-stance").filter((h) => !inGreeting(h));
    // A statement of belief needs a faith word and a stance ("Praying for our country", "Open your
    // eyes to God"), or several strong faith words; a faith word alone is a greeting or a mention.
    if (entities.length === 0 || (stances.length === 0 && strong.length < 3)) return [];
    // The statement is the sentence that carries the stance (or the faith word): highlight it whole.
    const sentence = a.sentences[a.sentenceAt((stances[0] ?? strong[0]!).start)]!;
    return [{ start: sentence.start, end: sentence.end, message: "religious" }];
  },
};
