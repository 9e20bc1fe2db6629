/**
 * Facebook: the create-post dialog ("What's on your mind", sent by its Post button; Enter is a
 * new line there) and comment and reply boxes (Enter sends, Shift+Enter is a new line). Both are
 * Lexical editors. A box whose composer has no Post button is a comment box.
 */
import { createAdapter } from "./composer";
import type { SiteSelectors } from "./selectors";
import data from "./selectors/facebook.json";

export const facebookAdapter = createAdapter(data as SiteSelectors);
