import type { Rule } from "./types.js";
import type { Settings } from "../types.js";

/**
 * TAXONOMY teaching-time: posting during the school day, judged from the draft's local time and
 * the settings' teaching hours (default Monday–Friday 08:45–15:15) and holidays. Without a time
 * nothing is judged. The finding covers the whole post: the time, not the words, is the issue.
 */
export const rule: Rule = {
  meta: {
    id: "teaching-time",
    description: "Posting during timetabled teaching time.",
    defaultSeverity: "low",
    messages: {
      teaching: {
        reason: "It's during school teaching hours, when your policy asks you not to use personal social media.",
        suggestion: "Save the post as a draft and share it after school.",
      },
    },
  },
  check(a) {
    if (!a.draft.at || !duringTeaching(a.draft.at, a.settings)) return [];
    const start = a.text.search(/\S/);
    if (start < 0) return [];
    return [{ start, end: a.text.trimEnd().length, message: "teaching" }];
  },
};

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/;

/** Is this ISO local date-time inside the teaching day? Unreadable times are never judged. */
export function duringTeaching(at: string, settings: Settings): boolean {
  const m = LOCAL.exec(at);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || h > 23 || mi > 59) return false;
  const weekday = (((date.getUTCDay() + 6) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
  if (!settings.teachingHours.days.includes(weekday)) return false;
  const day = at.slice(0, 10);
  if (settings.holidays.some((r) => r.start <= day && day <= r.end)) return false;
  const time = at.slice(11, 16);
  return settings.teachingHours.start <= time && time < settings.teachingHours.end;
}
