import { ruleCases } from "./cases";

ruleCases("school-email-or-branding", {
  valid: [
    { text: "Email me at jo.smith1985@gmail.com about the car", why: "a personal email address" },
    { text: "Drop me a line at jo@jobakescakes.co.uk for orders", why: "a personal business email" },
    { text: "My new handle is @JoBakesCakes, come and say hi", why: "a personal handle" },
    { text: "Loved the new logo for my running club", why: "not the school's logo" },
    { text: "Booking enquiries to the venue, events@riverside-hall.co.uk", why: "a business email, not a school one" },
  ],
  invalid: [
    { text: "Email me at j.smith@hazelmere.somerset.sch.uk about the cake order", words: ["j.smith@hazelmere.somerset.sch.uk"] },
    { text: "New account, follow me at @HazelmereMissJ", words: ["@HazelmereMissJ"] },
    { text: "Made my profile pic with the school logo on it", words: ["logo"] },
    { text: "Contact me on office@anywhere.sch.uk for the raffle", words: ["office@anywhere.sch.uk"] },
    { text: "My Instagram is @MissJ_Hazelmere if you want to follow", words: ["@MissJ_Hazelmere"] },
  ],
});
