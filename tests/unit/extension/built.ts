/** The built extension for tests that inspect it: builds once if dist/ is missing. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const DIST_CHROME = `${ROOT}dist/chrome`;
export const DIST_FIREFOX = `${ROOT}dist/firefox`;

export function ensureBuilt(): void {
  if (existsSync(`${DIST_FIREFOX}/manifest.json`) && existsSync(`${DIST_CHROME}/manifest.json`)) return;
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}
