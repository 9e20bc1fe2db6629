import type { Rule } from "./types.js";

/**
 * TAXONOMY personal-details: the author's own phone number, home address, postcode or date of
 * birth: identity-theft material. A business's number ("call the surgery", "the salon on") is not.
 */
export const rule: Rule = {
  meta: {
    id: "personal-details",
    description: "Your home address, personal phone number or date of birth.",
    defaultSeverity: "medium",
    messages: {
      phone: { reason: "This posts a personal phone number.", suggestion: "Share your number privately instead." },
      address: { reason: "This posts a home address.", suggestion: "Share your address privately instead." },
      birthDate: { reason: "This posts your date of birth, which helps identity theft.", suggestion: "Leave out your date of birth." },
    },
  },
  check(a) {
    // Someone else's number ("call them on", "the salon") is not the author's own.
    const business = /\b(office|shop|salon|business|reception|surgery|company|ltd|cafe|restaurant|(ring|call|text|phone|contact) (them|us)|their number)\b/i;
    const firstPerson = /\b(me|my|mine|our|i'm|i am)\b/i;
    const near = (start: number) => a.text.slice(Math.max(0, start - 60), start);
    return [
      ...a.phones
        .filter((p) => !business.test(near(p.start)) && (p.mobile || firstPerson.test(near(p.start))))
        .map((p) => ({ start: p.start, end: p.end, message: "phone" })),
      ...a.addresses.filter((x) => !business.test(near(x.start))).map((x) => ({ start: x.start, end: x.end, message: "address" })),
      ...a.postcodes
        .filter((p) => !a.addresses.some((x) => x.start <= p.start && p.end <= x.end) && !business.test(near(p.start)))
        .map((p) => ({ start: p.start, end: p.end, message: "address" })),
      ...a.birthDates.map((d) => ({ start: d.start, end: d.end, message: "birthDate" })),
    ];
  },
};
