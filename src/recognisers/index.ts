/**
 * The entity recognisers, for the analysis step. Each runs on the original post text and reports
 * UTF-16 offsets into it.
 */

import { findStreetAddresses } from "./address.js";
import { findBirthDates } from "./dates.js";
import { findEmails } from "./email.js";
import { findHandles, findHashtags } from "./handles.js";
import { findPhones } from "./phone.js";
import { findPostcodes } from "./postcode.js";
import type { AnyEntity } from "./types.js";

export { findStreetAddresses } from "./address.js";
export { findBirthDates, BIRTH_YEAR_MAX, BIRTH_YEAR_MIN } from "./dates.js";
export { findEmails } from "./email.js";
export { findHandles, findHashtags, splitCamel, splitWithVocabulary } from "./handles.js";
export { findPhones } from "./phone.js";
export { findPostcodes } from "./postcode.js";
export * from "./types.js";

/** Every entity of every kind, sorted by start offset (then longest first). */
export function findAllEntities(text: string, schoolDomains: readonly string[] = []): AnyEntity[] {
  const all: AnyEntity[] = [
    ...findPhones(text),
    ...findPostcodes(text),
    ...findStreetAddresses(text),
    ...findBirthDates(text),
    ...findEmails(text, schoolDomains),
    ...findHandles(text),
    ...findHashtags(text),
  ];
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
