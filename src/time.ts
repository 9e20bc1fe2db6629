/**
 * Local date-times in the form drafts carry ("2026-11-23T10:15"): the teaching-time rule reads the
 * author's own wall clock, not UTC.
 */
const pad = (n: number) => String(n).padStart(2, "0");

/** The local date and time of `date`, to the minute: "YYYY-MM-DDTHH:MM". */
export function localDateTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
