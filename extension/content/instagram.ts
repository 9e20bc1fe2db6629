/**
 * Instagram: comments (a textarea in the post's comment form; Enter or the Post control sends)
 * and the new-post caption (a Lexical editor in the create dialog; Share sends, Enter is a new
 * line).
 */
import { createAdapter } from "./composer";
import type { SiteSelectors } from "./selectors";
import data from "./selectors/instagram.json";

export const instagramAdapter = createAdapter(data as SiteSelectors);
