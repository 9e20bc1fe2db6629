/**
 * Posts a reviewer wrote while the rules were being tuned, which the first rules missed (or, for
 * the last one, flagged wrongly). Kept so they stay fixed.
 */
import { ruleCases } from "./rules/cases";

ruleCases("colleague-information", {
  valid: [],
  invalid: [
    { text: "Mrs Holt in my year group is on a disciplinary for shouting", words: ["Mrs Holt", "disciplinary"] },
    { text: "My TA has had another miscarriage, heartbreaking", words: ["TA", "miscarriage"] },
  ],
});

ruleCases("confidential-information", {
  valid: [],
  invalid: [{ text: "My class have had two exclusions this half term already", words: ["exclusions"] }],
});

ruleCases("disparaging-remarks", {
  valid: [{ text: "Fed up with this rain, my class had wet play all week", why: "the complaint is about the rain" }],
  invalid: [{ text: "Honestly the governors at my school are useless", words: ["governors", "useless"] }],
});

ruleCases("occupation-disclosed", {
  valid: [],
  invalid: [
    { text: "Thirty books to mark tonight, send coffee", words: ["books to mark"] },
    { text: "Another day teaching Year 2 phonics", words: ["teaching Year"] },
  ],
});

ruleCases("political-views", {
  valid: [],
  invalid: [
    { text: "Vote Labour on Thursday, they're the only ones who care about schools", words: ["Labour"] },
    { text: "Please don't vote Reform, they would be a disaster", words: ["Reform"] },
    { text: "Labour are the only party who care about schools", words: ["Labour"] },
    { text: "Proud to be voting Green, the other parties are hopeless", words: ["Green"] },
  ],
});

ruleCases("pupil-contact", {
  valid: [],
  invalid: [
    { text: "To all my ex pupils: follow my insta for updates", words: ["follow my"] },
    { text: "Ex pupils, you can find me on Instagram", words: ["find me on"] },
  ],
});

ruleCases("pupil-information", {
  valid: [],
  invalid: [{ text: "Amelia in my Year 3 class is living in a refuge with her mum", words: ["Amelia"] }],
});

ruleCases("religious-views", {
  valid: [],
  invalid: [
    { text: "Anyone who doesn't accept Jesus as their saviour is lost", words: ["Jesus"] },
    { text: "Religion is the root of all evil, wake up people", words: ["root of all evil"] },
    { text: "If you don't believe in God you need to open your eyes", words: ["believe in God"] },
  ],
});

ruleCases("speaking-for-school", {
  valid: [],
  invalid: [{ text: "We are hiring! Hazelmere is looking for a new TA, apply by Friday", words: ["hiring"] }],
});
