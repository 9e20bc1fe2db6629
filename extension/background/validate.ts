/**
 * Turns whatever arrived over runtime messaging into a well-formed `Request`, or says why not.
 * Nothing here trusts the sender: types are checked field by field, unknown message types and
 * oversized drafts are refused, and the draft is rebuilt from known fields only.
 */
import { SITES, type Attachment, type Draft, type Settings } from "../../src/types";
import { SETTINGS_KEYS } from "../../src/settings";
import { MAX_DRAFT_CHARS, REQUEST_TYPES, type ErrorResponse, type Request, type UserSettingsPatch } from "../shared/messages";

/** The keys of Settings a page may send in `setUserSettings` (never `locked`: only a school locks). */
export const USER_SETTABLE_KEYS: readonly (keyof Settings)[] = SETTINGS_KEYS.filter((key) => key !== "locked");

const ATTACHMENT_KINDS: readonly Attachment["kind"][] = ["image", "video", "other"];
/** A composer holds a handful of media at most; more is not a real draft. */
const MAX_ATTACHMENTS = 100;

export function refuse(code: ErrorResponse["code"], message: string): ErrorResponse {
  return { type: "error", code, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseRequest(raw: unknown): Request | ErrorResponse {
  if (!isRecord(raw) || typeof raw.type !== "string") return refuse("bad-request", "A message must be an object with a string `type`.");
  const type = raw.type;
  if (!(REQUEST_TYPES as readonly string[]).includes(type)) return refuse("unknown-type", `Unknown message type "${type.slice(0, 40)}".`);
  switch (type as Request["type"]) {
    case "check": {
      const draft = parseDraft(raw.draft);
      if ("type" in draft) return draft;
      if (raw.purpose === undefined) return { type: "check", draft };
      if (raw.purpose !== "submit" && raw.purpose !== "typing") return refuse("bad-request", '`purpose` must be "submit" or "typing".');
      return { type: "check", draft, purpose: raw.purpose };
    }
    case "tryPost": {
      const draft = parseDraft(raw.draft);
      if ("type" in draft) return draft;
      return { type: "tryPost", draft };
    }
    case "hello":
      return { type: "hello" };
    case "getState": {
      if (raw.tabId === undefined) return { type: "getState" };
      if (typeof raw.tabId !== "number" || !Number.isInteger(raw.tabId) || raw.tabId < 0) {
        return refuse("bad-request", "`tabId` must be a tab id (a whole number).");
      }
      return { type: "getState", tabId: raw.tabId };
    }
    case "setEnabled":
      if (typeof raw.enabled !== "boolean") return refuse("bad-request", "`enabled` must be true or false.");
      return { type: "setEnabled", enabled: raw.enabled };
    case "setUserSettings": {
      if (!isRecord(raw.settings)) return refuse("bad-request", "`settings` must be an object.");
      const patch: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(raw.settings)) {
        if (!(USER_SETTABLE_KEYS as readonly string[]).includes(key)) {
          return refuse("bad-request", `"${key.slice(0, 40)}" is not a setting you can change.`);
        }
        patch[key] = value;
      }
      // Values are checked by the core's validateSettings when settings are resolved; an invalid
      // value is reported against its field and its default is used meanwhile.
      return { type: "setUserSettings", settings: patch as UserSettingsPatch };
    }
  }
}

export function parseDraft(raw: unknown): Draft | ErrorResponse {
  if (!isRecord(raw)) return refuse("bad-request", "`draft` must be an object.");
  if (typeof raw.text !== "string") return refuse("bad-request", "`draft.text` must be a string.");
  if (raw.text.length > MAX_DRAFT_CHARS) {
    return refuse("draft-too-long", `The draft is longer than ${MAX_DRAFT_CHARS.toLocaleString("en-GB")} characters, so it was not checked.`);
  }
  const draft: Draft = { text: raw.text };
  if (raw.at !== undefined) {
    if (typeof raw.at !== "string" || raw.at.length > 40) return refuse("bad-request", "`draft.at` must be an ISO local date-time.");
    draft.at = raw.at;
  }
  if (raw.attachments !== undefined) {
    if (!Array.isArray(raw.attachments) || raw.attachments.length > MAX_ATTACHMENTS) {
      return refuse("bad-request", "`draft.attachments` must be a short list.");
    }
    const attachments: Attachment[] = [];
    for (const item of raw.attachments) {
      if (!isRecord(item) || !ATTACHMENT_KINDS.includes(item.kind as Attachment["kind"])) {
        return refuse("bad-request", "Each attachment must be {kind: \"image\" | \"video\" | \"other\"}.");
      }
      attachments.push({ kind: item.kind as Attachment["kind"] });
    }
    draft.attachments = attachments;
  }
  if (raw.site !== undefined) {
    if (!(SITES as readonly unknown[]).includes(raw.site)) return refuse("bad-request", "`draft.site` is not a supported site.");
    draft.site = raw.site as Draft["site"];
  }
  return draft;
}
