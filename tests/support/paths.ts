/**
 * Where the repository keeps the data its tests read. Everything lives inside the repository: a
 * fresh clone has nothing beside it (tests/unit/stand-alone.test.ts fails if anything climbs out).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CORPUS_DIR = path.join(REPO_ROOT, "corpus");
export const POLICIES_DIR = path.join(REPO_ROOT, "policies");
export const TAXONOMY_DOC = path.join(REPO_ROOT, "docs/taxonomy.md");
export const DEV_CORPUS = path.join(CORPUS_DIR, "dev.jsonl");
