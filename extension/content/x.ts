/**
 * X (x.com, twitter.com): the home composer, replies, quotes and the thread composer. Every
 * tweetTextarea_N box of the compose dialog is one post ("Post all"); Ctrl/Cmd+Enter sends.
 */
import { createAdapter } from "./composer";
import type { SiteSelectors } from "./selectors";
import data from "./selectors/x.json";

export const xAdapter = createAdapter(data as SiteSelectors);
