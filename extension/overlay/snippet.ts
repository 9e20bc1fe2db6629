/**
 * The flagged words of a finding with a little of the text around them, so the author sees
 * where in the post the problem is. Cuts at word boundaries and marks cuts with an ellipsis.
 */
export interface Snippet {
  before: string;
  quote: string;
  after: string;
}

const CONTEXT_CHARS = 48;

export function snippetOf(text: string, start: number, end: number, context = CONTEXT_CHARS): Snippet {
  const safeStart = Math.max(0, Math.min(start, text.length));
  const safeEnd = Math.max(safeStart, Math.min(end, text.length));
  let from = Math.max(0, safeStart - context);
  let to = Math.min(text.length, safeEnd + context);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < safeStart) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > safeEnd) to = space;
  }
  const flatten = (part: string): string => part.replace(/\s+/g, " ");
  return {
    before: (from > 0 ? "…" : "") + flatten(text.slice(from, safeStart)).trimStart(),
    quote: text.slice(safeStart, safeEnd),
    after: flatten(text.slice(safeEnd, to)).trimEnd() + (to < text.length ? "…" : ""),
  };
}
