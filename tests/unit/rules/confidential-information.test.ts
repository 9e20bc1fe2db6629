import { ruleCases } from "./cases";

ruleCases("confidential-information", {
  valid: [
    { text: "Hazelmere summer fair is on Saturday, everyone welcome", why: "a public event the school advertises" },
    { text: "Open day at my son's new school next week", why: "a public event" },
    { text: "Read the Ofsted report for my daughter's school, it was glowing", why: "a parent reading a published report" },
    { text: "My class were brilliant at the harvest festival", why: "nothing internal" },
    { text: "Our team meeting at the gym got moved to Tuesday", why: "not a school" },
  ],
  invalid: [
    { text: "Ofsted were in my classroom today, we're getting Requires Improvement but it's not published yet", words: ["not published"] },
    { text: "Another safeguarding referral for my class this week", words: ["safeguarding"] },
    { text: "Restructure announced in our staff meeting, three TAs losing their jobs", words: ["restructure"] },
    { text: "Safeguarding meeting about one of my pupils ran till six", words: ["Safeguarding"] },
    { text: "The door code for my classroom is 4471 if you forget it", words: ["door code"] },
  ],
});
