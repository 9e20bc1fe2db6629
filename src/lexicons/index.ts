/**
 * Every lexicon, grouped by the view it reads (see src/normalise.ts): the safe `fold` view for
 * ordinary words, the aggressive `decode` view only where a false hit is unlikely (profanity).
 * Imported statically so the browser worker bundles them; compiled once by src/analysis.
 */
import type { LexiconFile } from "../analysis/lexicon.js";
import announcement from "./announcement.json";
import branding from "./branding.json";
import colleaguePrivate from "./colleague-private.json";
import colleagueRef from "./colleague-ref.json";
import confidential from "./confidential.json";
import contact from "./contact.json";
import contactTarget from "./contact-target.json";
import derogatory from "./derogatory.json";
import future from "./future.json";
import greeting from "./greeting.json";
import misconduct from "./misconduct.json";
import otherPerson from "./other-person.json";
import photo from "./photo.json";
import politicalEntity from "./political-entity.json";
import politicalNeutral from "./political-neutral.json";
import politicalOpinion from "./political-opinion.json";
import presentActivity from "./present-activity.json";
import profanity from "./profanity.json";
import pupilGroup from "./pupil-group.json";
import pupilRef from "./pupil-ref.json";
import pupilSensitive from "./pupil-sensitive.json";
import religiousEntity from "./religious-entity.json";
import religiousStance from "./religious-stance.json";
import schoolCommunity from "./school-community.json";
import staffSelf from "./staff-self.json";
import workplacePlace from "./workplace-place.json";

export const LEXICONS = [
  announcement, branding, colleaguePrivate, colleagueRef, confidential, contact, contactTarget, derogatory,
  future, greeting, misconduct, otherPerson, photo, politicalEntity, politicalNeutral, politicalOpinion,
  presentActivity, profanity, pupilGroup, pupilRef, pupilSensitive, religiousEntity, religiousStance,
  schoolCommunity, staffSelf, workplacePlace,
] as LexiconFile[];

export const FOLD_LEXICONS = LEXICONS.filter((l) => (l.view ?? "fold") === "fold");
export const DECODE_LEXICONS = LEXICONS.filter((l) => l.view === "decode");
