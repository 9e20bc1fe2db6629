/**
 * The shape of a site's selector data (selectors/<site>.json). Selectors are data so that a
 * site's redesign is a data change, tested against the fixture pages that mimic that site
 * (tests/e2e/fixtures/<site>/), not a code change.
 */
import type { Attachment, Site } from "../../src/types";

export interface Selector {
  css: string;
  /** Why this selector finds what it claims to, on the real site. */
  why: string;
}

export interface SubmitSelector extends Selector {
  /**
   * Visible texts (trimmed, case-insensitive) the control must show, for controls that carry no
   * test id, role-based name or other stable attribute. Absent: the css alone decides.
   */
  labels?: string[];
}

export interface AttachmentSelector extends Selector {
  kind: Attachment["kind"];
}

export type EnterKey =
  /** Plain Enter is a new line (X, the Facebook and Instagram post boxes). */
  | "newline"
  /** Plain Enter submits when the composer has no submit button (Facebook comments and replies). */
  | "submit-when-no-button"
  /** Plain Enter submits in a textarea (Instagram comments); elsewhere it is a new line. */
  | "submit-in-textarea";

export interface SiteSelectors {
  site: Site;
  /** Hostnames this data applies to. */
  hosts: string[];
  /** A compose box: the editable element itself. */
  editor: Selector;
  /** Controls that send the composer they belong to. */
  submit: SubmitSelector[];
  /** The container a composer never reaches beyond (its dialog, article or form). */
  boundary: Selector;
  /** Where every compose box inside is one post (X's thread composer), or null. */
  wholePostWithin: Selector | null;
  keys: { enter: EnterKey; modEnter: "submit" | "none" };
  /** Media previews in a composer, reported in the draft as attachments. */
  attachments: AttachmentSelector[];
}
