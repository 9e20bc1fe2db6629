/**
 * The sites Second Look watches, as data. The manifest's content-script match patterns are
 * exactly `https://<host>/*` for every host here (a unit test keeps the two in step), and the
 * worker accepts content-script messages only from these hosts over https.
 */
import type { Site } from "../../src/types";

export interface SupportedSite {
  site: Site;
  /** What the popup calls it. */
  title: string;
  /** Every hostname the site serves compose boxes on. Never a wildcard: least privilege. */
  hosts: readonly string[];
}

export const SUPPORTED_SITES: readonly SupportedSite[] = [
  { site: "facebook", title: "Facebook", hosts: ["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"] },
  { site: "x", title: "X", hosts: ["x.com", "mobile.x.com", "twitter.com", "mobile.twitter.com"] },
  { site: "instagram", title: "Instagram", hosts: ["instagram.com", "www.instagram.com"] },
];

/** The content-script match patterns these sites need, in order. */
export function contentScriptMatches(): string[] {
  return SUPPORTED_SITES.flatMap(({ hosts }) => hosts.map((host) => `https://${host}/*`));
}

/** The supported site a page URL belongs to, or undefined. Only https counts. */
export function siteForUrl(url: string | undefined): SupportedSite | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" || parsed.port !== "") return undefined;
  const host = parsed.hostname.toLowerCase();
  return SUPPORTED_SITES.find(({ hosts }) => hosts.includes(host));
}
