import { ruleCases } from "./cases";

ruleCases("misconduct", {
  valid: [
    { text: "I did not call in sick, I was genuinely ill all week", why: "negated" },
    { text: "Great night out with the girls, danced till two", why: "an ordinary night out" },
    { text: "Charlie is coming round for tea tomorrow", why: "a person called Charlie" },
    { text: "A few glasses of wine with friends, then a taxi home", why: "an ordinary night out" },
    { text: "Sick of this cold, staying in bed with soup", why: "genuinely ill" },
  ],
  invalid: [
    { text: "Called in sick so I could go to the races, worth it", words: ["called in sick"] },
    { text: "Came into work still hungover, my class had no chance", words: ["hungover"] },
    { text: "Drove home after six pints, no bother", words: ["drove home"] },
    { text: "Pulled a sickie today, best decision ever", words: ["sickie"] },
    { text: "Bit of charlie at the party last night, feeling rough", words: ["charlie"] },
  ],
});
