/**
 * Firefox gets the same extension as Chrome: the same files, with a manifest adjusted for Gecko
 * (a background script instead of a service worker, the add-on id, and the data-collection
 * declaration AMO requires: this add-on collects nothing).
 */
import { FIREFOX_EXTENSION_ID } from "../extension/shared/ids";
import type { ManifestLike } from "./manifest-rules";

/**
 * `data_collection_permissions` needs Firefox 140 (desktop, the current ESR) and 142 on Android;
 * MV3 background scripts as ES modules and storage.managed are older than that.
 */
export const FIREFOX_MIN_VERSION = "140.0";
export const FIREFOX_ANDROID_MIN_VERSION = "142.0";

/** Chrome-only keys Firefox ignores or warns about. */
const CHROME_ONLY_KEYS = ["key", "minimum_chrome_version"] as const;

export function toFirefoxManifest(chrome: ManifestLike): ManifestLike {
  const firefox: ManifestLike = structuredClone(chrome);
  for (const key of CHROME_ONLY_KEYS) delete firefox[key];
  const worker = chrome.background?.service_worker;
  if (!worker) throw new Error("The Chrome manifest has no background.service_worker to convert");
  firefox.background = { scripts: [worker], ...(chrome.background?.type ? { type: chrome.background.type } : {}) };
  // Firefox reads managed values from policies.json without a schema; the key only draws a warning.
  delete (firefox as { storage?: unknown }).storage;
  if (firefox.web_accessible_resources) {
    // Firefox always uses per-install random UUID origins; the Chrome-only flag is not accepted.
    firefox.web_accessible_resources = firefox.web_accessible_resources.map((resource) => {
      const copy = { ...resource };
      delete (copy as { use_dynamic_url?: unknown }).use_dynamic_url;
      return copy;
    });
  }
  firefox.browser_specific_settings = {
    gecko: {
      id: FIREFOX_EXTENSION_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ["none"] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return firefox;
}
