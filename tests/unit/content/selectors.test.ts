// @vitest-environment happy-dom
/**
 * Lints the selector data (extension/content/selectors/*.json): the shape, that every selector
 * parses, that each says why it works, and that the hosts agree with the manifest's content
 * script matches. Whether the selectors find the real editors is proven by the e2e fixtures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../../../extension/content/sites";
import { SITES } from "../../../src/types";

const manifest = JSON.parse(readFileSync(join(process.cwd(), "manifest.json"), "utf8")) as {
  content_scripts: { matches: string[] }[];
};
const matchedHosts = new Set(
  manifest.content_scripts.flatMap((script) => script.matches).map((pattern) => new URL(pattern.replace("/*", "/")).hostname),
);

describe("selector data", () => {
  it("has one adapter per supported site", () => {
    expect(ADAPTERS.map((adapter) => adapter.selectors.site).sort()).toEqual([...SITES].sort());
  });

  for (const { selectors } of ADAPTERS) {
    describe(selectors.site, () => {
      const all = [
        selectors.editor,
        selectors.boundary,
        ...(selectors.wholePostWithin ? [selectors.wholePostWithin] : []),
        ...selectors.submit,
        ...selectors.attachments,
      ];

      it("every selector parses and says why it works", () => {
        for (const selector of all) {
          expect(() => document.querySelectorAll(selector.css), selector.css).not.toThrow();
          expect(selector.why.length, selector.css).toBeGreaterThan(20);
        }
      });

      it("prefers stable attributes: a label is only ever a fallback on a structural selector", () => {
        for (const submit of selectors.submit) {
          if (submit.labels) expect(submit.css).toMatch(/\[role=|data-testid|type=/);
        }
        expect(selectors.editor.css).toMatch(/data-testid|data-lexical-editor|role=|textarea/);
      });

      it("names valid attachment kinds and key rules", () => {
        for (const attachment of selectors.attachments) expect(["image", "video", "other"]).toContain(attachment.kind);
        expect(["newline", "submit-when-no-button", "submit-in-textarea"]).toContain(selectors.keys.enter);
        expect(["submit", "none"]).toContain(selectors.keys.modEnter);
      });

      it("covers exactly the hosts the manifest injects into for this site", () => {
        for (const host of selectors.hosts) expect(matchedHosts, host).toContain(host);
      });
    });
  }

  it("every host the manifest injects into has an adapter", () => {
    const covered = new Set(ADAPTERS.flatMap((adapter) => adapter.selectors.hosts));
    for (const host of matchedHosts) expect(covered, host).toContain(host);
  });
});
