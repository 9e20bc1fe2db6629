/**
 * Scores the labelled corpus (corpus/dev.jsonl) per profile, the way TAXONOMY.md defines:
 * expected = the post's `expect` ∩ the profile's categories, with the post's `school` configured
 * as the school name. Used by tests/corpus/corpus.test.ts and `npx tsx tests/corpus/score.ts`.
 */
import { fileURLToPath } from "node:url";
import path from "node:path";
import { DEV_CORPUS } from "../support/paths.js";
import { loadPosts, type CorpusPost } from "../support/corpus.js";
import { checkPost, getProfile, PROFILE_IDS, CATEGORY_IDS, type CategoryId, type ProfileId, type Draft } from "../../src/index.js";

export type { CorpusPost };

export function loadCorpus(file = DEV_CORPUS): CorpusPost[] {
  return loadPosts(file);
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  recall: number;
  precision: number;
}

export interface ProfileScore {
  profile: ProfileId;
  benign: number;
  benignFlagged: string[];
  benignRate: number;
  categories: Partial<Record<CategoryId, CategoryScore>>;
  macroPrecision: number;
  macroRecall: number;
  misses: Array<{ id: string; missing: CategoryId[]; extra: CategoryId[] }>;
}

export function scoreProfile(profile: ProfileId, posts: CorpusPost[]): ProfileScore {
  const covered = new Set(Object.keys(getProfile(profile).categories) as CategoryId[]);
  const counts = new Map<CategoryId, { tp: number; fp: number; fn: number }>();
  for (const c of covered) counts.set(c, { tp: 0, fp: 0, fn: 0 });
  let benign = 0;
  const benignFlagged: string[] = [];
  const misses: ProfileScore["misses"] = [];
  for (const post of posts) {
    const expected = new Set(post.expect.filter((c) => covered.has(c)));
    const draft: Draft = { text: post.text };
    if (post.at) draft.at = post.at;
    if (post.attachments) draft.attachments = post.attachments;
    const got = new Set(checkPost(draft, { profile, schoolNames: [post.school] }).map((f) => f.category));
    if (expected.size === 0) {
      benign++;
      if (got.size > 0) benignFlagged.push(`${post.id} → ${[...got].join(",")}`);
    }
    for (const c of covered) {
      const n = counts.get(c)!;
      if (expected.has(c) && got.has(c)) n.tp++;
      else if (expected.has(c)) n.fn++;
      else if (got.has(c)) n.fp++;
    }
    const missing = [...expected].filter((c) => !got.has(c));
    const extra = [...got].filter((c) => !expected.has(c));
    if (missing.length || extra.length) misses.push({ id: post.id, missing, extra });
  }
  const categories: ProfileScore["categories"] = {};
  let p = 0;
  let r = 0;
  for (const [c, n] of counts) {
    const precision = n.tp + n.fp === 0 ? 1 : n.tp / (n.tp + n.fp);
    const recall = n.tp + n.fn === 0 ? 1 : n.tp / (n.tp + n.fn);
    categories[c] = { ...n, precision, recall };
    p += precision;
    r += recall;
  }
  return { profile, benign, benignFlagged, benignRate: benign ? benignFlagged.length / benign : 0, categories, macroPrecision: p / counts.size, macroRecall: r / counts.size, misses };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const posts = loadCorpus();
  const verbose = process.argv.includes("--misses");
  for (const profile of PROFILE_IDS) {
    const s = scoreProfile(profile, posts);
    console.log(`${profile.padEnd(24)} benign flagged ${s.benignFlagged.length}/${s.benign} (${(s.benignRate * 100).toFixed(1)}%)  macro P ${s.macroPrecision.toFixed(3)} R ${s.macroRecall.toFixed(3)}`);
    if (profile === "general") {
      for (const c of CATEGORY_IDS) {
        const x = s.categories[c]!;
        console.log(`   ${c.padEnd(26)} R ${x.recall.toFixed(2)} P ${x.precision.toFixed(2)}  tp ${x.tp} fp ${x.fp} fn ${x.fn}`);
      }
      if (verbose) {
        for (const b of s.benignFlagged) console.log("   BENIGN", b);
        for (const m of s.misses) console.log(`   ${m.id} missing [${m.missing.join(",")}] extra [${m.extra.join(",")}]`);
      }
    }
  }
}
