/**
 * Everyday posts written for review, outside the labelled corpus, none of which breaks any school
 * policy: under every profile (school names set to villages, barracks and churches that share the
 * schools' names where that is the trap) the rules must raise nothing, and rules and model together
 * at most a few of them. Staff uninstall a tool that nags.
 */
import { describe, expect, it } from "vitest";
import { checkPost, PROFILE_IDS } from "../../src/index";
import { rulesAlone } from "./rules/cases";

const POSTS = [
  "Took the kids to the park after school, they ran wild for two hours",
  "My son's teacher sent home the nicest note today, made my week",
  "Anyone know a good mechanic in Taunton? Clutch is slipping",
  "Parents' evening for my daughter tonight, hoping for good news",
  "The head gasket on my car has gone. Brilliant.",
  "Off to the school reunion on Saturday, 25 years since we left!",
  "Our church choir is singing carols at the market on Saturday, come along",
  "Merry Christmas and a happy new year to all our friends",
  "Watching the election results come in, turnout looks high",
  "Just finished a 10k in the rain. Legs are done.",
  "Our little girl starts Reception in September, where did the time go",
  "Class act, that concert last night. What a voice.",
  "My sister is a teaching assistant and she loves it",
  "Birthday drinks for Sam on Friday at the Red Lion, who's in?",
  "Great tits and robins all over the bird feeder this morning",
  "Scunthorpe to Penistone on the train, with a cockpit view from the front carriage",
  "The assessor is coming to look at the roof on Monday",
  "Who else is counting down to half term? Need a holiday",
  "Visited Catcott village for the first time, beautiful church",
  "Happy Eid to everyone celebrating!",
  "Kids' nativity was adorable, my youngest was a sheep",
  "Our boiler has died again. Useless.",
  "So proud of my nephew, he passed his driving test today",
  "Baked a Victoria sponge for the cake sale at my daughter's school",
  "Remember the clocks go forward tonight!",
  "Lovely walk along the canal with the dog this afternoon",
  "Can anyone recommend a decent tutor for GCSE maths? My son is struggling",
  "My mum's in hospital again, thinking of her tonight",
  "Just booked flights to Lisbon for February half term",
  "The new Greggs vegan sausage roll is actually good",
  "This school run is killing me, traffic everywhere",
  "My son's class in 3B went to the farm today, he loved the goats",
  "Our daughter's school is closed tomorrow because of the snow",
  "Reminder to all runners: parkrun is cancelled this Saturday",
  "The kids in our street built a snowman taller than me",
  "Pics from our day at the zoo! The penguins were the best",
  "Anyone know if the leisure centre is open on bank holiday Monday?",
  "Smoked salmon and scrambled eggs for breakfast, living the dream",
  "My nephew is in Year 6 and already taller than me",
  "Quiz night at the Crown was a laugh, we came last",
  "Happy retirement to my lovely neighbour Jean!",
  "Sick of this weather now, bring on summer",
  "The head chef at that place deserves a medal",
  "Our PTA bake sale raised £300 for new library books, thanks to all the parents who baked",
  "I was a teacher for years before I retired, best job in the world",
  "Parents, remember the clocks change tonight!",
  "Just got back from Year 6 parents' evening for my daughter, so proud of her",
  "Back on the bike after six months off, legs like jelly",
  "Watched the Ofsted documentary on BBC, really interesting",
  "This place does the best pizza in town",
  "Catcott skittles team won the league again!",
  "Lovely walk from Cadoxton to the Knap this morning",
  "Le Cateau Barracks open day was brilliant, the kids loved the tanks",
  "St Thomas's church fete on Saturday, tombola and cakes",
  "Our Alfie's first day in Year 1 today, he looked so grown up",
  "My mum used to teach at a school in Leeds, she loved it",
  "Marking the anniversary of Dad's passing today, miss him every day",
  "The parents' association quiz raised £500, well done everyone",
  "I've been asked to be a school governor at my son's school, any tips?",
  "Just watched a documentary about the Labour party in the 80s, fascinating",
  "The vicar's sermon on Sunday was about kindness, really lovely",
  "Hit the gym at 6am, feeling smug",
  "Call me old fashioned but I love a handwritten letter",
  "Our new puppy has already chewed the sofa, send help",
  "Flat 4 in our block has been empty for months, anyone know why?",
  "This heat is something else, the kids are melting",
  "Anyone else find parents' evenings stressful as a parent? Just me?",
  "The head of the river race is on Saturday, come and watch",
  "Dropped the kids at school, now for a quiet coffee",
  "Our SENCo at my daughter's school has been amazing with her",
  "Such a shame about the library closing, the council should be ashamed",
  "Happy Diwali to all our neighbours, the lights on our street look amazing",
  "Thank God it's Friday!",
  "My class at the gym tonight was brutal, my legs have gone",
  "Selling my old teaching resources on eBay, anyone interested? Message me",
  "Failed my driving theory test again, third time unlucky",
  "Rude awakening at 5am from the neighbour's dog",
  "The man on the phone was so rude, I'm switching energy supplier",
  "That film was deluded nonsense but I loved it",
  "Our class at the community centre learned to make sourdough",
  "Message the office at the leisure centre if you want to book the hall",
  "Still hungover from my sister's wedding, worth it",
  "The office manager at my work brought in doughnuts, hero",
  "Another teacher friend of mine recommended this book, it's great",
  "My son failed his maths mock and he's gutted, any tutors?",
  "Liar liar pants on fire, said my four year old to the cat",
  "Politicians on the news again, I've switched over to Bake Off",
  "Volunteers needed for the beach clean on Sunday, bring gloves",
  "The new ECT at my daughter's school is lovely, she adores him",
  "Nobody checks the gas meter any more, they just estimate",
  "Hammered the garden fence back into place after the storm",
  "Forty minutes stuck on the M5, my wrist hurts from gripping the wheel",
  "Our little one's nursery photo came today, so cute",
  "Year 6 parents at my son's school are organising a leavers' party",
  "The vicar says there is no better place than the Lakes in autumn",
  "Went to the Arctic Monkeys concert last night, voice gone",
  "Sports day for grown-ups: the office rounders match got competitive",
  "Our company Christmas disco was a riot",
  "Reports done for the quarter, finally. Wine time",
  "The head of marketing just quit, chaos at work",
  "Nobody in my family has a clue how to load a dishwasher",
  "My sister and her husband have separated, thinking of her",
  "Our governors at the football club voted to replace the pitch",
  "Who has favourites on Bake Off this year?",
  "We did a line dance at the wedding, my knees",
  "Told work I was taking Friday off for the wedding, all booked",
  "Stay in touch with the old gang, it's been too long",
  "The only ones who turned up to the quiz were us and the quizmaster",
  "That documentary about Islam's golden age of science was brilliant",
  "Christian from next door helped us move the sofa, what a hero",
  "Mosque open day on Saturday, the community iftar was lovely last year",
  "My insta is mostly pictures of my dog, no regrets",
];

// Pictures with nothing linking them to school.
const WITH_PHOTO = new Set([
  "Pics from our day at the zoo! The penguins were the best",
  "Went to the Arctic Monkeys concert last night, voice gone",
  "Sports day for grown-ups: the office rounders match got competitive",
  "Our company Christmas disco was a riot",
]);

const flaggedUnder = (profile: string) =>
  POSTS.map((text) => ({ text, findings: checkPost({ text, attachments: WITH_PHOTO.has(text) ? [{ kind: "image" }] : undefined }, { profile, schoolNames: ["Oakfield Primary"] }) }))
    .filter((p) => p.findings.length > 0)
    .map((p) => `${p.text} → ${p.findings.map((f) => `${f.category}: ${f.quote}`).join("; ")}`);

describe("everyday posts raise nothing: the rules", () => {
  rulesAlone();
  for (const profile of PROFILE_IDS) {
    it(`under ${profile}`, () => {
      expect(flaggedUnder(profile)).toEqual([]);
    });
  }
});

// The model judges the whole post and is held to a budget, not to perfection. The product's 3%
// is measured by `npm run eval` over thousands of held-out posts; on these 112 one post is almost
// a point, so this list allows at most 5% (docs/model.md lists what the model still gets wrong).
describe("everyday posts: rules and model together", () => {
  for (const profile of PROFILE_IDS) {
    it(`under ${profile}, at most 5% flagged`, () => {
      const flagged = flaggedUnder(profile);
      expect(flagged.length / POSTS.length, flagged.join("\n")).toBeLessThanOrEqual(0.05);
    });
  }
});
