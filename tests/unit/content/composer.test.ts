// @vitest-environment happy-dom
/**
 * Finding the composer from an event target and reading its draft, on markup shaped like each
 * site's (and like the fixtures the e2e tests drive with the real editors).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { readEditorText } from "../../../extension/content/composer";
import { facebookAdapter } from "../../../extension/content/facebook";
import { instagramAdapter } from "../../../extension/content/instagram";
import { adapterForHost } from "../../../extension/content/sites";
import { xAdapter } from "../../../extension/content/x";

const draftBlock = (text: string) =>
  `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${text}</span></span></div></div>`;
const emptyDraftBlock = `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>`;
const tweetBox = (index: number, ...blocks: string[]) =>
  `<div data-testid="tweetTextarea_${index}_label"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_${index}"><div data-contents="true">${blocks.join("")}</div></div></div>`;

function key(init: KeyboardEventInit & { key: string }): KeyboardEvent {
  return new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
}

beforeEach(() => {
  document.body.innerHTML = "";
});

describe("readEditorText", () => {
  it("reads Draft.js blocks as lines, ignoring the placeholder <br> of an empty line", () => {
    document.body.innerHTML = tweetBox(0, draftBlock("first"), emptyDraftBlock, draftBlock("third"));
    expect(readEditorText(document.querySelector("[data-testid=tweetTextarea_0]")!)).toBe("first\n\nthird");
  });

  it("reads Lexical paragraphs and line breaks", () => {
    document.body.innerHTML = `<div contenteditable="true" data-lexical-editor="true"><p><span>one</span><br><span>two</span></p><p><span>three</span></p></div>`;
    expect(readEditorText(document.querySelector("[data-lexical-editor]")!)).toBe("one\ntwo\nthree");
  });

  it("reads an empty Lexical editor as empty", () => {
    document.body.innerHTML = `<div contenteditable="true" data-lexical-editor="true"><p><br></p></div>`;
    expect(readEditorText(document.querySelector("[data-lexical-editor]")!)).toBe("");
  });

  it("reads a textarea's value", () => {
    document.body.innerHTML = `<form><textarea></textarea></form>`;
    const textarea = document.querySelector("textarea")!;
    textarea.value = "a comment\nover two lines";
    expect(readEditorText(textarea)).toBe("a comment\nover two lines");
  });

  it("keeps markup-like text as text", () => {
    document.body.innerHTML = tweetBox(0, draftBlock("&lt;img src=x onerror=alert(1)&gt;"));
    expect(readEditorText(document.querySelector("[data-testid=tweetTextarea_0]")!)).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("X", () => {
  it("finds the home composer from its inline button, not the dialog's box", () => {
    document.body.innerHTML = `
      <main role="main" data-testid="primaryColumn">
        <div class="composer">${tweetBox(0, draftBlock("home text"))}<button data-testid="tweetButtonInline">Post</button></div>
      </main>
      <div role="dialog">${tweetBox(0, draftBlock("dialog text"))}<button data-testid="tweetButton">Reply</button></div>`;
    const home = xAdapter.composerOfButton(document.querySelector("[data-testid=tweetButtonInline]")!)!;
    expect(xAdapter.readDraft(home)).toEqual({ text: "home text", site: "x" });
    const reply = xAdapter.composerOfButton(document.querySelector("[data-testid=tweetButton]")!)!;
    expect(xAdapter.readDraft(reply).text).toBe("dialog text");
  });

  it("checks every box of the thread composer as one post, from any of its boxes", () => {
    document.body.innerHTML = `<div role="dialog"><div class="list">${tweetBox(0, draftBlock("one"))}${tweetBox(1, draftBlock("two"))}</div><div class="bar"><button data-testid="tweetButton">Post all</button></div></div>`;
    const fromSecond = xAdapter.composerOfEditor(document.querySelector("[data-testid=tweetTextarea_1]")!);
    expect(fromSecond.editors).toHaveLength(2);
    expect(xAdapter.readDraft(fromSecond).text).toBe("one\n\ntwo");
    const fromButton = xAdapter.composerOfButton(document.querySelector("[data-testid=tweetButton]")!)!;
    expect(fromButton.editors[0]).toBe(fromSecond.editors[0]);
  });

  it("reports media previews as attachments", () => {
    document.body.innerHTML = `<div class="composer">${tweetBox(0, draftBlock("look"))}<div data-testid="attachments"><img src="blob:https://x.com/1"><video src="blob:https://x.com/2"></video></div><button data-testid="tweetButtonInline">Post</button></div>`;
    const composer = xAdapter.composerOfEditor(document.querySelector("[data-testid=tweetTextarea_0]")!);
    expect(xAdapter.readDraft(composer).attachments).toEqual([{ kind: "image" }, { kind: "video" }]);
  });

  it("sends on Ctrl/Cmd+Enter only", () => {
    document.body.innerHTML = `<div>${tweetBox(0, draftBlock("x"))}<button data-testid="tweetButtonInline">Post</button></div>`;
    const editor = document.querySelector("[data-testid=tweetTextarea_0]")!;
    const composer = xAdapter.composerOfEditor(editor);
    expect(xAdapter.isSubmitKey(key({ key: "Enter", ctrlKey: true }), editor, composer)).toBe(true);
    expect(xAdapter.isSubmitKey(key({ key: "Enter", metaKey: true }), editor, composer)).toBe(true);
    expect(xAdapter.isSubmitKey(key({ key: "Enter" }), editor, composer)).toBe(false);
  });
});

describe("Facebook", () => {
  const lexical = (label: string, text: string) =>
    `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><span>${text}</span></p></div>`;

  it("Enter sends a comment but is a new line in the create-post dialog", () => {
    document.body.innerHTML = `
      <div role="article"><div class="comment">${lexical("Write a comment…", "nice")}</div></div>
      <div role="dialog">${lexical("What's on your mind?", "hello")}<div role="button" aria-label="Post">Post</div></div>`;
    const [comment, post] = Array.from(document.querySelectorAll("[data-lexical-editor]"));
    const enter = key({ key: "Enter" });
    expect(facebookAdapter.isSubmitKey(enter, comment!, facebookAdapter.composerOfEditor(comment!))).toBe(true);
    expect(facebookAdapter.isSubmitKey(key({ key: "Enter", shiftKey: true }), comment!, facebookAdapter.composerOfEditor(comment!))).toBe(false);
    const postComposer = facebookAdapter.composerOfEditor(post!);
    expect(postComposer.submitButton).toBe(document.querySelector("[aria-label=Post]"));
    expect(facebookAdapter.isSubmitKey(enter, post!, postComposer)).toBe(false);
  });

  it("a comment box never reaches the Post button of an open dialog elsewhere", () => {
    document.body.innerHTML = `
      <div role="article">${lexical("Write a comment…", "nice")}</div>
      <div role="dialog">${lexical("What's on your mind?", "")}<div role="button" aria-label="Post">Post</div></div>`;
    const comment = document.querySelector("[role=article] [data-lexical-editor]")!;
    expect(facebookAdapter.composerOfEditor(comment).submitButton).toBeNull();
  });

  it("finds the Post button from a click on its inner span", () => {
    document.body.innerHTML = `<div role="dialog">${lexical("What's on your mind?", "hi")}<div role="button" aria-label="Post"><span id="inner">Post</span></div></div>`;
    const button = facebookAdapter.submitButtonOf(document.getElementById("inner"));
    expect(button?.getAttribute("aria-label")).toBe("Post");
    expect(facebookAdapter.readDraft(facebookAdapter.composerOfButton(button!)!)).toEqual({ text: "hi", site: "facebook" });
  });
});

describe("Instagram", () => {
  it("Enter sends a comment; the text-only Post control is the submit, the emoji button is not", () => {
    document.body.innerHTML = `<form><div role="button" id="emoji"><svg aria-label="Emoji"></svg></div><textarea></textarea><div role="button" id="post">Post</div></form>`;
    const textarea = document.querySelector("textarea")!;
    const composer = instagramAdapter.composerOfEditor(textarea);
    expect(composer.submitButton?.id).toBe("post");
    expect(instagramAdapter.submitButtonOf(document.querySelector("#emoji svg"))).toBeNull();
    expect(instagramAdapter.isSubmitKey(key({ key: "Enter" }), textarea, composer)).toBe(true);
    expect(instagramAdapter.isSubmitKey(key({ key: "Enter", shiftKey: true }), textarea, composer)).toBe(false);
  });

  it("Share sends the caption with its photo; Next does not", () => {
    document.body.innerHTML = `<div role="dialog"><div class="head"><div role="button" id="next">Next</div><div role="button" id="share">Share</div></div><img src="blob:https://www.instagram.com/1"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><span>caption</span></p></div></div>`;
    expect(instagramAdapter.submitButtonOf(document.getElementById("next"))).toBeNull();
    const share = instagramAdapter.submitButtonOf(document.getElementById("share"))!;
    const composer = instagramAdapter.composerOfButton(share)!;
    expect(instagramAdapter.readDraft(composer)).toEqual({ text: "caption", site: "instagram", attachments: [{ kind: "image" }] });
    const editor = document.querySelector("[data-lexical-editor]")!;
    expect(instagramAdapter.isSubmitKey(key({ key: "Enter" }), editor, composer)).toBe(false);
  });
});

describe("adapterForHost", () => {
  it("maps the sites' hostnames and nothing else", () => {
    expect(adapterForHost("x.com")?.selectors.site).toBe("x");
    expect(adapterForHost("twitter.com")?.selectors.site).toBe("x");
    expect(adapterForHost("www.facebook.com")?.selectors.site).toBe("facebook");
    expect(adapterForHost("www.instagram.com")?.selectors.site).toBe("instagram");
    expect(adapterForHost("example.com")).toBeNull();
    expect(adapterForHost("x.com.evil.example")).toBeNull();
  });
});
