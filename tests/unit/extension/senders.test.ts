import { describe, expect, it } from "vitest";
import { classifySender, mayAsk } from "../../../extension/background/senders";
import { OPTIONS, POPUP, SELF, X_TAB } from "./worker-support";

describe("classifySender", () => {
  it("recognises the extension's own pages", () => {
    expect(classifySender(POPUP, SELF)).toEqual({ kind: "page" });
    expect(classifySender(OPTIONS, SELF)).toEqual({ kind: "page" });
  });

  it("recognises a content script on a supported https site, with its tab", () => {
    expect(classifySender(X_TAB, SELF)).toMatchObject({ kind: "content", tabId: 4, site: { site: "x" } });
  });

  it.each([
    ["another extension", { ...POPUP, id: "abcdefghijklmnopabcdefghijklmnop" }],
    ["no extension id (a web page)", { url: "https://x.com/", tab: { id: 1 } }],
    ["an unsupported site", { ...X_TAB, url: "https://example.com/", origin: "https://example.com" }],
    ["a supported site over http", { ...X_TAB, url: "http://x.com/home", origin: "http://x.com" }],
    ["a look-alike host", { ...X_TAB, url: "https://x.com.evil.example/", origin: "https://x.com.evil.example" }],
    ["an origin that disagrees with the URL", { ...X_TAB, origin: "https://evil.example" }],
    ["a content script without a tab", { ...X_TAB, tab: undefined }],
    ["another extension's page", { ...POPUP, url: "chrome-extension://abcdefghijklmnopabcdefghijklmnop/p.html" }],
  ])("refuses %s", (_name, sender) => {
    expect(classifySender(sender, SELF)).toHaveProperty("refused");
  });

  it("lets content scripts check and say hello, and pages read and change settings", () => {
    const content = classifySender(X_TAB, SELF);
    const page = classifySender(POPUP, SELF);
    if ("refused" in content || "refused" in page) throw new Error("unexpected refusal");
    expect(mayAsk(content, "check")).toBe(true);
    expect(mayAsk(content, "hello")).toBe(true);
    expect(mayAsk(content, "setEnabled")).toBe(false);
    expect(mayAsk(content, "getState")).toBe(false);
    expect(mayAsk(page, "setEnabled")).toBe(true);
    expect(mayAsk(page, "tryPost")).toBe(true);
    expect(mayAsk(page, "check")).toBe(false);
  });
});
