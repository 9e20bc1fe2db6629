/**
 * The analysis of one post, computed once and shared by every rule: the normalised views, their
 * words and sentences, every lexicon hit (one sweep), the recognised entities and the mentions of
 * the author's own school. Expensive parts are computed on first use, so a rule that never needs
 * them costs nothing.
 */
import type { Draft, Settings } from "../types.js";
import { decode, fold, originalSpan, visible, type MappedText } from "../normalise.js";
import { tokenise, type Sentence, type Token } from "./tokens.js";
import { LexiconIndex, type LexHit } from "./lexicon.js";
import { FOLD_LEXICONS, DECODE_LEXICONS } from "../lexicons/index.js";
import { SchoolNames } from "./school-names.js";
import { findPhones } from "../recognisers/phone.js";
import { findPostcodes } from "../recognisers/postcode.js";
import { findStreetAddresses } from "../recognisers/address.js";
import { findBirthDates } from "../recognisers/dates.js";
import { findEmails } from "../recognisers/email.js";
import { findHandles, findHashtags } from "../recognisers/handles.js";
import type { Profile } from "../profiles/index.js";

let foldIndex: LexiconIndex | undefined;
let decodeIndex: LexiconIndex | undefined;

/** Build the shared lexicon indexes (once per process; ~1 ms). */
function indexes(): { fold: LexiconIndex; decode: LexiconIndex } {
  foldIndex ??= new LexiconIndex(FOLD_LEXICONS);
  decodeIndex ??= new LexiconIndex(DECODE_LEXICONS);
  return { fold: foldIndex, decode: decodeIndex };
}

export interface AnalysisContext {
  settings: Settings;
  profile: Profile;
  school: SchoolNames;
}

const NEGATORS = new Set(["not", "never", "no", "didn't", "don't", "doesn't", "wasn't", "isn't", "won't", "haven't", "hasn't", "wouldn't", "cannot", "can't", "nobody", "without"]);

/** Tokens for spaced-out runs that begin with a one-letter word ("a", "I"), minus that letter. */
function spacedTails(tokens: Token[], original: string): Token[] {
  const tails: Token[] = [];
  for (const t of tokens) {
    if (t.norm.length < 4 || (t.norm[0] !== "a" && t.norm[0] !== "i")) continue;
    const m = /^[aAiI][\s._-]+/.exec(original.slice(t.start, t.end));
    if (m) tails.push({ ...t, norm: t.norm.slice(1), start: t.start + m[0].length, capital: false });
  }
  return tails;
}

export class Analysis {
  readonly text: string;
  readonly folded: MappedText;
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  private readonly foldHits: Map<string, LexHit[]>;
  private decoded?: { view: MappedText; tokens: Token[]; hits: Map<string, LexHit[]> };

  constructor(
    readonly draft: Draft,
    readonly context: AnalysisContext,
  ) {
    this.text = draft.text;
    this.folded = fold(this.text);
    const { tokens, sentences } = tokenise(this.folded, this.text);
    this.tokens = tokens;
    this.sentences = sentences;
    this.foldHits = indexes().fold.scan(tokens);
  }

  get settings(): Settings {
    return this.context.settings;
  }

  /** The aggressive view (leet, spacing, masks decoded), computed when a rule first asks. */
  private get decodedView() {
    if (!this.decoded) {
      const view = decode(this.folded);
      const { tokens } = tokenise(view, this.text, true);
      const hits = indexes().decode.scan(tokens);
      // "What a s h i t day": the joined run swallowed the word "a" ("ashit"). Scan the run again
      // without its first letter and keep what that finds too.
      const tails = spacedTails(tokens, this.text);
      if (tails.length) for (const [name, more] of indexes().decode.scan(tails)) hits.get(name)!.push(...more);
      this.decoded = { view, tokens, hits };
    }
    return this.decoded;
  }

  /** Hits of one lexicon (from whichever view that lexicon reads). */
  hits(lexicon: string): LexHit[] {
    const own = this.foldHits.get(lexicon);
    if (own) return own;
    const decoded = this.decodedView.hits.get(lexicon);
    if (decoded) return decoded;
    throw new Error(`unknown lexicon "${lexicon}"`);
  }

  /** Tokens of the decoded view (for rules that read it directly). */
  get decodedTokens(): Token[] {
    return this.decodedView.tokens;
  }

  /** Sentence index of an original-text offset. */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Index of the first token that starts at or after `offset` (tokens.length if none). */
  tokenIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start >= offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private sentenceBuckets = new WeakMap<readonly object[], Map<number, number[]>>();
  private tokenCoverage = new WeakMap<readonly object[], Map<number, number[]>>();

  /**
   * The first of `items` (in the list's own order) whose sentence lies in [sentence + from,
   * sentence + to] and that `accept`s. Items are bucketed by sentence once per list, so asking for
   * every hit of one list against another stays linear instead of comparing all pairs (issue 10).
   */
  firstNearSentence<T extends { start: number }>(items: readonly T[], sentence: number, from: number, to: number, accept: (item: T) => boolean = () => true): T | undefined {
    let buckets = this.sentenceBuckets.get(items);
    if (!buckets) {
      buckets = new Map();
      items.forEach((item, i) => {
        const s = this.sentenceAt(item.start);
        const bucket = buckets!.get(s);
        if (bucket) bucket.push(i);
        else buckets!.set(s, [i]);
      });
      this.sentenceBuckets.set(items, buckets);
    }
    let best = -1;
    for (let s = sentence + from; s <= sentence + to; s++) {
      for (const i of buckets.get(s) ?? []) {
        if (best >= 0 && i > best) break;
        if (accept(items[i]!)) {
          best = i;
          break;
        }
      }
    }
    return best < 0 ? undefined : items[best];
  }

  /**
   * The first of `items` (in the list's own order) whose words touch tokens [fromToken, toToken]
   * and that `accept`s: for "right beside it" tests, without scanning the whole list. Each item is
   * registered at every token it covers (once per list), so a window looks at what is in it only,
   * however long some items are (a hashtag naming the school can run to thousands of words).
   */
  firstNearTokens<T extends { start: number; end: number }>(items: readonly T[], fromToken: number, toToken: number, accept: (item: T) => boolean = () => true): T | undefined {
    let coverage = this.tokenCoverage.get(items);
    if (!coverage) {
      coverage = new Map();
      items.forEach((item, i) => {
        // From its first token to the token after it (inclusive): a generous span; accept decides.
        for (let t = this.tokenIndexAt(item.start), last = this.tokenIndexAt(item.end); t <= last; t++) {
          const at = coverage!.get(t);
          if (at) at.push(i);
          else coverage!.set(t, [i]);
        }
      });
      this.tokenCoverage.set(items, coverage);
    }
    let best = -1;
    for (let t = Math.max(0, fromToken); t <= toToken; t++) {
      for (const i of coverage.get(t) ?? []) {
        if (best >= 0 && i >= best) break;
        if (accept(items[i]!)) {
          best = i;
          break;
        }
      }
    }
    return best < 0 ? undefined : items[best];
  }

  sameSentence(a: { start: number }, b: { start: number }): boolean {
    return this.sentenceAt(a.start) === this.sentenceAt(b.start);
  }

  /** Is there a hit of `lexicon` in the same sentence as `span`? */
  hasInSentenceOf(lexicon: string, span: { start: number }): boolean {
    return this.firstNearSentence(this.hits(lexicon), this.sentenceAt(span.start), 0, 0) !== undefined;
  }

  /** A negation word within the `window` words before a fold-view hit ("I did not call in sick"). */
  negated(hit: LexHit, window = 3): boolean {
    for (let i = Math.max(0, hit.from - window); i < hit.from; i++) {
      if (NEGATORS.has(this.tokens[i]!.norm) && this.tokens[i]!.sentence === this.tokens[hit.from]!.sentence) return true;
    }
    return false;
  }

  has(lexicon: string): boolean {
    return this.hits(lexicon).length > 0;
  }

  // Entities, recognised on the original text on first use.
  private memo = new Map<string, unknown>();
  /** Compute a shared signal once per post (rules that need the same evidence share it). */
  once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }
  /**
   * The recognisers read the text as displayed, invisible characters removed (so a zero-width space
   * cannot hide a phone number or an email domain), and their spans are mapped back to the original.
   */
  private recognised<T extends { start: number; end: number; text: string }>(key: string, find: (text: string) => T[]): T[] {
    return this.once(key, () => {
      const view = this.once("visible", () => visible(this.text));
      if (view.text === this.text) return find(this.text);
      return find(view.text).map((entity) => {
        const [start, end] = originalSpan(view, entity.start, entity.end);
        return { ...entity, start, end, text: this.text.slice(start, end) };
      });
    });
  }
  get phones() {
    return this.recognised("phones", findPhones);
  }
  get postcodes() {
    return this.recognised("postcodes", findPostcodes);
  }
  get addresses() {
    return this.recognised("addresses", findStreetAddresses);
  }
  get birthDates() {
    return this.recognised("birthDates", findBirthDates);
  }
  get emails() {
    return this.recognised("emails", (text) => findEmails(text, this.context.school.emailDomains));
  }
  get handles() {
    return this.recognised("handles", (text) => findHandles(text));
  }
  get hashtags() {
    return this.recognised("hashtags", (text) => findHashtags(text));
  }
  /** Mentions of the author's own school: in the text (any disguise), handles, hashtags, emails. */
  get schoolMentions() {
    return this.once("schoolMentions", () => this.context.school.find(this));
  }
}
