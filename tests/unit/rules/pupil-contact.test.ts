import { ruleCases } from "./cases";

ruleCases("pupil-contact", {
  valid: [
    { text: "Message me when you land, Gemma! Can't wait to see you", why: "contacting a friend" },
    { text: "Parents, please contact the school office or use the parent app rather than messaging my personal page", why: "pointing parents to official channels" },
    { text: "Add me on Snapchat, new phone lost all my contacts", why: "no pupil or parent" },
    { text: "I never accept friend requests from pupils or parents, it's the rule in my class", why: "negated" },
    { text: "Follow my running club for route updates", why: "no pupil or parent" },
  ],
  invalid: [
    { text: "Any of my Year 6s who want help over the holidays can message me on here", words: ["message me"] },
    { text: "Parents in my class, feel free to add me on Facebook", words: ["add me"] },
    { text: "Parents in my class, add me on WhatsApp so we can chat", words: ["Parents", "add me"] },
    { text: "Follow me on TikTok, my pupils already do", words: ["Follow me", "pupils"] },
    { text: "My pupils can DM me anytime if they're stuck with homework", words: ["DM me"] },
    { text: "Accepted a friend request from one of my pupils today", words: ["friend request"] },
  ],
});
