/**
 * What a built manifest must and must not contain: least privilege, stated once, enforced by
 * the build (scripts/build.ts refuses to finish) and by unit tests.
 */

export interface ManifestLike {
  manifest_version?: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  externally_connectable?: unknown;
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: ({ resources: string[]; matches?: string[]; use_dynamic_url?: boolean } | Record<string, unknown>)[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  [key: string]: unknown;
}

/** `storage` always; `scripting` is allowed only if one day used to reach tabs open at install. */
export const ALLOWED_PERMISSIONS = ["storage", "scripting"] as const;

/** Every problem with a manifest, in words; empty when it is fine. */
export function manifestProblems(manifest: ManifestLike, options: { browser: "chrome" | "firefox" }): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push("manifest_version must be 3");
  for (const permission of manifest.permissions ?? []) {
    if (!(ALLOWED_PERMISSIONS as readonly string[]).includes(permission)) problems.push(`permission "${permission}" is not allowed`);
  }
  if (!(manifest.permissions ?? []).includes("storage")) problems.push('the "storage" permission is needed');
  for (const key of ["optional_permissions", "host_permissions", "optional_host_permissions", "externally_connectable"] as const) {
    if (manifest[key] !== undefined) problems.push(`"${key}" must not be present`);
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches ?? []) {
      if (!/^https:\/\/[a-z0-9.-]+\/\*$/.test(match) || match.includes("*.")) {
        problems.push(`content script match "${match}" must be https://<exact host>/*`);
      }
    }
  }
  const text = JSON.stringify(manifest);
  if (text.includes("<all_urls>")) problems.push("<all_urls> must not appear");
  for (const resource of manifest.web_accessible_resources ?? []) {
    if (options.browser === "chrome" && (resource as { use_dynamic_url?: unknown }).use_dynamic_url !== true) {
      problems.push(`web_accessible_resources entry ${JSON.stringify(resource)} must set use_dynamic_url: true`);
    }
  }
  if (options.browser === "chrome" && !manifest.background?.service_worker) problems.push("Chrome needs background.service_worker");
  if (options.browser === "firefox" && !manifest.background?.scripts?.length) problems.push("Firefox needs background.scripts");
  return problems;
}
