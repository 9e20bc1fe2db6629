import { ruleCases } from "./cases";

ruleCases("offensive-language", {
  valid: [
    { text: "Off to Scunthorpe for the weekend to see my nan", why: "town containing a rude substring" },
    { text: "Penistone Road is closed again, allow extra time", why: "town containing a rude substring" },
    { text: "The cockpit tour at the air museum was brilliant", why: "word containing a rude substring" },
    { text: "Need to assess my options before I buy a new car", why: "word containing a rude substring" },
    { text: "Two great tits and a robin on the bird feeder this morning", why: "birds" },
    { text: "Booked a spin class for Thursday evening", why: "'class' contains a rude substring" },
    { text: "Took the kids to see Dick Whittington at the Theatre Royal", why: "a panto" },
    { text: "The shuttlecock went straight into the hedge", why: "word containing a rude substring" },
    { text: "Cocktails at eight, dinner at nine", why: "word containing a rude substring" },
    { text: "Spent the bank holiday on the Essex coast", why: "place name containing a rude substring" },
  ],
  invalid: [
    { text: "That quiz was utter sh1t from start to finish", words: ["sh1t"], why: "leet" },
    { text: "What the f*ck was that referee doing", words: ["f*ck"], why: "asterisk mask" },
    { text: "F U C K, missed the last train again", words: ["F U C K"], why: "spaced letters" },
    { text: "Absolute \u0455\u04bb\u0456t weather for a barbecue", words: ["\u0455\u04bb\u0456t"], why: "Cyrillic look-alikes" },
    { text: "Stop being such a pri\u200Bck about the parking", words: ["pri\u200Bck"], why: "zero-width space inside the word" },
    { text: "The bloke next door is a total wanker", words: ["wanker"] },
    { text: "Shiiiiit, left my keys on the bus", words: ["Shiiiiit"], why: "repeated letters" },
    { text: "B0ll0cks to this rain, the picnic is off", words: ["B0ll0cks"], why: "leet zeros" },
    { text: "F\u00fcck me, that was close on the motorway", words: ["F\u00fcck"], why: "diacritic" },
    { text: "\uff33\uff48\uff49\uff54 day at the office", words: ["\uff33\uff48\uff49\uff54"], why: "full-width letters" },
    { text: "\u{1F175}\u{1F184}\u{1F172}\u{1F17A} this weather", words: ["\u{1F175}\u{1F184}\u{1F172}\u{1F17A}"], why: "enclosed letters" },
  ],
});
