"""Sam and the conference, two people who never become contacts, and the bulk mail.

sam     Product Nordics  programme director; invites Maya to speak (Jan 2026), talk, panel,
                         video, dinner, feedback; mail both ways Jan-Oct 2026, the exchange
                         ends with Maya: CLIENT, healthy, no alert.
panel   one thread where Maya writes to 10 people at once (4 panelists, Sam, Freja, Tove,
        Nils, Chiara, Malin), then to the panelists; a bounce for Sofie's old address and
        Anders's out-of-office answer her first mail.  Every panelist's last mail to Maya
        has a later answer from her.  Nils, Malin and Sofie's old address only ever get
        Maya's first mail (prospects with one message, no alert).
greta   Brightloom; Cc'd by Paolo and Sam on one travel question; Maya never writes to her.
kyle    cold SEO pitch and a follow-up; never answered, never a contact.
bulk    newsletters (List-Id + List-Unsubscribe), SaaS receipts from noreply@, a tracker
        notification from a reply+ address, code-forge notifications with Precedence: bulk,
        a mailing-list thread with List-Id (one post is Maya's), an announcement to 24 people,
        the bounce and the auto-reply.  None of it may count.

Tags in t= : V value_giving, A apologetic, L listening, S self_promotional.
"""


def write(m):
    sam(m)
    panel(m)
    kyle(m)
    newsletters(m)
    notifications(m)
    mailing_list(m)
    announcement(m)


def pdf(*lines):
    """A small, valid one-page PDF showing the given lines (what a receipt or programme
    looks like to a mail parser: a couple of KB of application/pdf)."""
    def esc(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 16 TL\n" + "\n".join(f"({esc(l)}) '" for l in lines) + "\nET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# --------------------------------------------------------------------------
# Sam Whitfield, Product Nordics (London).  Speaker, then moderator.
# --------------------------------------------------------------------------

def sam(m):
    m("bu-sam-01", "2026-01-20 10:42", "sam", "maya", "Speaking at Product Nordics 2026?", """
Hi Maya,

I'm putting the programme together for Product Nordics 2026 (14-15 October, Stockholm), and
your name has come up three times this month, twice from people on our advisory board. I also
read your piece on running discovery with five interviews and a deadline. The bit about writing
the decision down before the first interview has stuck with me.

We're building a research track for day two, aimed at PMs and designers in teams that don't
have a researcher. Would you be up for a 30-minute talk? The formal call for proposals opens in
February, but I'd rather ask the people I want directly than hope they find the form.

Speakers get a full pass, the speaker dinner on the 14th and a fee of SEK 8,000. No travel to
pay for in your case, which makes our finance people happy.

No pressure either way. And if the timing is wrong, I'd still love to hear who you think
should be on that stage.

Best,
Sam
""", t="V S")

    m("bu-sam-02", "2026-01-21 08:15", "maya", "sam", None, """
Hi Sam,

Thank you, that's a lovely mail to find on a Wednesday morning. Yes, I'd like to do it.

Two ideas, tell me which fits the track better:

1. The ten-day discovery sprint: how a team without a researcher gets from a vague question to
   a decision in two weeks, with five interviews, one afternoon of synthesis and a written
   decision at the end. Very practical, lots of templates.
2. Research debt: what happens to teams that ship for a year without talking to a user, and
   how to pay it back without stopping the roadmap. More provocative, fewer templates.

Before I pick: who sits in that room? If it's mostly PMs who have never run an interview, I'd
go with the first. If it's people who already do research and are tired, the second lands better.

And since you asked about the stage: if you're still looking for in-house voices, talk to Karin
Ek at Vestergaard Group. She rolled out research ops across six product teams with one and a
half people, and she's honest about what didn't work. Happy to put you in touch.

Maya
""", re="bu-sam-01", t="L V")

    m("bu-sam-03", "2026-01-26 17:05", "sam", "maya", None, """
Maya,

Brilliant, thank you. To your question: we expect about 900 people over the two days. Going by
last year's registrations it's roughly 40% product managers, 25% designers, 15% engineering
leads, and the rest founders and people I can't classify. The research track room holds 250,
and judging by last year's feedback most of them have never run a proper interview, or ran one
once and didn't know what to do with the notes.

So the first one, please. Practical beats provocative for this crowd. Templates especially:
people photograph the slides.

And thank you for Karin. I looked her up and wrote to her on Friday with your name in the first
line. She's already said she's interested, which is the fastest I've ever filled a slot.

Could you send me a title, an abstract of about 100 words and a short bio by 20 February? The
website goes live in early March.

Cheers,
Sam
""", re="bu-sam-02", t="V")

    m("bu-sam-04", "2026-02-17 21:30", "maya", "sam", None, """
Hi Sam,

Here's a first go. I'm not sure about the word "sprint": half the room will have sat through a
design sprint that went nowhere. What's your gut on it?

Title: The ten-day discovery sprint

Abstract: Your team has a question nobody can answer and a roadmap meeting in two weeks. This
talk walks through a discovery format that fits in ten working days: write down the decision
you need to make, recruit five people who have had the problem, interview them in pairs,
synthesise in one afternoon and write down what you'll do differently. With the templates, the
recruiting messages and the mistakes from running it with eleven teams over three years, from a
four-person startup to a bank.

Bio: Maya Lindqvist is an independent product and UX research consultant in Stockholm. She
helps product teams without a research department make decisions from evidence, and has run
discovery work for fintech, health, energy and travel companies across Europe. Before going
independent she led research at a Stockholm scale-up for six years.

One more thing you'll want to know: the proposal form on your website times out. I pasted the
abstract, went off to find my bio, and after about ten minutes it threw me back to an empty form
without saying why. If other people write their proposals straight into the form, you're losing
some of them.

Maya
""", re="bu-sam-03", t="L V")

    m("bu-sam-05", "2026-02-18 09:12", "sam", "maya", None, """
Thanks for flagging the form. I've just tried it and you're right: it dies after about eight
minutes with no warning. Our web agency is on it, and in the meantime we've added a line telling
people to write elsewhere and paste. I'd never have found that myself.

On "sprint": I'd drop it. It invites a comparison with the design-sprint book that you don't
need, and your abstract already does the work. How about "Ten days, five interviews, one
decision"? It says exactly what they'll get.

The abstract is great. I'd cut "synthesise", the one word in there a PM from a logistics company
won't use, and put the eleven teams up front: it's your best credential. Bio is fine as it is.

Sam
""", re="bu-sam-04", t="V")

    m("bu-sam-06", "2026-02-19 07:55", "maya", "sam", None, """
"Ten days, five interviews, one decision" is much better than mine. Taken, thank you.

Revised abstract:

Your team has a question nobody can answer and a roadmap meeting in two weeks. Drawing on
discovery work with eleven teams, from a four-person startup to a bank, this talk walks through
a format that fits in ten working days: write down the decision you need to make, recruit five
people who have had the problem, interview them in pairs, make sense of it in one afternoon and
decide. You'll leave with the templates, the recruiting messages and the mistakes to avoid.

Good luck with the agency.

Maya
""", re="bu-sam-05", t="V")

    m("bu-sam-07", "2026-03-24 14:20", "sam", "maya", "Product Nordics 2026: you're in, and a favour", """
Hi Maya,

The programme is signed off: you're on day two, Thursday 15 October, 11:40 on Stage B. Your
page is up on the site.

Now the favour. I want a panel in the afternoon on the same theme, teams doing research without
researchers, and I'd like you to moderate it. You'd be the only person on it who has seen the
inside of a dozen of these teams, which is exactly what a moderator needs. Karin Ek has said yes
and I have someone from a bank in mind, but I'm missing a product company from the south of
Europe. You know Brightloom, don't you? Their name keeps coming up.

No extra talk to prepare, 45 minutes, and the same fee again.

Sam
""", t="V")

    m("bu-sam-08", "2026-03-25 08:40", "maya", "sam", None, """
Hi Sam,

Yes, happily.

On Brightloom: Paolo Ferri, their design lead, would be my pick. They make the app that
store staff use for shifts and training, and they have no researcher of their own. Last winter
a diary study in their stores changed their roadmap, and Paolo's team took it from there to a
feature with almost no research help. I worked with them on it, so I've seen what they got out
of it and what they'd do differently. He's a good talker and he won't oversell it. Since it's
partly their story, I'd like to check with Elena Rossi, their head of product, before you
approach him. I'll do that this week and come back to you.

A few questions so I can shape it:
- What would make this panel a success from your side? Something people can use on Monday, or a
  good argument on stage?
- Questions from the floor, or all moderated?
- Do you brief the panelists, or should I run a prep call with them in September?

Maya
""", re="bu-sam-07", t="L V")

    m("bu-sam-09", "2026-04-02 16:30", "sam", "maya", None, """
Maya,

Answers, in order:

- Something people can use on Monday. If the room leaves with three things they'll try, I'm
  happy. A bit of disagreement on stage helps, though. I've also asked Anders Nyqvist at
  Klarsyn, who is known for thinking most research is theatre, so you may get that for free.
- Slido questions, you pick which ones. The last five to ten minutes.
- Please run the prep call yourself. You know what you want out of it better than I do, and
  September is fine.

Paolo said yes on Monday; asking Elena first made the difference, thank you. Our fourth is Sofie
Lund from Granholm Bank.

Sam
""", re="bu-sam-08", t="V")

    m("bu-sam-10", "2026-04-03 08:05", "maya", "sam", None, """
That's a great line-up. Anders and Karin on one stage will be fun to moderate. I'll write to
everyone in early September and set up the prep call.

Maya
""", re="bu-sam-09", t="")

    m("bu-sam-11", "2026-05-12 13:10", "maya", "sam", "Stage B questions, and a possible overlap", """
Hi Sam,

Two practical questions: are slides 16:9, and is there a confidence monitor on Stage B? I'm
building the deck now.

And something you may want to look at: on the programme page, Jon Berg's talk on day one
("Continuous discovery for busy teams") overlaps a lot with mine: recruiting, interviewing in
pairs, a weekly rhythm. It's not a problem for me, but people who go to both might feel they got
the same talk twice. If it helps, I'm glad to compare notes with him so we refer to each other
instead of repeating ourselves.

Maya
""", t="V")

    m("bu-sam-12", "2026-05-13 10:02", "sam", "maya", None, """
Good catch. I've sent Jon your note; he'd had the same worry when he read your abstract, and
he's reworking his to lean on the weekly rhythm and leave recruiting to you. He'll mention your
talk on day one, so you may get a few extra people.

16:9, yes. There's a confidence monitor and a clicker, and a tech check 30 minutes before your
slot. Deck by 9 October so we can load it.

Sam
""", re="bu-sam-11", t="V")

    m("bu-sam-13", "2026-06-23 11:30", "sam", "maya", "60 seconds of you, for the socials", """
Hi Maya,

One for the to-do list. Our marketing team would like a 60-second video from every speaker for
the socials: who you are and what people will take from your talk. Phone video is fine,
landscape please. Deadline 10 July.

And if you have a more recent headshot than the one on your website, send it over; the website
one is too small for the printed programme.

Sam
""", t="")

    m("bu-sam-14", "2026-06-29 19:12", "mayaf", "sam", None, """
Hi Sam, sorry for the slow answer. I'm on Gotland until 7 July with patchy reception and only
saw this now. I'll record it on the 8th, when I'm back at a desk with decent light, and send a
headshot with it.

Maya
""", re="bu-sam-13", sig="Sent from my iPhone", t="A")

    m("bu-sam-15", "2026-07-09 16:48", "maya", "sam", None, """
Hi Sam,

The video and two headshots are here: https://files.lindqvist.example/s/pn-video (the link works
until 31 July).

The video is 72 seconds. I couldn't get it shorter without sounding like an auctioneer. The first
ten seconds are just me saying my name and the company, so you can cut there if you need to.

Maya
""", re="bu-sam-13", t="V")

    m("bu-sam-16", "2026-07-10 09:20", "sam", "maya", None, """
Got them, thank you. 72 is fine, we'll trim the intro. The one against the blue wall is going in
the programme.

Sam
""", re="bu-sam-15", t="")

    programme = pdf("Product Nordics 2026 - Stockholm, 14-15 October",
                    "Final programme, version of 29 September",
                    "",
                    "Thursday 15 October, Stage B (research track)",
                    "09:30  Opening: why evidence beats opinions",
                    "10:20  Jon Berg: Continuous discovery for busy teams",
                    "11:40  Maya Lindqvist: Ten days, five interviews, one decision",
                    "12:20  Lunch",
                    "14:00  Panel: research without researchers",
                    "       Karin Ek, Paolo Ferri, Sofie Lund, Anders Nyqvist;",
                    "       moderated by Maya Lindqvist",
                    "15:00  Shipping small: a year of weekly releases",
                    "16:30  Closing keynote",
                    "",
                    "Speaker dinner: Wednesday 14 October, 19:00, Restaurang Lodet")
    m("bu-sam-17", "2026-09-29 15:05", "sam", "maya", "Speaker dinner + final programme", """
Hi Maya,

Two weeks to go. Attached is the final programme. You'll see the panel has moved to 14:00, so it
comes straight after lunch and right after the research-track talks.

The speaker dinner is on Wednesday the 14th at 19:00, at Restaurang Lodet on Hornsgatan, ten
minutes' walk from the venue. Could you let me know by Friday whether you're coming and about
any dietary requirements?

Sam
""", attach=[("product-nordics-2026-programme.pdf", "application/pdf", programme)], t="V")

    m("bu-sam-18", "2026-09-30 08:30", "maya", "sam", None, """
Yes to dinner, vegetarian please.

Thanks for the programme. 14:00 is a better slot for the panel; people will still be awake. And
if you end up short of someone to introduce the research-track talks in the morning, I'm there
all day anyway and happy to do it.

Maya
""", re="bu-sam-17", t="V")

    m("bu-sam-19", "2026-10-16 18:20", "sam", "maya", "Thank you (and one question)", """
Maya,

Thank you for both sessions. Your talk got 4.7 out of 5 from 212 ratings, the highest on day
two, and the panel was the session people talked about most in the app. Anders's "research as
theatre" line is already a running joke in our team chat.

One question while it's fresh: what should we change next year? You saw it as a speaker and as a
moderator, and I'd rather have your honest list than the survey averages.

Sam
""", t="V L")

    m("bu-sam-20", "2026-10-20 09:40", "maya", "sam", None, """
Hi Sam,

Thank you, that's lovely to hear. The panel only worked because you put four very different
people on one stage.

My honest list, roughly in order of how much it mattered:

1. Stage B was far too warm after lunch. By 14:30 people at the back were fanning themselves
   with the programme. If the venue can't fix the ventilation, ten minutes between the last
   talk and the panel would at least let the room air out.
2. Slido: about a third of the questions for the panel came in during the talk before ours, and
   they were about that talk. A separate Slido room per session would save the moderator from
   sorting them on stage.
3. The lunch queue on day two took 35 minutes. Two lines from the start would have halved it.
4. For 2027: pair first-time speakers with someone who has spoken before. At least three of the
   day-two speakers told me at dinner they'd never given a talk longer than ten minutes, and it
   showed in their timing, not their content. I'd be glad to mentor two of them.

What did the survey say on your side? I'm curious whether the heat showed up there too.

Maya
""", re="bu-sam-19", t="V L")

    m("bu-sam-21", "2026-10-27 12:15", "sam", "maya", None, """
This is gold, thank you. The heat was the top complaint in the survey too (41 mentions), so
you're not imagining it; we're raising it with the venue this week. Separate Slido rooms is such
an obvious fix that I'm a little embarrassed.

And yes to mentoring. The 2027 call for proposals opens in February and I'd like to build the
mentoring into it from the start. Shall we talk properly in January?

Sam
""", re="bu-sam-20", t="V")

    m("bu-sam-22", "2026-10-28 08:05", "maya", "sam", None, """
January it is. I'll suggest a few times for the week of the 12th. Enjoy the quiet after the
storm, Sam.

Maya
""", re="bu-sam-21", t="")


# --------------------------------------------------------------------------
# The panel: Maya writes to ten people at once, then to the panelists.
# --------------------------------------------------------------------------

SOFIE_OLD = ("Sofie Lund", "sofie.lund@granholm-bank.example")
NILS = ("Nils Ekdahl", "nils@productnordics.example")
MALIN = ("Malin \u00c5s", "malin.as@vestergaard-group.example")
PANEL_SUBJECT = "Product Nordics, 15 Oct: the research-without-researchers panel"

PANEL_INTRO = """
Hi all,

I'm Maya Lindqvist. Sam has asked me to moderate the panel on research without researchers at
Product Nordics, Thursday 15 October at 14:00 on Stage B. This mail is to introduce everyone and
to set up one prep call.

On the panel:
- Karin Ek, Vestergaard Group: rolled out research ops across six product teams with one and a
  half people
- Paolo Ferri, Brightloom: took what a diary study found in their stores all the way to a
  shipped feature, without a researcher on the team
- Anders Nyqvist, Klarsyn: will, I'm told, argue that most research is theatre
- Sofie Lund, Granholm Bank: research inside a regulated company with no research budget

Also copied: Sam, Freja (stage producer) and Tove (speaker care) from Product Nordics; Nils, who
runs sound and streaming on Stage B; Chiara Conti, whose team at Brightloom built what Paolo
will talk about and who has the last word on what he can show; and Malin, who keeps Karin's
calendar.

My idea for the 45 minutes: no slides, and no introductions longer than a sentence. Each
panelist tells one concrete story, a time research changed a decision or a time it didn't and
should have, and we spend the rest of the time on what the room can try on Monday. The last ten
minutes are for Slido questions.

Two things I need from the panelists:
1. Two or three lines on the story you'd like to tell. It's fine if it didn't go well; those
   are usually the best ones.
2. Which of these works for a 45-minute call: Tue 22 Sept 15:00, Wed 23 Sept 09:00 or
   Thu 24 Sept 10:00 (all Stockholm time).

And if there's anything you'd rather not be asked about on stage, tell me privately and it won't
come up.

Looking forward to it,
Maya
"""


def panel(m):
    m("bu-pn-01", "2026-09-07 09:05", "maya", ["karin", "paolo", "anders", SOFIE_OLD],
      PANEL_SUBJECT, PANEL_INTRO, cc=["sam", "freja", "tove", NILS, "chiara", MALIN], t="L V")

    m("bu-pn-02", "2026-09-07 09:06", ("Mail Delivery System", "Mailer-Daemon@smtp.lindqvist.example"),
      "maya", "Mail delivery failed: returning message to sender", """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sofie.lund@granholm-bank.example
    host mx1.granholm-bank.example [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<sofie.lund@granholm-bank.example>:
    550 5.1.1 <sofie.lund@granholm-bank.example>: Recipient address rejected: User unknown

------ This is a copy of the message's headers. ------

From: Maya Lindqvist <maya@lindqvist.example>
To: Karin Ek <karin.ek@vestergaard-group.example>,
 Paolo Ferri <paolo.ferri@brightloom.example>,
 Anders Nyqvist <anders.nyqvist@klarsyn.example>,
 Sofie Lund <sofie.lund@granholm-bank.example>
Subject: Product Nordics, 15 Oct: the research-without-researchers panel
Date: Mon, 07 Sep 2026 09:05:00 +0200
Message-ID: <bu-pn-01.sample@lindqvist.example>
""", tz="CET", headers={"Return-Path": "<>"}, t="")

    m("bu-pn-03", "2026-09-07 09:06", "anders", "maya", "Automatic reply: " + PANEL_SUBJECT, """
Thank you for your email. I'm hiking in Sarek until Sunday 13 September, without phone coverage,
and will read my mail when I'm back on Monday 14 September.

For anything urgent about Klarsyn's product, please contact Elin Sj\u00f6berg,
elin.sjoberg@klarsyn.example.

Anders Nyqvist
CPO, Klarsyn
""", re="bu-pn-01", quote=False, sig=False,
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, t="")

    m("bu-pn-04", "2026-09-07 11:20", "karin", "maya", None, """
Hi Maya, hi everyone,

Looking forward to this. My story: last spring two of our teams were about to build a customer
portal that sales had promised to three big accounts. We ran six interviews with people at those
accounts, and it turned out none of them would use a portal. What they wanted was a weekly email
with three numbers in it. We shipped the email in two weeks and cancelled the portal. Sales were
not happy for about a month; the accounts renewed.

Thursday 24 Sept at 10:00 is best for me, Tuesday the 22nd would also work. Malin will accept
the invite for me, so please send it to both of us.

Karin
""", re="bu-pn-01", cc=["paolo", "anders", SOFIE_OLD, "sam", "freja", "tove", NILS, "chiara", MALIN],
      t="V")

    m("bu-pn-05", "2026-09-07 14:30", "maya", "sofie", None, """
Hi Sofie,

My mail to your Granholm address bounced, and LinkedIn tells me you've just started at Solvik.
Congratulations on the new job!

I hope you're still up for the panel; here's the mail everyone else got. When you've had a
chance to read it, could you send me your story and a time for the call?

Maya
""", fwd="bu-pn-01", t="V")

    m("bu-pn-06", "2026-09-07 16:02", "sam", "maya", None, """
Thanks Maya, and welcome, all. Three bits of housekeeping from our side:

- Please be at Stage B by 13:30 on the 15th for a sound check with Nils.
- Tove will write to those of you who need travel or a hotel.
- Freja will send the run sheet in the first week of October.

Over to Maya from here.

Sam
""", re="bu-pn-01", cc=["karin", "paolo", "anders", SOFIE_OLD, "freja", "tove", NILS, "chiara", MALIN],
      t="V")

    m("bu-pn-07", "2026-09-08 09:30", "paolo", "maya", None, """
Ciao Maya, ciao a tutti,

Happy to be part of this. My story is the one Maya knows: last winter 14 people in our stores
kept a diary for us. We thought shift handovers were something our app should add. The diaries
showed they already happened, in the stores' WhatsApp groups and on a printed rota on the wall
of the back room. We built handover notes from that, and the hardest decision was what to leave
out: the managers wanted "read by" ticks, and the staff told us they'd stop writing notes if the
boss could see who had read what. We shipped without them, and the notes get written.

I can do any of the three slots. As Maya says, Chiara will look at anything I plan to show.

Paolo
""", re="bu-pn-01", cc=["karin", "anders", SOFIE_OLD, "sam", "freja", "tove", NILS, "chiara", MALIN],
      t="V")

    m("bu-pn-08", "2026-09-08 10:02", "chiara", "maya", None, """
Hi Maya,

Thanks for including me. Paolo is welcome to talk about the diary study and handover notes.
Two limits from our side: no store names and no staff faces, and nothing about Spain, where the
rollout is still being discussed with the works council. If he shows anything at all, I'd like
to see it by 5 October.

Chiara
""", re="bu-pn-01", cc=["karin", "paolo", "anders", SOFIE_OLD, "sam", "freja", "tove", NILS, MALIN],
      t="V")

    m("bu-pn-09", "2026-09-08 11:15", "tove", "maya", None, """
Hi all, Tove here, I look after speakers.

Paolo and Anders, I'll send you our travel form separately today. For anyone who needs a room,
we've booked Hotel Rival for the nights of 14 and 15 October. And if anyone has access needs on
stage or in the green room, tell me and we'll sort it out.

Tove
""", re="bu-pn-01", cc=["karin", "paolo", "anders", SOFIE_OLD, "sam", "freja", NILS, "chiara", MALIN],
      t="V")

    m("bu-pn-10", "2026-09-09 08:50", "paolo", "sam", None, """
Sam, one practical question before Brightloom approves the trip. I'm copying Greta, who signs off
our conference travel. Could you confirm what Product Nordics covers for panelists coming from
Milan? Tove mentioned the hotel, but Greta needs the flights in writing too.

Grazie,
Paolo
""", re="bu-pn-06", cc=["maya", "greta"], t="")

    m("bu-pn-11", "2026-09-09 12:15", "sam", "paolo", None, """
Hi Paolo, hi Greta,

Happy to put it in writing: for panelists we cover a return economy flight up to EUR 400 and two
nights at Hotel Rival (14 and 15 October), booked by Tove. The speaker pass and the dinner are
included. Tove can send a letter on our letterhead if your finance team needs one.

Best,
Sam
""", re="bu-pn-10", cc=["maya", "greta", "tove"], t="V")

    m("bu-pn-12", "2026-09-09 19:40", "sofie", "maya", None, """
Hi Maya,

Thanks for tracking me down! Yes, I'm still in. I started at Solvik on 1 September, and Sam
seemed to know before anyone that I'd still come.

My story: at Granholm we had no research budget at all, so for a year we used the complaints
inbox as our research panel. Every Friday two of us read fifty complaints and phoned three of
the people who wrote them. It sounds desperate, and it was, but it's the reason the new
card-blocking flow exists.

Thursday the 24th at 10:00 works for me.

Sofie
""", re="bu-pn-05", t="V")

    m("bu-pn-13", "2026-09-14 08:10", "anders", "maya", None, """
Hi Maya, all,

Sorry for the silence, I was in the mountains without signal, as my auto-reply probably told you.

I'm in. Sam has clearly briefed you, so I'll play the part honestly: I think a lot of what small
teams call research is a way to postpone a decision, and most of them would learn more by
shipping something small and watching what happens. My story is the six weeks we spent
interviewing for a feature we then built exactly as planned, because the CEO had already
promised it to a customer. I'll say on stage that those interviews were theatre.

Thursday the 24th at 10:00 is fine.

Anders
""", re="bu-pn-01", cc=["karin", "paolo", SOFIE_OLD, "sam", "freja", "tove", NILS, "chiara", MALIN],
      t="A V")

    m("bu-pn-14", "2026-09-15 09:30", "maya", ["karin", "paolo", "anders", "sofie"], None, """
Hi all,

Thank you for the stories; they're better than I'd hoped. The prep call is on Thursday 24
September, 10:00-10:45 Stockholm time. The invite is on its way from my calendar with the video
link (Karin, it's going to Malin too).

Sofie's new address is in this mail. Her old one bounces, so please drop it if you reply on the
first thread.

How I'd like to run it, based on what you sent:
- Karin opens with the portal that became an email: the clearest case of research changing a
  decision.
- Paolo: the diary study, the WhatsApp groups and the ticks you didn't build, within Chiara's
  limits (no store names, no staff faces, nothing about Spain).
- Sofie: the complaints inbox, research with no budget at all.
- Anders closes the first round with the interviews that were theatre, and then the rest of you
  get to argue with him.

Then the question I most want us to answer for the room: how do you tell research that will
change a decision from research that only delays one? Each of you has a different answer, which
is the point.

Does that order work for you? If anyone would rather go earlier or later, say so.

Maya
""", re="bu-pn-13", cc=["sam"], t="L V")

    m("bu-pn-15", "2026-09-24 16:40", "maya", ["karin", "paolo", "anders", "sofie"],
      "Panel prep: notes from this morning", """
Hi all,

Thank you for this morning, the most fun I've had on a prep call in a long time. Notes, so we
all remember the same thing:

- Order: Karin, Paolo, Sofie, Anders, two minutes each, no slides. Paolo may show one photo of
  a diary page if Chiara approves it.
- After the first round I'll ask Anders to defend "research as theatre" and then ask Sofie to
  answer him: her complaint calls were the cheapest research any of you did and they changed
  the most.
- Karin's rule of thumb from the call is the line I want people to write down: "If you can't
  say which decision the research is for, don't start it." I'll come back to it at the end.
- Slido from 14:35. I'll pick the questions; if one is for you specifically, I'll say your name
  first so you're not caught off guard.
- Sound check at 13:30 with Nils. Headsets, not handheld mics.

If I've got anything wrong, tell me before Freja locks the run sheet in October.

Maya
""", re="bu-pn-14", cc=["sam"], t="V L")

    m("bu-pn-16", "2026-09-25 08:12", "karin", "maya", None, """
Hi Maya,

A small request: could I go second rather than first? I'm coming straight from a board meeting
that morning and I'd like two minutes to land before I speak. Sorry to reshuffle things right
after the call.

Karin
""", re="bu-pn-15", t="A")

    m("bu-pn-17", "2026-09-25 09:05", "maya", "karin", None, """
Of course.

Paolo, would you open instead? The rota on the back-room wall is a good opener anyway: it gets
the room thinking about where people really work, not where we assume they do. Then Karin, then
Sofie and Anders as planned.

Maya
""", re="bu-pn-16", cc=["paolo"], t="V L")

    diary_page = pdf("Brightloom store diary - participant 09 - day 6",
                     "",
                     "Early shift. In at 5:50, first thing I did was read the group on my phone.",
                     "Evening shift wrote that the second fridge is broken, milk is in the first.",
                     "The app only showed me today's lesson. Did it on the bus anyway.",
                     "",
                     "If it's not in the group, it didn't happen.",
                     "",
                     "(store and names removed; shared with the participant's consent)")
    m("bu-pn-18", "2026-09-25 11:48", "paolo", "maya", None, """
Happy to open.

Here is the one diary page I'd like to show, with the store and the names removed. Chiara has
seen it and says it's fine. Does it work for what you want from the first two minutes?

Paolo
""", re="bu-pn-17", cc=["karin", "chiara"],
      attach=[("diary-page-day11.pdf", "application/pdf", diary_page)], t="V L")

    m("bu-pn-19", "2026-09-26 08:30", "maya", "paolo", None, """
It's perfect. Five lines from a real early shift say more than any slide could.

One suggestion: read the line at the bottom ("If it's not in the group, it didn't happen") out
loud rather than expecting people to read it off the screen. Stage B is deep and the back rows
won't see it.

And thank you, Chiara, for clearing it so quickly.

Maya
""", re="bu-pn-18", cc=["chiara"], t="V")

    m("bu-pn-20", "2026-09-28 20:15", "anders", "maya", None, """
Maya, one addition to the notes. When you ask me to defend the theatre line, I'd like to end by
conceding one thing: Sofie's complaint calls are the kind of research I'd keep. Cheap, weekly,
and tied to something you can change. It makes the argument more useful than me being contrary
for 45 minutes.

Anders
""", re="bu-pn-15", cc=["karin", "paolo", "sofie", "sam"], t="V")

    m("bu-pn-21", "2026-09-29 07:50", "maya", "anders", None, """
That's a much better ending than the one I had planned. I'll leave you the last word on it
before we go to the room's questions.

Maya
""", re="bu-pn-20", cc=["sofie", "sam"], t="V")

    m("bu-pn-22", "2026-10-01 13:20", "sofie", "maya", None, """
Hi Maya,

I dug out the numbers from the complaint calls: 38 weeks, 114 phone calls, and the card-blocking
change cut "blocked card" complaints by about 60% in three months. Would it be OK if I said
those on stage? Solvik's comms team is fine with it, since it's Granholm's data and already in
their annual report.

Sofie
""", re="bu-pn-15", t="V L")

    m("bu-pn-23", "2026-10-01 17:05", "maya", "sofie", None, """
Yes, please say them. 114 calls is a number people will remember, and it's the best possible
answer to "we don't have a budget". I'd lead with the 60%, then tell them how cheap it was.

Maya
""", re="bu-pn-22", t="V")

    m("bu-pn-24", "2026-10-06 10:30", "freja", "maya", "Run sheet: panel on Stage B, Thu 15 Oct", """
Hi Maya and panel,

Run sheet for Thursday 15 October, Stage B:

13:30  Sound check with Nils (headsets), green room behind Stage B
13:50  Panelists in the green room; water is on stage
14:00  Sam introduces Maya, panel starts
14:35  Slido questions (Maya moderates from the tablet on the side table)
14:45  Close. Please leave the stage by 14:48, the next talk starts at 15:00

Chairs from the left, as the audience sees them: Maya, Paolo, Karin, Sofie, Anders. If anyone
needs a different chair or has access needs, tell me by Monday.

Freja
""", cc=["karin", "paolo", "anders", "sofie", "sam", NILS], t="V")

    m("bu-pn-25", "2026-10-16 10:15", "maya", ["karin", "paolo", "anders", "sofie"],
      "Thank you, and the questions we didn't get to", """
Hi all,

Thank you for yesterday. Several people came up to me afterwards to tell me which of your
stories they're taking home: the email that replaced the portal, the diary page, the complaints
inbox and, yes, Anders's theatre line, which was quoted back to me twice at the coffee bar.

We had 31 questions on Slido and got through six. Here are three good ones we missed, with my
short answers in case you want to add yours:

1. "How do I convince my manager to give me ten days?" Don't ask for ten days. Ask for five
   conversations with customers, and book the first one before the meeting.
2. "What's the smallest research you'd still trust?" Sofie's answer, really: three phone calls a
   week, every week, written down.
3. "Who should own research in a team of six?" The person who has to make the decision, not the
   person who likes research most.

Freja and Tove, thank you for making it look easy. Chiara, thank you for clearing Paolo's page
so fast.

Maya
""", cc=["sam", "freja", "tove", "chiara"], t="V")

    m("bu-pn-26", "2026-10-16 13:02", "anders", "maya", None, """
Thanks for herding four people who don't agree into 45 good minutes. I'll take question 3 home
with me: at Klarsyn the person who likes research most is me, which probably explains a few
things.

Anders
""", re="bu-pn-25", cc=["karin", "paolo", "sofie", "sam", "freja", "tove", "chiara"], t="V")

    m("bu-pn-27", "2026-10-19 08:40", "maya", "anders", None, """
Ha. I think that makes you the most honest person on that stage. Thank you for playing the
contrarian so generously; conceding the complaint calls at the end is what made the argument
land. Coffee in November, when things have calmed down?

Maya
""", re="bu-pn-26", t="V L")


# --------------------------------------------------------------------------
# Kyle Brennan, GrowthRocket SEO.  Two cold pitches, no answer.
# --------------------------------------------------------------------------

def kyle(m):
    m("bu-kyle-1", "2026-03-10 09:14", "kyle", "maya", "Quick question about lindqvist.example", """
Hi Maya,

I was looking at lindqvist.example and noticed you're not on the first page for "UX research
consultant Stockholm" or "product discovery consultant". Your competitors are getting that
traffic instead.

We help independent consultants reach page one in 90 days with a mix of technical fixes and
content. One of our clients, a UX agency in Oslo, went from 40 to 900 organic visits a month.

Would you be open to a quick 15-minute call this week? I can share a free audit of your site.

Cheers,
Kyle
""", t="S")

    m("bu-kyle-2", "2026-03-24 08:52", "kyle", "maya", None, """
Hi Maya,

Just floating this back to the top of your inbox. I put together that free audit of
lindqvist.example: three quick fixes that would move you up for your main search terms.

Worth 15 minutes this week or next?

Kyle
""", re="bu-kyle-1", t="S")


# --------------------------------------------------------------------------
# Newsletters: List-Id and List-Unsubscribe on every issue.
# --------------------------------------------------------------------------

WEEKLY = ("Product Weekly", "news@weekly.example")
WEEKLY_LIST = {"List-Id": "Product Weekly <weekly.news.weekly.example>",
               "List-Unsubscribe": "<https://weekly.example/u/8f2k41>, "
                                   "<mailto:unsubscribe@weekly.example?subject=8f2k41>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
NORDICUX = ("Nordic UX Digest", "digest@nordicux.example")
NORDICUX_LIST = {"List-Id": "Nordic UX Digest <digest.nordicux.example>",
                 "List-Unsubscribe": "<https://nordicux.example/unsubscribe?m=maya%40lindqvist.example>"}
PN_NEWS = ("Product Nordics", "news@productnordics.example")
PN_LIST = {"List-Id": "Product Nordics news <news.productnordics.example>",
           "List-Unsubscribe": "<https://productnordics.example/newsletter/leave/c19a7e>",
           "Precedence": "bulk"}


def newsletters(m):
    m("bu-news-01", "2025-11-06 07:00", WEEKLY, "maya", "Product Weekly #212: Pricing pages that don't lie", """
This week in Product Weekly

1. Pricing pages that don't lie
Three SaaS companies removed the "most popular" badge from their pricing page and published what
happened to conversion. Short version: nothing bad, and fewer refund requests.

2. The roadmap is not a promise
A CPO on why her team stopped publishing dates, and what they show customers instead.

3. Tool of the week
A free template for writing decision records that fit on one page.

You're receiving this because you subscribed at weekly.example.
Unsubscribe: https://weekly.example/u/8f2k41
""", fmt="alt", tz="US_E", headers=WEEKLY_LIST, t="S")

    m("bu-news-02", "2026-01-15 07:00", WEEKLY, "maya", "Product Weekly #221: The annual planning hangover", """
This week in Product Weekly

1. The annual planning hangover
It's mid-January and the plan is already wrong. Four ways teams keep a yearly plan useful without
pretending it's accurate.

2. Ask a PM: "My CEO wants a feature every week"
Our columnist answers a reader who is drowning in requests.

3. Jobs board
Twelve new product roles this week, five of them remote within Europe.

Unsubscribe: https://weekly.example/u/8f2k41
""", fmt="alt", tz="US_E", headers=WEEKLY_LIST, t="S")

    m("bu-news-03", "2026-04-09 07:00", WEEKLY, "maya", "Product Weekly #233: Onboarding is a promise", """
This week in Product Weekly

1. Onboarding is a promise
What your first-run experience tells customers about the rest of the product, with teardown
screenshots from six apps.

2. The case against NPS, again
A data scientist reruns the numbers on 40,000 survey answers.

3. Our spring survey
Tell us what you earn and how your team works. Results in May, and every respondent gets the full
report.

Unsubscribe: https://weekly.example/u/8f2k41
""", fmt="alt", tz="US_E", headers=WEEKLY_LIST, t="S")

    m("bu-news-04", "2026-08-27 07:00", WEEKLY, "maya",
      "Product Weekly #252: What we learned from 400 churn interviews", """
This week in Product Weekly

1. What we learned from 400 churn interviews
A subscription company shares its interview guide and the three reasons people actually leave.
Price is number three.

2. Back-to-work reading list
Eight long reads we saved over the summer.

3. Product Weekly Live
Our first in-person evening is in Berlin on 24 September. Tickets are limited.

Unsubscribe: https://weekly.example/u/8f2k41
""", fmt="alt", tz="US_E", headers=WEEKLY_LIST, t="S")

    m("bu-news-05", "2025-12-04 08:30", NORDICUX, "maya",
      "Nordic UX Digest, December: six months of the Accessibility Act", """
Nordic UX Digest - December

Six months of the European Accessibility Act
What changed for Nordic e-commerce and banking since June, and what the first complaints to the
regulators were about.

Meetups
Oslo: Design systems night, 9 Dec. Copenhagen: Research ops breakfast, 11 Dec. Stockholm:
Julmingel for designers, 16 Dec.

Read online: https://nordicux.example/digest/2025-12
""", fmt="alt", headers=NORDICUX_LIST, t="")

    m("bu-news-06", "2026-03-05 08:30", NORDICUX, "maya",
      "Nordic UX Digest, March: design systems in the public sector", """
Nordic UX Digest - March

Design systems in the public sector
How three municipalities share one component library, and who pays for it.

Salary survey 2026
Our yearly salary survey for designers and researchers in the Nordics is open until 31 March.

Read online: https://nordicux.example/digest/2026-03
""", fmt="alt", headers=NORDICUX_LIST, t="S")

    m("bu-news-07", "2026-06-04 08:30", NORDICUX, "maya",
      "Nordic UX Digest, June: salaries, research ops and summer meetups", """
Nordic UX Digest - June

Salary survey results
1,340 answers. Median salaries for researchers rose 4% in Sweden and 6% in Norway; freelancers
report fewer projects but higher day rates.

Research ops
A long read on running a participant panel with one person and a spreadsheet.

Summer meetups
Helsinki and Gothenburg, both in August. Details on the website.

Read online: https://nordicux.example/digest/2026-06
""", fmt="alt", headers=NORDICUX_LIST, t="")

    m("bu-news-08", "2026-02-10 09:00", PN_NEWS, "maya", "The Product Nordics 2026 call for proposals is open", """
The call for proposals for Product Nordics 2026 is open

Stockholm, 14-15 October. Two days, three stages, 900 people who build products.

This year we're looking for talks on evidence over opinions: research, experiments, and the
decisions they changed. First-time speakers are very welcome.

Submit by 13 March: https://productnordics.example/cfp

Early-bird tickets are on sale until 30 April.

The Product Nordics team
""", fmt="alt", tz="UK", headers=PN_LIST, t="S")

    m("bu-news-09", "2026-06-16 09:00", PN_NEWS, "maya", "First speakers for Product Nordics 2026", """
Meet the first speakers

Our programme for 14-15 October is taking shape. Among the first confirmed talks:

- Jon Berg: Continuous discovery for busy teams
- Maya Lindqvist: Ten days, five interviews, one decision
- A panel on research without researchers, with Karin Ek, Paolo Ferri, Sofie Lund and Anders
  Nyqvist

Regular tickets are on sale now: https://productnordics.example/tickets

The Product Nordics team
""", fmt="alt", tz="UK", headers=PN_LIST, t="S")

    m("bu-news-10", "2026-10-02 09:00", PN_NEWS, "maya", "Two weeks to go: the app, the programme and the party", """
Two weeks to Product Nordics 2026

The full programme is live, and so is the app: build your own schedule, rate sessions and send
questions to the stage.

Day one ends with drinks on the roof terrace from 18:00. Bring your badge.

See you in Stockholm,
The Product Nordics team
""", fmt="alt", tz="UK", headers=PN_LIST, t="S")


# --------------------------------------------------------------------------
# Receipts and notifications from machines.
# --------------------------------------------------------------------------

FRAMEWISE = ("Framewise", "noreply@framewise.example")


def notifications(m):
    m("bu-auto-01", "2025-12-01 06:12", FRAMEWISE, "maya", "Your Framewise receipt [#2187-4410]", """
Receipt from Framewise

Lindqvist Consulting
Professional plan, 1 editor, monthly         EUR 15.00
VAT (reverse charge)                          EUR  0.00
Total charged to Visa ending 4471            EUR 15.00

Billing period: 1 Dec 2025 - 31 Dec 2025

Questions about your bill? Visit https://framewise.example/billing
This is an automated message; replies to this address are not read.
""", fmt="alt", headers={"Feedback-ID": "receipts:framewise"}, t="")

    receipt = pdf("Framewise Inc. - Receipt #2187-5233",
                  "Date paid: 1 March 2026",
                  "Billed to: Lindqvist Consulting, Stockholm, Sweden",
                  "VAT no. SE559912345601",
                  "",
                  "Professional plan, 1 editor, 1 Mar - 31 Mar 2026     EUR 15.00",
                  "VAT 0% (reverse charge)                             EUR  0.00",
                  "Total                                               EUR 15.00",
                  "",
                  "Paid with Visa ending 4471")
    m("bu-auto-02", "2026-03-01 06:09", FRAMEWISE, "maya", "Your Framewise receipt [#2187-5233]", """
Receipt from Framewise

Lindqvist Consulting
Professional plan, 1 editor, monthly         EUR 15.00
Total charged to Visa ending 4471            EUR 15.00

Billing period: 1 Mar 2026 - 31 Mar 2026
A PDF copy for your accounts is attached.

This is an automated message; replies to this address are not read.
""", fmt="alt", attach=[("framewise-receipt-2026-03.pdf", "application/pdf", receipt)], t="")

    m("bu-auto-03", "2026-09-01 06:15", FRAMEWISE, "maya", "Your Framewise receipt [#2187-7719]", """
Receipt from Framewise

Lindqvist Consulting
Professional plan, 1 editor, monthly         EUR 18.00
Total charged to Visa ending 4471            EUR 18.00

Billing period: 1 Sep 2026 - 30 Sep 2026
Your plan price changed on 1 August, as announced in June.

This is an automated message; replies to this address are not read.
""", fmt="alt", t="")

    m("bu-auto-04", "2026-02-12 14:37", ("Hanna Virtanen (Trackline)", "reply+a81c3f90d2@reply.trackline.example"),
      "maya", "[Discovery board] Hanna commented on \"Recruiting screener v2\"", """
Hanna Virtanen commented on Recruiting screener v2:

"Can we add a question about shift patterns? Half of last week's no-shows were night-shift
people we booked for 10:00."

Reply to this email to comment, or open the card:
https://trackline.example/b/discovery/c/184

You're receiving this because you're watching this card.
""", fmt="alt", t="")

    m("bu-auto-05", "2026-05-20 09:03", ("Hanna Virtanen (Trackline)", "reply+f40b7e21c6@reply.trackline.example"),
      "maya", "[Discovery board] Hanna moved \"Synthesis workshop\" to Done", """
Hanna Virtanen moved Synthesis workshop from In progress to Done.

Open the card: https://trackline.example/b/discovery/c/211

You're receiving this because you're assigned to this card.
""", fmt="alt", t="")

    m("bu-auto-06", "2026-04-21 02:44", ("Mateo \u00c1lvarez", "notifications@codeforge.example"),
      [("lindqvist/interview-kit", "interview-kit@noreply.codeforge.example")],
      "[lindqvist/interview-kit] Add Spanish consent form template (PR #14)", """
mateo-alvarez opened a pull request: Add Spanish consent form template

Adds templates/consent-es.md, translated from the English version and checked by a colleague
in Bogot\u00e1. The GDPR paragraph is kept in English with a note, since participants outside
the EU asked about it.

View it on Codeforge: https://codeforge.example/lindqvist/interview-kit/pull/14
You are receiving this because you own this repository.
""", tz="MEX", cc=["maya"], headers={"Precedence": "bulk", "X-Codeforge-Reason": "owner"}, t="")

    m("bu-auto-07", "2026-07-02 17:20", ("dkowalski", "notifications@codeforge.example"),
      [("lindqvist/interview-kit", "interview-kit@noreply.codeforge.example")],
      "[lindqvist/interview-kit] Broken link to the note-taking template (Issue #17)", """
dkowalski opened an issue: Broken link to the note-taking template

The README links to templates/notes.md, but the file seems to have moved to
templates/interview-notes.md. Thanks for the kit, we use it in our team every week.

View it on Codeforge: https://codeforge.example/lindqvist/interview-kit/issues/17
You are receiving this because you own this repository.
""", tz="UTC", cc=["maya"], headers={"Precedence": "bulk", "X-Codeforge-Reason": "owner"}, t="")

    m("bu-auto-08", "2026-02-20 07:30", ("Brevl\u00e5dan", "no-reply@brevladan.example"), "maya",
      "Du har f\u00e5tt ny post fr\u00e5n Skatteverket", """
Hej Maya,

Du har f\u00e5tt ett nytt brev fr\u00e5n Skatteverket i din digitala brevl\u00e5da:
"Besked om slutlig skatt 2025".

Logga in f\u00f6r att l\u00e4sa det: https://brevladan.example/inkorg

Det h\u00e4r mejlet g\u00e5r inte att svara p\u00e5.
""", fmt="alt", tz="CET", t="")

    m("bu-auto-09", "2026-05-15 04:00", ("NordReg", "noreply@nordreg.example"), "maya",
      "lindqvist.example renews on 14 June 2026", """
Hello,

Your domain lindqvist.example will renew automatically on 14 June 2026 for one year
(SEK 189, card ending 4471). You don't need to do anything.

Manage your domains: https://nordreg.example/account
""", tz="CET", t="")

    m("bu-auto-10", "2026-09-24 11:02", ("Meetly", "no-reply@meetly.example"), "maya",
      "Cloud recording is now available: Product Nordics panel prep", """
Hi Maya,

Your cloud recording is now available.

Topic: Product Nordics panel prep
Date: 24 Sep 2026 10:00 Stockholm
Duration: 47 minutes

Share recording: https://meetly.example/rec/share/Kp7d2
Recordings are deleted after 30 days on the free plan.
""", fmt="alt", tz="UTC", t="")

    m("bu-auto-11", "2026-10-19 09:00", ("Product Nordics", "no-reply@productnordics.example"), "maya",
      "Your session feedback is ready", """
Hi Maya,

Thank you for speaking at Product Nordics 2026. Attendee feedback for your sessions:

Ten days, five interviews, one decision    4.7 / 5   (212 ratings)
Panel: research without researchers          4.5 / 5   (188 ratings)

See comments in the speaker portal: https://productnordics.example/speakers/feedback
""", fmt="alt", tz="UK", t="")


# --------------------------------------------------------------------------
# Research Ops Nordic: a mailing-list discussion, one post by Maya.
# --------------------------------------------------------------------------

ROS = ("Research Ops Nordic", "ros-nordic@lists.rosnordic.example")
ROS_LIST = {"List-Id": "Research Ops Nordic <ros-nordic.lists.rosnordic.example>",
            "List-Post": "<mailto:ros-nordic@lists.rosnordic.example>",
            "List-Unsubscribe": "<mailto:ros-nordic-leave@lists.rosnordic.example>",
            "Sender": "ros-nordic-bounces@lists.rosnordic.example"}
JOHANNA = ("Johanna Nieminen", "johanna.nieminen@fjellpay.example")


def mailing_list(m):
    m("bu-ros-1", "2026-02-03 09:40", JOHANNA, [ROS], "[ROS Nordic] Incentives for B2B interviews?", """
Hi all,

We're starting interviews with finance managers at mid-size companies (50-500 employees) and I'm
stuck on incentives. Cash feels awkward for people who approve payments for a living, and
several of them have told our sales team they aren't allowed to accept gifts at all.

What do you offer in B2B, and does it work?

Johanna (Oslo)
""", tz="CET", headers=ROS_LIST, t="L")

    m("bu-ros-2", "2026-02-03 13:15", ("Per Haugen", "per@haugen-ux.example"), [ROS], None, """
We donate SEK 500 per interview to a charity the participant picks from a list of five.
Acceptance went up noticeably when we started saying so in the first sentence of the invitation
instead of the last.

Per
""", re="bu-ros-1", tz="CET", headers=ROS_LIST, t="V")

    m("bu-ros-3", "2026-02-04 08:20", "maya", [ROS], None, """
Hi Johanna,

Two things that have worked for me with finance people:

1. Offer them something from the research: a short, anonymised summary of what their peers said,
   sent within two weeks. Finance managers are curious about how other companies do it, and no
   gift policy forbids it.
2. Ask for 30 minutes, not 60, and stick to it.

Per's charity option is a good fallback for the ones with strict gift rules.

Maya
""", re="bu-ros-1", headers=ROS_LIST, t="V")

    m("bu-ros-4", "2026-02-04 10:05", JOHANNA, [ROS], None, """
Thank you both! The peer summary is a great idea, and our sales team will love it too. I'll try
the 30 minutes and report back.

Johanna
""", re="bu-ros-3", tz="CET", headers=ROS_LIST, t="V")

    m("bu-ros-5", "2026-02-06 15:30", ("Amir Rahimi", "amir.rahimi@northwind-labs.example"), [ROS], None, """
+1 to the charity option, with one caveat: check whether the participant's company counts the
donation as a gift in their name. Two of ours did, and we had to switch to donating in the
company's name instead.

Amir
""", re="bu-ros-2", tz="CET", headers=ROS_LIST, t="V")


# --------------------------------------------------------------------------
# An announcement to everyone at Maya's coworking space (24 people in To).
# --------------------------------------------------------------------------

MEMBERS = [
    ("Adam Holm", "adam@holmdesign.example"), ("Alva Nordin", "alva.nordin@textverk.example"),
    ("Bj\u00f6rn Falk", "bjorn@falkfoto.example"), ("Cecilia Ahl", "cecilia.ahl@ahlarkitekter.example"),
    ("David Stenberg", "david@stenberg-dev.example"), ("Ebba Lindgren", "ebba@lindgren-pr.example"),
    ("Elias Rask", "elias.rask@raskmedia.example"), ("Fatima Yusuf", "fatima@yusufconsulting.example"),
    ("Gustav Berglund", "gustav@berglund.example"), ("Hedvig Sj\u00f6", "hedvig@sjostudio.example"),
    ("Isak Wallin", "isak.wallin@wallinlaw.example"), ("Jenny Olofsson", "jenny@olofsson-text.example"),
    ("Johan Mattsson", "johan@mattssonbygg.example"), ("Klara Engstr\u00f6m", "klara@engstrom.example"),
    ("Leo Sandin", "leo@sandinsound.example"), ("Linnea Hed", "linnea.hed@hedillustration.example"),
    ("Maria Kowalczyk", "maria.k@kowalczyk-translations.example"), ("Nora Lund", "nora@lundcoaching.example"),
    ("Oskar Nyberg", "oskar@nybergapps.example"), ("Petra Blom", "petra@blomredovisning.example"),
    ("Rami Haddad", "rami@haddadvideo.example"), ("Sara Ek", "sara.ek@ekcopy.example"),
    ("Viktor Ahlstr\u00f6m", "viktor@ahlstromdata.example"),
]


def announcement(m):
    m("bu-cowork-1", "2026-01-08 08:30", ("Birgitta Sand", "birgitta@kontoret-sveavagen.example"),
      ["maya"] + MEMBERS, "Kontoret Sveav\u00e4gen closed 19-23 January (floor works)", """
Hej allihop / Hi everyone,

The landlord is replacing the floor on our whole level, so Kontoret Sveav\u00e4gen will be closed
from Monday 19 January to Friday 23 January. We open again on Monday 26 January at 07:00.

- Please take home anything you need from your locker by Friday 16 January at 17:00. Lockers
  stay locked during the works.
- Mail and parcels delivered that week will be held at the reception downstairs.
- Our sister space at Hornstull has room for ten of you that week, free of charge. Book a desk
  with me before Wednesday; first come, first served.

Sorry for the disruption. The new floor should be a lot quieter than the old one.

Birgitta
Kontoret Sveav\u00e4gen \u00b7 Sveav\u00e4gen 61, Stockholm
""", tz="CET", t="")
