/**
 * Every rule, one module per TAXONOMY category. tests/unit/rules-meta.test.ts keeps this list,
 * the category ids, the per-rule tests, the profiles and the README's rule table in step.
 */
import type { CategoryId } from "../types.js";
import type { Rule } from "./types.js";
import { rule as workplaceIdentified } from "./workplace-identified.js";
import { rule as occupationDisclosed } from "./occupation-disclosed.js";
import { rule as disparagingRemarks } from "./disparaging-remarks.js";
import { rule as pupilInformation } from "./pupil-information.js";
import { rule as colleagueInformation } from "./colleague-information.js";
import { rule as confidentialInformation } from "./confidential-information.js";
import { rule as imagesOfPupils } from "./images-of-pupils.js";
import { rule as pupilContact } from "./pupil-contact.js";
import { rule as personalDetails } from "./personal-details.js";
import { rule as politicalViews } from "./political-views.js";
import { rule as religiousViews } from "./religious-views.js";
import { rule as speakingForSchool } from "./speaking-for-school.js";
import { rule as schoolEmailOrBranding } from "./school-email-or-branding.js";
import { rule as misconduct } from "./misconduct.js";
import { rule as offensiveLanguage } from "./offensive-language.js";
import { rule as teachingTime } from "./teaching-time.js";

export const RULES: Readonly<Record<CategoryId, Rule>> = {
  "workplace-identified": workplaceIdentified,
  "occupation-disclosed": occupationDisclosed,
  "disparaging-remarks": disparagingRemarks,
  "pupil-information": pupilInformation,
  "colleague-information": colleagueInformation,
  "confidential-information": confidentialInformation,
  "images-of-pupils": imagesOfPupils,
  "pupil-contact": pupilContact,
  "personal-details": personalDetails,
  "political-views": politicalViews,
  "religious-views": religiousViews,
  "speaking-for-school": speakingForSchool,
  "school-email-or-branding": schoolEmailOrBranding,
  misconduct,
  "offensive-language": offensiveLanguage,
  "teaching-time": teachingTime,
};

export type { Rule, RuleMeta, RuleHit } from "./types.js";
