import { ruleCases } from "./cases";

ruleCases("pupil-information", {
  valid: [
    { text: "My son's first day at school today, he didn't even look back", why: "own child" },
    { text: "Our Maisie got her school photo back and she looks gorgeous", why: "own child" },
    { text: "My daughter got full marks in her spelling test", why: "own child" },
    { text: "Children learn best when they feel safe", why: "a generic statement" },
    { text: "My class were brilliant in the concert today", why: "no identifiable pupil" },
    { text: "Jayden from my football team scored a hat trick", why: "not a pupil" },
  ],
  invalid: [
    { text: "Jayden in my class got excluded again today", words: ["Jayden"] },
    { text: "One of my Y6s has been taken into care", words: ["Y6s"] },
    { text: "Poppy in my class has ADHD and finds carpet time really hard", words: ["Poppy"] },
    { text: "Harvey's mum shouted at me in the playground again, my class saw it all", words: ["Harvey"] },
    { text: "One of my pupils has just been diagnosed with autism", words: ["pupils"] },
    { text: "Amelia in my class is living in a refuge with her mum", words: ["Amelia"] },
    { text: "Tyler in my class has been sent home for biting again", words: ["Tyler"] },
  ],
});
