/**
 * `npm start`: builds the extension, then — when there is a display — opens Debian's Chromium
 * with Second Look loaded and the practice pages (Facebook, X and Instagram look-alikes served
 * at their real addresses, nothing fetched from the internet). Without a display, it says how
 * to load dist/chrome by hand.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_PATH, DIST_CHROME, REPO_ROOT, launchWithExtension } from "../tests/e2e/support/browser";
import { FIXTURE_URLS, serveFixtures } from "../tests/e2e/sites/support/fixtures";

const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: REPO_ROOT, stdio: "inherit" });

run("npm", ["run", "build", "--silent"]);

const manualSteps = `
To try Second Look in Chrome, Chromium or Edge:
  1. Open chrome://extensions (edge://extensions in Edge).
  2. Switch on "Developer mode".
  3. Click "Load unpacked" and choose:
       ${DIST_CHROME}
In Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → choose
       ${join(REPO_ROOT, "dist", "firefox", "manifest.json")}
`;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log("No display found, so no browser was opened.");
  console.log(manualSteps);
  process.exit(0);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.log(`Chromium was not found at ${CHROMIUM_PATH} (install Debian's "chromium" or set CHROMIUM_PATH).`);
  console.log(manualSteps);
  process.exit(0);
}

if (!existsSync(join(REPO_ROOT, "dist", "fixtures", "x", "index.html"))) {
  run("npx", ["vite", "build", "-c", "tests/e2e/fixtures/vite.config.ts"]);
}

const browser = await launchWithExtension({ headed: true, welcome: "keep" });
await serveFixtures(browser.context);
for (const url of Object.values(FIXTURE_URLS)) {
  const page = await browser.context.newPage();
  await page.goto(url);
}
console.log("Chromium is open with Second Look and practice pages for X, Facebook and Instagram.");
console.log("These pages are local copies: nothing you type leaves this machine. Close the browser to finish.");
await new Promise<void>((resolve) => browser.context.on("close", () => resolve()));
await browser.close();
