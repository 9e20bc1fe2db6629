/**
 * Feature names are hashed into a fixed number of buckets (the "hashing trick"), so the model file
 * holds weights by bucket and never a vocabulary of post text. FNV-1a, 32-bit: fast, stable across
 * platforms and JavaScript engines (only integer arithmetic), and good enough for short strings.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** The bucket of a feature name in a table of 2^bits buckets. */
export function bucket(name: string, bits: number): number {
  return fnv1a(name) >>> (32 - bits);
}
