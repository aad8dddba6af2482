"""Friends, partners and suppliers: nadia, lena, juergen, oliver, mateo, chloe.

Every message here was written by hand, one call to m() each (see the docstring
of build_sample.py).  Keys are prefixed "fr-".  All six contacts are meant to
be HEALTHY at the report date 2026-11-02: mail flows both ways through
October 2026, Maya answers what they ask, value goes both ways, and each
contact's thread ends with a message from Maya.

Jürgen's mails are iso-8859-1, so everything he writes and everything Maya
writes to him (which his replies quote) sticks to Latin-1: no euro sign, no
curly quotes, no dashes beyond the ASCII hyphen.
"""


def write(m):
    nadia(m)
    lena(m)
    juergen(m)
    oliver(m)
    mateo(m)
    chloe(m)


# --------------------------------------------------------------------------
# Nadia Haddad, Lumen Learning (nonprofit, Amman).  Met Maya at a conference
# in Lisbon in late October 2025.  Maya reviews their reading app pro bono;
# Nadia gives back field data, material for Maya's talk and, after winning a
# grant, a paid advisory role.
# --------------------------------------------------------------------------

def nadia(m):
    m("fr-001", "2025-11-06 09:40", "nadia", "maya",
      "Qamar onboarding (your kind offer in Lisbon)", """
Dear Maya,

It was such a pleasure to sit next to you at the speakers' dinner in Lisbon. I keep thinking about
what you said about designing for the phone, not for the person. It described our problem better
than anything in our last board deck.

You offered (maybe too generously, after the second glass of vinho verde) to take a look at the
onboarding of Qamar, our reading app. If the offer still stands I would love to take you up on it.
If not, no hard feelings at all, I know what November is like.

A bit of context so you know what you would be walking into:
- Qamar teaches Arabic reading to children from 5 to 9, mostly in Zarqa and Mafraq, about 60% of
  them from Syrian families
- 11,400 installs, but only 31% of the children are still using it in their second week
- almost every family has one Android phone, usually the father's, often with a cracked screen and
  no free storage
- our developer, Omar, is brilliant and completely overloaded

What would you need from us? And honestly, how much of your time would it take? I don't want to
abuse a dinner promise.

Warmly,
Nadia
""", t="L")

    m("fr-002", "2025-11-06 16:05", "maya", "nadia", None, """
Hi Nadia,

The offer stands, and it wasn't the vinho verde talking. I've wanted to work on something like
Qamar for a long time.

Here's what I'd suggest: a review of the first-run experience plus the first three lessons, the way
a parent would meet them on a cheap phone. That's about two days of my time, and I'm happy to give
them. You'd get a short written report with the ten or so issues that matter most, ranked, and then
we talk it through with Omar.

To make it useful, could you tell me:
1. Who usually installs the app? The mother, an older sibling, a teacher at a centre?
2. What happens when the phone leaves the house with the father for the day? Do the kids lose
   access completely?
3. Is there anything you already know is broken that I should NOT spend time on?

An internal-testing link would be easiest. I'll test on my old Samsung J5, which is about as tired
as the phones you describe.

Maya
""", re="fr-001", t="VL")

    m("fr-003", "2025-11-09 21:30", "nadia", "maya", None, """
Maya, thank you. Really.

Answers, in order:

1. Mostly the mother, after a teacher at one of our 14 partner centres shows her the QR code. But
older siblings take over fast. We see a lot of 11-year-olds setting the app up for the little ones.

2. Yes, exactly that. The phone leaves at 7 in the morning and comes back at 6 or 7 in the evening.
So "reading time" is really 7 to 8:30 pm, and three children may be sharing that hour.

3. Please skip the sync error on the lesson map. Omar knows, it's fixed in the next build.

Testing link: https://play.example/apps/internaltest/qamar-4471 (I invited your lindqvist address).

One more thing that might help you. Our field coordinator Rana wrote up her observations from home
visits in September. The original is in Arabic; here is the translated summary, pasted because our
mail server eats attachments:

- in 9 of 12 homes the phone was on "data saver" and the lesson audio never loaded
- the children tapped the big green button, whatever it said
- two mothers thought the sign-up was asking for money because the screen said "account"
- in at least 5 homes a child's progress "disappeared" after a sibling used the app

N.
""", re="fr-002", t="V")

    m("fr-004", "2025-11-27 17:50", "maya", "nadia", "Qamar review: the short version", """
Hi Nadia,

The review is done. The full report is here, Omar can comment directly in it:
https://docs.example/lindqvist/qamar-review-nov25

The short version, ranked by how much I think each one costs you in week-two retention:

1. One phone, three children, one profile. Rana's notes already say it and it's the biggest thing by
far. When Sami finishes lesson 4 and his sister opens the app, she lands on his map at lesson 5.
Either she gives up or she plays it, and then both their progress is wrong. My suggestion: a picker
on launch with three or four big animal avatars. No names, no typing. A five-year-old can choose
"the camel" faster than any login.

2. Sign-up asks for an email and a password. Many mothers don't have an email address they remember.
You only need it for the teacher dashboard, so let families skip it completely.

3. Audio fails silently on data saver. The speaker icon just does nothing. Bundle the audio for the
first three lessons in the app (about 9 MB by my estimate) and show a clear "no sound, tap to try
again" state for the rest.

4. Rana's green-button problem: "Next", "Start lesson" and "Buy more stars" are the same green
button. Buying stars should never look like moving on.

5. The word "account" in the onboarding copy. The mothers who thought it cost money are telling you
something important. I'd test two or three alternatives with mothers, in Arabic, before anyone
rewrites it in English.

Everything else in the report is smaller: contrast, tap targets under 40 px on the lesson map, a
crash when you rotate the phone in lesson 2.

I'm curious what you and Omar make of number 1 in particular. It's the most work, and I'd rather
hear now if your backend makes it impossible than keep recommending something you can't build.

Maya
""", t="VL")

    m("fr-005", "2025-12-01 11:20", "nadia", "maya", None, """
Maya,

I read the report twice on Friday and then sent it to the whole team with the subject line "read
this before anything else". The camel made Omar laugh and then go very quiet, because he realised
it's maybe three weeks of work and not three months. He thinks he can keep the profiles on the phone
without touching the backend at all.

Number 5 hit me hardest. I wrote that onboarding copy myself, in English, and we had it translated.
I never once watched a mother read it. Rana is testing three versions in Zarqa next week.

Would you join a call with Omar and me before the holidays? 45 minutes, any day between the 8th
and the 11th. He has questions about the picker that I can't answer.

Thank you for this. It is the most useful two days anyone has given us this year, and I include the
agency we paid.

Nadia
""", re="fr-004", t="V")

    m("fr-006", "2025-12-01 13:05", "maya", "nadia", None, """
Happy to. Thursday the 11th at 10:00 my time (12:00 yours) works, or Tuesday the 9th any time after
13:00. Tell Omar he can send me screenshots beforehand if he wants to think out loud.

And please tell Rana I can't wait to hear what the mothers say about the copy.

M.
""", re="fr-005", t="L")

    m("fr-007", "2026-01-19 14:10", "nadia", "maya", "The camel has landed", """
Maya,

News from Amman. The profile picker went live on 7 January (four animals: camel, cat, owl, fish).
In the first cohort since then, 44% of children are still reading in week two. It was 31% in
November. It's only about 600 families so far, so I'm trying not to get excited, and failing.

And Rana's copy test: the winner by a mile was "your child's notebook" (daftar). Nobody thinks a
notebook costs money.

You told me in Lisbon you were preparing a talk about designing for shared devices. If it helps,
you are very welcome to use our before and after numbers and the camel story. Rana also has a few
photos from home visits, taken with the families' permission, with faces out of frame. Say the word
and I'll send them.

How was your Christmas in the dark north? I hope somebody fed you.

Nadia
""", t="VL")

    m("fr-008", "2026-01-20 09:15", "maya", "nadia", None, """
Nadia, that's wonderful. 31 to 44 is not a rounding error. Please tell Omar I did a little dance in
my kitchen.

One caution before you put it in front of the board, because I'd hate for anyone to poke a hole in
it: January is when the centres restart after the winter break and the teachers push the app again.
Compare your January 2026 cohort with January 2025, not with November. If last January was also
around 31%, you have a real result. Also worth checking how many phones now have two or more
animals in use. That tells you the picker is doing what it was meant to do, not just that January
is a good month.

And yes please to the photos. I'll credit Lumen and Rana on the slides and send you the deck
before I give the talk, so you can take out anything you're not comfortable with.

Christmas was dark and cosy. My mother fed me cardamom buns until I begged for mercy. How was
yours? Did you get any days off at all?

Maya
""", re="fr-007", t="VL")

    m("fr-009", "2026-03-08 20:45", "nadia", "maya", "Be brutal (one page)", """
Dear Maya,

A favour, and you can say no. We are applying to the Hollis Foundation for a three-year literacy
grant, deadline 20 March. One page of the application is the "user research plan", and I wrote it
on Friday night, which shows.

Here it is:

"Lumen Learning will conduct user research with families throughout the project to ensure Qamar
meets their needs. We will use interviews, observation and analytics, and apply gamification
insights to maximise engagement. Findings will be shared with partner centres."

That's it. I know. Be brutal, I'd rather hear it from you than from the panel.

(January 2025 was 29%, by the way. So it's real!)

Nadia
""", t="V")

    m("fr-010", "2026-03-10 08:30", "maya", "nadia", None, """
Good morning Nadia,

29%! Then it's real. Congratulations, properly this time.

The page. Not brutal, but honest:

1. "Conduct user research with families" says nothing a panel can picture. Say how many, where and
when: "Home visits with 24 families in Zarqa and Mafraq, in two rounds, in September 2026 and March
2027." That reads like a plan. The current sentence reads like a wish.

2. Put interpreters and Rana's time in the budget and mention them here. Panels notice research
that nobody is paid to do.

3. Consent. The children are the users but the guardians consent, and some of them don't read well.
One sentence about verbal consent, recorded, in Arabic, explained by someone they know, will make
you look like exactly the professionals you are.

4. Delete "gamification insights". Nobody on a literacy panel wants to fund that phrase.

5. Your best evidence is the camel: 31% to 44% after a change that came from watching families at
home. Put it in the first paragraph, with the January comparison. Right now your strongest argument
isn't on the page at all.

If you want, send me the next version and I'll read it the same day. I'm around all week.

Maya
""", re="fr-009", t="V")

    m("fr-011", "2026-03-19 23:55", "nadia", "maya", None, """
Submitted. With four minutes to spare, which is very Lumen of us.

I took all five of your points. The camel is now in the first paragraph, Rana is in the budget and
the consent sentence is yours almost word for word. Omar says the new page is the only part of the
application he actually understood.

We hear in June. Thank you for reading it twice in one week.

N.
""", re="fr-010", t="V")

    m("fr-012", "2026-05-12 10:05", "maya", "nadia", "Thinking of you (and of Hollis)", """
Hi Nadia,

No news expected yet, I know, but I've been thinking about you and the grant, so consider my
fingers crossed from Stockholm.

I came across a paper I think Omar would enjoy: Medhi, Sagar and Toyama, "Text-Free User Interfaces
for Illiterate and Semi-Literate Users". It's from 2007, so the phones in it are prehistoric, but
the findings on voice prompts and on how people read icons hold up surprisingly well. Their bit on
"semi-abstract" drawings versus photos is basically your camel, fifteen years early.

The talk is confirmed for the UX meetup in Göteborg on 17 September. Your numbers are on slide 9.

How are things with you? Last time you sounded like you were carrying the whole organisation on
your back.

Maya
""", t="VL")

    m("fr-013", "2026-06-23 18:05", "nadia", "maya", "WE GOT IT", """
Maya!!!

Hollis said yes. Three years, full amount. I read the letter in the car and had to sit there for
ten minutes before I could drive.

The panel's feedback mentions our "unusually concrete research plan with credible consent
procedures". That's your paragraph. I wanted you to know that before anyone else.

And now the serious part. The budget has a line for an external research advisor, four days a
quarter for three years, and I'd like it to be you. At a proper rate this time, not a favour. Would
you want it? Please say no if it doesn't fit your life. I'll still send you photos of camels.

(Sorry for going quiet after your lovely mail in May. You guessed right about the weight on my back.
The paper is now printed and covered in Omar's handwriting.)

Nadia
""", re="fr-012", t="VLA")

    m("fr-014", "2026-06-24 08:40", "maya", "nadia", None, """
Nadia, congratulations. I'm so glad, and so glad it was you who told me.

Yes. I'd love to. Let's talk about the rate, though: you're a nonprofit and I'd rather the money went
to Rana's interpreters. My nonprofit rate is about 60% of my normal one, and that's what I'd like to
use.

The first useful thing I could do is help Rana plan the September home visits, since the grant now
promises them. What does she need most: a recruiting plan, an interview guide, or someone to argue
with about both?

And no apology needed for May, ever. Go and celebrate.

Maya
""", re="fr-013", t="VL")

    m("fr-015", "2026-09-19 21:10", "nadia", "maya", "Home visits: first notes", """
Dear Maya,

The two weeks of visits ended yesterday. 26 families, not 24, because two neighbours insisted.
Rana's guide worked beautifully, thank you for the hours you spent on it with her in August.

Three things I think you'll love:

- In almost half the homes it's the grandmother who decides when the phone goes to the children. We
never designed for her. We never even asked about her.
- On Fridays the phone stays at home all day, and reading time goes from 90 minutes to four hours.
Our Friday numbers always looked odd; now we know why.
- Older sisters read the lessons aloud to the little ones, so one "session" in our data is often two
children learning.

Rana is writing it up properly. How did Göteborg go? I hope the camel behaved.

Nadia
""", t="VL")

    m("fr-016", "2026-09-21 09:00", "maya", "nadia", None, """
Nadia, the grandmother finding gave me goosebumps. It changes who the onboarding is for, and maybe
who the reminders go to. I'd love to think about that with Rana once her write-up is done.

Göteborg went well. The camel slide got the laugh it deserves, and afterwards a programme officer
from a Swedish foundation that funds literacy work came over and asked about Lumen. Her name is
Karolina Sandberg; she said she would write to you, and I told her you'd be glad to hear from her.
I hope that was all right.

The Friday discovery is my favourite kind of research result: the data was always telling you, it
just needed someone to sit in the living room.

Maya
""", re="fr-015", t="VL")

    m("fr-017", "2026-10-20 19:40", "nadia", "maya", "Rana's report + a Swedish surprise", """
Maya,

Rana's report on the home visits is ready in draft: https://docs.example/lumen/homevisits-sep26
Would you read it before our team day on 10 November? She'd value your comments more than anyone
else's, and so would I.

And the surprise: Karolina Sandberg wrote, we had a call last week and she's invited us to apply
for a two-year pilot in their Arabic-language programme. Thank you for talking about us when we
weren't in the room.

N.
""", re="fr-016", t="V")

    m("fr-018", "2026-10-22 10:15", "maya", "nadia", None, """
Hi Nadia,

That's brilliant news about Karolina. I only said your name, you did the rest.

I've read Rana's report once, quickly. Full comments by 5 November so you have them well before the
team day. Three things now, in case they're useful for your planning:

- The grandmother section is the strongest part and it's on page 11. I'd move it to the start.
- The Friday finding needs one chart: sessions per weekday, before and after you knew. It will
  convince your board in ten seconds.
- Rana writes "the mothers" where she sometimes means "the women in the house". That matters,
  given what she found.

How are you holding up with the grant reporting on top of everything? It's a lot for one autumn.

Maya
""", re="fr-017", t="VL")


# --------------------------------------------------------------------------
# Lena Fischer, Wandelbar (Hamburg).  Friend and fellow consultant: they swap
# advice, listen a lot, cover for each other.  Maya sometimes answers her
# from the personal fastmail address.
# --------------------------------------------------------------------------

def lena(m):
    m("fr-019", "2025-11-04 21:12", "lena", "maya", "Lisbon?? (and a small rant)", """
Maya!

So? How was Lisbon? Did the talk go the way you wanted, and did you make it to the custard tart place
I told you about, or did you spend three days in the hotel rewriting slides (I know you)?

I need to rant for one paragraph and then I'll ask you something real.

The insurance people, remember them? I scoped six interviews with claims handlers. We are now at
"just two more" for the fourth time, plus a "quick" persona workshop nobody paid for, plus the new
head of CX wants "the same thing but for brokers". All said very nicely, all on calls, nothing in
writing. I'm mostly annoyed with myself.

Real question: how do you handle this without becoming the difficult consultant? You always seem to
come out of these things with the client AND your margin intact.

Hugs from rainy Hamburg,
L.
""", t="L")

    m("fr-020", "2025-11-05 07:48", "maya", "lena", None, """
Lisbon was lovely and exhausting. The talk went fine, the Q&A better than the talk, and yes, I went
to your place in Belém. Twice. You were right about the cinnamon.

The insurance people: you're not being difficult, you're tired. Those are different things.

What works for me, most of the time:

- After every call where something new comes up, I send a three-line mail the same day. "Great
  talking. To confirm: broker interviews aren't in the current scope. Happy to add them: four
  interviews, three days, X euros. Shall I send a change note?" Friendly, boring, in writing. The
  boring is the point.
- I almost never say no to the extra thing. I say yes and put a number on it. People rarely argue
  with a price. They argue with a refusal.
- The workshop that already happened: let it go, but mention it once, in writing. "I ran the persona
  session as a goodwill extra." Then at least they know it had a value.

You've already done the hard part, which is noticing.

And how are you otherwise? You sounded low on the phone last week and I didn't ask properly.

M.
""", re="fr-019", t="VL")

    m("fr-021", "2025-11-09 19:30", "lena", "maya", None, """
I sent your three-line mail almost word for word on Thursday. Friday morning: "Of course, please send
the change note." FOUR broker interviews, paid. I could have cried. Thank you.

How am I. Honestly? Tired in a way a weekend doesn't fix. Part of it is that I'm working too much for
too little, which brings me to the next thing I've been too embarrassed to ask you: I want to raise
my day rate for 2026, from 950 to 1,150, and the thought makes me feel sick. How did you do it when
you raised yours? Did you lose people?

L.
""", re="fr-020", t="VL")

    m("fr-022", "2025-11-10 22:05", "mayaf", "lena", None, """
Ha! Four paid interviews. That's the best thing I've read all week.

Rates. I went from 1,000 to 1,250 two years ago. I told existing clients three months ahead, in a
short, unapologetic mail, and kept the old rate for work already agreed. I lost one client, and it
was the one who haggled over every invoice anyway. Nobody else said a word. One of them said "about
time".

Raise it. You're underpriced for what you do. The insurance people just paid for broker interviews
without blinking, which tells you something about what they think you're worth.

The other part worries me more than the rate. When you say tired in a way a weekend doesn't fix: is
it the work itself, or the amount of it? Those have different answers, and I'd like to know which
one we're dealing with.

x M
""", re="fr-021", t="VL")

    m("fr-023", "2025-12-14 16:40", "lena", "maya", "Two yeses and a book", """
Report: the new rate is in two new proposals and both came back signed at 1,150 without one word
about money. I'm still a bit in shock.

To your question, I think it's the amount. I like the work. I just never stop. I'm reading "Four
Thousand Weeks" by Oliver Burkeman about exactly that, and I think you'd like it too (less guilty,
more funny than it sounds). I'll bring my copy when we next see each other.

How is your mum after the knee operation? It was on the 9th, right? I hope she's being a terrible
patient.

L.
""", re="fr-022", t="VL")

    m("fr-024", "2025-12-15 08:20", "mayaf", "lena", None, """
You remembered the date! Thank you. She's home, walking with two crutches and a lot of opinions, and
has already told the physiotherapist he's too young to know anything. So: recovering.

I'll happily read the Burkeman. I'm the target audience, obviously.

Are you going to your brother's in Freiburg over Christmas after all, or staying home and sleeping?
I vote sleeping, but I'm not your brother.

God jul, Lena.
M.
""", re="fr-023", t="L")

    m("fr-025", "2026-01-26 20:15", "maya", "lena", "Can I borrow your brain?", """
Lena,

Can I use you as a sounding board for something I'm not telling many people yet?

Formwerk, the agency I did the banking project with a few years ago, has asked me to join as a
partner. Equity, a salary floor, a team of eleven, I'd run their research practice.

Part of me is flattered and tempted. No more chasing invoices, people to think with every day,
somebody else doing sales. Part of me feels like I'd be handing back the one thing I fought for.
I don't trust either part.

You went the other way, from agency to your own thing. What did you miss? What did you stop missing?
And what would you ask me if you were allowed to be really annoying about it?

M.
""", t="L")

    m("fr-026", "2026-01-27 23:02", "lena", "maya", None, """
I've started this mail three times, so forgive the length.

What I missed: the corridor. Turning around and saying "does this make sense?" and having someone
say "no" before lunch. I still miss it. I've never fully replaced it (you're the closest thing).

What I stopped missing, within about six weeks: other people's priorities. Resourcing meetings.
Pitching for work I didn't want because the pipeline needed it. Being responsible for a utilisation
number.

Annoying questions, as requested:

1. If they offered you the same money to stay independent, plus two people to think with, would you
   still want the job? If yes, it isn't about the agency.
2. Who would decide which clients you take? Be specific. Not "we", a name.
3. Describe the worst week you can imagine there. Concretely, Monday to Friday.
4. What would you miss about your life right now? The first thing that comes into your head, not
   the sensible answer.

Whatever you decide, I'm on your side. And I do have a thing of my own to tell you, but another
time, this is about you.

L.
""", re="fr-025", t="VL")

    m("fr-027", "2026-02-02 12:30", "maya", "lena", None, """
I said no this morning. Kindly, and with a lunch offer, but no.

It was your question 4. The first thing that came into my head was Lumen, the reading app in Amman.
I spent two days on it in November because I wanted to, and I didn't have to ask anyone. At
Formwerk someone would have asked me what the utilisation impact was, and they'd have been right
to. Question 2 didn't help them either: the answer was a name, and it wasn't mine.

Thank you. You did the annoying thing properly, which is rarer than it sounds.

Now your turn. "A thing of my own to tell you" has been sitting in my head for a week. What's
going on?

M.
""", re="fr-026", t="VL")

    m("fr-028", "2026-03-05 21:45", "lena", "maya", "The thing", """
OK. The thing.

I went to the doctor two weeks ago because I couldn't sleep, and came out with the word
"Erschöpfung" on a piece of paper. Not burnout yet, she said, but that's where the road goes. So
I'm taking April off. Completely. No laptop, no "quick calls".

Which leaves one hole. Veloform, the e-bike people here in Hamburg, booked five days of usability
testing with me for April: their new app, twelve sessions, a small report. They're lovely and they
pay on time. Would you take it over? I'd tell them it's you or nobody, and they'd be delighted.

Is that too much to ask? Be honest, you're allowed to say no to me.

L.
""", re="fr-027", t="VL")

    m("fr-029", "2026-03-06 07:55", "maya", "lena", None, """
Lena. First: good. Not good, obviously, but good that you went, and good that you're stopping before
the road gets any further. I'm proud of you for saying it out loud.

Yes, I'll take Veloform. I'll come down to Hamburg for the sessions, and if they need a proper
handover, it can be a one-page note from you, not a meeting. I'd rather do the work badly briefed
than have you spend April answering my questions.

My only condition: you're sure. If at any point you feel you're handing it over because you think
you should and not because you want to, tell me and I'll step back.

What else do you need that you haven't said? I can send postcards. I can send nothing at all. Both
are fine.

M.
""", re="fr-028", t="VL")

    m("fr-030", "2026-05-04 18:20", "lena", "maya", "Back (mostly)", """
I'm back. Sort of. Four weeks in a borrowed house in the Uckermark, no wifi, ten hours of sleep a
night, and so much walking that my boots gave up before I did.

What I decided out there: never more than three clients at a time. I wrote it on a card and stuck
it on the fridge, which feels silly and also works.

Veloform wrote to me last week to say you were "wonderful and terrifyingly organised". Thank you
for doing that, and for the postcard with the moose. It's on the fridge too.

And how are YOU? I've been completely selfish for two months and I want to hear everything.

L.
""", re="fr-029", t="VL")

    m("fr-031", "2026-05-05 09:10", "mayaf", "lena", None, """
Welcome back. The card on the fridge isn't silly at all, it's the smartest thing you've done this
year. How does three clients feel in practice, now that the first proposals are coming in? That's
usually when rules get tested.

Me: a slow, good spring. Veloform was fun (their CTO says hello). I said no to Formwerk and haven't
regretted it once. And the nonprofit in Amman may have money for a small advisory role later in the
year, which would be the nicest kind of work I can imagine.

Idea: a co-working week in Hamburg in September? You, me, one table, long lunches, and a corridor
for both of us for five days.

M.
""", re="fr-030", t="VL")

    m("fr-032", "2026-06-16 17:35", "lena", "maya", "September + a workshop idea", """
September week: YES. 21 to 25 September? The guest room is yours.

Three clients feels... tight, but right. I turned down a project last week and didn't die.

And an idea I'd love your honest opinion on. A half-day workshop in Hamburg in November, the two of
us: "Research ops for teams of one". For designers and PMs who have to do research with no
researcher. Rough outline:

1. Recruiting without a panel
2. Consent and data without a legal team
3. Tools (the cheap stack)
4. Synthesis in an afternoon
5. Getting anyone to read it

What do you think? Too much? Wrong order? Would you even want to?

L.
""", re="fr-031", t="L")

    m("fr-033", "2026-06-18 08:05", "maya", "lena", None, """
Yes to 21-25 September, and yes to the workshop. I'd love to.

On the outline:

- Cut section 3. People always want tools and it's always the least useful hour. Put a one-page
  list in the handout instead.
- Swap 4 and 5. If you start with "who needs to read this and what will they do with it", the
  synthesis gets faster, because they know what they're synthesising for.
- Add a "bring your own mess" clinic at the end: people bring a real research problem, we triage
  it in the room. That's where they'll learn the most, and it's the part I'd most like to run.

Section 2 is yours, you're much better at it than me, and after Veloform I'd steal your consent
template anyway.

What made you think of this now? It sounds like the Uckermark Lena talking, and I like her.

M.
""", re="fr-032", t="VL")

    m("fr-034", "2026-08-31 19:40", "lena", "maya", "Hamburg logistics", """
Logistics for September, so you can stop worrying about them:

- Desk: I've booked the big table by the window at the co-working space, Monday to Friday.
- Guest room: made up, with the good duvet.
- Workshop: the Wandelbar crowd has a room for 16 on Friday 20 November. I pencilled us in.

When does your train get in on Sunday? I'll pick you up at the Hauptbahnhof.

L.
""", t="V")

    m("fr-035", "2026-09-01 12:15", "mayaf", "lena", None, """
You're a star. The 20th is perfect for the workshop.

Train arrives Sunday at 18:48, the one from Copenhagen. I'll finally bring the Burkeman back, plus a
bag of kanelbullar from the good bakery.

M.
""", re="fr-034", t="")

    m("fr-036", "2026-10-23 16:50", "lena", "maya", "14 of 16", """
Workshop update: 14 of 16 places are taken, and one of the last two is on hold for a PM at Veloform.
I think we may have to do it twice.

I wanted to write properly after September and didn't, so here it is. That week was the best work
week I've had in two years. You asked better questions about my business on the Tuesday walk than my
coach has in twelve months, and you made me laugh about the insurance people, which I didn't think
was possible.

Will you lead the clinic, like you wanted? How did Product Nordics go? I kept refreshing the
hashtag and saw a photo of your template slide with about forty phones in the air.

And how are you feeling about next year? You went quiet on the last evening when we talked about
it, and I didn't want to push.

L.
""", t="VL")

    m("fr-037", "2026-10-25 11:30", "maya", "lena", None, """
Fourteen! Yes, let's plan a second date if the last two go this week.

Yes, I'll lead the clinic. I'll draft a structure for it by the end of next week and you can tear it
apart.

Product Nordics was good, and terrifying for the first three minutes. The forty phones were for the
recruiting template, which tells you something about what people actually struggle with. I'll
bring the questions from the panel to Hamburg; half of them belong in our clinic.

Thank you for the September words. It was the best week I've had too, and I'd forgotten how much
better I think with someone across the table.

Next year. You noticed right, I went quiet. I'm fine, just unsure. This was the first year with no
big anchor client, and it worked, but I don't yet know if I want it to be like this again or if I
want one long project that I can disappear into. I don't need an answer, just someone to think
with. Call on Thursday evening? And how are the three clients holding up now that autumn has
arrived?

M.
""", re="fr-036", t="VL")


# --------------------------------------------------------------------------
# Jürgen Müller, Alpenblick Hotels (Innsbruck).  Client: a booking-engine
# review in winter, guest interviews in summer, a check-in pilot in autumn.
# German-flavoured English, some mails entirely in German.  Latin-1 only.
# --------------------------------------------------------------------------

def juergen(m):
    m("fr-038", "2025-11-12 09:14", "juergen", "maya",
      "Request for offer: UX analysis of our booking process", """
Dear Mrs. Lindqvist,

my name is Jürgen Müller, I am responsible for the digital topics at Alpenblick Hotels in Innsbruck.
We are a family company with six hotels in Tirol. Your name I have from Mrs. Solberg of Fjordline
Travel, whom I know from a tourism conference in Bergen. She has spoken very positive about your
work.

Our problem is the following: on the desktop our booking engine converts with 3.4 %, on the mobile
phone only with 1.1 %, although more than 60 % of the visits come from mobile. Our agency says the
booking engine is "state of the art". I am not so sure.

I would like to ask you if you could make an analysis of the booking process (mobile first) and give
us concrete recommendations. Could you send me an offer until end of November? Our budget year
begins in December.

For a short telephone call I am available this week every day after 14 o'clock.

Thank you in advance and best regards from Innsbruck
""", t="")

    m("fr-039", "2025-11-12 16:30", "maya", "juergen", None, """
Dear Jürgen,

Thank you for getting in touch, and please thank Ingrid for the kind words. (And call me Maya,
please.)

A gap of 3.4 against 1.1 with 60% mobile traffic is a big one, and in my experience it is rarely
one single thing. Usually it is three or four small frictions that add up on a small screen: the
date picker, rate tables that were built for desktop, forced account creation, a payment page that
suddenly changes language or currency.

What I would propose:

- Week 1: analytics review (funnel by device, drop-off per step) and an expert review of the mobile
  booking path for two of your hotels
- Week 2: remote usability tests with 6 guests, in German and English (I assume about half of your
  guests are international?)
- Week 3: a workshop in Innsbruck with you and the agency, with a ranked list of recommendations

Fixed price 9,800 EUR plus travel. I could start on 1 December.

Before I write the formal offer, three questions:

1. Is the booking engine your agency's own software, or a standard product they have only styled?
   This changes what is realistic to fix.
2. Who has to say yes: you alone, or the Geschäftsführung as well?
3. Would the agency take part in the workshop, or is that difficult politically?

Thursday at 14:30 would suit me for the call, if that works for you.

Best regards,
Maya
""", re="fr-038", t="VL")

    m("fr-040", "2025-11-20 11:02", "juergen", "maya", None, """
Dear Maya,

thank you for the good telephone call on Thursday and for the offer. I have discussed it with our
managing director Mrs. Hofer and I am happy to tell you that we accept the offer as it is. The order
confirmation comes from our office by mail and by post.

To your questions from the call: the booking engine is a standard product ("HotelFlow"), the agency
has only made the design. We can change texts, colours and the order of some steps, but not
everything. The agency (Mr. Pichler) will take part in the workshop. He was not enthusiastic, but he
comes.

The access for Google Analytics I have given to your address. Also I have asked our reservation team
to write down the most frequent complaints of guests on the telephone during the last season. This
list I will send you next week, I think it will be interesting for you.

The workshop we could make on 16 December in Innsbruck, if this is possible for you?

Best regards
""", re="fr-039", t="V")

    m("fr-041", "2025-12-17 08:40", "juergen", "maya", "Zusammenfassung Workshop 16.12.", """
Liebe Maya,

vielen Dank nochmals für den gestrigen Workshop. Ich habe heute früh mit Frau Hofer gesprochen, sie
war sehr beeindruckt, vor allem von den Videos aus den Tests. Dass eine Testperson dreimal den
falschen Abreisetag gewählt hat, ohne es zu merken, hat bei uns allen etwas ausgelöst. Auch Herr
Pichler war am Ende still.

Anbei in Kurzform, was wir vereinbart haben (bitte korrigieren Sie mich, falls ich etwas vergessen
habe):

1. Datumsauswahl: Herr Pichler prüft bis 15. Jänner, ob HotelFlow einen anderen Kalender erlaubt.
2. Zimmertabelle: am Handy nur noch drei Raten statt neun, der Rest hinter "weitere Angebote".
3. Kontozwang: wird abgeschafft, Buchung als Gast wird Standard.
4. Zahlungsseite: englische Übersetzung ab Februar.

Die Fotos vom Whiteboard habe ich in den gemeinsamen Ordner gelegt.

Ich wünsche Ihnen eine schöne Weihnachtszeit und eine gute Heimreise nach Stockholm!
""", t="V")

    m("fr-042", "2025-12-18 10:20", "maya", "juergen", None, """
Dear Jürgen,

Danke! My German reads better than it writes, so I will answer in English, I hope that is all right.

Your summary is complete except for one small thing: on point 2 we also agreed to show the total
price including the Ortstaxe already in the room table. Guests in the tests were surprised by it on
the payment page, and surprise on the payment page costs bookings.

The final report will come on Monday, 22 December, with the recommendations ranked and an estimate
of what each one could be worth in bookings.

Thank you for a very good day in Innsbruck, and for the Kaiserschmarrn afterwards. I still think
about it. Frohe Weihnachten to you and your family!

Maya
""", re="fr-041", t="V")

    m("fr-043", "2025-12-22 15:10", "maya", "juergen", "Final report: mobile booking review", """
Dear Jürgen,

Here is the final report: https://docs.example/lindqvist/alpenblick-booking-dec25

Summary of the ranking:

1. Guest booking without account (agreed, easy, biggest effect: 41% of mobile visitors who reached
   the account step left there)
2. Three rates instead of nine on mobile, total price including Ortstaxe
3. English payment page
4. The date picker (important, but depends on HotelFlow)

My estimate: if points 1 to 3 bring mobile conversion from 1.1% to about 1.6%, this means around 70
additional bookings per month across the six hotels in the winter season. The method for the
estimate is on page 14, so your revenue manager can check it.

My advice is not to wait for the calendar. Points 1 to 3 can go live in January without it.

If you or Mrs. Hofer have questions after reading, I am happy to make a short call in January.

Best regards,
Maya
""", t="V")

    m("fr-044", "2026-01-12 09:30", "juergen", "maya", None, """
Dear Maya,

first a happy new year to you! I hope you could rest a little bit over the holidays.

The report we have read in the team, and Mrs. Hofer has presented it to the owners. Two questions
came up:

1. Mr. Pichler says a new calendar is not possible before April, because HotelFlow has to release a
new version first. Your advice is not to wait, but should we really make the change to the rate
table in the middle of the season? Our revenue manager is nervous.

2. Our revenue manager also wants to show the price without the Ortstaxe, because the competitors do
so and then we look more expensive. What is your opinion?

Best regards
""", re="fr-043", t="")

    m("fr-045", "2026-01-13 08:50", "maya", "juergen", None, """
Dear Jürgen,

A happy new year to you too! Yes, I rested, thank you.

1. I understand your revenue manager's nervousness; changing things in high season feels risky. I
would still do it, but carefully: switch the rate table for two hotels first (for example Seefeld
and Mayrhofen) and keep the old one for the other four for three weeks. Then you can compare in the
same season, with the same weather and the same holidays, and nobody has to trust my estimate.

2. This is a fair concern, and the comparison sites do make it hard. But in the tests, four of six
guests said the surprise on the payment page made them distrust the whole hotel, and two went back to
compare. A small line under the price, "incl. local tax", costs you less than a guest who leaves on
the last page. If your revenue manager wants, I can send him the two video clips where this happens.
They are more convincing than I am.

How did the owners react to the report? I would be curious to hear.

Best regards,
Maya
""", re="fr-044", t="VL")

    m("fr-046", "2026-02-23 16:05", "juergen", "maya", "Kurze Zwischenmeldung", """
Liebe Maya,

eine kurze Zwischenmeldung, weil ich mich darüber sehr freue:

Seit 2. Februar sind die Gastbuchung und die neue Zimmertabelle live, zuerst in Seefeld und
Mayrhofen, wie Sie vorgeschlagen haben, seit letzter Woche in allen sechs Häusern. Die Conversion am
Handy liegt im Februar bisher bei 1,7 % (Jänner: 1,2 %). In den zwei Testhäusern war der Unterschied
in den ersten drei Wochen noch deutlicher.

Unser Revenue Manager hat sich die Videos angeschaut und zeigt jetzt den Preis inklusive Ortstaxe.
Er sagt, das war seine Idee. Ich widerspreche nicht.

Frau Hofer hat gefragt, ob wir Sie für die Sommersaison noch einmal buchen können. Dazu melde ich
mich im Frühling.

Herzlichen Dank!
""", re="fr-045", t="V")

    m("fr-047", "2026-02-24 09:25", "maya", "juergen", None, """
Dear Jürgen,

This made my morning, thank you for writing! And please let your revenue manager keep the idea, that
is how good ideas survive.

One thing before you show 1.7% to the owners: February is your strongest month, with the ski
holidays in Germany and the Netherlands. Please compare with February 2025 on mobile. If last
February was also around 1.1%, the improvement is real and nobody can say it was the snow. The test
with two hotels first helps you here too.

And yes, I would be very happy to work with you again in the summer. What is on your mind for it?

Best regards,
Maya
""", re="fr-046", t="VL")

    m("fr-048", "2026-04-14 10:40", "juergen", "maya", "Summer project: interviews with guests", """
Dear Maya,

as promised I come back to you about the summer. February 2025 was 1.0 %, so the improvement is real,
also March is good. Thank you once more.

Our idea for the summer: we want to understand the stay itself, not only the booking. Check-in,
the information in the room, the breakfast times, our guest app (which nobody uses, I think). Could
you make interviews with guests in three of our hotels in July, during the stay? The hotels would be
Seefeld, Mayrhofen and Kitzbühel.

Could you send me an offer? The budget is similar to the winter.

Best regards
""", re="fr-047", t="V")

    m("fr-049", "2026-04-16 11:15", "maya", "juergen", None, """
Dear Jürgen,

1.0 to 1.7: that is a result to be proud of. Congratulations to you and the team.

The summer project sounds very good, and interviews during the stay are the right way, because
guests remember the check-in for one day and then forget it.

Proposal: three days on site, one per hotel, about 8 short interviews per day (15 to 20 minutes,
in the lobby, at breakfast, after check-in), plus one hour with the front desk team in each hotel.
Then a report with findings and recommendations by early August. Fixed price 8,900 EUR plus travel.
The formal offer follows tomorrow.

Two questions, so I plan it right:

1. What would make this project a success for you personally, and for Mrs. Hofer? It helps me to
   know what decision the report should support.
2. The guest app: do you want honest findings even if the answer is "stop the app"? Some companies
   prefer not to hear that in the first year.

Best regards,
Maya
""", re="fr-048", t="VL")

    m("fr-050", "2026-06-10 14:20", "juergen", "maya", "Terminplanung Juli", """
Liebe Maya,

die Termine für Juli stehen:

- Montag, 13. Juli: Seefeld
- Mittwoch, 15. Juli: Mayrhofen
- Freitag, 17. Juli: Kitzbühel

In jedem Haus ist ein Zimmer für Sie reserviert, selbstverständlich als Gast des Hauses. Herr Gruber
in Seefeld hilft beim Ansprechen der Gäste, er kennt die Stammgäste alle persönlich. Zwischen den
Häusern fährt Sie unser Fahrer, Sie brauchen also kein Auto.

Zu Ihrer zweiten Frage vom April: Ja, wir wollen ehrliche Ergebnisse, auch zur App. Frau Hofer sagt,
lieber jetzt als nach noch einem Jahr Investition.

Könnten Sie uns die Interviewfragen bis Ende Juni schicken? Dann kann ich sie mit den
Hoteldirektoren abstimmen.
""", re="fr-049", t="V")

    m("fr-051", "2026-06-11 09:05", "maya", "juergen", None, """
Dear Jürgen,

Thank you, this is perfectly organised. The driver is a luxury I did not expect, and Mr. Gruber
will make the first day so much easier.

I will send the interview questions by 26 June, so the hotel directors have a few days for their
comments. And please tell Mrs. Hofer that her answer about the app is exactly the right attitude.

Best regards,
Maya
""", re="fr-050", t="V")

    m("fr-052", "2026-08-05 16:30", "maya", "juergen", "Guest interviews July: findings", """
Dear Jürgen,

Here is the report from the guest interviews: https://docs.example/lindqvist/alpenblick-guests-jul26

71 interviews in three hotels. The main findings:

1. Check-in is the moment that decides the stay. Guests arriving after a 7-hour drive wait a median
   of 11 minutes in Kitzbühel on Saturdays. Several said this was the only thing they would change.
2. The guest app: 4 of 71 guests had installed it. Most did not know it existed; those who did, did
   not want "another app for one week". But 52 of 71 said they would use a simple web page with the
   same information (breakfast times, wellness, weather, bus to the lifts).
3. Regular guests want to be recognised, not to download anything. Mr. Gruber's habit of greeting
   them by name came up in 9 interviews in Seefeld without any question from me.

My main recommendation: replace the app with a web page reached by a QR code in the room, and
pilot a digital pre-check-in for the Saturday arrivals in one hotel this winter.

Thank you for the wonderful week. Please thank Mr. Gruber and the driver, Mr. Hofmann, again from me.

Best regards,
Maya
""", t="V")

    m("fr-053", "2026-08-20 10:15", "juergen", "maya", None, """
Dear Maya,

thank you for the report. Mrs. Hofer has presented it to the owners last week, and the decision was
faster than I have ever seen: the app will be stopped at the end of the year, and we make a pilot
for digital check-in in Seefeld from 1 December. Mr. Gruber was very proud that he is in the report,
he has printed page 9 for his office.

The agency will have a first version of the check-in on the test system in the beginning of October.
Would you have time to test it and give us your feedback, maybe two days of work? Please tell me your
price.

Best regards
""", re="fr-052", t="V")

    m("fr-054", "2026-08-21 08:45", "maya", "juergen", None, """
Dear Jürgen,

What a decision, and so quickly. That says a lot about how you and Mrs. Hofer prepared it.

Yes, I will gladly test the check-in. Two days at my normal day rate, 2 x 1,250 EUR, no travel
needed. Any time after 5 October works for me. If it helps, I can also run three short remote tests
with regular guests from Seefeld, if Mr. Gruber can find volunteers. Real guests will see things I
cannot.

Best regards,
Maya
""", re="fr-053", t="V")

    m("fr-055", "2026-10-13 13:50", "juergen", "maya", "Testsystem Check-in bereit", """
Liebe Maya,

das Testsystem für den digitalen Check-in ist bereit:
https://test.alpenblick-hotels.example/checkin
Benutzer: maya.test / Passwort kommt per SMS.

Herr Gruber hat drei Stammgäste gefunden, die mitmachen: ein Ehepaar aus München und eine Dame aus
Rotterdam, die seit 23 Jahren jeden Winter kommt. Die Kontaktdaten schicke ich Ihnen separat.

Könnten Sie uns Ihr Feedback bis 23. Oktober geben? Die Agentur braucht danach fünf Wochen für die
Umsetzung bis zum Start am 1. Dezember.

Vielen Dank und liebe Grüße nach Stockholm
""", re="fr-054", t="V")

    m("fr-056", "2026-10-22 17:20", "maya", "juergen", None, """
Dear Jürgen,

Here is my feedback on the check-in, one day early:
https://docs.example/lindqvist/alpenblick-checkin-oct26

In short: it works, and the guests liked it. The lady from Rotterdam finished in four minutes and
said "finally". Three things must be fixed before 1 December:

1. The passport photo step fails on older iPhones (two of three guests). Allow typing the number by
   hand as a fallback.
2. The confirmation only says "Check-in completed". Guests need to know what happens on arrival:
   where to go, whether the key is waiting, where to park. All three asked.
3. The German text is very formal and a bit legal ("Der Gast verpflichtet sich ..."). Your hotels
   are warmer than that. Mr. Gruber would never talk like this.

Everything else in the document is nice to have and can wait for the second version.

Please thank Mr. Gruber for finding the guests, they were wonderful. Is there anything from the
list you would like me to explain to the agency directly?

Best regards,
Maya
""", re="fr-055", t="VL")


# --------------------------------------------------------------------------
# Oliver Grant, Grant Redovisning (Stockholm).  Maya's accountant.  Low
# volume; the annual accounts arrive as a small PDF in March.
# --------------------------------------------------------------------------

BOKSLUT_PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
    b"4 0 obj << /Length 98 >> stream\n"
    b"BT /F1 14 Tf 60 780 Td (Lindqvist Consulting AB - Bokslut 2025) Tj "
    b"0 -24 Td (Utkast / draft) Tj ET\n"
    b"endstream endobj\n"
    b"5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
    b"trailer << /Root 1 0 R /Size 6 >>\n"
    b"%%EOF\n"
)


def oliver(m):
    m("fr-057", "2025-11-17 10:05", "oliver", "maya", "Year-end 2025: a few things before December", """
Hi Maya,

Time for my annual nagging, in order of importance:

1. The new laptop you mentioned in the spring: if you're buying it, buy it before 31 December.
Anything under half a price base amount (29,400 kr this year) can be expensed straight away, no
depreciation.

2. Your Italian and Austrian clients. Two invoices from October went out without the reverse charge
note ("Omvänd betalningsskyldighet / Reverse charge", plus their VAT number). Not a disaster, I'll
correct the EU sales list, but please add it to the template going forward.

3. Receipts for 2025 to me by 15 January, please. The portal or a shoebox, I'm not picky.

4. Dividend: on the numbers so far you'll have room for roughly 200,000 kr at 20% tax under the 3:12
rules. We'll confirm it at bokslut, but it's worth knowing before you plan next year.

Have a good week,
Oliver
""", t="V")

    m("fr-058", "2025-11-18 08:40", "maya", "oliver", None, """
Hi Oliver,

Thank you, especially for number 2. I had no idea, and I'd rather hear it from you in November than
from Skatteverket in June. The template is fixed: reverse charge line plus the client's VAT number,
and I re-sent the two October invoices with a short note.

Laptop ordered last night, a refurbished one for 18,900 kr. Receipt is already in the portal.

One question: Northpoint Bank is in New York. Does the same note apply to them, or something else?

Maya
""", re="fr-057", t="V")

    m("fr-059", "2025-11-18 11:15", "oliver", "maya", None, """
Something else. Services to a business outside the EU aren't subject to Swedish VAT at all, so no
reverse charge note. Write "VAT: outside the scope of Swedish VAT (ML 6 kap.)" instead, and don't
put them on the EU sales list. Your Northpoint invoices so far are correct, by luck or by instinct.

O.
""", re="fr-058", t="V")

    m("fr-060", "2026-01-13 19:30", "maya", "oliver", "2025 receipts are in", """
Hi Oliver,

All 2025 receipts are in the portal, 312 of them, two days early for once.

Two are missing, and I'm sorry about that, they're my fault: a dinner in Lisbon on 29 October
(client dinner, 84 euros) and a train ticket Stockholm-Göteborg in March. I've searched every bag I
own. What do you need from me instead?

How was Edinburgh? Did your father finally let you win at chess?

Maya
""", t="AL")

    m("fr-061", "2026-01-14 08:55", "oliver", "maya", None, """
Thanks Maya, 312 receipts two days early is a personal record for my clients, not just for you.

For the two missing ones: the card transaction on the bank statement is enough, together with a
short note saying what it was, who was there and why. I'll file it as "verifikation saknas" with
your note. The train company can also resend the ticket if you log in to your account, which is
the cleaner option.

Edinburgh was cold and lovely. He did not let me win. He's 81 and has never let anyone win.

Oliver
""", re="fr-060", t="VL")

    m("fr-062", "2026-03-18 16:40", "oliver", "maya", "Bokslut 2025 for signing", """
Hi Maya,

The annual accounts for 2025 are attached as a draft. The short version:

- Revenue 1,742,000 kr (up 11% on 2024)
- Profit before tax 486,000 kr
- Dividend room under 3:12: 209,000 kr at 20%. My suggestion is to take all of it, since you have
  no big investments planned and the company keeps a healthy buffer.

If the draft looks right to you, I'll send the final version for digital signing. The accounts need
to be adopted at the annual general meeting, which for a one-person AB means you, a coffee and a
signature, some time before 30 June. The dividend can be paid once that's done.

Oliver
""", t="V", attach=[("Bokslut-2025.pdf", "application/pdf", BOKSLUT_PDF)])

    m("fr-063", "2026-03-20 09:20", "maya", "oliver", None, """
Hi Oliver,

The draft looks right, thank you. Reading the summary was the first time this year I felt like a
company and not a person with a laptop. I'll take the full dividend as you suggest, and I'll hold my
one-woman AGM in April with the good coffee.

Something for you: my friend Annika Berg has just started a small design studio in Södermalm and
asked me last week who does my books. May I give her your name and number? She's organised, pays on
time and will ask many questions, which I suspect you like. Are you taking on new clients this
spring, or is your desk too full?

Maya
""", re="fr-062", t="VL")

    m("fr-064", "2026-03-20 13:45", "oliver", "maya", None, """
Please do, and thank you. I have room for two or three new clients this spring, and the ones who ask
questions are the ones who never surprise me in December.

Final version for signing is in your inbox from the e-signing service.

O.
""", re="fr-063", t="V")

    m("fr-065", "2026-10-06 15:10", "oliver", "maya", "Q3 VAT done + two things for the autumn", """
Hi Maya,

Q3 VAT is filed, 41,300 kr to pay by 12 October, nothing unusual.

Two things while I have you:

1. Your revenue this year is running about 15% above 2025, but your preliminary tax is still based
on last year's estimate. If we raise it now, you avoid interest on back tax next spring. I'd suggest
adding 6,000 kr a month for November and December. I can file the new estimate if you say yes.

2. If you're thinking about extra pension savings through the company this year, tell me before the
end of November, so it lands in 2026.

Also: Annika signed on in April and is a joy, thank you again for sending her.

How has the autumn been? Your invoices say busy.

Oliver
""", t="VL")

    m("fr-066", "2026-10-08 12:05", "maya", "oliver", None, """
Hi Oliver,

Yes to the new estimate, please file it. Thank you for watching this; I'd never have noticed until
the letter came.

Pension: yes, I'd like to put in the maximum that makes sense. Could we talk it through in November?
I'd also like your view on whether to keep the buffer in the company or move some of it.

The autumn has been busy and good: an Austrian hotel project, a nonprofit advisory role I'm very
proud of, a conference talk here in Stockholm next week and a workshop in Hamburg in November. I'm so glad Annika is happy. She told me you
explained moms to her in a way that finally made sense.

Maya
""", re="fr-065", t="VL")


# --------------------------------------------------------------------------
# Mateo Álvarez, independent user researcher (Ciudad de México).  Research
# partner: they send each other work, co-write an article, help each other
# with practical problems.  Messages both ways in most months.
# --------------------------------------------------------------------------

def mateo(m):
    m("fr-067", "2025-11-04 10:20", "maya", "mateo", "Fieldwork in CDMX in December?", """
Hola Mateo,

How's Lucía? And how are you and Inés, are you sleeping at all yet? I think of you every time I see
a pram.

A work question, and please say no if the timing is crazy. A Stockholm fintech I work with (I can't
name them yet) wants to understand how small shop owners in Mexico City decide whether to accept
card payments. They're asking for 8 interviews in the first half of December, in Spanish, with a
short synthesis. Budget is around 6,000 USD for your part, incentives on top.

You're the first and only person I thought of. Is it interesting, and is it realistic with a
six-week-old at home? Honest answer, please.

Maya
""", t="VL")

    m("fr-068", "2025-11-04 19:55", "mateo", "maya", None, """
Maya! Lucía now sleeps in three-hour stretches, which feels like a luxury hotel after the first
month. Inés says hi and thanks you again for the tiny Dala horse, it lives above the crib.

Yes, interested, very. Realistic if my colleague Daniela does half the fieldwork with me, she's
excellent and speaks the mercado language better than I do. December 1 to 12 works.

Two tips from doing this before, because I think they'll change your brief:
- Shop owners will NOT do video calls from the shop. Do it in person, at the shop, in quiet hours
  (usually 3 to 5 pm). Twenty minutes, not an hour.
- Recruit through the WhatsApp groups of the market associations, not through panels. Panels give
  you the shop owners who like filling in surveys, who are not the ones your client cares about.

Budget works. I'll send a short plan tomorrow.

M.
""", re="fr-067", t="VL")

    m("fr-069", "2025-12-14 20:10", "mateo", "maya", "Shop owner interviews: done", """
Hi Maya,

All 8 interviews done (plus one bonus, a tortilla shop owner who refused to be left out). Synthesis:
https://docs.example/alvarez/cdmx-shops-dec25

The headline your client won't expect: fees are not the main barrier. Fear is. Six of nine have seen
"pago falso" scams, fake payment confirmation screenshots on WhatsApp, and two lost real money. So
any notification that says "payment received" is distrusted by default. What they want is the money
in the account the same day, visible in their bank app, not in yours.

There are two short video clips in the folder (with consent) that say this better than I can.

Daniela was great. Tell me if you need anything reworded for the Swedish audience.

Mateo
""", t="V")

    m("fr-070", "2025-12-15 09:30", "maya", "mateo", None, """
Mateo, this is excellent. I presented it this morning and the room went silent at the "pago falso"
clip. Their whole launch plan was built around a lovely animated "payment received" screen. They're
rethinking it today, because of nine conversations you and Daniela had in the afternoons.

Please invoice whenever suits you, I'll pay the day it arrives. And give Daniela my thanks, the
tortilla lady is my favourite quote of the year.

Are you going to Puebla for Christmas? I hope Lucía gets to meet the whole noisy family.

Maya
""", re="fr-069", t="VL")

    m("fr-071", "2026-01-16 18:45", "mateo", "maya", "An article, maybe?", """
Hi Maya,

Puebla was loud, Lucía was passed around like a trophy and loved it.

An idea I can't shake: we've now done three projects across an eight-hour time difference, and we've
learned things about remote diary studies that nobody writes about. What if we wrote it up together?
Rough outline:

1. Why time zones matter more than language
2. The "morning handoff" (your morning = my night's data)
3. Incentives across currencies
4. What broke (the Telegram disaster, of course)
5. A checklist

What do you think? Is it interesting to anyone but us?

M.
""", t="L")

    m("fr-072", "2026-01-18 10:15", "maya", "mateo", None, """
It's interesting to a lot of people. Every other researcher I know is suddenly doing studies across
continents and improvising.

Thoughts on the outline:
- Section 2 is the heart. The morning handoff is the thing nobody else has. I'd lead with a concrete
  story: the shop owner who sent a voice note at 11 pm your time and I'd coded it by 8 am mine.
- Section 4: yes, the Telegram disaster, but make it useful. What would we check before choosing a
  channel next time?
- Cut 3 or fold it into the checklist. It's a paragraph, not a section.

I'm happy to write 2 and 4 if you take 1 and 5. Draft by mid-February? Does that work with Lucía's
schedule, or should we say March?

Maya
""", re="fr-071", t="VL")

    m("fr-073", "2026-02-14 11:40", "maya", "mateo", None, """
Sections 2 and 4 are in the doc: https://docs.example/lindqvist/timezones-article

Please rip them apart. Section 4 in particular: I wrote it from my side of the disaster, and I know
you spent two evenings on the phone with participants while I slept, so I've probably got half of
it wrong. What did it look like from your end?

Also, how are you? Your last message was sent at 2 am your time.

M.
""", re="fr-072", t="VL")

    m("fr-074", "2026-02-17 21:20", "mateo", "maya", None, """
The 2 am was Lucía, not work, don't worry. Teething.

I read your sections twice. Section 2 is beautiful. Section 4 is right in spirit, and yes, I added
the missing half: the participants didn't just drop out, they kept sending entries to the old
group we'd closed, so we lost four days of data without knowing. That's the real lesson: always
keep the old channel open with an auto-reply for a week.

Tool tip that might save you money in general: for voice-note diaries, a shared WhatsApp Business
number plus a simple export script works as well as the expensive platforms for studies under 30
people. I'll put the script on a gist for you.

My sections by the 28th.

M.
""", re="fr-073", t="V")

    m("fr-075", "2026-03-17 16:30", "mateo", "maya", "GDPR question (help!)", """
Hi Maya,

A favour. A German client of mine (a health insurer) wants interviews with Mexican users of their
travel insurance product, and their legal team has sent me back my consent form with "not GDPR
compliant" written across it. No details. Just that.

What do you use with European clients? I don't want to copy anything private, I just need to know
what they expect to see.

M.
""", t="")

    m("fr-076", "2026-03-18 09:10", "maya", "mateo", None, """
Not private at all, here's my template: https://docs.example/lindqvist/consent-template-en-es
(I had a Spanish version made for a project last year, use it freely.)

What European legal teams look for, in my experience:
1. Who the controller is (usually their company, not you) and who processes (you).
2. The lawful basis, written out: usually consent for recordings, legitimate interest for notes.
3. How long recordings are kept and when they're deleted. Give a date, not "as long as necessary".
4. Where the data is stored. If it's outside the EU, say so and say under what safeguard.
5. How to withdraw, with an email address, and that withdrawing has no consequences.

And one piece of advice from bitter experience: don't let them turn it into eight pages. Keep the
participant version to one page and put the legal detail in an appendix they sign off.

Maya
""", re="fr-075", t="V")

    m("fr-077", "2026-04-22 19:05", "mateo", "maya", "It's happening", """
Maya!

The article is accepted. It goes up on 12 May, with only small edits. The editor said section 2 is
"the most practical thing we've published on remote research this year". That's your section.

And the German insurer signed off on the consent form on the first try. Their lawyer wrote "finally"
in the margin. I owe you a mezcal.

M.
""", re="fr-076", t="V")

    m("fr-078", "2026-04-23 08:15", "maya", "mateo", None, """
Mateo! That's wonderful news. And section 2 only works because of your voice notes at 11 pm, so
it's as much yours as mine.

I'll take the mezcal in person, please. Maybe this is the year I finally come to Mexico City?

How does it feel to have a byline again after a year of nappies?

M.
""", re="fr-077", t="VL")

    m("fr-079", "2026-08-25 10:00", "maya", "mateo", "Travellers study in October?", """
Hi Mateo,

A project that made me think of you straight away. Fjordline Travel, a client in Bergen, is seeing a
lot of Mexican travellers book their fjord crossings and cabins, and they have no idea why or how. They want 10
interviews with people who booked or almost booked in the last year, early October, remote is fine
this time.

Budget is about 7,500 USD for your part. Interested? It would be your project; I'd just connect you
with Ingrid, their digital manager, and help with the brief.

(And yes, I'm still thinking about Mexico City. October, maybe?)

Maya
""", t="V")

    m("fr-080", "2026-08-26 18:15", "mateo", "maya", None, """
Yes, very interested, thank you for thinking of me first. Norway is apparently the new Patagonia in
some Mexican Instagram circles; I have theories already.

Two questions before I talk to Ingrid: can they give us people who abandoned a booking, or only the
ones who completed? And do they care about travel agents? Many Mexicans still book long trips
through an agent.

M.
""", re="fr-079", t="V")

    m("fr-081", "2026-08-27 09:20", "maya", "mateo", None, """
Good questions, both. Ingrid says they have abandoned bookings with email consent (about 140), so
yes. And the agents: they had no idea. Please include two or three, I suspect it could be the most
valuable part.

I'll introduce you two properly this week.

M.
""", re="fr-080", t="V")

    m("fr-082", "2026-10-16 19:30", "mateo", "maya", "Norway study: the short version", """
Hi Maya,

Report is with Ingrid, copy for you here: https://docs.example/alvarez/fjordline-mx-oct26

The short version: they come for the northern lights and the Netflix series with the fjord (you'll
know which one), they book through agents more than we thought (5 of 10), and the agents all
complain that the Fjordline site won't show prices in pesos or let them hold a booking for 48 hours.
That hold function alone could be huge.

Thank you for this project. Ingrid is great to work with.

And about your visit: does the last week of October still work? Inés is already planning the
menu.

M.
""", re="fr-081", t="VL")

    m("fr-083", "2026-10-19 08:45", "maya", "mateo", None, """
Mateo, this is so good. The 48-hour hold is exactly the kind of finding that pays for a study ten
times over, and the agents' angle is completely new for them. Ingrid wrote to me yesterday, she's
already asked her developers about it. Thank you for making me look good for recommending you.

About the visit: I have to be honest, October won't work. I've just come out of Product Nordics
here in Stockholm, and there's too much to finish before the Hamburg workshop on 20 November. Could we aim for late January instead? I'd rather come when I can
stay a full week and actually meet Lucía properly than rush through in three days.

Please tell Inés I'm sorry to push back her menu, and that I'll bring a suitcase full of cardamom
buns to make up for it.

Maya
""", re="fr-082", t="VLA")


# --------------------------------------------------------------------------
# Chloé Dubois, Atelier Dubois (Paris).  Illustrator, supplier: a set of spot
# illustrations for Maya's field guide in winter, an animated header for her
# website in summer.  Her mails are HTML (fmt="html").
# --------------------------------------------------------------------------

def chloe(m):
    m("fr-084", "2025-12-03 14:20", "maya", "chloe", "Illustrations for a small field guide?", """
Dear Chloé,

I found your work through the poster series you did for Librairie Ulysse and haven't stopped thinking
about the woman reading on the metro ever since.

I'm writing a short free field guide called "One phone, many people": how to design for families
who share a single phone. It comes out of work with a literacy nonprofit in Jordan. I'd love six
small spot illustrations for it, for screen and for a printed A5 version, delivered by early
February. My budget is around 2,400 EUR.

Is this something you'd be interested in, and do you have room for it in January? What would you
need from me to get started?

Best,
Maya
""", t="L")

    m("fr-085", "2025-12-04 10:05", "chloe", "maya", None, """
Hello Maya,

What a lovely subject! Yes, I'm interested, and yes, January works.

For six spots with two rounds of changes, screen plus print files, my quote is 2,600 EUR. The process:
a moodboard in the week of 15 December, roughs in mid-January, finals by 6 February.

Three questions so I don't draw the wrong thing:
- Colour: do you have a palette for the guide, or shall I propose one?
- The families in Jordan: I want to avoid the usual clichés (sad eyes, grey tents). Is there anyone
  from the nonprofit who could look at the roughs and tell me what's wrong?
- Are there specific scenes you already see in your head?

Chloé
""", re="fr-084", t="VL")

    m("fr-086", "2025-12-05 09:30", "maya", "chloe", None, """
Dear Chloé,

2,600 is fine, and the plan is perfect.

- Palette: please propose one. The guide is mostly text, so the illustrations can carry the colour.
- Yes, and thank you for asking this, it matters a lot. Nadia Haddad and her field coordinator Rana
  at Lumen Learning have agreed to look at the roughs. They'll be honest. Rana's home visit notes are
  the best reference there is; I've pasted the translated summary below.
- Scenes: the father leaving for work with the phone at 7 am; three children around one phone in the
  evening; the animal avatar picker (a camel, please); a mother reading the sign-up screen; a cracked
  screen; and one open one, your choice.

The families are ordinary families in a city apartment: a kitchen, a sofa, school bags, noise.

Maya

[Rana's home visit notes, Sept 2025, summary]
- in 9 of 12 homes the phone was on data saver and the audio never loaded
- the children tapped the big green button, whatever it said
- two mothers thought the sign-up asked for money because the screen said "account"
- in at least 5 homes a child's progress "disappeared" after a sibling used the app
""", re="fr-085", t="V")

    m("fr-087", "2026-01-14 17:45", "chloe", "maya", "Roughs for the field guide", """
Hello Maya,

The six roughs are here: https://atelier-dubois.example/share/lindqvist-roughs

A few notes:
- The kitchen scene has two versions, with and without the grandfather at the table. I like it
  with him, but it's busier.
- The camel has become a bit of a diva. I'm not sure if he's too much.
- For the open illustration I drew the phone's point of view, looking up at three faces. It might be
  strange. Tell me.

What do you think, and what did Nadia and Rana say? I'm ready for the hard comments.

Chloé
""", re="fr-086", t="L")

    m("fr-088", "2026-01-15 09:20", "maya", "chloe", None, """
Chloé, I love them. Some specific things, because "I love them" isn't useful:

- Kitchen: with the grandfather. The busyness is the point. Rana said it's the first drawing of a
  Jordanian home she's seen that looks like a real one, "someone has left a tea glass on the floor".
- The camel is not too much. The camel is the hero. Don't touch him.
- The phone's point of view is my favourite, and I want it on the cover instead of inside.
- One change from Rana: in the sign-up scene, the mother holds the phone very far from her face. In
  reality, she says, people hold it close and tilted. Small thing, but she noticed at once.
- The father leaving: the phone in his hand is too new. Make the screen cracked, please.

That's all. Really.

Maya
""", re="fr-087", t="V")

    m("fr-089", "2026-02-05 18:30", "chloe", "maya", "Finals: One phone, many people", """
Hello Maya,

The final files are ready, one day early:
https://atelier-dubois.example/share/lindqvist-finals

You'll find PNG and SVG for screen, CMYK PDFs for print (with 3 mm bleed), and the cover in two
crops. The cracked screen has three cracks; I tested two on my own phone and had to stop there.

My invoice will follow from my accountant this week. It has been a pleasure to draw these. Please
thank Rana for me, her remark about the tilted phone made the whole drawing better.

Chloé
""", re="fr-088", t="V")

    m("fr-090", "2026-02-06 08:50", "maya", "chloe", None, """
Chloé, they're perfect. I've been looking at the cover for ten minutes instead of working.

Nadia shared them with the whole Lumen team, and Omar, their developer, asked if he can use the
camel in the app's loading screen. I said I'd ask you, of course. It would be on your terms.

The invoice will be paid the day it arrives. And I'll credit you on the cover and on the guide's
web page, with a link to your site.

Thank you for taking the families so seriously.

Maya
""", re="fr-089", t="V")

    m("fr-091", "2026-04-09 12:10", "chloe", "maya", "A small favour?", """
Hello Maya,

I hope the guide is doing well. I've seen it passed around twice on design forums, with the cover,
which made me very happy.

A small favour: I'm updating my portfolio. May I include the six illustrations? And would you write
two or three sentences about working together that I could put on my site? Only if you're
comfortable, of course.

(And Omar may have the camel for the loading screen, for free. Lumen does good work.)

Chloé
""", re="fr-090", t="S")

    m("fr-092", "2026-04-10 09:40", "maya", "chloe", None, """
Yes to both, of course, and thank you for the camel. Omar will be thrilled.

Here's the text. Change anything that doesn't sound right:

"Chloé turned a research guide about families sharing one phone into something people actually want
to pick up. She asked the right questions before she drew a line, took feedback from our partners
in Jordan with real care, and delivered a day early. The illustrations did more for the guide than
any of my words."

Maya Lindqvist, product & UX researcher, Stockholm

Maya
""", re="fr-091", t="V")

    m("fr-093", "2026-06-02 15:30", "maya", "chloe", "Something that moves?", """
Dear Chloé,

Second commission, if you'd like it. I'm relaunching my website in September, and I'd love a short
animated loop for the top of the home page (10 to 15 seconds, quiet, no text), plus a still version.
Same world as the guide: ordinary people, one screen, a little humour. Maybe the camel could make a
cameo.

Budget around 1,800 EUR, delivery by end of August. Do you do animation at this scale, or should I
look for someone else?

Maya
""", t="")

    m("fr-094", "2026-06-09 11:15", "chloe", "maya", None, """
Hello Maya,

I'm so sorry for the slow reply. I was at the animation festival in Annecy all last week, and I
promised myself no laptop. That was a mistake with your mail waiting.

Yes, I'd love to. For a 12-second loop plus a still, with two rounds of feedback, my quote is
1,900 EUR. I'd deliver MP4 and WebM (under 500 KB, so it doesn't slow your site) and a Lottie file if
your developer prefers it.

Idea: a desk from above, morning light, a cup, a notebook, a phone. The phone lights up, a hand
reaches for it, and the camel walks across the notebook. Calm, a bit funny, and it loops without a
visible cut.

Chloé
""", re="fr-093", t="AV")

    m("fr-095", "2026-08-24 17:20", "chloe", "maya", "Your loop", """
Hello Maya,

Your animation is ready: https://atelier-dubois.example/share/lindqvist-loop

- loop_12s.mp4 (380 KB), loop_12s.webm (310 KB), loop.json (Lottie, 140 KB)
- still_2400.png for the fallback and for social previews

I watched it on a slow connection and on an old phone, it starts in under a second.

What do you think? I'm not 100% sure about the camel's tail.

Chloé
""", t="VL")

    m("fr-096", "2026-08-25 08:30", "maya", "chloe", None, """
Chloé, it's lovely. I've watched it about forty times. The way the light moves across the desk
makes the whole page feel like morning.

The tail is perfect, please keep it. One small thing: at 0:11 there's a tiny jump in the cup's
shadow just before the loop starts again. I only see it on the big monitor, but my developer spotted
it too. Could you smooth that?

Thank you for testing it on an old phone, hardly anyone thinks of that.

Maya
""", re="fr-095", t="V")

    m("fr-097", "2026-09-02 10:10", "chloe", "maya", None, """
Fixed, same link. The shadow now fades instead of jumping. Good eye (and good developer).

Chloé
""", re="fr-096", t="V")

    m("fr-098", "2026-10-14 16:40", "maya", "chloe", "The loop is live", """
Dear Chloé,

The new website has been live for two weeks, and your loop is at the top of it. I wanted to tell
you what happened:

- Three people have asked me who made the animation. I gave all of them your name and your site.
- One of them is Jonatan Lund, creative director at a studio in Malmö. He said, "I want that calm for
  our own campaign." He may write to you.
- My mother watched it and asked why the camel was on my desk. I told her it was a long story.

Thank you again. It's the first thing everybody mentions.

Maya
""", re="fr-097", t="V")

    m("fr-099", "2026-10-15 09:25", "chloe", "maya", None, """
Hello Maya,

Thank you for this mail, and for giving my name so generously. Jonatan wrote yesterday, we have a
call on Friday for a winter campaign! That would be my first Swedish client.

And how is the relaunch going for you? I hope the new site brings you the kind of work you want.

Chloé
""", re="fr-098", t="VL")

    m("fr-100", "2026-10-16 14:05", "maya", "chloe", None, """
That's wonderful, good luck on Friday. Jonatan is lovely, and Malmö winters need all the calm they
can get.

The relaunch is going well, thank you for asking. Two new enquiries in two weeks, both from people
who read the field guide first, so your illustrations are still working for me.

Maya
""", re="fr-099", t="VL")
