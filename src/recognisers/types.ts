/**
 * What the entity recognisers report. Every recogniser runs on the ORIGINAL post text and
 * reports UTF-16 offsets into it, so `entity.text === text.slice(entity.start, entity.end)`.
 */

export const ENTITY_KINDS = [
  "phone",
  "postcode",
  "street-address",
  "birth-date",
  "email",
  "handle",
  "hashtag",
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The fields every entity has; each kind adds its own below. */
export interface Entity {
  kind: EntityKind;
  /** UTF-16 offset of the first character, into the original text. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

export interface PhoneEntity extends Entity {
  kind: "phone";
  /** A UK mobile (071–075, 077–079). */
  mobile: boolean;
  /** The number in national form, digits only: "07700900462", also for "+44 (0)7700 900462". */
  national: string;
}

export interface PostcodeEntity extends Entity {
  kind: "postcode";
  /** Upper case with one space: "CF62 7BN". */
  normalised: string;
}

export interface StreetAddressEntity extends Entity {
  kind: "street-address";
  /** "14", "7a", "12-14"; absent for a cued mention without a number ("I live on Ashby Road"). */
  houseNumber?: string;
  /** "Flat 3" / "Apartment 2b" when the address starts with one. */
  unit?: string;
  /** The street as written: "Ashby Road", "Heol y Coed", "Downing St". */
  street: string;
  /** The town after a comma, when one follows: "Kendal". */
  town?: string;
  /** The postcode when one follows, normalised ("CF62 7BN"). */
  postcode?: string;
  /**
   * A home cue comes before it ("I live at", "our house", "my address", "deliver to", "party at
   * mine"): always true for a street without a house number, which is only reported after a cue.
   */
  cued: boolean;
}

export interface BirthDateEntity extends Entity {
  kind: "birth-date";
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

export interface EmailEntity extends Entity {
  kind: "email";
  /** Lower case, de-obfuscated: "t.hughes@brynglas.vale.sch.uk". */
  address: string;
  /** Lower case: "brynglas.vale.sch.uk". */
  domain: string;
  /** The domain is a *.sch.uk domain or one of the school's configured domains. */
  isSchool: boolean;
  /** Written as "name [at] domain [dot] com" rather than with "@". */
  obfuscated: boolean;
}

export interface HandleEntity extends Entity {
  kind: "handle";
  /** Without the "@": "HazelmereMissK". */
  handle: string;
  /** Lower-case words: ["hazelmere", "miss", "k"]. */
  words: string[];
}

export interface HashtagEntity extends Entity {
  kind: "hashtag";
  /** Without the "#": "HazelmerePrimary". */
  tag: string;
  /** Lower-case words: ["hazelmere", "primary"]. */
  words: string[];
}

export type AnyEntity =
  | PhoneEntity
  | PostcodeEntity
  | StreetAddressEntity
  | BirthDateEntity
  | EmailEntity
  | HandleEntity
  | HashtagEntity;
