/** Words the pages use for the core's values. */
import type { Severity, Weekday } from "../../../src/types";

export const SEVERITY_WORDS: Record<Severity, { label: string; hint: string }> = {
  high: { label: "Clear breach", hint: "Only clear breaches of the policy" },
  medium: { label: "Likely breach", hint: "Clear and likely breaches" },
  low: { label: "Advice", hint: "Everything, including advice" },
};

export const WEEKDAYS: { day: Weekday; short: string; long: string }[] = [
  { day: 1, short: "Mon", long: "Monday" },
  { day: 2, short: "Tue", long: "Tuesday" },
  { day: 3, short: "Wed", long: "Wednesday" },
  { day: 4, short: "Thu", long: "Thursday" },
  { day: 5, short: "Fri", long: "Friday" },
  { day: 6, short: "Sat", long: "Saturday" },
  { day: 7, short: "Sun", long: "Sunday" },
];
