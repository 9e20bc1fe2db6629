import { ruleCases } from "./cases";

const catcott = { schoolNames: ["Catcott Primary School"] };

ruleCases("workplace-identified", {
  valid: [
    { text: "Our son has been offered a place at Westbrook Academy for September", why: "another school, named neutrally" },
    { text: "Stuck in the school run traffic with my two again", why: "school run with own children" },
    { text: "My dad's taste in music is very old school", why: "'old school' idiom" },
    { text: "There is a school of thought that pineapple belongs on pizza", why: "'school of thought'" },
    { text: "Hazelmere Road is shut for resurfacing until Friday", why: "the road, not the school" },
    { text: "Walked round Hazelmere village green with the dog", why: "the village, not the school" },
    { text: "Lovely lunch at the garden centre with mum" },
  ],
  invalid: [
    { text: "Another lovely day at Hazelmere, the kids had me in stitches", words: ["Hazelmere"] },
    { text: "The Hazelmere Primary School nativity was the best yet", words: ["Hazelmere Primary"] },
    { text: "So proud of everyone at H.a.z.e.l.m.e.r.e this week", words: ["H.a.z.e.l.m.e.r.e"], why: "dotted letters" },
    { text: "\u041dazelmere parents, you have been brilliant this term", words: ["\u041dazelmere"], why: "Cyrillic capital En" },
    { text: "Sports day was a triumph #HazelmerePrimary", words: ["#HazelmerePrimary"], why: "hashtag" },
    { text: "Teaching at Hazelmere is the best decision I ever made", words: ["Hazelmere"] },
    { text: "Busy week at C.a.t.c.o.t.t, so glad it is Friday", words: ["C.a.t.c.o.t.t"], settings: catcott, why: "dotted school name" },
    { text: "Hazelm3re staff night out was a laugh", words: ["Hazelm3re"], why: "leet in the school name" },
    { text: "Hazel\u200Bmere staff party was a laugh", words: ["Hazel\u200Bmere"], why: "zero-width space in the school name" },
    { text: "Another long day at L e  C a t e a u, bed time", words: ["L e  C a t e a u"], settings: { schoolNames: ["Le Cateau Community Primary School"] }, why: "spaced short form" },
    { text: "Proud of the choir at St Th0mas of C@nterbury tonight", words: ["St Th0mas of C@nterbury"], settings: { schoolNames: ["St Thomas of Canterbury Catholic Primary School"] }, why: "leet short form" },
  ],
});
