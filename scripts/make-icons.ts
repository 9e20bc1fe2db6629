/**
 * Renders extension/icons/icon.svg to the PNG sizes the manifest lists (browsers do not accept
 * SVG toolbar icons). Run after editing the SVG: `npx tsx scripts/make-icons.ts`. Uses Debian's
 * Chromium through playwright-core; nothing is downloaded.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH, REPO_ROOT } from "../tests/e2e/support/browser";

const SIZES = [16, 32, 48, 128] as const;
const iconDir = join(REPO_ROOT, "extension", "icons");

const svg = await readFile(join(iconDir, "icon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(join(iconDir, `icon-${size}.png`), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${SIZES.map((size) => `icon-${size}.png`).join(", ")} to ${iconDir}`);
