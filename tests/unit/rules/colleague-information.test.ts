import { ruleCases } from "./cases";

ruleCases("colleague-information", {
  valid: [
    { text: "My colleagues are the best, I couldn't do this job without them", why: "generic warmth" },
    { text: "Congratulations to my friend Sarah on her pregnancy", why: "not a colleague, not school" },
    { text: "Our TA made the best lasagne for the staff lunch", why: "nothing private" },
    { text: "My class loved having a supply teacher for the day", why: "nothing private" },
    { text: "I'm off sick myself this week with a cold", why: "the author's own absence" },
  ],
  invalid: [
    { text: "Our TA is pregnant again and hasn't told anyone at school yet", words: ["TA", "pregnant"] },
    { text: "Our deputy has been signed off with stress for a month", words: ["deputy", "signed off"] },
    { text: "Our SENCo has handed in her notice because the pay is so bad", words: ["SENCo", "notice"] },
    { text: "Our head is having an affair with one of the governors", words: ["head", "affair"] },
    { text: "Our caretaker is off sick again, third time this term", words: ["caretaker", "sick"] },
    { text: "My TA is going through a horrible divorce, poor thing", words: ["TA", "divorce"] },
  ],
});
