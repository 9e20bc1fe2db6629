/**
 * Full-width ASCII ("０７７００ ９００４６２", "ＣＦ６２") is what NFKC would fold, and people paste it.
 * Folding it here keeps every recogniser's offsets valid: each full-width character (U+FF01–U+FF5E)
 * and the ideographic space (U+3000) is one UTF-16 unit, as is its ASCII replacement, so the folded
 * copy has the same length as the original and an offset into one is an offset into the other.
 */

const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const FULL_WIDTH_TO_ASCII = 0xff01 - 0x21;

function toAscii(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? " " : String.fromCharCode(code - FULL_WIDTH_TO_ASCII);
}

/** The text with full-width ASCII folded to ASCII; the same string object when there is none. */
export function foldFullWidth(text: string): string {
  return HAS_FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH, toAscii) : text;
}
