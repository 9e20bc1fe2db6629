/**
 * Takes the README's screenshots of the warning and the badge on the fixture pages, with the
 * real built extension: `npx tsx tests/e2e/sites/support/screenshot.ts` (after `npm run build`
 * and the fixtures build, which the e2e global setup does).
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { REPO_ROOT, launchWithExtension } from "../../support/browser";
import { openFixture, serveFixtures } from "./fixtures";
import { BREACHING } from "./flows";
import { OverlayProbe } from "./overlay";

const DOCS = join(REPO_ROOT, "docs");

async function main(): Promise<void> {
  await mkdir(DOCS, { recursive: true });
  const browser = await launchWithExtension();
  try {
    await serveFixtures(browser.context);
    for (const scheme of ["light", "dark"] as const) {
      const page = await openFixture(browser.context, "facebook");
      await page.setViewportSize({ width: 1000, height: 760 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.click("#open-composer");
      await page.click('[role="dialog"] [data-lexical-editor="true"]');
      await page.keyboard.type(BREACHING);
      const probe = await OverlayProbe.attach(page);
      const started = Date.now();
      while (!(await probe.find("button")).some((node) => node.name?.value?.startsWith("Second Look:"))) {
        if (Date.now() - started > 5_000) throw new Error("no badge");
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(200);
      if (scheme === "light") {
        const box = (await page.locator('[role="dialog"]').boundingBox())!;
        await page.screenshot({
          path: join(DOCS, "screenshot-badge.png"),
          clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 },
        });
      }
      await page.click('[role="dialog"] [aria-label="Post"]');
      await probe.waitFor("alertdialog");
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(DOCS, scheme === "light" ? "screenshot-warning.png" : "screenshot-warning-dark.png") });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Screenshots written to ${DOCS}`);
}

await main();
