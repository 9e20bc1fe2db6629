/**
 * How rules and model decide together (src/model/decide.ts), through the public checkPost:
 * rules the training measured as precise decide alone; the clock alone decides teaching time;
 * without a model the rules decide as before; a school's settings (profile coverage, disabled
 * categories) bind the model as they bind the rules; every finding still has a span, a reason and
 * the profile's clause.
 */
import { afterEach, describe, expect, it } from "vitest";
import { checkPost, getProfile, PROFILE_IDS, type Finding } from "../../../src/index";
import { MODEL_MESSAGES } from "../../../src/model/decide";
import { activeModel, useModel } from "../../../src/model/weights";

const SCHOOL = "Oakridge Primary";
const general = { profile: "general", schoolNames: [SCHOOL] };
const categories = (f: Finding[]) => [...new Set(f.map((x) => x.category))].sort();

afterEach(() => useModel(undefined));

describe("rules and model together", () => {
  it("a rule measured as precise decides alone", () => {
    const alone = activeModel()!.header.ruleAlone;
    expect(alone).toContain("school-email-or-branding");
    const found = checkPost({ text: "Email me at j.smith@oakridge.sch.uk" }, general);
    expect(categories(found)).toContain("school-email-or-branding");
  });

  it("teaching time is the clock's: the same words in and out of school hours", () => {
    const text = "Lovely sunny day";
    expect(categories(checkPost({ text, at: "2026-03-04T10:30" }, general))).toEqual(["teaching-time"]);
    expect(categories(checkPost({ text, at: "2026-03-04T19:30" }, general))).toEqual([]);
  });

  it("without a model the rules decide alone", () => {
    const text = "Thirty books to mark tonight, send coffee";
    useModel(null);
    expect(categories(checkPost({ text }, general))).toEqual(["occupation-disclosed"]);
  });

  it("the model catches what no rule sees, with its own hedged reason", () => {
    const posts = [
      "Our fearless leader has done it again. Another initiative nobody asked for. Genius. Truly visionary stuff.",
      "Told the office I've got a migraine 🤫 Cheltenham races instead",
      "Y3 families — swimming starts back Monday, don't forget towels and goggles!",
    ];
    useModel(null);
    const rules = posts.map((text) => checkPost({ text }, general));
    useModel(undefined);
    const both = posts.map((text) => checkPost({ text }, general));
    const extra = both.flatMap((f, i) => f.filter((x) => !rules[i]!.some((r) => r.category === x.category)));
    expect(extra.length, "the model adds findings the rules do not make").toBeGreaterThan(0);
    for (const f of extra) expect(f.reason).toBe(MODEL_MESSAGES[f.category]!.reason);
  });

  it("one or two words are too few for the model alone; a rule still speaks", () => {
    for (const text of ["hi", "Hi all", "thanks!", "see you", "ok 👍"]) expect(checkPost({ text }, general), text).toEqual([]);
    expect(categories(checkPost({ text: "07700 900123" }, general))).toEqual(["personal-details"]);
  });

  it("reports only what the profile covers, with the profile's severity and clause", () => {
    const text = "Our fearless leader has done it again. Another initiative nobody asked for. Genius. Truly visionary stuff. Vote Green!";
    for (const id of PROFILE_IDS) {
      const profile = getProfile(id);
      for (const f of checkPost({ text }, { profile: id, schoolNames: [SCHOOL] })) {
        const covered = profile.categories[f.category];
        expect(covered, `${id} does not cover ${f.category}`).toBeDefined();
        expect(f.clause).toEqual({ policy: profile.title, text: covered!.clause });
        expect(f.severity).toBe(covered!.severity);
      }
    }
  });

  it("a category the school switched off stays off, whatever the model thinks", () => {
    const text = "Told the office I've got a migraine 🤫 Cheltenham races instead";
    const on = categories(checkPost({ text }, general));
    expect(on).toContain("misconduct");
    const off = categories(checkPost({ text }, { ...general, disabledCategories: ["misconduct"] }));
    expect(off).not.toContain("misconduct");
  });
});
