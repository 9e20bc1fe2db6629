import { ruleCases } from "./cases";

ruleCases("occupation-disclosed", {
  valid: [
    { text: "My daughter's teacher is lovely, she always has time for us", why: "someone else's job" },
    { text: "My brother is a teacher in Leeds and he loves it", why: "someone else's job" },
    { text: "Thank you Mrs Khan for teaching my little one to read", why: "thanking own child's teacher" },
    { text: "Nights on the ward again this week, nursing is hard work", why: "a different occupation" },
    { text: "Children learn best when they feel safe and listened to", why: "a generic statement" },
    { text: "Finally fixed the leaking tap in the bathroom" },
  ],
  invalid: [
    { text: "My class were superstars in assembly this morning", words: ["my class"] },
    { text: "Marking thirty books tonight, send coffee", words: ["Marking"] },
    { text: "Parents' evening tomorrow, wish me luck", words: ["parents' evening"] },
    { text: "As a teacher I get asked this every single week", words: ["teacher"] },
    { text: "My Year 4s finally understand equivalent fractions", words: ["my year 4"] },
    { text: "My TA brought in brownies for the whole team", words: ["my ta"] },
    { text: "Writing end of year reports for my pupils all weekend", words: ["my pupils"] },
  ],
});
