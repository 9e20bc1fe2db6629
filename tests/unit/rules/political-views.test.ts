import { ruleCases } from "./cases";

ruleCases("political-views", {
  valid: [
    { text: "Polls open till 10pm, don't forget your photo ID", why: "a neutral civic reminder" },
    { text: "Labour won the by-election last night, according to the BBC", why: "a news fact" },
    { text: "The local council elections are on Thursday", why: "a neutral civic reminder" },
    { text: "Register to vote before the deadline on Monday", why: "a neutral civic reminder" },
    { text: "Our party for Mum's sixtieth was brilliant", why: "'party' in another sense" },
  ],
  invalid: [
    { text: "Anyone voting Conservative next week needs their head examined", words: ["voting Conservative"] },
    { text: "Starmer is useless and everyone knows it", words: ["Starmer", "useless"] },
    { text: "The Tories have wrecked this country", words: ["Tories", "wrecked"] },
    { text: "Had enough of this government #ToriesOut", words: ["#ToriesOut"] },
    { text: "Farage is a disgrace and anyone voting for him should be ashamed", words: ["Farage"] },
    { text: "Reform are a bunch of liars and bigots", words: ["Reform", "liars"] },
  ],
});
