/**
 * Bad input never crashes the check: `checkPost` gives a clear empty result (or findings with
 * sound offsets) for whatever the extension, a school's script or a hostile page hands it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPost, checkPostReport, MAX_FINDINGS, MAX_TEXT } from "../../src/index";
import { preparePost } from "../../src/check";
import { getProfile } from "../../src/profiles/index";
import type { Draft, Finding } from "../../src/types";
import { prng } from "../support/prng";
import { useModel } from "../../src/model/weights";
import { rulesAlone } from "./rules/cases";
import { DEV_CORPUS } from "../support/paths";

const GENERAL_TITLE = getProfile("general").title;
const CATCOTT_TITLE = getProfile("catcott").title;
const FLAGGED = "Ring me on 07700 900731, the head is a complete dickhead";

// Which categories bad input keeps is asked of the rules (the recognisers must see through the
// junk); whether the model would flag them too is judgement, measured by npm run eval. The last
// block runs the same junk through rules and model together and checks the findings stay sound.
rulesAlone();

/** Calls checkPost with anything at all, as untyped callers (messages, JSON) can. */
const check = (draft: unknown, settings?: unknown): Finding[] => checkPost(draft as Draft, settings);

function expectSound(text: string, findings: readonly Finding[]): void {
  expect(Array.isArray(findings)).toBe(true);
  let previous = 0;
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.quote).toBe(text.slice(f.start, f.end));
    expect(f.start).toBeGreaterThanOrEqual(previous);
    expect(typeof f.reason).toBe("string");
    expect(typeof f.clause.text).toBe("string");
    previous = f.start;
  }
}


/** Real post texts from the corpus, repeated to `length`: every rule has something to chew on. */
function longPost(length: number): string {
  const texts = readFileSync(DEV_CORPUS, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
  let out = "";
  for (let i = 0; out.length < length; i++) out += `${texts[i % texts.length]}\n`;
  return out.slice(0, length);
}

describe("empty and blank text", () => {
  it.each(["", " ", "   \n\t\r\n  ", "\u200B\u200B", "\u00A0\u3000"])("%j → no findings", (text) => {
    expect(check({ text })).toEqual([]);
  });
});

describe("long text", () => {
  it("100,000 characters of real posts finishes with sound findings all over the text", () => {
    const text = longPost(100_000);
    const settings = { profile: "general", schoolNames: ["Catcott", "Oakfield Primary"] };
    const findings = check({ text }, settings);
    expectSound(text, findings);
    // Capped at what a warning can show, and the rest counted ("and N more").
    const report = checkPostReport({ text }, settings);
    expect(report.findings).toEqual(findings);
    expect(findings).toHaveLength(MAX_FINDINGS);
    expect(report.omitted).toBeGreaterThan(50);
    // The whole text was read: a breach only at the very end is still found.
    const filler = "Lovely walk by the river with the dog this morning. ".repeat(2000).slice(0, 99_900);
    const tail = check({ text: `${filler} Ring me on 07700 900123` }, settings);
    expect(tail.some((f) => f.category === "personal-details" && f.start > 99_900)).toBe(true);
  }, 60_000);

  it("150,000 characters: no crash; checked up to MAX_TEXT and no further", () => {
    const text = `${longPost(MAX_TEXT)}${" Ring me on 07700 900731.".repeat(2001)}`;
    expect(text.length).toBeGreaterThan(150_000);
    const findings = check({ text });
    expectSound(text, findings);
    expect(findings.every((f) => f.end <= MAX_TEXT)).toBe(true);
  }, 60_000);

  it("100,000 characters of one letter, invisible characters or spaced letters finish", () => {
    for (const text of ["a".repeat(MAX_TEXT), "\u200B".repeat(MAX_TEXT), "f u c k ".repeat(MAX_TEXT / 8), "a b ".repeat(MAX_TEXT / 4)]) {
      expectSound(text, check({ text }));
    }
  }, 60_000);

  // Run in a child process: a check that never ends would otherwise hold this test worker (a
  // synchronous call cannot be interrupted by the test timeout).
  it("100,000 digits or symbols in one run finish (in a child process, killed after 30 s)", () => {
    const script = `
      import { checkPost } from "./src/index.ts";
      for (const ch of ["0", "@", "$", "1!"]) checkPost({ text: ch.repeat(${MAX_TEXT} / ch.length) });
      process.stdout.write("finished");
    `;
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: resolve(import.meta.dirname, "../.."),
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(child.stdout, `checkPost did not finish within 30 s (${child.error?.message ?? child.stderr})`).toBe("finished");
  }, 40_000);
});

describe("junk characters", () => {
  it("random bytes read as latin1 (seeded, 200 posts)", () => {
    const random = prng(0xbadbeef);
    for (let n = 0; n < 200; n++) {
      const bytes = Buffer.alloc(1 + Math.floor(random() * 600));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
      const text = bytes.toString("latin1");
      expectSound(text, check({ text }));
    }
  });

  it("random code points from every plane, surrogate halves included (seeded, 200 posts)", () => {
    const random = prng(0xc0ffee);
    for (let n = 0; n < 200; n++) {
      let text = "";
      for (let i = 0, len = Math.floor(random() * 300); i < len; i++) {
        const r = random();
        if (r < 0.4) text += String.fromCharCode(0x20 + Math.floor(random() * 95));
        else if (r < 0.6) text += String.fromCharCode(0xd800 + Math.floor(random() * 0x800)); // lone surrogate halves
        else if (r < 0.8) text += String.fromCodePoint(Math.floor(random() * 0x110000));
        else text += pickWord(random);
      }
      expectSound(text, check({ text }));
    }
  });

  it("lone surrogates next to a flagged word keep the finding and its offsets", () => {
    for (const text of [`\uD800${FLAGGED}`, `${FLAGGED}\uDC00`, `\uDC00\uD800 ${FLAGGED} \uDFFF`, `Ring me on 07700 900731 \uD83D`]) {
      const findings = check({ text });
      expectSound(text, findings);
      expect(findings.map((f) => f.category)).toContain("personal-details");
    }
  });

  it("NUL and other control characters", () => {
    for (const text of ["\0", "\0".repeat(1000), `Ring\0 me on 07700 900731\0`, `\x1b[31m${FLAGGED}\x1b[0m`, `${FLAGGED}\x7f\x85\u2028\u2029`]) {
      expectSound(text, check({ text }));
    }
    expect(check({ text: `\x1b[31m${FLAGGED}\x1b[0m` }).map((f) => f.category)).toContain("personal-details");
  });
});

function pickWord(random: () => number): string {
  const words = [" fuck ", " Catcott ", " 07700 900731 ", " @handle ", " #tag ", " j@x.sch.uk ", " f u c k ", " sh1t ", " 🅾 ", " ", "\n"];
  return words[Math.floor(random() * words.length)]!;
}

describe("bad `at`", () => {
  it.each([["2026-13-45T99:99"], ["yesterday"], [12345], [""], [null], [{}], [["2026-11-23T10:15"]], ["2026-02-30T10:15"], ["2026-11-23T24:00"], ["2026-11-23"], ["10:15"]])(
    "%j → the time is not judged, the words still are",
    (at) => {
      const findings = check({ text: FLAGGED, at }, { profile: "catcott" });
      expectSound(FLAGGED, findings);
      expect(findings.map((f) => f.category)).not.toContain("teaching-time");
      expect(findings.map((f) => f.category)).toContain("personal-details");
    },
  );

  it("a good `at` in teaching hours is judged (so the cases above are not vacuous)", () => {
    expect(check({ text: FLAGGED, at: "2026-11-23T10:15" }, { profile: "catcott" }).map((f) => f.category)).toContain("teaching-time");
  });
});

describe("bad attachments and site", () => {
  const POST = "Swimming with Class 3 this morning, look at those goggles!";
  it.each([
    ["a string", "image"],
    ["an object", { kind: "image" }],
    ["null", null],
    ["a number", 5],
    ["true", true],
    ["junk entries", [null, 5, "image", { kind: 5 }, {}, [], { kind: "image", extra: { deep: [1] } }]],
    ["10,000 entries", new Array(10_000).fill({ kind: "other" })],
  ])("attachments: %s → no crash", (_name, attachments) => {
    expectSound(POST, check({ text: POST, attachments }));
  });

  it("a junk entry beside a real image does not hide the image", () => {
    const withImage = check({ text: POST, attachments: [null, 5, { kind: "image" }] }).map((f) => f.category);
    expect(withImage).toEqual(check({ text: POST, attachments: [{ kind: "image" }] }).map((f) => f.category));
  });

  it.each([[5], ["myspace"], [{}], [null]])("site %j → no crash", (site) => {
    expectSound(FLAGGED, check({ text: FLAGGED, site }));
  });
});

describe("bad settings", () => {
  const policiesOf = (findings: Finding[]) => [...new Set(findings.map((f) => f.clause.policy))];

  it("an unknown profile falls back to general", () => {
    expect(policiesOf(check({ text: FLAGGED }, { profile: "hogwarts" }))).toEqual([GENERAL_TITLE]);
    expect(policiesOf(check({ text: FLAGGED }, { profile: "catcott" }))).toEqual([CATCOTT_TITLE]);
  });

  const cyclic: Record<string, unknown> = { profile: "catcott" };
  cyclic.self = cyclic;
  cyclic.schoolNames = [cyclic];
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error("trap");
      },
      ownKeys() {
        throw new Error("trap");
      },
      getOwnPropertyDescriptor() {
        throw new Error("trap");
      },
    },
  );
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const getter = Object.defineProperty({}, "profile", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });

  it.each([
    ["null", null],
    ["a string", "catcott"],
    ["an array", ["catcott"]],
    ["a number", 42],
    ["a function", () => "catcott"],
    ["a throwing proxy", throwing],
    ["a revoked proxy", revoked.proxy],
    ["a throwing getter", getter],
    ["fields of the wrong types", { profile: 5, enabled: "yes", schoolNames: "Catcott", teachingHours: "9-3", customTerms: [{ term: /x/ }] }],
  ])("%s → defaults (general), no crash", (_name, settings) => {
    const findings = check({ text: FLAGGED }, settings);
    expectSound(FLAGGED, findings);
    expect(policiesOf(findings)).toEqual([GENERAL_TITLE]);
  });

  it("a cyclic settings object is read where it can be, no crash", () => {
    const findings = check({ text: FLAGGED }, cyclic);
    expectSound(FLAGGED, findings);
    expect(policiesOf(findings)).toEqual([CATCOTT_TITLE]);
  });

  it("switching between good and bad settings does not leak one into the other (settings cache)", () => {
    const a = check({ text: FLAGGED }, { profile: "catcott" });
    const b = check({ text: FLAGGED }, { profile: 5 });
    const c = check({ text: FLAGGED }, { profile: "catcott" });
    expect(policiesOf(a)).toEqual([CATCOTT_TITLE]);
    expect(policiesOf(b)).toEqual([GENERAL_TITLE]);
    expect(c).toEqual(a);
  });

  it("settings whose JSON is the same but whose content differs never share a cached context", () => {
    // JSON.stringify skips a non-enumerable field and obeys toJSON; the validator reads neither way.
    const hidden = Object.defineProperty({}, "profile", { value: "catcott", enumerable: false });
    const disguised = { profile: "catcott", toJSON: () => ({}) };
    const disguisedAsCatcott = { profile: "general", toJSON: () => ({ profile: "catcott" }) };
    const sequence: [string, unknown, string][] = [
      ["{}", {}, GENERAL_TITLE],
      ["a non-enumerable catcott", hidden, CATCOTT_TITLE],
      ["{} again", {}, GENERAL_TITLE],
      ["catcott whose toJSON says {}", disguised, CATCOTT_TITLE],
      ["{} once more", {}, GENERAL_TITLE],
      ["catcott", { profile: "catcott" }, CATCOTT_TITLE],
      ["general whose toJSON says catcott", disguisedAsCatcott, GENERAL_TITLE],
    ];
    for (const [name, settings, title] of sequence) {
      expect(policiesOf(check({ text: FLAGGED }, settings)), name).toEqual([title]);
    }
  });

  it("settings that validate the same share one cached context; any difference gets its own", () => {
    const contextOf = (settings: unknown) => preparePost({ text: FLAGGED }, settings)!.analysis.context;
    const first = contextOf({ profile: "catcott", schoolNames: ["Hollins Brook"] });
    // Another object, fields in another order, the friendly spelling: the same validated settings.
    expect(contextOf({ schoolNames: [" Hollins Brook "], profile: "Catcott" })).toBe(first);
    const other = contextOf({ profile: "catcott", schoolNames: ["Hollins Brook", "HBP"] });
    expect(other).not.toBe(first);
    expect(other.settings.schoolNames).toEqual(["Hollins Brook", "HBP"]);
    expect(first.settings.schoolNames).toEqual(["Hollins Brook"]);
  });
});

describe("bad drafts", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", FLAGGED],
    ["a number", 42],
    ["an array", [FLAGGED]],
    ["no text", {}],
    ["text a number", { text: 42 }],
    ["text null", { text: null }],
    ["text an object", { text: { toString: () => FLAGGED } }],
    ["text a String object", { text: new String(FLAGGED) }],
    ["text an array", { text: [FLAGGED] }],
  ])("%s → an empty result, no throw", (_name, draft) => {
    expect(check(draft)).toEqual([]);
  });
});

describe("rules and model together on the same junk", () => {
  beforeAll(() => useModel(undefined));
  afterAll(() => useModel(null));
  const junk = [
    `\uD800${FLAGGED}`,
    `\uDC00\uD800 ${FLAGGED} \uDFFF`,
    `Ring\0 me on 07700 900731\0`,
    `\x1b[31m${FLAGGED}\x1b[0m`,
    `${FLAGGED}\x7f\x85\u2028\u2029`,
    "\u202Ekcuf\u202C the head",
    "🅷🅴🅰🅳 is a 🅲🅻🅾🆆🅽 " + "x".repeat(5000),
    longPost(20_000),
  ];
  it.each(junk.map((t) => [t.slice(0, 40), t] as const))("%j → sound findings", (_name, text) => {
    expectSound(text, check({ text }, { profile: "general", schoolNames: ["Catcott"] }));
    expectSound(text, check({ text, at: "2026-11-23T10:15", attachments: [{ kind: "image" }] }, { profile: "catcott" }));
  });
});
