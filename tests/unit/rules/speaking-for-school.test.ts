import { ruleCases } from "./cases";

ruleCases("speaking-for-school", {
  valid: [
    { text: "Sharing from Hazelmere Primary School: we will be closed tomorrow due to snow", why: "resharing the school's own post" },
    { text: "Reposting from the council: bin collections move to Saturday this week", why: "another organisation's news" },
    { text: "Polls are open until 10pm", why: "a civic reminder, not the school's" },
    { text: "The leisure centre will be closed tomorrow for repairs", why: "another organisation" },
    { text: "Reminder to myself: buy milk", why: "no school, no parents" },
  ],
  invalid: [
    { text: "Hazelmere will be closed tomorrow because of the snow", words: ["closed"] },
    { text: "Reminder to all parents in my class: PE kits on Tuesday please", words: ["reminder"] },
    { text: "Hazelmere parents, please send a packed lunch for Friday's trip", words: ["Hazelmere"] },
    { text: "Hazelmere is recruiting a new TA, apply by Friday", words: ["recruiting"] },
    { text: "Just to let all parents in my class know, school is closed on Monday for training", words: ["closed"] },
    { text: "On behalf of everyone at Hazelmere, thank you for your generous donations", words: ["on behalf of"] },
  ],
});
