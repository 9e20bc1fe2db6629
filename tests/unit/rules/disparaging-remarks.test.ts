import { ruleCases } from "./cases";

ruleCases("disparaging-remarks", {
  valid: [
    { text: "My broadband is useless tonight, third outage this week", why: "negative, but not about school" },
    { text: "So proud of my class today, they were amazing", why: "praise" },
    { text: "My colleagues are the best, they got me through this term", why: "warmth" },
    { text: "The parents at my school raised a fortune at the fair, amazing effort", why: "praise of parents" },
    { text: "The new series of that baking show is awful", why: "not about school" },
  ],
  invalid: [
    { text: "Our head is clueless about what actually happens in classrooms", words: ["head", "clueless"] },
    { text: "Some of the parents in my class are a joke", words: ["parents", "joke"] },
    { text: "My Year 5s are feral this week", words: ["feral"] },
    { text: "The SLT at my school couldn't organise a cake sale", words: ["SLT", "couldn't organise"] },
    { text: "Honestly the governors at Hazelmere are useless", words: ["governors", "useless"] },
    { text: "Some of the kids in my class are vile, no other word for it", words: ["kids", "vile"] },
    { text: "Our head teacher is a complete idiot", words: ["head teacher", "idiot"] },
    { text: "Our deputy is lazy and everyone in my class knows it", words: ["deputy", "lazy"] },
    { text: "Teaching at Hazelmere and the management are incompetent", words: ["incompetent"] },
  ],
});
