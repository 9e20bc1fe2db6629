/**
 * Fixed identities of the extension. Schools address the extension by these ids in their
 * policies, so they must never change: the Chrome id is derived from the public `key` in
 * manifest.json (a unit test recomputes it), the Firefox id is written into the Firefox build.
 */

/** Chrome, Chromium and Edge id: first 32 hex digits of sha256(DER public key), 0-f mapped to a-p. */
export const CHROME_EXTENSION_ID = "gjchgooaomehdmkmijmcojagmdejfdkl";

/** Firefox add-on id (browser_specific_settings.gecko.id). */
export const FIREFOX_EXTENSION_ID = "second-look@secondlook.school";
