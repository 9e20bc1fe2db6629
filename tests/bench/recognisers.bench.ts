/**
 * Prints how long each recogniser takes per call, warm, for a 280-character and a 5,000-character
 * post. Run with `npx tsx tests/bench/recognisers.bench.ts`. Not a test: timings vary by machine,
 * so nothing here asserts them.
 */

import { findStreetAddresses } from "../../src/recognisers/address.js";
import { findBirthDates } from "../../src/recognisers/dates.js";
import { findEmails } from "../../src/recognisers/email.js";
import { findHandles, findHashtags } from "../../src/recognisers/handles.js";
import { findPhones } from "../../src/recognisers/phone.js";
import { findPostcodes } from "../../src/recognisers/postcode.js";

const SCHOOL_DOMAINS = ["catcott.somerset.sch.uk", "oakfield.org.uk"];

/** Everyday post text with the occasional entity, as real posts have. */
const SENTENCES = [
  "Lost my purse in the Sainsbury's car park, if found please call 07700 900244, it's got my nan's ring in it.",
  "Party at mine, 23 Larkspur Close, Barry CF63 9ZZ, Saturday from 7.",
  "Happy birthday to me, born 04/02/1985 and still feel 21 (I don't).",
  "Follow my Insta @miss_k_reads for book recommendations over the summer! #ProudTeacher #Year6",
  "Email me on j.lambert@catcott.somerset.sch.uk, I never check Messenger.",
  "The Old Forge in the village is doing Christmas lunches again this year and honestly, if you haven't been, go.",
  "We went last Sunday for my mother-in-law's birthday: proper roast turkey and pigs in blankets the size of your arm.",
  "It's small and they only do two sittings, so they fill up fast; the bill came to £2,316 for the whole party in 2026.",
  "Penistone Road closed again, added 40 minutes to my drive at 5:40 this morning.",
  "Has anyone tried the new Korean place on Holton Road? Term ends 18/12/2026 and the deadline is 20 April.",
];

function post(length: number): string {
  let text = "";
  for (let i = 0; text.length < length; i++) text += SENTENCES[i % SENTENCES.length]! + " ";
  return text.slice(0, length);
}

const RECOGNISERS: [name: string, run: (text: string) => unknown][] = [
  ["phones", findPhones],
  ["postcodes", findPostcodes],
  ["addresses", findStreetAddresses],
  ["birth dates", findBirthDates],
  ["emails", (text) => findEmails(text, SCHOOL_DOMAINS)],
  ["handles", findHandles],
  ["hashtags", findHashtags],
];

/** Median µs per call over several rounds, after a warm-up. */
function microsPerCall(run: (text: string) => unknown, text: string): number {
  const callsPerRound = text.length > 1000 ? 200 : 2000;
  for (let i = 0; i < callsPerRound; i++) run(text);
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    const started = performance.now();
    for (let i = 0; i < callsPerRound; i++) run(text);
    rounds.push(((performance.now() - started) * 1000) / callsPerRound);
  }
  rounds.sort((a, b) => a - b);
  return rounds[3]!;
}

for (const length of [280, 5000]) {
  const text = post(length);
  let total = 0;
  console.log(`\n${length}-character post (µs per call, warm, median of 7 rounds)`);
  for (const [name, run] of RECOGNISERS) {
    const us = microsPerCall(run, text);
    total += us;
    console.log(`  ${name.padEnd(12)} ${us.toFixed(1).padStart(8)}`);
  }
  const all = microsPerCall((t) => RECOGNISERS.forEach(([, run]) => run(t)), text);
  console.log(`  ${"sum".padEnd(12)} ${total.toFixed(1).padStart(8)}`);
  console.log(`  ${"all in one".padEnd(12)} ${all.toFixed(1).padStart(8)}`);
}
