"""The relationships that show inboxwallet's alerts.

rachel  Northpoint Bank   CLIENT since Nov 2025; on 2026-10-21 she asks Maya a direct
                          question (availability + ballpark for a Q1 study) that Maya has
                          not answered by 2026-11-02: UNANSWERED.
daniel  Okafor Studio     he gives (templates, advice, an intro, an RFP, a reference, rate
                          feedback); Maya only asks and arranges: NOT_RECIPROCATING.  The
                          exchange ends with Maya's message.
sofia   Tidepool          an exchange every 2-3 weeks Nov 2025 - Apr 2026, nothing after
                          2026-04-15 (Maya's reply is the last message): FADING, DORMANT.
marcus  Hale Ventures     met Maya at a breakfast in New York; six pitches from her,
                          2026-09-01 .. 2026-10-28, never a reply: PROSPECT, IGNORED,
                          SELF_PROMO_HEAVY, OVERDRAWN.
henrik  Dahl Advisory     Sept-Oct 2026 only; after one useful first mail Maya's messages are
                          pitches (workshop seats, newsletter, a referral ask), he answers
                          briefly: ENGAGED, SELF_PROMO_HEAVY, OVERDRAWN.
priya   Quantumleaf       writes first in Sept 2026, a healthy advisory exchange through Oct,
                          thread ends with Maya: ENGAGED, no alert.
yuki    Kumo Labs         two mails from Maya in Oct 2026, no answer yet: PROSPECT.

Tags in t= : V value_giving, A apologetic, L listening, S self_promotional.
"""


def write(m):
    rachel(m)
    daniel(m)
    sofia(m)
    marcus(m)
    henrik(m)
    priya(m)
    yuki(m)


# --------------------------------------------------------------------------
# Rachel Kim, Northpoint Bank (New York).  Client with history; one open question.
# --------------------------------------------------------------------------

def rachel(m):
    m("tr-001", "2025-11-06 10:12", "rachel", "maya", "Screener for the SMB onboarding study", """
Hi Maya,

Good to have you on board. As promised, here is the draft screener our research ops team put
together for the small-business onboarding study. Legal still has to sign off on the consent
language, so that part is missing.

1. Do you own or co-own a business with fewer than 50 employees? (must be yes)
2. Do you currently have a business checking account? With which bank?
3. Have you opened a business account online in the last 24 months?
4. Which best describes your role in the business's finances? (owner / bookkeeper / other)
5. Do you work for a bank, a credit union or a market research company? (screen out)

We were thinking 12 participants, a mix of Northpoint customers and non-customers. Could you
take a look before Friday? If there's anything you'd change, now is the time. I'd rather fix it
before recruiting starts than after.

Thanks,
Rachel
""", t="")

    m("tr-002", "2025-11-07 09:05", "maya", "rachel", None, """
Hi Rachel,

Thanks, this is a good base. A few changes I'd make:

- Q3 is the one that matters most, but as a yes/no it lets in people who opened an account two
  years ago and remember nothing about it. I'd ask for the month and year and prioritise the
  last 12 months.
- Add a question on the type of business. Otherwise we'll end up with eight consultants and a
  dog walker. I'd aim for at least four with premises or stock (a shop, a cafe, a workshop):
  the ID and address checks are much harder for them, and that's where people give up.
- Q4: keep the bookkeeper option, but cap it at two. The owners are the ones who hit the
  identity steps.
- For the split I'd go 7 non-customers / 5 customers. The non-customers are the ones who
  abandoned an application or chose someone else, which is what we want to understand.
- Add one open question at the end ("Tell us about the last time you had to give a bank
  documents for your business") so the recruiter can weed out one-word answerers.

I'm happy to draft the revised version if that's easier for your team. I could have it back to
you on Monday.

Best,
Maya
""", re="tr-001", t="V")

    m("tr-003", "2025-11-07 13:48", "rachel", "maya", None, """
Yes please, Monday is perfect. Our research ops lead especially liked the open question. We've
been burned by one-word participants before.

Rachel
""", re="tr-002", t="")

    m("tr-004", "2025-11-10 08:40", "maya", "rachel", None, """
Hi Rachel,

Revised screener below. Changes are marked with [new].

1. Do you own or co-own a business with fewer than 50 employees? (must be yes)
2. [new] What kind of business is it? (retail or food service / trades or workshop /
   professional services / online only / other) - recruit at least 4 from the first two
3. [new] When did you last open a business bank account, or try to? (month and year; must be
   within 24 months, prefer 12)
4. [new] Did you finish opening it? (yes / no, I gave up / no, I was declined / still in progress)
5. Which bank was it with?
6. Your role in the business's finances (owner / bookkeeper / other) - max 2 bookkeepers
7. Do you work for a bank, a credit union or a market research company? (screen out)
8. [new] Tell us about the last time you had to give a bank documents for your business.

Q4 is the one I'm most excited about. If we can get three or four "no, I gave up", we'll learn
more from them than from everyone else together.

One question for you: who on your side decides the incentive amount? For business owners I'd
budget $150 for a 60-minute session. Less than that and the recruiter will struggle to find
people with premises.

Best,
Maya
""", re="tr-003", t="V L")

    m("tr-005", "2025-11-18 16:05", "rachel", "maya", None, """
Hi Maya,

Good news: legal signed off on the consent form this morning, and $150 is approved. The
recruiter starts today and is confident about the "gave up" group. Apparently there are plenty
of them, which is its own finding.

Scheduling: the team would like the sessions Dec 1-3. Could you do 8:00 a.m. Eastern starts?
I know that's mid-afternoon for you, but a lot of these owners want to talk before they open
up shop.

Rachel
""", re="tr-004", t="V")

    m("tr-006", "2025-11-19 08:22", "maya", "rachel", None, """
Hi Rachel,

8:00 Eastern works well, that's 14:00 here. I'd suggest four sessions a day:

- 8:00, 9:30, 11:00 and 12:30 Eastern, each 60 minutes with 30 minutes between
- Dec 1 and 2 full, Dec 3 for the last four, with a spare slot on Dec 3 at 14:00 Eastern for
  no-shows

Do you want people from your team to observe? If so, I'd keep it to two per session and give
them a shared notes doc with one column per participant. I can set that up if you tell me who's
coming.

Best,
Maya
""", re="tr-005", t="L")

    m("tr-007", "2025-12-04 09:30", "maya", "rachel", "Onboarding study: first read after 12 sessions", """
Hi Rachel,

All twelve sessions are done (we used the spare slot once). Before I write it up properly, here
is my first read, so you have something for Monday's stand-up:

1. The ID scan is the biggest single drop-off. Five of the seven non-customers who gave up did
   so at the driver's licence step, mostly because the photo was rejected with no reason given.
   Two tried four times.
2. "Beneficial owner" means nothing to anyone. Three participants thought it was asking who
   benefits from the account, i.e. their employees.
3. The shop and cafe owners apply on their phones, standing up, between customers. The flow
   assumes a desk and a scanner.
4. Nobody knows how long approval takes. "Pending review" with no date was described as "the
   moment I opened an account somewhere else".
5. Your customers trusted the flow far more than non-customers did, mostly because they already
   knew the app. That cuts both ways: they also blamed themselves when something failed.

Points 1 and 4 look cheap to fix. A reason on a failed photo and an expected approval time
would probably have kept three of the five.

Full write-up by the 12th as agreed.

Best,
Maya
""", t="V")

    m("tr-008", "2025-12-05 11:17", "rachel", "maya", None, """
Maya, this is excellent. I forwarded points 1 and 4 to the onboarding squad and they already
have a ticket for the photo rejection reasons. The "standing up between customers" line got
quoted in two meetings yesterday.

Could I have a short deck by Monday the 15th? We have the exec review on the 16th and I'd like
to lead with the drop-off numbers and two or three clips.

Rachel
""", re="tr-007", t="V")

    m("tr-009", "2025-12-12 15:45", "maya", "rachel", None, """
Hi Rachel,

The deck is in the shared folder ("Northpoint SMB onboarding - exec readout v1"), 11 slides.
The clips are embedded on slides 4, 6 and 9, each under 40 seconds. I picked the cafe owner
retaking the photo, the "who benefits" confusion, and the participant who opened an account at
a competitor while waiting for your approval email.

If the exec audience is short on time, slides 3, 4 and 9 tell the whole story on their own.
The appendix has the full task-by-task breakdown for the squad.

Good luck on the 16th. I'm around all day if anything needs changing.

Best,
Maya
""", re="tr-008", t="V")

    m("tr-010", "2025-12-17 09:02", "rachel", "maya", None, """
Hi Maya,

Quick one before everyone disappears for the holidays: the review went really well. The clip of
the cafe owner did more than any number I've ever shown them. They asked for a phase 2 that
follows people after account opening, and I'd like you to run it. Let's talk in January.

Happy holidays, and thank you for making me look good.

Rachel
""", re="tr-009", t="V")

    m("tr-011", "2026-01-13 10:30", "rachel", "maya", "Phase 2 - diary study SOW", """
Hi Maya,

Happy new year! Phase 2 is approved in principle. The idea is a diary study with new business
customers over their first four weeks: deposits, first payments, card arrival, the first call
to support, that kind of thing.

Could you send me an SOW by January 23? Procurement needs it in their template, but an outline
in an email is fine for now and I'll move it over.

Rachel
""", t="")

    m("tr-012", "2026-01-14 08:55", "maya", "rachel", None, """
Hi Rachel,

Happy new year to you too, and great news. Here's an outline you can move into the template:

Scope
- 14 new small-business customers, recruited within 3 days of account approval
- 4-week remote diary study (app-based, 2-3 prompts a week plus "something went wrong" entries
  at any time)
- entry and exit interviews with each participant (45 minutes each)
- synthesis and a readout workshop with your squads

Timeline
- recruiting weeks 1-2, diary weeks 3-6, exit interviews week 7, synthesis and readout week 8
- if we start on February 23, the readout lands in the week of April 20

Fee
- fixed price USD 38,500, including the diary tool licence
- participant incentives paid by Northpoint (I'd suggest $300 for the full four weeks, paid in
  two parts so people don't drop out after week one)

The one thing I'd ask you to decide early: do we include customers who were approved with
manual review? They're the interesting ones, but we need compliance to say yes.

Best,
Maya
""", re="tr-011", t="V L")

    m("tr-013", "2026-02-19 14:10", "maya", "rachel", "Diary study kicks off Monday", """
Hi Rachel,

We have 14 participants confirmed, 5 of them approved after manual review (thanks for getting
compliance on board so quickly). Everyone gets their welcome prompt on Monday at 9:00 their
time.

Two things for your team:
- The observer dashboard goes live on Monday. Entries appear with a 24-hour delay so nobody
  reacts to a single bad day.
- If anyone on the squad sees an entry that describes an actual bug or a blocked account,
  please send it to me rather than to the participant. I'll pass it to your support lead
  without breaking the study.

I'll send a short summary every second Friday.

Best,
Maya
""", t="V")

    m("tr-014", "2026-02-20 09:41", "rachel", "maya", None, """
Perfect, thanks. I've shared the bug rule with the squad leads. Looking forward to the first
entries.

Rachel
""", re="tr-013", t="")

    m("tr-015", "2026-03-25 10:05", "maya", "rachel", "Diary study: halfway notes", """
Hi Rachel,

We're through week 4 of 6 (counting the interviews) and I have enough for a halfway picture:

- The debit card is the emotional centre of the first month. Nine participants wrote about
  waiting for it; four ordered supplies on a personal card in the meantime and never moved
  those payments over.
- The manual-review group is anxious for much longer than we thought. Even after approval they
  expect the account to be frozen "any day". Two of them keep their old bank account open as a
  fallback, with most of their money in it.
- Support is good once people reach a person. Getting there is the problem: the phone menu
  asks for an account number they don't have yet.
- Mobile deposit is loved. Three unprompted entries called it "the best part".

The card delay and the phone menu look like the quickest wins. Shall we add a 30-minute
check-in with the support lead before the readout?

Best,
Maya
""", t="V L")

    m("tr-016", "2026-03-26 12:20", "rachel", "maya", None, """
Hi Maya,

Thanks, this is really useful. The fallback bank account point worries me. Is that only the
manual-review group, or do you see it with the others too? If it's everyone, that's a revenue
story and I need to tell a different VP.

And yes to the support check-in, I'll set it up.

Rachel
""", re="tr-015", t="L")

    m("tr-017", "2026-03-27 08:48", "maya", "rachel", None, """
Hi Rachel,

Mostly the manual-review group: two of the five keep most of their money elsewhere, and a third
said she would "once the account felt real". In the other nine there's one, and he has always
had two banks on purpose.

So I'd frame it as a trust problem after manual review rather than a general revenue story. A
single message when review is complete ("your account is fully open, nothing else is needed")
might do a lot. I'll dig into it in the exit interviews and give you a clearer number by mid
April.

Best,
Maya
""", re="tr-016", t="V")

    m("tr-018", "2026-04-29 17:35", "rachel", "maya", "Thank you", """
Hi Maya,

I wanted to say thank you properly now that the readout is behind us. Three squads changed
their Q2 plans because of it, and the "your account is fully open" message goes to beta next
week. The support team was also grateful you brought them in before the readout, not after.

Really good work. I'll be back with more, I'm sure.

Rachel
""", t="V")

    m("tr-019", "2026-04-30 08:15", "maya", "rachel", None, """
Hi Rachel,

Thank you, that means a lot, and it was a very good team to work with. Your squads acted on
things faster than most clients I've had.

How will you measure whether the message works? If you can, I'd look at balances moved in from
other banks in the 60 days after approval, compared with the manual-review customers from Q1.
That would show you whether the trust problem is really solved or just quieter.

Best,
Maya
""", re="tr-018", t="V L")

    m("tr-020", "2026-07-08 13:50", "rachel", "maya", "Numbers from the new onboarding flow", """
Hi Maya,

Thought you'd like to see this: since the photo rejection reasons and the approval time estimate
went live in May, completed applications are up 11% and calls to support about application
status are down by a third. We also did what you suggested with balances after manual review.
It's early, but the average moved in within 60 days is up about 20%.

Your name came up in the quarterly review, in a good way.

Rachel
""", t="V")

    m("tr-021", "2026-07-09 09:12", "maya", "rachel", None, """
Hi Rachel,

That's wonderful, thank you for sending it. 11% on completed applications is a big number for
two fairly small changes, and the support calls dropping tells me people understand what's
happening now.

On the 20%: I'd wait for the August cohort before quoting it widely. Q1 had a lot of
applications from one payroll partner, and they behave differently. If you'd like, I can look at
the split when you have it. No charge, I'm curious.

Have a good summer!

Maya
""", re="tr-020", t="V L")

    m("tr-022", "2026-09-15 10:40", "maya", "rachel", "Card disputes: a piece you might find useful", """
Hi Rachel,

I came across this and thought of your team: a CFPB-funded study on how small-business owners
experience card disputes, with a good section on what happens when a provisional credit is
reversed. Most of it is about consumer cards, but chapter 4 is about business debit and reads a
lot like what we heard in the diary study:
https://consumerfinance.example/research/card-disputes-small-business

How did the August cohort look, by the way? Did the balance numbers hold?

Best,
Maya
""", t="V L")

    m("tr-023", "2026-09-17 15:22", "rachel", "maya", None, """
Hi Maya,

Funny timing, we're starting to scope a card dispute redesign for Q1 and I'd been meaning to
write to you about it. Thanks for the study, I've sent it around.

August held up: 17% instead of 20%, still good.

More on the disputes work soon, once I know what budget we have.

Rachel
""", re="tr-022", t="V")

    m("tr-024", "2026-09-18 08:30", "maya", "rachel", None, """
Hi Rachel,

17% that holds is better than 20% that doesn't, congratulations to the squad. Disputes are an
area I'd love to work on, so I'll wait to hear from you.

Maya
""", re="tr-023", t="L")

    # The open question: Maya is in To, asked directly, and there is no later mail from Maya
    # to Rachel anywhere in the sample.
    m("tr-025", "2026-10-21 16:05", "rachel", "maya", "Q1 card dispute study - availability and ballpark?", """
Hi Maya,

Following up on my note from last month. We have a green light to scope the card dispute
redesign for Q1, and I'd like you to lead the research if you can.

Two questions I need answered before our budget lock on November 4:

1. Are you available for roughly 8 weeks between January 12 and March 13?
2. What ballpark should I put in the request? Scope would be similar to the diary study, maybe
   15 participants, plus a half-day workshop with the disputes ops team in Charlotte.

A range is fine at this point. If you can't do it, I'd appreciate knowing that too, so I can
line up someone else in time.

Thanks,
Rachel
""", t="")


# --------------------------------------------------------------------------
# Daniel Okafor, Okafor Studio (Lagos).  He gives; Maya asks.
# --------------------------------------------------------------------------

def daniel(m):
    m("tr-101", "2026-01-12 09:20", "maya", "daniel", "Retainer agreement template?", """
Hi Daniel,

Do you have a template for a retainer agreement? I need one for a client by Friday.

Maya
""", t="")

    m("tr-102", "2026-01-12 14:05", "daniel", "maya", None, """
Hi Maya,

Sure, here's the one we use, stripped of client names:
https://okafor-studio.example/shared/retainer-template-2025.docx

A few things I learned the hard way, in case they help:

- Put a use-it-or-lose-it rule on the hours, but let up to 20% roll over one month. Without
  the rollover clients feel cheated in quiet months; without the cap you end up owing them a
  month of free work in December.
- Define what a "request" is. Ours says anything over 2 hours needs a written brief. That one
  clause has saved me more arguments than anything else.
- 60 days' notice on either side, not 30. Thirty is too short to replace the income.
- IP transfers on payment, not on delivery. I had a client pay four months late once and
  they'd already shipped our designs.

If you want, send me your draft before it goes out and I'll read it over. I know the Nordic
contracts are gentler than ours, but the same traps exist.

Daniel
""", re="tr-101", t="V")

    m("tr-103", "2026-01-13 08:10", "maya", "daniel", None, """
Got it, thanks.
""", re="tr-102", t="")

    m("tr-104", "2026-01-26 11:30", "maya", "daniel", "Contact at Lagoon Pay?", """
Hi Daniel,

Do you know anyone in the design or research team at Lagoon Pay? I need a name there.

Maya
""", t="")

    m("tr-105", "2026-01-26 19:48", "daniel", "maya", None, """
I do. Funmi Adeyemi runs research there. We worked together at Paga years ago and she's
excellent. I sent her a note this evening saying you'd be in touch and that she should take
the call. Her address is funmi.adeyemi@lagoonpay.example.

Some context so you don't walk in cold: they're expanding into Ghana and Kenya this year and
the research team is three people, so she's stretched. She cares a lot about research with
low-literacy users and gets bored fast by generic pitches. If you lead with the voice-prompt
work you mentioned last year, you'll have her attention.

She prefers a short email and a WhatsApp follow-up to long calls.

Daniel
""", re="tr-104", t="V")

    m("tr-106", "2026-02-03 10:15", "maya", "daniel", "Call on Thursday?", """
Can we do 20 minutes on Thursday? I need to talk through pricing for a fixed-price project.
3pm my time?
""", t="")

    m("tr-107", "2026-02-03 12:40", "daniel", "maya", None, """
Thursday at 3pm your time is 3pm here too (for another few weeks), so that works. I'll send a
Meet link.

Before then, you might want to read this, it's the best thing I've seen on fixed pricing for
research work:
https://designbusiness.example/articles/fixed-price-without-losing-your-shirt

My rule of thumb, so you have something to react to: estimate the days honestly, multiply by
your day rate, then add 30% for the unknowns and don't show the client the sum. Show them the
outcome and one number. If they push back, take scope out, never the 30%.

Daniel
""", re="tr-106", t="V")

    m("tr-108", "2026-02-05 14:52", "mayaf", "daniel", None, """
Running 10 min late, sorry. Start 15:10?
""", re="tr-107", sig="Sent from my iPhone", t="A")

    m("tr-109", "2026-03-10 08:35", "daniel", "maya", "Saw this and thought of you", """
Hi Maya,

This RFP from the Nordic Council of Ministers came across my desk through a partner: service
design research on cross-border digital ID, 18 months, five countries. It reads like it was
written for you. The deadline for questions is March 20 and for proposals April 30.
https://tenders.norden.example/2026/0114-digital-id-service-design

We can't bid (no Nordic entity), but if you do, I'd be glad to help with the structure. I've
sat on the evaluating side of two EU tenders and the scoring is more mechanical than people
think. Most proposals lose points on "methodology" simply by not repeating the evaluation
criteria back in the same order.

Daniel
""", t="V")

    m("tr-110", "2026-03-11 09:02", "maya", "daniel", None, """
The link needs a login. Can you send the PDF?
""", re="tr-109", t="")

    m("tr-111", "2026-03-11 11:26", "daniel", "maya", None, """
Here it is: https://okafor-studio.example/shared/norden-0114-rfp.pdf

While you read it, look at annex C (the scoring grid). 40% is methodology and 25% is "team and
references", and references are scored on similarity of past work, not on how famous the
client is. Your bank and energy projects will count for more than you think.

One more tip: they ask for a risk register. Don't list generic risks. Pick three real ones
(recruiting in the Faroe Islands will be one, I promise you) and give a mitigation for each.
That's usually where a small bidder beats a big firm.

Daniel
""", re="tr-110", t="V")

    m("tr-112", "2026-04-21 16:10", "maya", "daniel", "Reference for the Norden bid", """
Hi Daniel,

Would you be a reference for the Norden bid? They need the form back by April 28.

Maya
""", t="")

    m("tr-113", "2026-04-21 17:55", "daniel", "maya", None, """
Of course, happy to. Send me the form and I'll turn it around within a day.

So we tell the same story: I'll write about the Lagos-Stockholm research exchange we ran in
2023, the ten interviews you did for us on the savings app and how you trained two of my
researchers along the way. That's the closest thing I have to "multi-country service design",
and the training part matters, because their brief asks about capacity building.

And since they score references on similarity: if you have a third reference from a public
sector client, use it even if it's small.

Daniel
""", re="tr-112", t="V")

    m("tr-114", "2026-04-22 09:14", "maya", "daniel", None, """
Form: https://lindqvist.example/share/norden-reference-form.pdf
Deadline the 28th.
""", re="tr-113", t="")

    m("tr-115", "2026-07-06 10:20", "daniel", "maya", "Any news on Norden?", """
Hi Maya,

Any news from Norden? They told me in May that references had been checked, which is usually
a good sign.

Separately: Kemi Balogun is putting together the programme for Design Week Lagos in November
and asked me for speakers who can talk about research across markets. I gave her your name.
She'll probably write to you this week. It's a good audience, mostly product leads from
fintechs, and they pay travel.

Daniel
""", t="V L")

    m("tr-116", "2026-07-06 13:05", "maya", "daniel", None, """
No news yet. Haven't heard from Kemi.
""", re="tr-115", t="")

    m("tr-117", "2026-09-14 09:40", "maya", "daniel", "Rate card", """
Hi Daniel,

Can you look at my new rate card before Monday? Link below.
https://lindqvist.example/share/rates-2027-draft.pdf

Maya
""", t="")

    m("tr-118", "2026-09-15 20:15", "daniel", "maya", None, """
Hi Maya,

Had a look. Overall it's clear and the prices are right for where you are now. Some notes:

- Drop the hourly rate from the card. Once it's printed, every client will do the arithmetic on
  your packages and negotiate by the hour.
- The "research sprint" and the "discovery sprint" look the same from the outside. Either merge
  them or name them by what the client gets ("Decide what to build" vs "Find out why it
  isn't working").
- Your diary study price is low. You've just run one for a bank with real results; that's a
  case study, and it should cost at least 20% more than the generic version.
- Put a validity date on it ("prices valid for proposals issued until 30 June 2027"). It gives
  you an easy way to raise them next year.

If you change only one thing, make it the first.

Daniel
""", re="tr-117", t="V")

    m("tr-119", "2026-10-12 11:05", "maya", "daniel", "Consent form in French?", """
Hi Daniel,

Do you have an interview consent form in French? Need one for a Senegal project.

Maya
""", t="")

    m("tr-120", "2026-10-13 08:50", "daniel", "maya", None, """
Yes, we used this one in Dakar and Abidjan last year, approved by a lawyer in Dakar:
https://okafor-studio.example/shared/consentement-entretien-v3.docx

Two things to watch: in Senegal a lot of people will prefer to give consent orally, especially
outside Dakar. Record the oral consent at the start of the audio and have the form read aloud;
don't insist on a signature. And check whether your client wants the recordings stored in the
EU. The form says they are, so change that line if not.

If you need an interviewer who speaks Wolof, I can put you in touch with Awa, who did our
fieldwork there.

Daniel
""", re="tr-119", t="V")

    m("tr-121", "2026-10-22 15:30", "maya", "daniel", None, """
Got it. Will use it. Send me Awa's details.
""", re="tr-120", t="")


# --------------------------------------------------------------------------
# Sofia Martins, Tidepool (Lisbon).  A good rhythm, then silence after 2026-04-15.
# --------------------------------------------------------------------------

def sofia(m):
    m("tr-201", "2025-11-05 10:20", "sofia", "maya", "After the workshop", """
Hi Maya,

Thank you again for last week. The team has not stopped talking about the opportunity tree, and
Rui has taken the wall photos home to "study" them, which I have never seen him do with anything.

One question before we lose momentum: we ended up with 14 opportunities under "plan a session
safely" and we can't agree how to pick the first two. Dev wants the cheapest, I want the ones
we heard most often. Is there a better way than arguing?

Beijinhos,
Sofia
""", t="V")

    m("tr-202", "2025-11-06 08:45", "maya", "sofia", None, """
Hi Sofia,

So glad it stuck! Tell Rui the photos have to come back eventually.

There is a better way than arguing, or at least a more structured argument. For each of the 14,
score three things from 1 to 3: how often you heard it, how bad it is when it happens, and how
confident you are that you understand it. Multiply, don't add. Then take the top five and only
then ask Dev how expensive each one is.

Frequency alone tends to pick small annoyances, and cost alone picks things nobody cares about.
Severity is the one teams forget, and for a safety product I'd expect it to matter most.

How many of the 14 came up in more than two interviews?

Maya
""", re="tr-201", t="V L")

    m("tr-203", "2025-11-24 09:30", "maya", "sofia", "JTBD interviews for the surfer persona", """
Hi Sofia,

I remembered you were starting the jobs-to-be-done interviews this month, and I came across
this piece on interviewing people about routines they do half-automatically, like checking the
tide before leaving the house:
https://uxresearch.example/articles/interviewing-about-habits

The "last time" technique in the middle section is what I'd use: don't ask how they usually
check conditions, ask them to walk you through the last time, step by step, phone in hand.

How are the interviews going so far?

Maya
""", t="V L")

    m("tr-204", "2025-11-25 18:10", "sofia", "maya", None, """
Maya, that article is exactly what we needed, the "last time" thing changed the second half of
our interviews.

Five done. And a surprise: three of the five don't check the tide for themselves at all. They
check it for their kids. Two of them are parents who surf, one is a grandmother who doesn't
surf, she walks her grandchildren to the beach and wants to know when the rocks at Praia da
Adraga are safe. We had no "family" persona at all.

Is it too early to call this a pattern with three people?

Sofia
""", re="tr-203", t="V L")

    m("tr-205", "2025-11-26 08:35", "maya", "sofia", None, """
Hi Sofia,

That's a big finding, and you heard it in three out of five. It's too early to call it a
pattern, but not too early to go looking for it. I'd recruit the next five on purpose: at least
three people who go to the beach with children, and see whether it holds. If it does, it
changes who your product is for, not just a feature.

The grandmother is gold, by the way. Write down everything she said.

Maya
""", re="tr-204", t="V L")

    m("tr-206", "2025-12-11 12:05", "sofia", "maya", "Recruiting panel in Portugal?", """
Hi Maya,

We want to do the next round with parents, like you said, and our own user list is almost all
young surfers. Do you know any recruiting panel in Portugal that is not terrible? The one we
used for the app test sent us two people who had never been to a beach.

Sofia
""", t="")

    m("tr-207", "2025-12-12 09:15", "maya", "sofia", None, """
Hi Sofia,

Two options I'd trust:

- Mapa Research in Porto. Small, slow, but they actually phone every candidate. About EUR 90 per
  recruit on top of the incentive. Ask for Ines.
- Intercept recruiting at the beach yourselves. For this group I'd honestly do that: a
  Saturday morning at Carcavelos with a sign, a QR code and a EUR 20 voucher for a 5-minute
  screener. You'll meet exactly the parents you want, and it costs less than one panel recruit.

If you do the beach version, take someone with you, and bring a lot of sunscreen and a
consent form.

Maya
""", re="tr-206", t="V")

    m("tr-208", "2026-01-08 09:50", "maya", "sofia", "Happy new year", """
Hi Sofia,

Happy new year! I've been wondering how the family-safety direction went down with Rui and the
board. Did the parents' round confirm it?

Maya
""", t="L")

    m("tr-209", "2026-01-09 17:25", "sofia", "maya", None, """
Happy new year Maya!

It confirmed it, and more. Seven of the eight parents described the same thing: checking three
apps and a webcam before taking kids to the water. Rui presented it to the board in December
and they agreed to build a "family mode" first, before the surf forecasts.

We have a clickable prototype now. Would you be willing to look at it? I know it's not part of
the workshop, so tell me if you'd rather not.
https://figma.example/proto/tidepool-family-mode-v2

Sofia
""", re="tr-208", t="V")

    m("tr-210", "2026-01-12 10:10", "maya", "sofia", None, """
Hi Sofia,

Of course I'll look, this is exactly the kind of thing I like to see grow. Some notes from
going through it twice:

- The "safe window" bar on the home screen is the best thing in the prototype. Make it bigger.
  Right now it competes with the weather icons, and the parents in your study didn't care about
  weather icons.
- "Swell period" is surfer language. For family mode I'd hide it or translate it ("calm /
  choppy / rough").
- The alert set-up asks for five things before it does anything. Start with one (the beach)
  and a sensible default alert, then let people adjust later.
- I couldn't find how to share the safe window with another adult. Half of your parents
  described a second adult who decides whether they go.

I'd test the next version with four or five parents before you build anything. Happy to look
again after that.

Maya
""", re="tr-209", t="V L")

    m("tr-211", "2026-01-29 16:40", "sofia", "maya", "Test results + a question", """
Hi Maya,

We tested the new version with five parents. Sharing the safe window worked beautifully, two
people did it without being asked. The alerts are still confusing.

We also asked everyone the SUS questionnaire and got 71. Dev says that's good, Rui says it's
average. Who is right? And is it even meaningful with five people?

Sofia
""", t="V")

    m("tr-212", "2026-01-30 08:55", "maya", "sofia", None, """
Hi Sofia,

They're both a bit right. 68 is the usual average across studies, so 71 is "slightly above
average": not bad, not a reason to celebrate.

With five people the score moves a lot with one participant, so I wouldn't report it as a
number on its own. What it's good for is comparison: run the same questionnaire after you fix
the alerts, with another five, and look at whether it moves. And look at the individual items.
If "I needed to learn a lot of things before I could get going" is low for everyone, that's
your alert set-up.

The sharing result is the real news, by the way. Unprompted sharing in a test is rare.

Maya
""", re="tr-211", t="V")

    m("tr-213", "2026-02-17 13:30", "sofia", "maya", "Job description for a junior researcher", """
Hi Maya,

We finally have budget for a junior researcher! I wrote a job description and I'm not sure it's
right. Could you read it? It's short.
https://docs.example/tidepool/junior-researcher-jd

Sofia
""", t="V")

    m("tr-214", "2026-02-18 09:20", "maya", "sofia", None, """
Hi Sofia,

Congratulations, that's a real step for Tidepool!

The description is good, a few suggestions:
- "5+ years of experience" and "junior" in the same ad will scare off the people you want.
  Two years, or none if they can show a portfolio.
- Say what they'll do in the first three months (e.g. "run the next round of family-mode
  tests with you"). Juniors want to know they won't just take notes.
- Ask for a one-page example of a study, not a full portfolio. You'll get more applicants and
  learn more about how they think.
- Mention that they'll do fieldwork at beaches. That's a selling point!

When it's out, send me the link and I'll share it in two research communities I'm in.

Maya
""", re="tr-213", t="V")

    m("tr-215", "2026-02-18 19:05", "sofia", "maya", None, """
Thank you! I changed all four, and "fieldwork at beaches" is now in the title. Link when it's
live.

Sofia
""", re="tr-214", t="V")

    m("tr-216", "2026-03-05 11:00", "maya", "sofia", "Could I write about family mode?", """
Hi Sofia,

I'm writing an article about findings that change who a product is for, and the story of the
grandmother at Praia da Adraga is the best example I have. Would Tidepool be OK with me telling
it? I can anonymise the company if you prefer, and you'd see the draft first.

And how is the hiring going?

Maya
""", t="L")

    m("tr-217", "2026-03-06 12:45", "sofia", "maya", None, """
Hi Maya,

Rui says yes, with our name, and he's a bit flattered. If you want a quote from me: "We thought
we were building a surf app. Eight parents and a grandmother told us we were building a safety
app."

Hiring: 41 applications, two very good ones. Interviews next week.

Sofia
""", re="tr-216", t="V")

    m("tr-218", "2026-03-09 09:30", "maya", "sofia", None, """
Hi Sofia,

That quote is perfect, thank you both. The draft is here, the Tidepool part is the second
section: https://lindqvist.example/drafts/who-is-it-for

Good luck with the interviews. If you'd like a second opinion on a take-home task, send it over.

Maya
""", re="tr-217", t="V")

    m("tr-219", "2026-03-24 20:15", "sofia", "maya", "Family mode is live!", """
Maya!

Family mode went live on Friday. 1,900 families in the first three days, mostly through
parents sharing the safe window with each other, exactly like in the test. The app store
reviews are from people we never reached before ("finally something for non-surfers").

And we hired Marta, the one with the beach-cleanup research. She starts in April.

I wanted you to hear it from me. None of this would have happened without that workshop.

Sofia
""", t="V")

    m("tr-220", "2026-03-25 08:20", "maya", "sofia", None, """
Sofia, this made my morning. 1,900 families in three days, through sharing, is exactly the
behaviour you saw with five people in January. That's a team that listens to its research, and
that's mostly you.

Welcome to Marta! How are you feeling about it all? It's been a big quarter for you.

Maya
""", re="tr-219", t="V L")

    m("tr-221", "2026-04-13 17:50", "sofia", "maya", "Going quiet for a while", """
Hi Maya,

Honest update: the round we were counting on has been pushed to the autumn, and the board wants
us to cut everything except family mode and revenue. Marta's start is postponed, which I hate.
I'll be heads down on paid features for a few months.

So I'll go quiet for a while, but I didn't want to just disappear. Let's pick up after the
summer.

Sofia
""", t="V")

    m("tr-222", "2026-04-15 09:10", "maya", "sofia", None, """
Hi Sofia,

Thank you for telling me, and I'm sorry about the round. Postponing Marta must be hard after
you fought for that role.

For what it's worth, focusing on family mode and revenue is the right call: you have a feature
people share without being asked, and that's rare. If you need a sounding board on pricing for
it, even a quick one, just write. No invoice.

Let's pick up after the summer. Take care of yourself.

Maya
""", re="tr-221", t="L V")


# --------------------------------------------------------------------------
# Marcus Hale, Hale Ventures (New York).  Six pitches, never a reply.
# --------------------------------------------------------------------------

def marcus(m):
    m("tr-301", "2026-09-01 09:14", "maya", "marcus", "Great meeting you at the Nordic Innovation House breakfast", """
Hi Marcus,

It was good to meet you at the Nordic Innovation House breakfast last week. I enjoyed our
conversation about why so many of your seed companies get signups but struggle to turn them
into active accounts.

That's exactly the problem I help teams with. I'm an independent product and UX researcher in
Stockholm, and over the past year I've run onboarding studies for Northpoint Bank and Nordhavn
Logistics. At Northpoint, two changes that came out of the study lifted completed applications
by 11%.

For portfolio companies I offer a fixed-price "Activation Diagnostic": three weeks, eight user
interviews plus a funnel review, and a prioritised list of fixes the team can ship in a
sprint. Several investors use it as part of their post-investment support.

Would you be open to a 20-minute call to see whether it could fit one or two of your
companies?

Best regards,
Maya
""", t="S")

    m("tr-302", "2026-09-10 10:02", "maya", "marcus", None, """
Hi Marcus,

Following up on my note from last week. I've put together a one-page overview of the
Activation Diagnostic, with the timeline, what a team gets at the end, and pricing for
portfolio companies (USD 14,000, or 12,500 each if two companies start in the same quarter):
https://lindqvist.example/activation-diagnostic

I have room for two diagnostics in November. Would it be useful to set up a short call this
month?

Best,
Maya
""", re="tr-301", t="S")

    m("tr-303", "2026-09-23 14:30", "maya", "marcus", "Activation Clinic on October 15 - seats for Hale founders", """
Hi Marcus,

I'm running a half-day online workshop, the Activation Clinic, on October 15 (10:00-13:30
Eastern). It's for founders and product leads at seed and Series A companies who want to find
out where new users drop off and what to do about it. Each team leaves with a map of its own
activation funnel and three experiments to run.

I'd like to offer Hale Ventures five seats for portfolio founders at 20% off (USD 360 instead of
450). Details and the agenda are here:
https://lindqvist.example/activation-clinic

Would you be willing to forward it to the founders you think would benefit?

Best,
Maya
""", t="S")

    m("tr-304", "2026-10-06 09:45", "maya", "marcus", "Field Notes: the October issue", """
Hi Marcus,

I write a monthly newsletter, Field Notes, about product research in early-stage companies.
This month's issue is about the "empty state" problem: what new users see before they've done
anything, and why it decides more activation than the signup form does. I think it's the kind
of thing your founders would find useful:
https://lindqvist.example/field-notes/2026-10

If you like it, you can subscribe at the bottom of the page, and feel free to forward it to
your portfolio. I'd be glad to have Hale founders on the list.

Best,
Maya
""", t="S")

    m("tr-305", "2026-10-16 11:20", "maya", "marcus", "Case study: +23% activation in six weeks", """
Hi Marcus,

I know your inbox is busy, so only a short one. We just finished a case study from a recent
diagnostic with a B2B logistics platform: activation went from 31% to 38% of new accounts in
six weeks, mostly by changing the order of the first three setup steps.
https://lindqvist.example/cases/logistics-activation

This is the kind of result I'd expect for a seed company with a similar funnel. I still have
one slot left for a diagnostic in November. Would one of your companies be a good fit?

Best,
Maya
""", re="tr-302", t="S")

    m("tr-306", "2026-10-28 08:55", "maya", "marcus", None, """
Hi Marcus,

I'll be in New York from November 16 to 19 and would love to buy you a coffee and hear how the
portfolio is doing. If the diagnostic or the workshop isn't a fit right now, that's completely
fine, and I won't keep filling your inbox. Just let me know either way.

Best,
Maya
""", re="tr-305", t="S")


# --------------------------------------------------------------------------
# Henrik Dahl, Dahl Advisory (Copenhagen).  Sept-Oct 2026; one useful mail, then pitches.
# --------------------------------------------------------------------------

def henrik(m):
    m("tr-401", "2026-09-02 10:05", "maya", "henrik", "The pricing study we talked about", """
Hi Henrik,

Nice to meet you at the Copenhagen product breakfast yesterday. Here is the study on B2B
pricing pages I mentioned, the one where removing the "contact sales" tier increased trial
signups for mid-size buyers:
https://pricingresearch.example/reports/b2b-pricing-pages-2026

The part that's relevant for your scale-up clients is on page 14: buyers under 200 employees
read "contact sales" as "this will be expensive and slow", even when it isn't.

Maya
""", t="V")

    m("tr-402", "2026-09-03 08:30", "henrik", "maya", None, """
Hi Maya,

Thank you, very kind. I'll have a look at page 14.

Best,
Henrik
""", re="tr-401", t="")

    m("tr-403", "2026-09-10 13:15", "maya", "henrik", "Activation Clinic, October 15", """
Hi Henrik,

I'm running a half-day online workshop on October 15, the Activation Clinic, for product leads
at scale-ups who want to find out where new users drop off. Each team leaves with a map of its
own funnel and three experiments to run. I thought some of your clients might be a good fit.

I can offer your clients seats at 20% off (EUR 340 instead of 425). Agenda and sign-up are here:
https://lindqvist.example/activation-clinic

Would you be willing to pass it on?

Maya
""", t="S")

    m("tr-404", "2026-09-12 19:40", "henrik", "maya", None, """
Hi Maya,

Thanks. I'll mention it if it comes up, though most of my clients are deep in budget season
right now.

Henrik
""", re="tr-403", t="")

    m("tr-405", "2026-09-22 09:30", "maya", "henrik", "Field Notes", """
Hi Henrik,

I've started sending my monthly newsletter, Field Notes, to people I meet through work. The
September issue is on why pricing pages fail mid-size buyers, so the same theme as our
breakfast conversation:
https://lindqvist.example/field-notes/2026-09

Would it be all right if I added you to the list? And if you think any of your clients would
like it, I'd be grateful if you shared it.

Maya
""", t="S")

    m("tr-406", "2026-09-29 10:10", "maya", "henrik", None, """
Hi Henrik,

Quick reminder that the Activation Clinic is on October 15, and there are four seats left. The
20% discount for your clients holds until Friday.

Maya
""", re="tr-403", t="S")

    m("tr-407", "2026-10-01 08:50", "henrik", "maya", None, """
Hi Maya,

Fine to add me to the newsletter. I don't think any of my clients will make the workshop this
time, but good luck with it.

Best,
Henrik
""", re="tr-406", t="")

    m("tr-408", "2026-10-14 15:20", "maya", "henrik", "Introduction to Sandberg Freight?", """
Hi Henrik,

How did the strategy offsite with Sandberg Freight go? You mentioned at the breakfast that
onboarding for their new carriers was a sore point.

That's a problem I've worked on a lot, most recently with a logistics platform where we lifted
activation by 23% in six weeks. Would you be open to introducing me to their head of product?
A short email would be plenty, and I'd take it from there.

Maya
""", t="L S")

    m("tr-409", "2026-10-16 11:05", "henrik", "maya", None, """
Hi Maya,

The offsite went fine, thanks. They're in the middle of a reorganisation, so it's not the right
moment for introductions. I'll keep it in mind.

Henrik
""", re="tr-408", t="")

    m("tr-410", "2026-10-23 09:40", "maya", "henrik", "January cohort of the Activation Clinic", """
Hi Henrik,

The October Activation Clinic went well: 14 teams, and two of them have already shipped their
first experiment. I'm opening a January cohort (January 21, online) and early-bird seats are
EUR 340 until the end of November:
https://lindqvist.example/activation-clinic

If Sandberg Freight settles down after the reorganisation, this might be an easy first step for
their team. Would you keep it in mind for them?

Maya
""", re="tr-409", t="S")


# --------------------------------------------------------------------------
# Priya Raman, Quantumleaf (Bengaluru).  New in Sept 2026, healthy, ends with Maya.
# --------------------------------------------------------------------------

def priya(m):
    m("tr-501", "2026-09-08 14:20", "priya", "maya", "Question about diary studies for SME users", """
Hi Maya,

I read your article on running diary studies with small-business bank customers and found it
very helpful. I'm a senior PM at Quantumleaf; we make accounting software for small businesses
in India, mostly shops and small manufacturers.

We want to run our first diary study, on how owners do their GST filing over a month. Could I
ask you two things? How many participants would you start with for a first study, and what
kind of incentive works for owners who are very busy? Here people are polite but will drop out
quietly.

Many thanks,
Priya
""", t="L")

    m("tr-502", "2026-09-09 08:40", "maya", "priya", None, """
Hi Priya,

Thank you, glad the article was useful. GST filing over a month is a great topic for a diary
study, because the work is spread out and people forget the painful parts by the time you
interview them.

Participants: start with 12 to 14 and expect to finish with 10. With busy owners you will lose a
few, and you want enough left to see patterns across different business types (I'd make sure
you have both shops and manufacturers, since their invoicing is very different).

Incentives: split them. A small amount after the first week and the larger part at the end. In
my experience the first payment matters more than the size of the total, because it makes the
study feel real. I'd also keep the prompts very short (one photo and one sentence is fine) and
let people answer by voice note if they prefer. Owners who won't type a paragraph will talk for
two minutes.

What's the main decision the study should help you make? That would shape the prompts more than
anything else.

Best,
Maya
""", re="tr-501", t="V L")

    m("tr-503", "2026-09-11 11:05", "priya", "maya", None, """
Hi Maya,

This is so useful, thank you. The voice note idea alone will save us, many of our owners send
voice notes all day anyway.

The decision is whether to build reminders and a "filing checklist" into the app, or to partner
with accountants who file for them. The team is split.

Would you be willing to do a paid advisory call to help us plan the study? 45 minutes or an
hour. I'd need to know your rate for our finance team.

Priya
""", re="tr-502", t="V")

    m("tr-504", "2026-09-12 09:10", "maya", "priya", None, """
Hi Priya,

Happily. For a one-off advisory call I charge EUR 250 for an hour, and I'll send written notes
afterwards so the team has something to work from. If it turns into more than one call, we can
talk about a small package, but there's no need to decide that now.

Possible times (your time): Tuesday September 15 at 14:30, or Thursday September 17 at 13:30 or
15:30.

Your decision question is a good one, by the way. It means the study needs to capture who does
each step of the filing, not just when. I'll come with some prompt ideas for that.

Maya
""", re="tr-503", t="V")

    m("tr-505", "2026-09-14 10:30", "priya", "maya", None, """
Thursday the 17th at 13:30 works. I'll send an invite. Our finance team is fine with the rate.
Two colleagues will join, Arjun (design) and Meera (research).

Priya
""", re="tr-504", t="")

    m("tr-506", "2026-09-17 14:45", "maya", "priya", None, """
Hi Priya (and Arjun and Meera),

Thank you for a very good hour. Here are the notes, as promised:

1. Participants: 14, recruited through three accountants you already partner with, plus four
   owners who file themselves. That gives you both sides of your decision in one study.
2. Duration: four weeks, covering one full GST cycle plus the week before it.
3. Prompts: every Monday "What's on your mind for the business this week?" (voice), and an
   "anything about invoices or taxes" prompt whenever it happens. In the filing week, one
   prompt a day: "Who did what today for the filing?"
4. The question to answer: at which steps do owners hand work to someone else, and why.
   If most hand-offs happen because of trust, partner with accountants; if they happen
   because of time and forgetting, reminders and a checklist are worth building.
5. Incentive: INR 1,500 after week one and INR 3,500 at the end, as you suggested.

The prompt template I mentioned is here:
https://lindqvist.example/share/diary-prompts-template

Good luck with recruiting, and let me know how the first week goes.

Maya
""", re="tr-505", t="V L")

    m("tr-507", "2026-10-05 16:15", "priya", "maya", "Diary study, week 1", """
Hi Maya,

We started on September 28 with 14 owners. Week one went well, lots of voice notes, but we have
a problem: four people haven't answered anything since Thursday, and two of them are the
manufacturers we need most. Meera wants to call them; I'm worried that feels like pressure.
What would you do?

Priya
""", t="V")

    m("tr-508", "2026-10-06 08:55", "maya", "priya", None, """
Hi Priya,

Four quiet people after a week is normal, so don't worry yet. Meera is right that a personal
contact helps, but I'd make it a WhatsApp message rather than a call, and make it easy to say
yes: "We've loved your notes so far. Was this week very busy? Even one voice note about the
week is perfect."

Two other things that usually help:
- Pay the first incentive now if you haven't. People re-engage once the study feels real.
- For the manufacturers, ask the accountant who recruited them to mention it. It's not
  pressure coming from them, it's a reminder from someone they already trust.

If one of them still doesn't answer by the middle of next week, let them go politely. Ten good
participants are better than fourteen reluctant ones.

How is Meera finding the voice notes to analyse? That's usually the part that surprises teams.

Maya
""", re="tr-507", t="V L")

    m("tr-509", "2026-10-20 13:40", "priya", "maya", None, """
Hi Maya,

Your advice worked: three of the four came back after the WhatsApp message, only one dropped
out. And you were right about the voice notes, Meera has 9 hours of them and is very tired.

First patterns, since you asked: almost every owner hands the filing to someone else at the
same step, reconciling purchase invoices, and the reason is almost always time, not trust. That
points to reminders and the checklist.

Would you be available to review our synthesis board in early November, as a paid session like
the first call? We'd like someone outside the team to challenge it before we present.

Priya
""", re="tr-508", t="V")

    m("tr-510", "2026-10-21 09:20", "maya", "priya", None, """
Hi Priya,

Great news about the three who came back, and that's a very clear first pattern. It's worth
checking one thing before you present it: are the owners who said "time" the same ones who
already have an accountant? If so, "time" might partly mean "I don't need to, someone else
does it".

Yes, I'd be glad to review the board. Same terms as the call. I could do Wednesday November 4
at 14:30 your time, or Friday November 6 at 13:30. If you can share the board two days before,
I'll come with comments rather than reading it for the first time in the session.

And tell Meera that 9 hours of voice notes is a rite of passage.

Maya
""", re="tr-509", t="V L")

    m("tr-511", "2026-10-22 10:05", "priya", "maya", None, """
Wednesday November 4 at 14:30 is perfect, invite coming. We'll share the board on Monday the 2nd.
Good point about the accountants, Meera is checking it now.

Priya
""", re="tr-510", t="V")

    m("tr-512", "2026-10-22 08:30", "maya", "priya", None, """
Lovely, see you on the 4th. I'll look for the board on Monday.

Maya
""", re="tr-511", t="")


# --------------------------------------------------------------------------
# Yuki Tanaka, Kumo Labs (Tokyo).  Two mails from Maya, no answer yet.
# --------------------------------------------------------------------------

def yuki(m):
    m("tr-601", "2026-10-07 10:15", "maya", "yuki", "Your talk on onboarding for first-time investors", """
Dear Yuki,

I watched the recording of your talk at Design Systems Tokyo about onboarding first-time
investors, and the part about users who read every screen twice because they are afraid of
pressing the wrong button stayed with me. We saw almost the same behaviour in a study I ran
this year with small-business owners opening a bank account: people slowed down most at the
steps that looked irreversible, not at the hard ones.

One thing that helped there, which might interest you: adding a plain "you can change this
later" line under the steps that really are reversible. Completion went up noticeably, and
support calls went down.

I'm curious whether you see the same pattern with your users. Is it the first deposit that
feels most frightening, or earlier steps too?

Kind regards,
Maya Lindqvist
""", t="V L")

    m("tr-602", "2026-10-21 09:40", "maya", "yuki", None, """
Dear Yuki,

A short follow-up to my note from two weeks ago. I found the write-up of the "reversible steps"
finding I mentioned, in case it's useful for your team:
https://lindqvist.example/field-notes/2026-07

No need to reply if you're busy. I'd simply be glad to compare notes some time, as I think our
users have a lot in common.

Kind regards,
Maya
""", re="tr-601", t="V")
