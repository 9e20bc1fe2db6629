import { ruleCases } from "./cases";

// 2026-11-23 is a Monday, 2026-11-27 a Friday, 2026-11-28 a Saturday.
const text = "Lovely frosty morning for a walk";
const halfTerm = { holidays: [{ start: "2026-10-26", end: "2026-10-30" }] };
const lateStart = { teachingHours: { days: [1, 2, 3, 4, 5], start: "09:15", end: "15:45" } };
const fourDayWeek = { teachingHours: { days: [1, 2, 3, 4], start: "08:45", end: "15:15" } };

ruleCases("teaching-time", {
  valid: [
    { text, at: "2026-11-23T18:30", why: "evening" },
    { text, at: "2026-11-28T10:15", why: "Saturday" },
    { text, at: "2026-11-29T11:00", why: "Sunday" },
    { text, at: "2026-11-23T07:50", why: "before school" },
    { text, at: "2026-11-23T15:15", why: "the moment school ends" },
    { text, why: "no time given" },
    { text, at: "2026-10-27T10:00", settings: halfTerm, why: "configured holiday" },
    { text, at: "2026-11-23T09:00", settings: lateStart, why: "before the configured start" },
    { text, at: "2026-11-27T11:00", settings: fourDayWeek, why: "a day not in the configured week" },
  ],
  invalid: [
    { text, at: "2026-11-23T10:15", words: [text], why: "Monday morning" },
    { text, at: "2026-11-27T14:59", words: [text], why: "Friday afternoon" },
    { text, at: "2026-11-23T08:45", words: [text], why: "the moment school starts" },
    { text, at: "2026-11-23T15:30", settings: lateStart, words: [text], why: "inside configured later hours" },
    { text, at: "2026-10-20T10:00", settings: halfTerm, words: [text], why: "a term day outside the configured holiday" },
    { text: "  Quick one between lessons  ", at: "2026-11-24T11:20", words: ["Quick one between lessons"], why: "quote is the post without surrounding space" },
  ],
});
