import { describe, expect, it } from "vitest";
import { parseRequest } from "../../../extension/background/validate";
import { MAX_DRAFT_CHARS } from "../../../extension/shared/messages";

describe("parseRequest", () => {
  it("accepts each known request", () => {
    expect(parseRequest({ type: "check", draft: { text: "hi", at: "2026-11-23T10:15", attachments: [{ kind: "image" }], site: "x" } })).toEqual({
      type: "check",
      draft: { text: "hi", at: "2026-11-23T10:15", attachments: [{ kind: "image" }], site: "x" },
    });
    expect(parseRequest({ type: "hello" })).toEqual({ type: "hello" });
    expect(parseRequest({ type: "getState", tabId: 3 })).toEqual({ type: "getState", tabId: 3 });
    expect(parseRequest({ type: "setEnabled", enabled: false })).toEqual({ type: "setEnabled", enabled: false });
    expect(parseRequest({ type: "setUserSettings", settings: { profile: "catcott", schoolNames: null } })).toEqual({
      type: "setUserSettings",
      settings: { profile: "catcott", schoolNames: null },
    });
  });

  it("rebuilds the draft from known fields only", () => {
    const parsed = parseRequest({ type: "tryPost", draft: { text: "hi", extra: "<script>", attachments: [{ kind: "video", src: "x" }] } });
    expect(parsed).toEqual({ type: "tryPost", draft: { text: "hi", attachments: [{ kind: "video" }] } });
  });

  it("accepts a draft of exactly the limit and refuses one character more", () => {
    expect(parseRequest({ type: "check", draft: { text: "a".repeat(MAX_DRAFT_CHARS) } })).toMatchObject({ type: "check" });
    expect(parseRequest({ type: "check", draft: { text: "a".repeat(MAX_DRAFT_CHARS + 1) } })).toMatchObject({ type: "error", code: "draft-too-long" });
  });

  it.each([
    [null, "bad-request"],
    ["check", "bad-request"],
    [[], "bad-request"],
    [{}, "bad-request"],
    [{ type: 7 }, "bad-request"],
    [{ type: "delete-everything" }, "unknown-type"],
    [{ type: "__proto__" }, "unknown-type"],
    [{ type: "check" }, "bad-request"],
    [{ type: "check", draft: { text: 5 } }, "bad-request"],
    [{ type: "check", draft: { text: "x", attachments: "photo" } }, "bad-request"],
    [{ type: "check", draft: { text: "x", attachments: [{ kind: "pdf" }] } }, "bad-request"],
    [{ type: "check", draft: { text: "x", site: "myspace" } }, "bad-request"],
    [{ type: "check", draft: { text: "x", at: 12 } }, "bad-request"],
    [{ type: "getState", tabId: -1 }, "bad-request"],
    [{ type: "getState", tabId: "4" }, "bad-request"],
    [{ type: "setEnabled", enabled: "no" }, "bad-request"],
    [{ type: "setUserSettings", settings: { locked: false } }, "bad-request"],
    [{ type: "setUserSettings", settings: { favouriteColour: "red" } }, "bad-request"],
    [{ type: "setUserSettings", settings: [] }, "bad-request"],
  ])("refuses %j with %s", (message, code) => {
    expect(parseRequest(message)).toMatchObject({ type: "error", code });
  });
});
