import { ruleCases } from "./cases";

ruleCases("personal-details", {
  valid: [
    { text: "The salon is open on Saturdays, call the shop on 0117 496 0123", why: "a business number" },
    { text: "Book through our office on 020 7946 0321 during opening hours", why: "a business number" },
    { text: "Dentist appointment on 12/03/2026 at 10:30", why: "a date that is not a birth date" },
    { text: "Ran 5km in 27:45 this morning", why: "numbers that are not personal details" },
    { text: "Tickets went on sale on 1 June 2026", why: "a date that is not a birth date" },
  ],
  invalid: [
    { text: "New number is 07700 900123, text me so I have yours", words: ["07700 900123"] },
    { text: "Moved in at last! 14 Larch Avenue, Bristol BS7 9QT", words: ["14 Larch Avenue"] },
    { text: "My date of birth is 12/03/1988 and I still feel 21", words: ["12/03/1988"] },
    { text: "Ring me on +44 7700 900456 after six", words: ["7700 900456"] },
    { text: "Parcel keeps going missing, we're at 3 Mill Lane, Leeds LS6 2AB", words: ["3 Mill Lane"] },
  ],
});
