"""Maya's client relationships: the healthy side of the mailbox.

elena   Brightloom (Milano)     long-standing client; diary-study readout, handover-notes
                                concept test, a launch, the first in-house researcher hire.
                                On 2026-01-15 she writes "Maya, meet Jonas..." with
                                jonas@kettlebyte.example in Cc (his first appearance
                                anywhere): ADVOCATE.  Greta is Cc'd on two of her mails;
                                Maya never writes to Greta.
jonas   Kettlebyte (Berlin)     introduced by Elena, then a CLIENT: churn research in
                                Feb-Mar, a wireframe review in Apr, a launch in Jul, a
                                second study in Oct.  Thread ends with Maya.
tom     Nordhavn (Hamburg)      CLIENT all year (Outlook): portal test, board readout,
                                workshop, ride-alongs, beta sessions, go-live, 2027 plan.
aisha   Fernwood Health (London) CLIENT: repeat prescriptions with older patients, the carer
                                (proxy access) workshop, the pilot, round two in Leeds.
lukas   Ostwind Energie (Munich) CLIENT: energy dashboard concept test (Maya's report is
                                late once and she owns it), then "winter mode" in October.
ingrid  Fjordline (Bergen)      CLIENT: mobile cabin booking, a workshop in Bergen, the
                                season, the deck-plan prototype in October.

Every contact's last message is Maya's, in October 2026; no run of three unanswered
mails from Maya anywhere.  Invoices go out through Fortnox (their own no-reply mail, not
in this file); reports and decks are links to shared folders.

Tags in t= : V value_giving, A apologetic, L listening, S self_promotional.
"""

IPHONE = "Sent from my iPhone"


def write(m):
    elena(m)
    jonas(m)
    tom(m)
    aisha(m)
    lukas(m)
    ingrid(m)


# --------------------------------------------------------------------------
# Elena Rossi, Head of Product, Brightloom (Milano).  Advocate.
# --------------------------------------------------------------------------

def elena(m):
    m("cl-e01", "2025-11-04 09:12", "maya", "elena", "Diary study readout: draft for the 12th", """
Hi Elena,

The draft readout is in the Brightloom folder (Readout_v3, 31 slides; I'll get it down
to 20). Three things stand out from the 14 diaries, and I'd like your view on which one
we open with for the leadership session:

1. Shift handovers don't happen in the app at all. They happen in the store WhatsApp
   groups, and 9 of the 14 said the group is the first thing they check when they arrive.
2. New hires do the onboarding lessons on the bus, and the app shows an empty screen
   without a connection. Four people gave up on a lesson because of it.
3. Store managers print the weekly plan and pin it to the wall in the back room. Nobody
   mentioned it in an interview; it only showed up in the photos.

My instinct is to lead with 1, because it changes what the app is for, and to keep 2
short because it's the easiest to fix. But you know the room better than I do. What do
you think?

Maya
""", t="VL")

    m("cl-e02", "2025-11-04 13:47", "elena", "maya", None, """
Ciao Maya,

Lead with the WhatsApp one. Luca will hate it, which is exactly why. The offline problem
we already know (we just haven't fixed it, shame on us), so yes, keep it short.

Could you add one or two quotes from the Torino store? They were the loudest in the pilot
and the leadership team knows the manager there by name.

I've put Greta in cc, she is booking the room for the 12th and will send you the details
and the parking code.

E.
""", re="cl-e01", cc=["greta"], t="V")

    m("cl-e04", "2025-11-13 08:31", "elena", "maya", "Yesterday", """
Maya,

I wanted to write before the day starts eating me. Yesterday was the best readout we have
had in two years, and I have sat through a lot of them.

The moment you put up the photo of the printed plan, with the coffee ring and somebody's
handwriting in the corner ("Giorgio NON può sabato"), Luca stopped talking about push
notifications. Afterwards he came to my office and asked how long it would take to put
handover notes in the app. I have been trying to get that conversation for a year.

It's going on the Q1 roadmap. Grazie, davvero.

Elena
""", t="V")

    m("cl-e05", "2025-11-13 10:05", "maya", "elena", None, """
That is lovely to hear, thank you. And well done with Luca: that was your room to win,
not mine.

One thing before anybody starts designing handover notes. In at least two of the stores
the WhatsApp group is run by the store manager on her private phone, and people post
photos of the rota with names and sick days on it. If you move that into the app,
someone from legal will ask what happens to those notes, and it's much better to have
that conversation before the design than after. I'm happy to do a 30-minute call with
your DPO and go through what we saw, no charge.

Who will build it in Q1, Chiara's team?

Maya
""", re="cl-e04", t="VL")

    m("cl-e06", "2025-12-10 16:22", "elena", "maya", "Q1 and handover notes", """
Hi Maya,

Yes, Chiara's team, from mid January. (And the DPO call was useful, she sent me two
pages of questions afterwards, which I think means it worked.)

We plan a clickable prototype for early February and I'd like you to test it with real
staff before we commit to building anything. Similar size to the diary study, maybe a bit
smaller. Do you have room in February/March? I know you get booked early.

Elena
""", t="V")

    m("cl-e07", "2025-12-11 08:54", "maya", "elena", None, """
Yes, I'll hold weeks 7 to 10 for you.

I'd suggest two store visits rather than remote sessions. Handovers happen at the back
door at six in the morning and I'd rather see that than hear about it. Six store managers
and six staff should be enough to see the pattern.

Do you want the Madrid stores in this round? They've only been open since September, so
their handover habits aren't settled yet. That could make them a good contrast, or a
distraction. Your call.

Maya
""", re="cl-e06", t="VL")

    # The introduction.  jonas@kettlebyte.example appears here for the first time.
    m("cl-e08", "2026-01-15 11:42", "elena", "maya", "Maya, meet Jonas", """
Maya, meet Jonas.

Jonas and I worked together at a delivery startup in Berlin a long time ago (we survived
three CEOs together). He now runs Kettlebyte: ordering and stock software for independent
cafés and bakeries, about 300 customers, mostly Berlin and Hamburg. He is about to
redesign the ordering flow, and on Sunday he admitted to me that he has never really
talked to a café owner who stopped using the product. I told him that is a job for you.

Jonas, Maya is the researcher I've told you about, the one who made our leadership team
stare at a coffee-stained printout for ten minutes and then change the roadmap. She is
direct, and she is worth it.

I'll let you two take it from here.

Elena
""", cc=["jonas"], t="V")

    # cl-j00 (Maya's answer to Jonas, Elena in cc) is in jonas() below.

    m("cl-e10", "2026-01-16 09:05", "maya", "elena", "Thank you for Jonas", """
Elena, a proper thank-you for the introduction, and for the way you described me to him.
It means a lot, coming from you. We're talking next Thursday.

On the handover test: do you have a date for the prototype yet? I'm holding weeks 7-10 as
agreed and I'd like to give the stores the visit dates before everyone gets busy.

Maya
""", t="V")

    m("cl-e11", "2026-01-16 12:34", "elena", "maya", None, """
Prototype on 9 February, if Chiara's team doesn't get eaten by the release. Book the
stores for the week of the 16th, I'll tell Greta.

He's a good one, Jonas. Blunt, but he listens. Have fun.

E.
""", re="cl-e10", sig=IPHONE)

    m("cl-e14", "2026-03-03 10:04", "maya", "elena",
      "Handover notes: what we saw in Milano and Bergamo", """
Hi Elena,

The full write-up is in the folder (Handover_test_findings.pdf). The short version:

- Staff wrote notes happily. Nobody read them. The app opens on the Lessons tab, so at
  six in the morning a note from the evening shift is two taps away, which in practice
  means invisible. In Bergamo they were back in the WhatsApp group on day two.
- Managers asked for "read by" ticks almost immediately. Staff, separately and without
  being asked, said they'd stop writing notes if the boss could see who had read what.
  Two of them used the same words: "il capo che guarda".
- The most useful notes were the boring ones. "Delivery late, milk in the second fridge."
  "Till 3 needs a new roll."

What I'd recommend: open the app on the last three notes at the start of a shift, no read
receipts for now, and a pilot in two stores before anything else. The read-receipt
question will come back, and I think it needs a conversation with the store managers
rather than a feature.

Does that match what Chiara's team took away from the Wednesday session?

Maya
""", t="VL")

    m("cl-e15", "2026-03-04 19:26", "elena", "maya", None, """
Read it on the train home. The read-by thing would have been a fight with the works
council in Spain, and we would have found out after we built it. Thank you for catching
it in time.

Chiara's team is aligned, they're already sketching the "last three notes" screen. Call
on Thursday about the pilot stores?

E.
""", re="cl-e14", sig=IPHONE, t="V")

    m("cl-e16", "2026-03-05 08:03", "maya", "elena", None, """
Thursday works, 14:00? I'll bring the two Bergamo clips, they make the point better than
I do.

The invoice for the test (LC-2026-011) goes out from Fortnox today, same terms as in the
autumn. It comes from a no-reply address and sometimes lands in spam.
""", re="cl-e15")

    m("cl-e20", "2026-06-22 09:40", "maya", "elena", "How did the 16th go?", """
Hi Elena,

It's been a week since handover notes went live in all the Italian stores, and Chiara's
post had a photo of the Torino team with the new screen, which made me smile. How did it
go? Anything that surprised you in the first week?

If you'd like a second pair of eyes on the first-week numbers, send them over. I'd be
happy to look, no invoice.

Maya
""", t="LV")

    m("cl-e21", "2026-06-24 18:10", "elena", "maya", None, """
Ciao Maya,

It went well, mostly. 61% of stores posted at least one note in the first week, 38% post
every day. Spain is on hold until September, the works council again, but this time they
asked to be part of the design instead of blocking it, which I count as a victory.

And you should know this: we never built "read by". Each note shows "seen by the team" as
a number, no names. That came straight out of your Bergamo interviews.

Something else. I'm thinking about hiring our first in-house researcher. Can I pick your
brain in September, when I'm back from holiday?

Elena
""", re="cl-e20", t="V")

    m("cl-e22", "2026-06-24 21:02", "mayaf", "elena", None, """
61% in the first week is very good. For a habit change in stores I'd have been happy with
half of that. And "seen by the team" is a nicer answer than anything I suggested.

Of course, September. I'd really like to help with that one. Have a wonderful holiday,
and switch the phone off.

Maya
""", re="cl-e21", t="V")

    m("cl-e23", "2026-09-08 10:15", "elena", "maya", "Researcher hire: the promised brain-picking", """
Ciao Maya, I'm back, tanned and already behind.

The job description draft is here: https://docs.brightloom.example/d/ux-researcher-jd

Three questions I keep going round in circles on:

1. Senior or mid? I can afford one senior, or one mid plus a budget for you now and then.
2. Should they report to me or to the design lead?
3. Would you sit on the interview panel for the final round? Paid, obviously.

Be honest, especially about the JD. I wrote it at 11 pm.

Elena
""", t="L")

    m("cl-e24", "2026-09-09 08:20", "maya", "elena", None, """
Honest it is.

1. Mid, with real fieldwork behind them, plus a budget for outside help on the big
   studies. A senior alone in a company with no research practice spends the first year
   building process and gets lonely. A good mid-level person who has done in-store or B2B
   work will be out in the shops in the first month, and that is what you need.

2. To you. If research reports to design, it ends up testing designs. You want someone
   who can tell Luca that the question itself is wrong, and that needs your name behind it.

3. Yes, gladly, and not paid. I'd like to meet whoever carries on the store work.

On the JD: take "A/B testing and analytics" out of the must-haves. It will scare off the
people you want and attract the ones you don't. Replace "deliver insights to
stakeholders" with something concrete, like "spend two days a month in our stores". And
say in the ad that they will not be the usability-test service desk for the whole
company. Then make sure it's true.

Maya
""", re="cl-e23", t="V")

    m("cl-e25", "2026-09-10 12:48", "elena", "maya", None, """
"Not the usability-test service desk." That is exactly what went wrong at my last
company, and I didn't see it until I read your mail. It's going into the ad word for word.

Thank you, Maya.
""", re="cl-e24", t="V")

    m("cl-e26", "2026-10-13 15:05", "elena", "maya", "Final round: 20 and 22 October", """
Maya,

Two candidates in the final round: Giulia on Tuesday 20 at 10:00 and Tomasz on Thursday
22 at 15:00, both on video. Greta (cc) will send you the invitations and the CVs.

What would you like to ask them? I'd rather we didn't ask the same things twice.

Elena
""", cc=["greta"], t="L")

    m("cl-e27", "2026-10-13 16:30", "maya", "elena", None, """
Both slots work.

Let me take the fieldwork side: I'll ask each of them to walk us through a study that went
wrong and what they did about it, and how they'd handle a PM who ignores their findings.
You take motivation and how they'd fit with Chiara's team? That way we don't overlap.
""", re="cl-e26", t="V")

    m("cl-e28", "2026-10-23 09:12", "elena", "maya", "Thank you for this week", """
Maya,

We made Giulia an offer this morning and she said yes.

Your question about the PM who ignores findings decided it. Tomasz said he would escalate.
Giulia said she would sit down with the PM and ask what he was afraid of. That was the
answer.

Thank you for giving us two afternoons for nothing. I owe you a proper dinner the next
time you are in Milano.

Elena
""", t="V")

    m("cl-e29", "2026-10-26 08:45", "maya", "elena", None, """
That's wonderful news, and I think she's exactly right for you.

If it's useful, I'd be glad to have a coffee with Giulia when she starts in January and
hand over what I know: the diaries, the store photos, the Bergamo crowd. Just say the word.

And I will hold you to that dinner.

Maya
""", re="cl-e28", t="V")


# --------------------------------------------------------------------------
# Jonas Weber, Founder & CEO, Kettlebyte (Berlin).  Introduced by Elena; client.
# --------------------------------------------------------------------------

def jonas(m):
    m("cl-j00", "2026-01-15 12:16", "maya", "jonas", None, """
Thank you, Elena! That's very kind, and I'll spare your inbox from here on.

Jonas, nice to meet you. Cafés that quietly stop ordering through an app are exactly the
kind of problem I like: the reasons are usually in the morning routine, not in the app.

Would a 45-minute call next week work? I'm free Tuesday after 14:00 or Thursday morning.
And before we talk, it would help to know what you already suspect. What's your best
guess for why they leave?

Maya
""", re="cl-e08", cc=["elena"], t="VL")

    m("cl-j01", "2026-01-15 17:48", "jonas", "maya", None, """
Hi Maya,

thanks for the quick answer, and thanks to Elena for connecting us (she is underselling
the CEOs, it was four).

Thursday 10:00 is good. My best guess: cafés sign up in the quiet months, the owner sets
everything up herself, and then in spring the staff do the ordering and nobody showed
them how. But I am guessing. We lose around 40% of new cafés in the first three weeks and
we don't know why. Our data tells us when, not why.

Send me a link for Thursday.

Jonas
""", re="cl-j00")

    m("cl-j02", "2026-01-16 08:40", "maya", "jonas", None, """
Link for Thursday 22nd, 10:00: https://meet.lindqvist.example/kettlebyte

"Our data tells us when, not why" is the whole brief, really.

Your guess is plausible. Another thing I've seen twice with ordering tools: the first
supplier delivery doesn't match the order (substitutions, short deliveries), the owner
corrects it on paper, and from then on the stock in the app is wrong and nobody trusts
it. Three weeks is about when that happens. If you log delivery corrections, it might be
worth checking whether the cafés that left had one shortly before they stopped.

Could you bring a list of 5-6 cafés that left and 5 that stayed, with the name of whoever
does the ordering?

Maya
""", re="cl-j01", t="VL")

    m("cl-j03", "2026-01-22 14:05", "jonas", "maya", "After our call", """
Maya,

good call. I checked the thing with the corrections right after: 23 of the 31 cafés that
churned in Q4 had a delivery correction in week 2 or 3. That is not a coincidence.

Please send a proposal. Be aware we are 11 people, I can do max. 12k for this.

Jonas
""")

    m("cl-j04", "2026-01-26 09:38", "maya", "jonas", None, """
Hi Jonas,

23 of 31 is a strong signal, and nice work pulling it out so fast.

Here's what I'd propose (full plan: https://lindqvist.example/s/kettlebyte-plan):

- 10 interviews, 6 with cafés that left and 4 that stayed, 60 minutes each, in person
  where possible.
- Two mornings inside cafés during the delivery and the first rush, to watch ordering and
  checking actually happen. This is where I expect to learn the most.
- A readout with your whole team, and a written report with clips.

Three and a half weeks from the first interview, starting the week of 9 February.
EUR 11,400 all in, travel within Berlin included.

If that's too much right now, there's a smaller version without the café mornings for
EUR 8,200. I'd honestly recommend the full one: correcting a delivery is something people
do with their hands, not something they describe well in an interview.

Would anyone from your team like to sit in on the interviews? It makes a big difference
to how the findings land.

Maya
""", re="cl-j03", t="VL")

    m("cl-j05", "2026-01-26 21:12", "jonas", "maya", None, """
Full version. Mira (our designer) joins the interviews, she is very happy about it.
You get the contacts by 4 February.

J.
""", re="cl-j04")

    m("cl-j07", "2026-02-04 22:52", "jonas", "maya", "Contacts for the interviews", """
Hi Maya,

contacts are in the sheet, tab "Interviews". Sorry that this comes so late in the evening,
the day got away from me and it was my job to get it to you today.

Three of the churned cafés said no. I replaced one with a bakery in Neukölln that left in
December. Two shops, the owner (Frau Okonkwo) does the ordering herself at 5 in the
morning. I hope a bakery is ok.

Jonas
""", t="A")

    m("cl-j08", "2026-02-05 08:31", "maya", "jonas", None, """
Still today in my book, no problem at all.

The bakery is a good swap, not a compromise. Bakeries order and get delivered every day,
so if corrections are the problem, Frau Okonkwo will have seen it more often than anyone.
I'll call her today and ask if I can come at five for one of the mornings.
""", re="cl-j07", t="V")

    m("cl-j09", "2026-02-20 16:40", "maya", "jonas", "Halfway: an early pattern", """
Jonas, a quick halfway note. Not the findings yet, but I don't want you to wait two weeks
for this one.

Your hunch about the corrections was right, and it's bigger than the app. When a delivery
doesn't match, the owner fixes it on the paper delivery note, not in Kettlebyte, because
the driver is standing there waiting for a signature. After two or three of those the
stock in the app is wrong, the suggested order is wrong, and ordering goes back to the
WhatsApp chat with the wholesaler. Five of the six churned cafés described exactly this
without being asked. Frau Okonkwo showed me her pile of delivery notes, corrected in
pencil.

So the question for the redesign may not be "how do we make ordering easier" but "how do
we make the delivery check take 30 seconds at the door". More in two weeks.

Maya
""", t="V")

    m("cl-j10", "2026-02-20 18:15", "jonas", "maya", None, """
Mira told me the same thing after Tuesday and I did not want to hear it. We spent a year
on the ordering screen.

OK. Thank you for not waiting two weeks.
""", re="cl-j09", t="V")

    m("cl-j11", "2026-03-06 10:10", "maya", "jonas", "Kettlebyte: findings and clips", """
Hi Jonas,

The report is in the shared folder, with 14 short clips. Thank you for the room on
Wednesday, and for letting the whole team come. Mira's question about the drivers was the
best one of the session.

The five findings, one line each:
1. Churn starts at the door, not in the app: the first uncorrected delivery makes the
   stock wrong.
2. The person who orders and the person who receives are often not the same, and the app
   assumes they are.
3. Owners trust the paper delivery note more than anything on a screen.
4. Suggested orders get ignored as soon as they're wrong once.
5. Every café that stayed has one person who "does Kettlebyte" on Mondays.

Recommendation: a delivery check that takes under a minute, on the phone, at the door,
before anyone signs. Everything else comes second.

What did the team make of it after I left? I'd like to know which of these they doubt.

Maya
""", t="VL")

    m("cl-j12", "2026-03-06 13:30", "jonas", "maya", None, """
Maya,

best money I spent this year, and I say that as a founder who hates to spend money. The
clip where Frau Okonkwo counts croissant boxes on the floor and says "the app thinks I
have 40, I have 32, so the app is lying" - the whole team watched it twice, then our
sales lead asked to see it again. Nobody doubts number 1 anymore.

Number 5 is the one people argue about. Some say these are simply the good customers.
We build the delivery check in Q2.

Jonas
""", re="cl-j11", t="V")

    m("cl-j13", "2026-03-06 14:02", "maya", "jonas", None, """
Glad it landed.

On number 5, your team has a point: it could just be the good customers. You can test it
cheaply. Look for churned cafés that had a named "Kettlebyte person" in their first month.
If there are hardly any, it's not only the good customers.

When Mira has wireframes for the delivery check, send them over. A half-hour review is on
me. The invoice (LC-2026-009) comes separately from Fortnox.
""", re="cl-j12", t="V")

    m("cl-j14", "2026-04-14 11:20", "jonas", "maya", "Delivery check wireframes", """
Hi Maya,

taking you up on the offer. Mira's wireframes:
https://figma.example/file/kb-delivery-check

Be brutal, we start building on the 27th. (And you were right about number 5: only 3
churned cafés had a Monday person.)

Jonas
""", t="V")

    m("cl-j15", "2026-04-16 09:15", "maya", "jonas", None, """
Not brutal, because they're good. Three things:

- The check starts with a list of all 40 items. At the door people count what's in front
  of them, not what's on a list. Let them start with "something's wrong" and pick only
  the items that are off.
- "Confirm delivery" and "Report problem" are the same size and colour. The driver is
  waiting: make the happy path one big button.
- There's no way to see who did the check. In 4 of the 10 cafés the person receiving
  wasn't the one who ordered. A "received by" name would help the Monday person trust
  the numbers.

Mira should try the first one on Frau Okonkwo. She'll know in ten seconds whether it works.
""", re="cl-j14", t="V")

    m("cl-j16", "2026-07-02 08:05", "jonas", "maya", "Delivery check is live", """
Morning Maya,

the delivery check went live yesterday for all 340 customers. You should hear it from me
and not from LinkedIn. It starts with "something's wrong", has one big green button and
the "received by" name - all three of your points made it in.

Frau Okonkwo tested it on Monday and said "endlich".

Jonas
""", t="V")

    m("cl-j17", "2026-07-02 09:30", "maya", "jonas", None, """
"Endlich" from Frau Okonkwo is better than any metric. Congratulations to you and Mira,
that was fast work.

One suggestion for the coming weeks: compare the share of deliveries that get checked in
week 1 with week 4. New features get a curiosity bump; if the week-4 number holds, you've
changed a habit. And look at Saturdays separately. Staffing is different and the driver
is always in more of a hurry.
""", re="cl-j16", t="V")

    m("cl-j18", "2026-09-14 10:12", "maya", "jonas", "How is the delivery check doing?", """
Hi Jonas,

It's been ten weeks. How is it going? Has the three-week churn moved? I've been curious
all summer and didn't want to bother you in August.

Maya
""", t="L")

    m("cl-j19", "2026-09-14 21:40", "jonas", "maya", None, """
Hi Maya,

you are not bothering. Numbers: churn in the first three weeks went from 40% to 26% for
cafés that signed up since July. 71% of deliveries get checked in week 1, 64% in week 4.
You were right about Saturdays: 38%.

Next problem: we signed our first chain, Backhaus Lehmann, 14 bakeries, and onboarding a
chain is nothing like onboarding a café. Would you do a second round with us in October or
November? Same budget range.

Jonas
""", re="cl-j18", t="V")

    m("cl-j20", "2026-09-15 08:50", "maya", "jonas", None, """
40 to 26! That's a big move, Jonas, congratulations. And 64% in week 4 means it has
become a habit.

Yes to a second round. For a chain I'd do it differently: start with head office (who
decides, who pays, who trains), then follow onboarding in 3 of the 14 shops over two
weeks. That way we see what head office thinks happens next to what actually happens in
the shops. I can start on 19 October; it would be around EUR 9,500. I'll write it up
properly this week.
""", re="cl-j19", t="V")

    m("cl-j21", "2026-10-01 17:30", "jonas", "maya", None, """
Proposal approved, Anja sends the PO tomorrow. See you on 19 October, 10:00, at our
office.

J.
""", re="cl-j20")

    m("cl-j23", "2026-10-27 16:45", "maya", "jonas", "Backhaus Lehmann: notes from week one", """
Jonas, notes from the first week, before I forget the smell of those shops.

- Head office thinks onboarding happens in a two-hour training on the first Monday. In all
  three shops it happened at 5:30 in the morning, between two deliveries, from a colleague
  on her phone.
- The shop managers didn't know they could change the suggested order. They thought it
  came from head office and was mandatory.
- The Spandau shop does the delivery check perfectly. The reason: Herr Yilmaz printed a
  laminated card with the three steps and taped it to the back door.

Week two is in Charlottenburg. Is there anything you'd like me to look at while I'm there?

Maya
""", t="VL")


# --------------------------------------------------------------------------
# Tom Becker, Head of Digital Products, Nordhavn Logistics (Hamburg).  Outlook.
# --------------------------------------------------------------------------

def tom(m):
    m("cl-t01", "2025-11-05 09:40", "maya", "tom", "Booking portal test: results", """
Hi Tom,

The eight sessions with shipper customers are done and the report is in the project
folder. The headline: people don't book online because they can't see a price until step
4 of 6, and by step 3 most of them had picked up the phone. Six of the eight said they
call "to find out what it costs and then let sales do the rest".

Two more findings worth your attention:
- The customs document upload only accepts PDF. Four participants had the documents as
  photos on their phone.
- Nobody understood "LCL" in the dropdown, including two people who ship LCL every week.
  They call it "part load" or "a few pallets".

My recommendation is to show an indicative price on the first screen, even if it's only a
range. I'm happy to walk your team through it; the clip from session 5 is worth ten
slides.

Best,
Maya
""", t="V")

    m("cl-t05", "2025-11-28 07:58", "tom", "maya", "Thank you for yesterday", """
Dear Maya,

I want to thank you for coming to Hamburg for the board yesterday. They approved the
budget for the "price first" redesign of the portal, which I did not expect before March.

What convinced them was the clip of the man from the furniture company in Lüneburg who
picks up the phone in the middle of step 3 and calls our sales team while the screen
recording keeps running. Our CFO asked to see it twice. Together with the number from our
controlling (a booking by phone costs us approx. 38 EUR in sales time, online less than
4 EUR) there was not much left to discuss.

Next step is the prioritisation workshop in January. I will come back to you with dates.

Best regards
Tom
""", t="V")

    m("cl-t06", "2025-11-28 09:20", "maya", "tom", None, """
That's great news, Tom, congratulations. The 38 euros did half the work; bringing that
number was a very good call.

For January: if you can, invite customer service and customs to the workshop, not only
product and IT. They'll absorb most of the change, and the customs team knows exactly
which documents people struggle with.

Maya
""", re="cl-t05", t="V")

    m("cl-t07", "2025-12-09 14:30", "tom", "maya", "Workshop January: dates and participants", """
Hi Maya,

Dates are 21 and 22 January, in our office in the HafenCity. 12 participants: product
(4), sales (3), customer service (2), customs (1), IT (2). I followed your advice about
customer service and customs.

Could you send me a draft agenda before Christmas? I am out of office from 19 December.

Best regards
Tom
""")

    m("cl-t08", "2025-12-12 10:15", "maya", "tom", None, """
Hi Tom, a draft agenda below; happy to change anything.

Day 1, the customer's side. Morning: the journey of a typical SME booking, built from the
sessions and from two recorded sales calls that each participant listens to beforehand
(30 minutes of homework, I'll prepare the recordings). Afternoon: where does "price first"
break things for sales, customs and IT?

Day 2, the decisions. Morning: 5-7 candidate changes, roughly sized together with IT.
Afternoon: agree the order and what goes into the first release.

One question: will Mr Jansen from IT be there on both days? Day 2 doesn't work without
someone who can say "that's three months, not three weeks".

PS: Lukas Brandt from Ostwind got in touch last week and said you had recommended me.
Thank you, that was very kind of you.

Maya
""", re="cl-t07", t="VL")

    m("cl-t10", "2026-01-23 13:40", "maya", "tom", "Workshop outputs", """
Hi Tom,

Thank you for two very good days, and for the Fischbrötchen. Photos of all the walls and
a summary are in the folder. The five bets, in the order the group agreed:

1. An indicative price range on the first screen (Jansen: about six weeks).
2. Accept photos for customs documents.
3. Rename "LCL" to "Part load (a few pallets)".
4. "Call me back" instead of the phone number, so sales gets the half-filled booking.
5. Saved addresses for repeat shippers.

One thing worth keeping from day 1: Petra from customer service said half of her calls
are people asking where a shipment is, not people booking one. That might be the next
project, some day.

The invoice goes out via Fortnox on Monday.

Maya
""", t="V")

    m("cl-t11", "2026-01-26 09:10", "tom", "maya", None, """
Thank you Maya, good summary, I sent it to the board as it is. For the invoice, please
put our PO number 4500018832 on it, otherwise accounting sends it back.

Tom
""", re="cl-t10")

    m("cl-t13", "2026-02-18 15:22", "tom", "maya", "New topic: driver app", """
Hi Maya,

a new topic. Our drivers (mostly subcontractors) complain about the proof-of-delivery
function in the Nordhavn Drive app, and dispatch complains about missing photos. We have
two opinions and no facts.

Do you do ride-alongs? What would it cost roughly?

Best regards
Tom
""")

    m("cl-t14", "2026-02-19 10:05", "maya", "tom", None, """
Hi Tom,

Yes, I do, and for this question I think it's the only method that will give you facts.

Roughly: four days on four different routes (city, port, regional, and one night run if
possible), with a short debrief with dispatch after each day. EUR 9,800 including the
report; travel separately.

Two things to sort out early. Insurance: your subcontractors may need to confirm that a
passenger is covered. And how the drivers are told: if they think I'm there to evaluate
them, I'll see a perfect driver for four days. It works best when the ask doesn't come
from dispatch. Ideally it comes from someone they trust, maybe one of the senior drivers.

Maya
""", re="cl-t13", t="V")

    m("cl-t15", "2026-03-10 11:48", "tom", "maya", None, """
Hi Maya,

approved. Dates: 13 to 16 April, Wilhelmsburg depot, start 6:00 every day. Insurance is
arranged. Kai, one of our longest-serving drivers, will talk to the others. Safety shoes
and a vest you get from us at the depot on the first morning.

Tom
""", re="cl-t14")

    m("cl-t17", "2026-04-17 18:20", "maya", "tom", "Ride-alongs: first impressions", """
Hi Tom,

Four days, 214 stops and one very long night to Flensburg. The full report comes early in
May, but this is what I'd want to know if I were you:

- The handheld scanners die in the early afternoon on three of the four routes. From then
  on drivers take the proof-of-delivery photos with their own phones and send them to
  dispatch on WhatsApp. That's where your "missing photos" are: in WhatsApp, not missing.
- The POD screen needs five taps and a signature. At a port gate with a queue behind you,
  nobody does five taps.
- Kai's suggestion, which I'd take seriously: let them take the photo first and fill in
  the rest later, in the cab.

The drivers were very generous with their time. Please thank Kai from me.

Maya
""", t="V")

    m("cl-t18", "2026-04-20 09:05", "tom", "maya", None, """
Hi Maya,

this is not what our dispatch team told us, they believed the drivers skip the photos. I
have to handle this carefully. Can you join the dispatch team meeting on 5 May (remote)
and present it yourself? I think it is better coming from you than from me.

Tom
""", re="cl-t17")

    m("cl-t19", "2026-04-20 10:30", "maya", "tom", None, """
Yes, 5 May works. I'll build it around the scanners and the screen, not around who said
what; nobody on either side did anything wrong here.

How do you expect the dispatch lead to react? If I know what she's worried about, I can
answer it before she has to ask.
""", re="cl-t18", t="VL")

    m("cl-t20", "2026-05-07 08:40", "tom", "maya", "Thank you for Tuesday", """
Hi Maya,

thank you for Tuesday. You handled Sandra very well: she came to my office afterwards and
asked to order new batteries for all scanners the same day. The full report is excellent,
I have forwarded it to the app team.

Best regards
Tom
""", t="V")

    m("cl-t22", "2026-06-11 14:00", "tom", "maya", "Price-first portal: beta in July", """
Hi Maya,

the price-first portal goes into beta with 30 customers on 1 July. Could you test it with
5 of them in the first two weeks? Svenja from my team would like to join, she wants to
learn how to run sessions.

Tom
""")

    m("cl-t23", "2026-06-12 09:30", "maya", "tom", None, """
Gladly, and I'm pleased about Svenja. I'll have her co-moderate the last two sessions, not
only watch.

Could she pick the five customers with me? Please include two small ones who only ship a
few times a year. They're the ones price-first is really for.
""", re="cl-t22", t="V")

    m("cl-t24", "2026-07-13 16:20", "maya", "tom", "Beta sessions: what we saw", """
Hi Tom,

Five sessions done. Svenja ran the last two herself, and did it well. What we saw:

- The price range works. All five understood it and four went on to book.
- The range is too wide for small shipments (EUR 180-640 for two pallets to Munich). Two
  people said that "is not a price".
- Photo upload for customs documents: nobody noticed it was new, which is the best
  compliment a feature can get.
- "Call me back" was used once, and sales called back after three hours. Worth agreeing a
  target with them.

Have a good holiday, I know you're off from Friday.

Maya
""", t="V")

    m("cl-t26", "2026-08-12 10:45", "tom", "maya", "Back, and a question about measuring", """
Hi Maya,

I am back. In October the board will ask whether price-first works. What should we
measure, in your opinion? I want to avoid reporting only "more bookings", because autumn
is always the stronger season.

Best regards
Tom
""", t="L")

    m("cl-t27", "2026-08-12 14:30", "maya", "tom", None, """
Good instinct about the season. I'd report four things, each compared with the same weeks
last year:

1. Share of SME bookings completed online. That's the one the board will remember.
2. Phone calls per booking, from your call logs. If it drops, that's your 38 euros.
3. Quote-to-booking rate: how many who see a price go on to book. If it's low, the range
   is scaring people off.
4. "Call me back" response time, because sales will be the bottleneck now.

And split everything by customer size. A good average can hide that the small shippers
still call.
""", re="cl-t26", t="V")

    m("cl-t28", "2026-09-29 11:10", "maya", "tom", "How did the go-live go?", """
Hi Tom,

Two weeks since price-first went live for everyone. How did it go? And, while I'm asking,
how are Sandra's new batteries holding up?

Maya
""", t="L")

    m("cl-t29", "2026-09-30 08:35", "tom", "maya", None, """
Hi Maya,

the go-live was quiet, which is the best kind. First numbers: SME bookings completed
online went from 31% to 47%, calls per booking are down by a third. Small shippers
improved less, as you predicted, the range is still too wide for them.

Your four measures became the board report almost one to one. Batteries: no complaints,
Sandra is very proud of them.

Next thing: I have to plan 2027 and would like to talk about how we continue together.
Could you send me a proposal by mid-October?

Best regards
Tom
""", re="cl-t28", t="V")

    m("cl-t30", "2026-10-12 09:00", "maya", "tom", None, """
Hi Tom,

47% is a great number. Congratulations to you, Svenja and the team.

About 2027, an honest view first: you don't need me for everything any more. Svenja can
run the monthly customer sessions herself now, and she's better at it than she thinks. So
my proposal is smaller than you might expect:

- Two days a month from January to June, mostly coaching Svenja and helping with the
  photo-first flow in the driver app.
- One larger study in the autumn on the "where is my shipment" calls Petra told us about
  in January.
- No retainer after June unless you want one.

Details and prices: https://lindqvist.example/s/nordhavn-2027

Does that fit the way you see 2027?

Maya
""", re="cl-t29", t="VL")

    m("cl-t31", "2026-10-21 15:40", "tom", "maya", None, """
Hi Maya,

I shared your proposal with the board this morning. They liked that you put Svenja first.
Can we discuss the details on 4 November, 10:00, in Teams?

Tom
""", re="cl-t30")

    m("cl-t32", "2026-10-22 08:20", "maya", "tom", None, """
4 November at 10:00 works, invitation accepted. I'll bring a first draft of the coaching
plan for Svenja.
""", re="cl-t31")


# --------------------------------------------------------------------------
# Aisha Khan, Product Lead, Fernwood Health (London).
# --------------------------------------------------------------------------

def aisha(m):
    m("cl-a01", "2025-11-10 09:05", "aisha", "maya", "Repeat prescriptions: recruiting the over-65s", """
Hi Maya,

Lovely to finally kick this off. Quick recap of what we agreed on Friday: 12 sessions with
patients over 65 who order repeat prescriptions, recruited through three of our practices
(two in Hackney, one in Croydon), in person at the practice where we can.

One addition after talking to the practice managers: could two of the twelve be carers
who order on someone else's behalf? The managers say it's a big share of the calls they
get, and we've never looked at it.

Aisha
""")

    m("cl-a02", "2025-11-10 10:48", "maya", "aisha", None, """
Hi Aisha,

Yes, definitely include carers. I'd even go to three if the practices can find them: if
the managers hear about it on the phone that often, it's probably more than a side case.

One suggestion: let's ask everyone to bring their own phone and use it with their usual
settings. Many people in this age group have large text switched on, and the app looks
very different then. Testing on our device would hide that.

Maya
""", re="cl-a01", t="V")

    m("cl-a03", "2025-12-04 17:30", "maya", "aisha", "Sessions 1-7: early notes", """
Hi Aisha,

Seven sessions in, and a few things are clear enough to share now:

- "Request again" lives behind the three-dot menu on the medication card. Five of seven
  didn't find it. Two re-ordered by typing the medication into search, which worked only
  because they knew the exact spelling.
- With large text on, the "Order" button is cut off to "Ord". A gentleman in Croydon
  thought it was an abbreviation he ought to know.
- Mrs A. (78) doesn't use her own phone. Her granddaughter orders for her, logged in as
  Mrs A. Everybody at the practice knows and nobody says anything.

The last one worries me most, because it isn't a usability problem. The app has no
legitimate way to do what people are doing anyway.

Maya
""", t="V")

    m("cl-a04", "2025-12-04 18:02", "aisha", "maya", None, """
The granddaughter. Of course. That breaks our whole identity model, and I suspect it isn't
one granddaughter, it's thousands.

Would it be OK if Dr Okeke, our clinical safety officer, sat in on one of the remaining
sessions? I think he needs to see this rather than read about it.
""", re="cl-a03")

    m("cl-a05", "2025-12-05 08:40", "maya", "aisha", None, """
Yes, good idea. Session 10 on Tuesday in Hackney would be best: that participant orders
for her husband.

One ask: could he sit behind her and stay quiet until the end? Clinicians tend to start
giving advice, and then it turns into a consultation.
""", re="cl-a04", t="V")

    m("cl-a06", "2026-01-13 11:20", "maya", "aisha", "Final report, and the carer question", """
Hi Aisha,

The final report is in the shared drive (12 sessions, 3 of them carers). Main
recommendations:

1. Take "Request again" out of the menu and put it on the card, with the last order as
   the starting point.
2. Fix the layout at the two largest text sizes. About 40% of participants used them.
3. Treat proxy access for carers as its own project, not a fix. It touches identity,
   consent and clinical safety, and the workaround people use today is riskier than
   anything you would build.

On 3, I don't know the constraints around proxy access in NHS login well enough. What can
you do there, and what can't you? I'd rather get the next step right than guess.

Maya
""", t="VL")

    m("cl-a07", "2026-01-14 09:15", "aisha", "maya", None, """
Hi Maya,

Thank you, this is brilliant. Special thanks for the "start from the last order" idea: the
team built a "Same as last time?" card in two days, and in the first hallway test with
practice staff everyone got it straight away.

On proxy: NHS login supports it on paper, but every practice has to set up each
relationship by hand, which is why nobody does. Dr Okeke is now arguing for a pilot,
which from him is a big deal. I'll tell you more once we know.

Aisha
""", re="cl-a06", t="V")

    m("cl-a08", "2026-03-02 13:05", "aisha", "maya", "Workshop in May?", """
Hi Maya,

The proxy pilot got approved!

We'd like to start with a half-day workshop on 12 May in London: our team, two GPs, two
practice managers and, ideally, a couple of carers. Would you facilitate? I'd love you to,
you know the material better than anyone.

Fair warning: one of the GPs, Dr Mensah, is sceptical. He's good, but he has seen a
safeguarding case go badly, and he thinks of proxy access as a risk first.

A
""")

    m("cl-a09", "2026-03-02 15:10", "maya", "aisha", None, """
Congratulations on the pilot! Yes, I'd love to; 12 May is in my calendar.

Before I plan anything: what do you hope people walk out with at the end of the
afternoon? A decision, a shared picture of the problem, a list of risks for Dr Okeke?
Those are three different workshops. And thank you for the warning about Dr Mensah; I'd
much rather know now.
""", re="cl-a08", t="L")

    m("cl-a11", "2026-04-28 16:40", "maya", "aisha", "Plan for the 12th", """
Hi Aisha,

Thanks for the call last week. You said a shared picture first: the GPs see a
safeguarding risk, the practice managers see admin, the carers just want to order their
mum's tablets. So the plan for the 12th is built around "one problem, not three". Tear it
apart if it's wrong.

13:00  Welcome, and three short clips from the sessions (carers only, no slides).
13:30  Role swap: GPs and managers try to order for "their mother" with the current app,
       on their own phones. The carers watch.
14:15  Each group maps one real case from start to finish: who knows what, who decides,
       where it goes wrong.
15:15  Break
15:30  Risks, listed together. I'd like Dr Mensah to lead this part, if he's willing. I
       think it's better that he owns the safeguarding list than defends it.
16:30  What the pilot has to prove, one sentence each.

What do you think about asking Dr Mensah in advance? I'd rather he heard it from you.

Maya
""", t="VL")

    m("cl-a12", "2026-04-29 09:30", "aisha", "maya", None, """
Love the role swap. I asked Dr Mensah this morning: he said yes, and he looked pleased,
which I didn't expect. Go for it.
""", re="cl-a11")

    m("cl-a13", "2026-05-13 08:20", "aisha", "maya", "Yesterday", """
Maya, I have to tell you. The role swap. Watching Dr Mensah try to order his "mother's"
repeat on his own phone, get stuck at login, and say "so this is what we make them do" -
that was the moment. He's now writing the safeguarding section of the pilot plan himself.

Thank you. Really.

Aisha
""", t="V")

    m("cl-a14", "2026-05-13 10:05", "maya", "aisha", None, """
That made my morning, thank you for telling me. And credit to you for asking him in
advance: he came in as an owner, not a critic.

Write-up by Friday. How are the practice managers feeling about the setup work? They were
the one group I couldn't read.

Maya
""", re="cl-a13", t="VL")

    m("cl-a16", "2026-07-22 11:00", "maya", "aisha", "How is the proxy pilot going?", """
Hi Aisha,

The pilot has been running for three weeks now, if I've counted right. How is it going?
I've been wondering about the practice managers, and whether the setup is as bad as they
feared.

Maya
""", t="L")

    m("cl-a17", "2026-07-22 18:45", "aisha", "maya", None, """
Hi Maya,

Really well, mostly. 212 carers registered across the four practices. The setup takes
about six minutes per relationship, not twenty, because one of the Croydon managers wrote
a checklist and shared it with the others.

The surprise: lots of carers order for more than one person (one lady orders for her mum,
her dad and her neighbour), and the app makes them log out and back in each time. Our
support inbox is mostly that now.

Would you have an hour to look at the support tickets? I'd value your read before we
decide what to fix first.

Aisha
""", re="cl-a16", t="V")

    m("cl-a18", "2026-07-24 10:15", "mayaf", "aisha", None, """
I read all 143 tickets last night (the neighbour is my favourite). Three groups:

- 58 are about switching between people. That's your first fix: a plain "ordering for"
  switch at the top of the screen.
- 31 are about who gets the "ready to collect" text. Carers want it, patients sometimes
  don't.
- 19 are from patients who didn't know someone else could see their medication list.
  Those are the ones I'd take to Dr Mensah this week, before they turn into complaints.

The rest is noise. No invoice for this one, it was too interesting.

Maya
""", re="cl-a17", t="V")

    m("cl-a19", "2026-09-29 14:20", "aisha", "maya", "Round two: Leeds?", """
Hi Maya,

We're rolling proxy access out to 20 practices in Leeds in January. Before that I'd like
a second research round there in November, focused on carers who order for several
people (hello, neighbour). Could you do it? And could you send me a quote?

Aisha
""")

    m("cl-a20", "2026-09-30 09:40", "maya", "aisha", None, """
Hi Aisha,

Yes, I'd love to. Quote here: https://lindqvist.example/s/fernwood-leeds (10 sessions in
Leeds, two days of practice visits, report before Christmas, GBP 8,900).

One idea: the neighbour case suggests we should recruit carers through community groups,
not only through practices. Carers like her are less visible to the NHS, and probably
more common than anyone thinks.

Maya
""", re="cl-a19", t="V")

    m("cl-a21", "2026-10-16 16:05", "aisha", "maya", None, """
Approved! And yes to the community groups. Finance wants the PO through before we sign,
so expect it next week. Dates: 17-20 November.
""", re="cl-a20")

    m("cl-a22", "2026-10-19 09:30", "maya", "aisha", None, """
Wonderful. 17-20 November are blocked. I've started a list of carer groups in Leeds and
will share it with you on Friday, in case you know any of them already.
""", re="cl-a21", t="V")


# --------------------------------------------------------------------------
# Lukas Brandt, Product Owner Smart Home, Ostwind Energie (München).
# Maya delivers one report late and owns it (cl-l08).
# --------------------------------------------------------------------------

def lukas(m):
    m("cl-l01", "2025-12-02 10:30", "lukas", "maya", "Request: concept test for our energy dashboard", """
Dear Ms Lindqvist,

Tom Becker from Nordhavn gave me your address; we met at a product meetup in Hamburg and
he spoke very positively about your work for them.

I am Product Owner for the Ostwind smart home app, which our customers use to control
their heat pumps and to see their energy consumption. For 2026 we are redesigning the
energy dashboard, and we would like to test two concepts with customers before
development starts, ideally in February.

Would you be available for this? I would be glad to explain more in a call.

Kind regards
Lukas Brandt
""")

    m("cl-l02", "2025-12-02 14:15", "maya", "lukas", None, """
Dear Lukas (if I may),

Thank you for getting in touch, and I'm glad Tom sent you my way. Yes, February works.

Two questions before we talk, so I can come prepared:
- What decision should the test help you make? Choosing between the two concepts, or
  finding out whether either of them works at all? They lead to different tests.
- Who are the customers: homeowners who chose a heat pump themselves, or also tenants who
  got one with the flat?

Could we talk on Thursday or Friday afternoon?

Best regards,
Maya
""", re="cl-l01", t="L")

    m("cl-l03", "2025-12-03 09:05", "lukas", "maya", None, """
Dear Maya,

please call me Lukas, of course. Good questions. Internally we assume we choose between
concept A (kWh and graphs) and concept B (costs in euros and comparison with similar
households). But if neither works, we want to know that also.

Customers are 90% homeowners, tenants we have only few. Friday 14:00 is good for me.

Best regards
Lukas
""", re="cl-l02", t="V")

    m("cl-l04", "2025-12-08 16:50", "maya", "lukas", "Proposal: energy dashboard concept test", """
Hi Lukas,

Thank you for Friday. Here is the proposal as we discussed it:

- 12 remote sessions of 60 minutes with heat pump owners in Bavaria and Baden-Württemberg,
  recruited from your customers, mixed in age and in how long they've had the pump.
- Both concepts with every participant, order alternated, plus a short exercise in which
  they explain last month's bill using each concept. That's the real test: can they
  answer "why was January expensive?"
- Sessions 9 to 20 February, report on Friday 6 March.
- EUR 10,600, plus EUR 50 per participant as a thank-you. I'd suggest a voucher rather
  than energy credit, so it doesn't feel like a sales call.

Maya
""", re="cl-l03", t="V")

    m("cl-l05", "2026-01-08 10:20", "lukas", "maya", None, """
Hi Maya,

happy new year! The budget is released and the proposal is approved. Our customer service
sends the invitations next week, with the voucher as you suggested.

Best regards
Lukas
""", re="cl-l04")

    m("cl-l07", "2026-02-23 17:10", "maya", "lukas", "Sessions done: one early finding", """
Hi Lukas,

All twelve sessions are done. The report comes on 6 March as planned, but one thing is
clear enough to share now: almost nobody reads kWh. Concept A's graphs were "nice", and
then 10 of 12 couldn't say why January was expensive. With concept B, 9 of 12 could,
within a minute. Several people also said they convert kWh to euros in their heads, with
the wrong price.

More in two weeks.

Maya
""", t="V")

    m("cl-l08", "2026-03-09 08:15", "maya", "lukas", "Dashboard report: late, and that's on me", """
Hi Lukas,

I promised you the report on Friday and it's Monday morning. That's on me. I
underestimated how long the bill exercise would take to analyse across all twelve
sessions, and I should have told you on Wednesday that Friday was at risk instead of
hoping I'd make it. I'm sorry, especially with your steering meeting this week.

The report is in the shared folder. The summary, so you don't have to open 34 pages
before your coffee:

- Concept B wins clearly. People understand euros. The comparison with "similar homes"
  motivates some and annoys others, so make it optional.
- Nobody wants to choose between the two: several asked for euros first, kWh one tap away.
- The biggest fear is a surprise bill. A single line, "so far this month / expected by the
  end of the month", did more for trust than any graph.

If it helps, I can join the steering meeting for 15 minutes to answer questions.

Maya
""", t="AV")

    m("cl-l09", "2026-03-09 09:02", "lukas", "maya", None, """
Good morning Maya,

no problem, the steering meeting is only on Wednesday and I have time today to read.
Thank you for telling me so openly. 15 minutes on Wednesday would be very helpful, I send
you an invitation.

Lukas
""", re="cl-l08")

    m("cl-l10", "2026-03-11 17:35", "lukas", "maya", "Steering committee: result", """
Hi Maya,

short result: concept B is decided, with kWh one tap away, exactly as you suggested.
Development starts in April.

Your sentence "kWh is not a unit people feel, euros are" was quoted by our Vorstand twice.
And the "expected by the end of the month" line is now the top priority, our CFO liked it
very much. Thank you for today and for the work.

Lukas
""", t="V")

    m("cl-l11", "2026-03-12 08:40", "maya", "lukas", None, """
That's great news, thank you for letting me know.

One thing to watch with "expected by the end of the month": your tariffs change with the
season, and some customers have dynamic prices. If the prediction is wrong in the first
week, trust goes faster than it came. I'd show it as a range at the start of the month
and narrow it as the month goes on.
""", re="cl-l10", t="V")

    m("cl-l12", "2026-05-19 14:20", "lukas", "maya", "Follow-up: winter mode", """
Hi Maya,

the new dashboard is in beta since two weeks, with the range as you suggested. Next topic:
"winter mode", i.e. how customers set up their heat pump for the heating season. That is
where we get most support calls. Could you do a study in September?

Lukas
""")

    m("cl-l13", "2026-05-20 09:10", "maya", "lukas", None, """
I'd love to. One thought on timing: in September nobody is thinking about heating yet, so
people would be remembering last winter rather than doing it. If you can wait until mid
October, when the first cold nights come, we'd see people actually setting up winter mode.
A few weeks later, but a much better study. What do you think?
""", re="cl-l12", t="VL")

    m("cl-l14", "2026-05-20 11:45", "lukas", "maya", None, """
You are right, October is better. Let's say the week of 12 October, and we talk about the
details after the summer.
""", re="cl-l13")

    m("cl-l15", "2026-09-22 10:00", "maya", "lukas", "Winter mode: plan and dates", """
Hi Lukas,

I hope you had a good summer. As agreed, here is the plan for winter mode:

- Ten home visits in and around Munich, 12 to 16 October, each about 90 minutes, at the
  heat pump and at the app. I'd like to be there the first time people switch on the
  heating for the season, or as close to it as we can get.
- Afterwards, a short call with two of your support agents to compare what we saw with
  what they hear on the phone.

One question: should we include two or three tenants this time? For winter mode it may be
the landlord or the installer who sets things up, and I'd like to see that too. What do
you think?

Maya
""", t="VL")

    m("cl-l16", "2026-09-23 08:30", "lukas", "maya", None, """
Hi Maya,

yes, please include tenants. Since the summer we have a cooperation with a housing
company in Augsburg, they have 40 flats with our heat pumps and I can ask for two or three
volunteers. Dates are fine.

Lukas
""", re="cl-l15", t="V")

    m("cl-l17", "2026-10-19 18:00", "maya", "lukas", "Winter mode: notes from the home visits", """
Hi Lukas,

Ten visits done, eight houses and two flats in Augsburg. The notes are in the folder;
three things stood out:

- Nobody uses "winter mode" as a mode. People turn the heating curve up by a step when
  someone complains it's cold, and never turn it down again. Six of the eight houses were
  still on last February's setting.
- The installer's settings are sacred. Four people said "the installer set it, I don't
  touch it", including one who had been cold for two winters.
- In Augsburg the tenants can't change anything in the app, but they get the bill. Both
  asked for the one thing they can influence: "tell me when I should open the window
  and when I shouldn't".

The support calls make sense now: people call when the first cold week arrives, because
the app gives them no safe way to change a setting they're afraid of.

Maya
""", t="V")

    m("cl-l18", "2026-10-20 09:30", "lukas", "maya", None, """
Thank you Maya, very clear. Quick question: may we share the video clips with our
installer partners? I think some of them should see the "I don't touch it" part.
""", re="cl-l17")

    m("cl-l19", "2026-10-20 11:15", "maya", "lukas", None, """
Good idea, but only the ones with consent for that. All ten agreed to internal use at
Ostwind; only three agreed to "partners outside Ostwind", and those are marked in the
folder (P03, P06, P09). P06 is the "I don't touch it" gentleman, luckily.

If you want to show the others to installers, I'd make a short anonymised compilation
with voices changed. I can do that next week.
""", re="cl-l18", t="V")


# --------------------------------------------------------------------------
# Ingrid Solberg, Digital Manager, Fjordline Travel (Bergen).
# --------------------------------------------------------------------------

def ingrid(m):
    m("cl-i01", "2025-11-18 13:20", "ingrid", "maya", "Cabin booking on mobile", """
Hei Maya,

Thanks for the call yesterday. As promised, the numbers: on mobile, 68% of people who
start choosing a cabin don't finish the booking. On desktop it's 31%. The summer 2026 sale
opens on 7 January and I would really like to know why before then.

Can you test it in December? Our customers are mostly Norwegian and German, some Danish.

Ingrid
""")

    m("cl-i02", "2025-11-18 15:05", "maya", "ingrid", None, """
Hei Ingrid,

Yes, December works. I'd do eight remote sessions on people's own phones, four Norwegian
and four German, all people who have travelled with you in the last two years. Results by
12 December, which leaves your developers three weeks before the sale.

Is there anything you already suspect? And is anything off-limits before January, the
deck plan for example? I guess it comes from another system.

Maya
""", re="cl-i01", t="VL")

    m("cl-i03", "2025-11-19 08:40", "ingrid", "maya", None, """
The deck plan comes from the ship booking system, we can't change it before summer.
Everything around it we can. My suspicion is the cabin names, but I am not sure.
""", re="cl-i02")

    m("cl-i04", "2025-12-12 15:30", "maya", "ingrid", "Cabin booking: findings", """
Hi Ingrid,

Your suspicion was right, and there's more.

The deck-plan map is where people give up. On a phone it's a small image you have to
pinch and drag, and 6 of 8 lost track of which cabin they had tapped. And the cabin
names: "innvendig lugar" and "Innenkabine" don't tell anyone that there is no window.
Three people booked an inside cabin in the session and then said they'd cancel at home
once they noticed.

Since the deck plan can't change before summer, three things that can:
1. A "window / no window" icon on every cabin card.
2. A list view as the default on mobile, with the map as an option.
3. Pet cabins labelled as pet cabins, not only findable through the filter. Two of the
   German participants travel with their dogs and both gave up looking.

Notes and clips are in the folder.

Maya
""", t="V")

    m("cl-i05", "2025-12-15 09:10", "ingrid", "maya", None, """
Tusen takk, Maya. The developers made the window icon on Friday afternoon already, and the
list view goes in before the sale. Pet cabins we do in January. Happy holidays!
""", re="cl-i04", t="V")

    m("cl-i06", "2026-01-21 10:30", "maya", "ingrid", "How did the sale open?", """
Hei Ingrid,

Two weeks into the summer sale. How did the opening go? I've been curious whether the list
view made a difference, and whether the dog owners found their cabins.

Maya
""", t="L")

    m("cl-i07", "2026-01-21 14:45", "ingrid", "maya", None, """
Hei!

Best opening we have had. Mobile drop-off in the cabin step is down from 68% to 54%, and
the pet cabins on the Bergen-Hirtshals route were sold out for July in four days.

Now the bigger thing: we want to redesign the whole booking for 2027, including the deck
plan. Would you run a workshop with us in Bergen in March? Product, IT, customer service.

Ingrid
""", re="cl-i06", t="V")

    m("cl-i08", "2026-01-22 08:20", "mayaf", "ingrid", None, """
Sold out in four days, that's wonderful. Congratulations!

Yes, I'd love to come to Bergen. What would you like the team to leave with? And could we
have someone from the ships in the room, a purser or someone from reception? They hear
every cabin complaint face to face, and nobody in the office does.

Maya
""", re="cl-i07", t="VL")

    m("cl-i09", "2026-01-23 09:15", "ingrid", "mayaf", None, """
Good idea. Kari, the chief purser on MS Bergensfjord, is ashore in March and would like to
come. What we want: one picture of the booking we all agree on, before IT starts to
estimate things. 19 March works for you?
""", re="cl-i08", t="V")

    m("cl-i10", "2026-03-12 16:00", "maya", "ingrid", "Workshop on the 19th: plan", """
Hi Ingrid,

Yes to the 19th, and here's the plan. One day, 9 to 16:

- Morning: Kari first. I'd like her to tell us the five most common things passengers ask
  at reception about their cabin, and the team writes each one on the wall.
- Then we walk through the booking on our phones, step by step, and put each of Kari's
  questions where it should have been answered.
- Afternoon: the deck plan. Three rough alternatives, on paper, each tested on two
  colleagues from customer service who haven't seen them.
- Last hour: the one picture you asked for, and what IT needs to estimate it.

I'll bring the clips from December. Anything you'd change?

Maya
""", t="VL")

    m("cl-i11", "2026-03-20 11:10", "ingrid", "maya", "Takk for sist", """
Takk for sist, Maya!

The team is still talking about Kari's list. Especially number one, "can I change to a
cabin with a window", which we now know happens because people can't see the window when
they book. The IT guys said it was the first workshop where they understood why they are
building something.

The picture from the afternoon is now on the wall in our office.

Ingrid
""", t="V")

    m("cl-i13", "2026-06-16 09:30", "maya", "ingrid", "How is the season looking?", """
Hei Ingrid,

The season must be starting properly now. How does it look from your side? And how is the
team getting on with the new deck plan, after all the paper versions in March?

Maya
""", t="L")

    m("cl-i14", "2026-06-17 13:50", "ingrid", "maya", None, """
Busy! Bookings for July are 11% above last year, mobile is now more than half. The deck
plan prototype is almost ready, we will have it in September. I would like you to test it
with customers in October, before we build. More after the summer.
""", re="cl-i13", t="V")

    m("cl-i16", "2026-10-05 10:40", "ingrid", "maya", "Deck plan prototype: ready", """
Hei Maya,

the deck plan prototype is ready: https://proto.fjordline.example/deckplan-v4

Eight customers are booked for 20-22 October, same mix as in December. Can you take it from
here?

Ingrid
""")

    m("cl-i17", "2026-10-23 15:20", "maya", "ingrid", "Deck plan prototype: findings", """
Hi Ingrid,

All eight sessions done. The short version: the new deck plan works.

- 7 of 8 picked the cabin they wanted on the first try, compared with 2 of 8 with the old
  map in December. Showing the ship from the side, with the decks stacked, was the part
  everyone understood.
- Windows are finally obvious. Nobody booked an inside cabin by mistake.
- One problem: the "closest to the lift" filter puts people next to the engine room on
  two of the ships. Two participants with small children asked about noise, and the
  prototype had no answer.

And Kari's number one question didn't come up once.

Maya
""", t="V")

    m("cl-i18", "2026-10-26 09:05", "ingrid", "maya", None, """
This is very good news. Thank you Maya! Could you present it to our management group on
10 November, 30 minutes, on Teams?
""", re="cl-i17", t="V")

    m("cl-i19", "2026-10-26 10:20", "maya", "ingrid", None, """
Yes, gladly. 10 November works; send me the time and I'll keep it to 25 minutes so there
is room for questions. I'll put the engine-room point first. Better they hear it from us.
""", re="cl-i18", t="V")
