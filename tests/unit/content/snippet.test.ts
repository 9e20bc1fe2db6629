import { describe, expect, it } from "vitest";
import { snippetOf } from "../../../extension/overlay/snippet";

describe("snippetOf", () => {
  it("shows the quote with the words around it", () => {
    const text = "Jayden in my class was excluded today. Little sh!t.";
    const start = text.indexOf("sh!t");
    expect(snippetOf(text, start, start + 4)).toEqual({ before: "Jayden in my class was excluded today. Little ", quote: "sh!t", after: "." });
  });

  it("cuts long context at word boundaries with an ellipsis", () => {
    const text = `${"word ".repeat(30)}BAD${" more".repeat(30)}`;
    const start = text.indexOf("BAD");
    const snippet = snippetOf(text, start, start + 3, 20);
    expect(snippet.quote).toBe("BAD");
    expect(snippet.before.startsWith("…")).toBe(true);
    expect(snippet.before.endsWith("word ")).toBe(true);
    expect(snippet.before).not.toMatch(/…\S*wor(?!d)/);
    expect(snippet.after.endsWith("…")).toBe(true);
    expect(snippet.before.length).toBeLessThanOrEqual(22);
  });

  it("flattens line breaks in the context but keeps the quote exact", () => {
    const snippet = snippetOf("first line\nsecond F*** line", 18, 22);
    expect(snippet).toEqual({ before: "first line second ", quote: "F***", after: " line" });
  });

  it("clamps offsets outside the text", () => {
    expect(snippetOf("short", -5, 99)).toEqual({ before: "", quote: "short", after: "" });
  });
});
