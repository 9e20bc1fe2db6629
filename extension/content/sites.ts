import type { SiteAdapter } from "./composer";
import { facebookAdapter } from "./facebook";
import { instagramAdapter } from "./instagram";
import { xAdapter } from "./x";

export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, facebookAdapter, instagramAdapter];

/** The adapter for a page's hostname, or null on a site we do not cover. */
export function adapterForHost(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase();
  return ADAPTERS.find((adapter) => adapter.selectors.hosts.includes(host)) ?? null;
}
