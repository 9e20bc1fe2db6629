import { ruleCases } from "./cases";

const image = [{ kind: "image" as const }];

ruleCases("images-of-pupils", {
  valid: [
    { text: "Sunset over the bay tonight", attachments: image, why: "image with nothing linking it to school" },
    { text: "Baked thirty cupcakes for my class party tomorrow", attachments: image, why: "cupcakes, not pupils" },
    { text: "My class were brilliant on the trip today", why: "text only, no picture described" },
    { text: "New kitchen is finally finished!", attachments: image, why: "image with nothing linking it to school" },
    { text: "My new puppy meeting the cat for the first time", attachments: [{ kind: "video" as const }], why: "video with nothing linking it to school" },
  ],
  invalid: [
    { text: "Pics from today's trip to the museum with my class!", attachments: image, words: ["class"] },
    { text: "Here's the photo of my Year 2s in their nativity costumes", words: ["photo", "Year 2"] },
    { text: "Swimming with my class today, look at those goggles!", attachments: image, words: ["class"] },
    { text: "Nature walk with my Year 1s this afternoon", attachments: image, words: ["Year 1"] },
    { text: "My class at the farm today, having a brilliant time", attachments: image, words: ["class"] },
    { text: "Posted a video of my pupils singing in assembly", words: ["video", "pupils"] },
  ],
});
