import { ruleCases } from "./cases";

ruleCases("religious-views", {
  valid: [
    { text: "Happy Diwali to everyone celebrating this weekend!", why: "a seasonal greeting" },
    { text: "Merry Christmas everyone, God bless", why: "a seasonal greeting" },
    { text: "Eid Mubarak to all my friends and their families", why: "a seasonal greeting" },
    { text: "Lovely wedding at the village church on Saturday", why: "a place, not a view" },
    { text: "Praying my car passes its MOT tomorrow", why: "an idiom" },
  ],
  invalid: [
    { text: "Jesus is the only way to salvation, come and join us at church on Sunday", words: ["only way"] },
    { text: "God is a fairy tale for grown ups", words: ["God", "fairy tale"] },
    { text: "Come and worship with us on Sunday, Jesus is waiting for you", words: ["Jesus"] },
    { text: "Atheists are wrong, God is real and the Bible is the truth", words: ["Atheists"] },
    { text: "Jesus is Lord and the only path to heaven", words: ["only path"] },
  ],
});
