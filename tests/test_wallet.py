"""The wallet's rules, one small mailbox per rule. Messages go straight into the store with the
user's own labels (save_user_tags), so every figure here is exact and no model is involved."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from inboxwallet import store, wallet
from inboxwallet.classifiers import TAGS
from inboxwallet.config import AlertSettings, Config, WalletSettings
from inboxwallet.errors import InboxwalletError, NotFound
from inboxwallet.parse import Address, MessageRecord
from inboxwallet.sources import RawMessage

ME = "me@home.example"
CONFIG = Config(my_addresses=(ME,))
D = date(2026, 6, 1)  # the report date of most tests


class Box:
    """A mailbox built message by message: mail() stores one message, labels it and admits
    contacts the way ingest does."""

    def __init__(self, db) -> None:
        self.db = db
        self.n = 0

    def mail(
        self,
        sender: str,
        to: str | list[str],
        when: date | str,
        tags: tuple[str, ...] | list[str] | None = (),
        *,
        cc: list[str] = (),
        reply_to: str | None = None,
        thread: str | None = None,
        subject: str = "hello",
        bulk: str | None = None,
        scores: dict[str, float] | None = None,
    ) -> str:
        self.n += 1
        mid = f"<m{self.n}@test>"
        to = [to] if isinstance(to, str) else to
        if isinstance(when, date) and not isinstance(when, datetime):
            when = datetime(when.year, when.month, when.day, 12, 0, tzinfo=timezone.utc)
        elif isinstance(when, str):
            when = datetime.fromisoformat(when).replace(tzinfo=timezone.utc)
        record = MessageRecord(
            message_id=mid,
            fingerprint=mid,
            date=when,
            date_trusted=True,
            direction="sent" if sender == ME else "received",
            sender=Address(sender),
            to=tuple(Address(a) for a in to),
            cc=tuple(Address(a) for a in cc),
            subject=subject,
            in_reply_to=reply_to,
            references=(reply_to,) if reply_to else (),
            thread_id=thread or reply_to or mid,
            text="hello?",
            bulk_reason=bulk,
        )
        [row] = store.save_messages(self.db, [(RawMessage("test", str(self.n), b""), record)], my_addresses=frozenset({ME})).inserted
        if scores is not None:
            store.save_tags(self.db, [row], [scores], {t: 0.5 for t in TAGS}, "test-model")
        if tags is not None and scores is None:
            store.save_user_tags(self.db, row, tags, TAGS)
        store.refresh_contacts(self.db, frozenset({ME}), message_ids=[row])
        return mid

    def to(self, who: str, when, tags=(), **kw) -> str:
        return self.mail(ME, who, when, tags, **kw)

    def frm(self, who: str, when, tags=(), **kw) -> str:
        return self.mail(who, ME, when, tags, **kw)


@pytest.fixture
def box(db):
    return Box(db)


def days(n: int) -> date:
    """n days before the report date."""
    return D - timedelta(days=n)


def row(w: wallet.Wallet, address: str) -> wallet.ContactFigures:
    return next(r for r in w.rows if r.address == address)


def kinds(w: wallet.Wallet, address: str) -> list[str]:
    return [h.kind for h in row(w, address).hits]


def config(**alerts) -> Config:
    return Config(my_addresses=(ME,), alerts=AlertSettings(**alerts))


# -- balances ---------------------------------------------------------------------------------


def test_given_and_received_from_labels(box):
    box.to("ann@x.example", D, ["value_giving"])
    box.frm("ann@x.example", D, ["listening", "apologetic"])
    r = row(wallet.refresh(box.db, CONFIG, D), "ann@x.example")
    assert (r.sent, r.received, r.given, r.received_value) == (1, 1, 3.0, 3.0)
    assert r.reciprocity == 0.0


def test_model_probabilities_weight_the_tags_and_labels_win(box):
    box.to("ann@x.example", D, scores={"value_giving": 0.5, "apologetic": 0.0, "listening": 0.25, "self_promotional": 0.25})
    r = row(wallet.refresh(box.db, CONFIG, D), "ann@x.example")
    assert r.given == pytest.approx(3 * 0.5 + 2 * 0.25 - 2 * 0.25)
    store.save_user_tags(box.db, 1, ["self_promotional"], TAGS)  # the user says: a pitch
    assert row(wallet.refresh(box.db, CONFIG, D), "ann@x.example").given == -2.0


def test_custom_weights():
    settings = Config(my_addresses=(ME,), wallet=WalletSettings(weights={**WalletSettings().weights, "value_giving": 5.0}))
    db = store.open_db(memory=True)
    Box(db).to("ann@x.example", D, ["value_giving"])
    assert row(wallet.refresh(db, settings, D), "ann@x.example").given == 5.0


def test_untagged_counts_as_mail_but_zero_value_and_bulk_never_counts(box):
    box.to("ann@x.example", D, None)
    box.frm("ann@x.example", D, ["value_giving"], bulk="List-Id header")
    r = row(wallet.refresh(box.db, CONFIG, D), "ann@x.example")
    assert (r.sent, r.received, r.given, r.received_value, r.reciprocity) == (1, 0, 0.0, 0.0, None)


def test_decay_halves_every_90_days(box):
    box.to("ann@x.example", days(90), ["value_giving"])
    box.frm("ann@x.example", days(180), ["value_giving"])
    r = row(wallet.refresh(box.db, CONFIG, D), "ann@x.example")
    assert (r.given, r.received_value) == (1.5, 0.75)
    assert r.reciprocity == pytest.approx((1.5 - 0.75) / 2.25)


def test_mail_after_the_report_date_does_not_count(box):
    box.to("ann@x.example", D, ["value_giving"])
    box.to("ann@x.example", D + timedelta(days=1), ["self_promotional"])
    r = row(wallet.refresh(box.db, CONFIG, D), "ann@x.example")
    assert (r.sent, r.given) == (1, 3.0)
    assert [r.address for r in wallet.refresh(box.db, CONFIG, D - timedelta(days=1)).rows] == []


def test_recipient_share_is_one_over_n_at_least_a_fifth(box):
    box.to(["a@x.example", "b@x.example"], D, ["value_giving"])
    box.to([f"p{i}@five.example" for i in range(5)], D, ["value_giving"])
    box.to([f"t{i}@ten.example" for i in range(10)], D, ["value_giving"])
    w = wallet.refresh(box.db, CONFIG, D)
    assert row(w, "a@x.example").given == 1.5
    assert row(w, "p0@five.example").given == pytest.approx(0.6)  # exactly at the floor
    assert row(w, "t9@ten.example").given == pytest.approx(0.6)  # 1/10 raised to the floor
    assert len(w.rows) == 17


def test_total_wallet_and_its_weekly_change(box):
    box.to("ann@x.example", days(30), ["value_giving"])
    box.to("bob@x.example", days(2), ["listening"])
    w = wallet.refresh(box.db, CONFIG, D)
    ann_now = 3 * 0.5 ** (30 / 90)
    assert w.total == pytest.approx(ann_now + 2 * 0.5 ** (2 / 90))
    assert w.change == pytest.approx(w.total - 3 * 0.5 ** (23 / 90))


def test_trend_is_twelve_weeks_of_value_both_ways(box):
    box.to("ann@x.example", D, ["value_giving"])
    box.frm("ann@x.example", days(6), ["listening"])
    box.frm("ann@x.example", days(7), ["apologetic"])
    box.to("ann@x.example", days(83), ["value_giving"])
    box.to("ann@x.example", days(84), ["value_giving"])  # outside the 12 weeks
    r = row(wallet.refresh(box.db, CONFIG, D), "ann@x.example")
    assert r.trend == (3.0,) + (0.0,) * 9 + (1.0, 5.0)


# -- stages -----------------------------------------------------------------------------------------


def test_prospect_engaged_client_dormant(box):
    box.to("pat@x.example", days(10))
    box.to("eve@x.example", days(10))
    box.frm("eve@x.example", days(9))
    for month in (3, 4, 5):
        box.to("cal@x.example", date(2026, month, 10))
        box.frm("cal@x.example", date(2026, month, 11))
    box.to("dan@x.example", days(100))
    box.frm("dan@x.example", days(99))
    w = wallet.refresh(box.db, CONFIG, D)
    stages = {r.address: r.stage for r in w.rows}
    assert stages == {"pat@x.example": "prospect", "eve@x.example": "engaged", "cal@x.example": "client",
                      "dan@x.example": "dormant"}


def test_client_needs_three_separate_months_both_ways(box):
    box.to("cal@x.example", date(2026, 1, 10))
    box.frm("cal@x.example", date(2026, 1, 11))
    box.to("cal@x.example", date(2026, 2, 10))
    box.frm("cal@x.example", date(2026, 3, 11))  # February: only mine; March: only theirs
    box.to("cal@x.example", date(2026, 4, 1))
    box.frm("cal@x.example", date(2026, 4, 2))
    box.to("cal@x.example", date(2026, 5, 1))
    assert row(wallet.refresh(box.db, CONFIG, date(2026, 5, 2)), "cal@x.example").stage == "engaged"
    box.frm("cal@x.example", date(2026, 5, 2))
    assert row(wallet.refresh(box.db, CONFIG, date(2026, 5, 2)), "cal@x.example").stage == "client"


def test_dormant_after_sixty_days_or_three_usual_gaps(box):
    box.to("dan@x.example", days(60))
    box.frm("dan@x.example", days(60))
    assert row(wallet.refresh(box.db, CONFIG, D), "dan@x.example").stage == "engaged"  # exactly 60: not yet
    assert row(wallet.refresh(box.db, CONFIG, D + timedelta(days=1)), "dan@x.example").stage == "dormant"


def test_advocate_introduced_someone_i_then_exchanged_mail_with(box):
    box.to("ada@x.example", days(50))
    box.frm("ada@x.example", days(40), cc=["new@y.example"], subject="Meet New")
    box.frm("new@y.example", days(39))
    w = wallet.refresh(box.db, CONFIG, D)
    assert row(w, "ada@x.example").stage == "engaged"  # the new person wrote, I have not yet
    box.to("new@y.example", days(38))
    w = wallet.refresh(box.db, CONFIG, D)
    assert row(w, "ada@x.example").stage == "advocate"
    assert row(w, "new@y.example").stage == "engaged"


def test_no_advocate_when_the_address_was_not_new(box):
    box.to("old@y.example", days(80))
    box.frm("old@y.example", days(79))
    box.to("ada@x.example", days(50))
    box.frm("ada@x.example", days(40), cc=["old@y.example"])
    box.to("old@y.example", days(30))
    box.frm("old@y.example", days(29))
    assert row(wallet.refresh(box.db, CONFIG, D), "ada@x.example").stage == "engaged"


def test_stage_history_by_month(box):
    box.to("cal@x.example", date(2026, 1, 10))
    box.frm("cal@x.example", date(2026, 2, 11))
    box.to("cal@x.example", date(2026, 3, 10))
    box.frm("cal@x.example", date(2026, 3, 11))
    box.to("cal@x.example", date(2026, 4, 10))
    box.frm("cal@x.example", date(2026, 4, 11))
    box.to("cal@x.example", date(2026, 5, 10))
    box.frm("cal@x.example", date(2026, 5, 11))
    detail = wallet.contact_detail(box.db, CONFIG, "cal@x.example", date(2026, 8, 1))
    assert detail.stages == (
        ("2026-01", "prospect"), ("2026-02", "engaged"), ("2026-03", "engaged"), ("2026-04", "engaged"),
        ("2026-05", "client"), ("2026-06", "client"), ("2026-07", "client"), ("2026-08", "dormant"),
    )  # usual gap 27 days: quiet after 3 x 27 = 81 days, on 1 August


# -- alerts -----------------------------------------------------------------------------------------------


def test_ignored_three_messages_the_first_fourteen_days_old(box):
    box.frm("ian@x.example", days(40))
    for n in (14, 10, 5):
        box.to("ian@x.example", days(n))
    assert "ignored" in kinds(wallet.refresh(box.db, CONFIG, D), "ian@x.example")
    assert "ignored" not in kinds(wallet.refresh(box.db, CONFIG, D - timedelta(days=1)), "ian@x.example")
    hit = next(h for h in row(wallet.refresh(box.db, CONFIG, D), "ian@x.example").hits if h.kind == "ignored")
    assert hit.detail == f"you wrote to ian@x.example 3 times since {days(14)} and got no answer"
    assert hit.since == D.toordinal()


def test_ignored_needs_three_and_an_answer_resets_it(box):
    box.to("ian@x.example", days(30))
    box.to("ian@x.example", days(20))
    assert kinds(wallet.refresh(box.db, CONFIG, D), "ian@x.example") == []
    box.frm("ian@x.example", days(19))
    box.to("ian@x.example", days(18))
    assert kinds(wallet.refresh(box.db, CONFIG, D), "ian@x.example") == []


def test_ignored_counts_group_mail_for_its_share(box):
    group = [f"p{i}@ten.example" for i in range(10)]
    first = box.to(group, days(30), subject="Kick-off")
    box.to(group, days(25), reply_to=first)
    box.frm("p0@ten.example", days(24), reply_to=first)
    box.to(group, days(20), reply_to=first)
    w = wallet.refresh(box.db, CONFIG, D)
    assert [r.stage for r in w.rows].count("engaged") == 1
    assert all(h.kind != "ignored" for r in w.rows for h in r.hits)
    assert row(w, "p5@ten.example").sent == 3


def test_unanswered_after_seven_days_only_when_written_to_directly(box):
    box.to("una@x.example", days(30))
    box.frm("una@x.example", days(7), subject="A question")
    box.to("cc@x.example", days(30))
    box.mail("cc@x.example", ["someone@else.example"], days(20), cc=[ME])
    w = wallet.refresh(box.db, CONFIG, D)
    assert kinds(w, "una@x.example") == ["unanswered"]
    assert row(w, "una@x.example").hits[0].detail == f'una@x.example wrote to you on {days(7)} ("A question") and you have not written back'
    assert kinds(w, "cc@x.example") == []
    assert row(w, "cc@x.example").received == 1
    assert kinds(wallet.refresh(box.db, CONFIG, D - timedelta(days=1)), "una@x.example") == []


def test_contact_who_only_ever_ccd_me(box):
    box.to("cc@x.example", days(60))
    for n in (50, 40, 30, 20, 10):
        box.mail("cc@x.example", ["boss@else.example"], days(n), ["value_giving"], cc=[ME])
    r = row(wallet.refresh(box.db, CONFIG, D), "cc@x.example")
    assert (r.sent, r.received, r.stage) == (1, 5, "engaged")
    assert r.received_value == pytest.approx(sum(3 * 0.5 * 0.5 ** (n / 90) for n in (50, 40, 30, 20, 10)))
    assert "unanswered" not in [h.kind for h in r.hits]


def test_self_promo_heavy_at_least_half_of_the_last_five(box):
    for i, tags in enumerate([["value_giving"], ["self_promotional"], [], ["self_promotional"], ["self_promotional"]]):
        box.to("sam@x.example", days(10 - i), tags)
    w = wallet.refresh(box.db, CONFIG, D)
    assert "self_promo_heavy" in kinds(w, "sam@x.example")
    assert row(w, "sam@x.example").hits[0].suggestion == (
        "3 of your last 5 messages to sam@x.example were pitches: send something useful to sam@x.example, with no ask."
    )
    box.to("sam@x.example", days(2), ["value_giving"])
    box.to("sam@x.example", days(1), ["value_giving"])  # now 2 of the last 5
    assert "self_promo_heavy" not in kinds(wallet.refresh(box.db, CONFIG, D), "sam@x.example")


def test_self_promo_heavy_needs_five_messages(box):
    for i in range(4):
        box.to("sam@x.example", days(10 - i), ["self_promotional"])
    assert "self_promo_heavy" not in kinds(wallet.refresh(box.db, CONFIG, D), "sam@x.example")


def test_not_reciprocating_at_exactly_three_times(box):
    box.to("tia@x.example", D, ["value_giving"])
    for _ in range(3):
        box.frm("tia@x.example", D, ["value_giving"])
    w = wallet.refresh(box.db, CONFIG, D)
    assert kinds(w, "tia@x.example") == ["not_reciprocating"]
    box.to("tia@x.example", D, ["apologetic"])  # 9 against 4: no longer 3x
    assert kinds(wallet.refresh(box.db, CONFIG, D), "tia@x.example") == []


def test_not_reciprocating_needs_three_of_their_messages(box):
    box.to("tia@x.example", D)
    box.frm("tia@x.example", D, ["value_giving", "listening"])
    box.frm("tia@x.example", D, ["value_giving", "listening"])
    assert kinds(wallet.refresh(box.db, CONFIG, D), "tia@x.example") == []


def test_overdrawn_below_zero_not_at_zero(box):
    box.to("ova@x.example", D, ["self_promotional"])
    box.frm("ova@x.example", D)
    assert kinds(wallet.refresh(box.db, CONFIG, D), "ova@x.example") == ["overdrawn"]
    box.to("ova@x.example", D, ["listening"])  # -2 + 2 = 0
    assert kinds(wallet.refresh(box.db, CONFIG, D), "ova@x.example") == []


def test_fading_five_exchanges_then_a_long_silence(box):
    last = days(61)
    for n in range(5):
        when = last - timedelta(days=10 * (4 - n))
        box.frm("fay@x.example", when, thread=f"t{n}")
        box.to("fay@x.example", when + timedelta(days=1), thread=f"t{n}")  # a reply: the same exchange
    state_gap = wallet.refresh(box.db, CONFIG, D)
    assert kinds(state_gap, "fay@x.example") == []  # 60 days since the last reply: not longer than 60
    w = wallet.refresh(box.db, CONFIG, D + timedelta(days=1))
    assert kinds(w, "fay@x.example") == ["fading"]
    assert row(w, "fay@x.example").stage == "dormant"
    assert "you used to be in touch every 10 days" in row(w, "fay@x.example").hits[0].detail


def test_fading_waits_three_usual_gaps_and_needs_five_exchanges(box):
    for n in range(5):
        box.frm("fay@x.example", date(2025, 1, 1) + timedelta(days=30 * n), thread=f"f{n}")
        box.to("fay@x.example", date(2025, 1, 2) + timedelta(days=30 * n), thread=f"f{n}")
    for n in range(4):
        box.frm("few@x.example", date(2025, 1, 1) + timedelta(days=10 * n), thread=f"g{n}")
        box.to("few@x.example", date(2025, 1, 2) + timedelta(days=10 * n), thread=f"g{n}")
    last = date(2025, 1, 2) + timedelta(days=120)
    assert kinds(wallet.refresh(box.db, CONFIG, last + timedelta(days=90)), "fay@x.example") == []
    w = wallet.refresh(box.db, CONFIG, last + timedelta(days=91))
    assert kinds(w, "fay@x.example") == ["fading"]
    assert kinds(w, "few@x.example") == []
    assert row(w, "few@x.example").stage == "dormant"


def test_thresholds_come_from_settings(box):
    box.to("ian@x.example", days(2))
    box.to("ian@x.example", days(1))
    assert kinds(wallet.refresh(box.db, config(ignored_min_messages=2, ignored_min_days=2), D), "ian@x.example") == ["ignored"]


# -- the alert lifecycle ----------------------------------------------------------------------------


def test_alert_opens_once_is_acked_closes_and_reopens_as_a_new_alert(box):
    box.to("una@x.example", date(2026, 5, 1))
    box.frm("una@x.example", date(2026, 5, 10), subject="First")
    first = wallet.refresh(box.db, CONFIG, date(2026, 5, 17))
    [alert] = first.open_alerts
    assert (alert.kind, alert.status, alert.opened) == ("unanswered", "open", "2026-05-17")
    assert wallet.refresh(box.db, CONFIG, date(2026, 5, 18)).open_alerts[0].id == alert.id  # opened once
    wallet.acknowledge(box.db, alert.id)
    later = wallet.refresh(box.db, CONFIG, date(2026, 5, 20))
    assert later.open_alerts == () and [a.status for a in later.alerts] == ["acked"]
    assert row(later, "una@x.example").alerts == ()
    box.to("una@x.example", date(2026, 5, 21))  # I answer: the condition stops
    assert wallet.refresh(box.db, CONFIG, date(2026, 5, 22)).alerts == ()
    assert store.get_alert(box.db, alert.id)["status"] == "closed"
    assert store.get_alert(box.db, alert.id)["closed"] == "2026-05-22"
    box.frm("una@x.example", date(2026, 5, 23), subject="Second")  # ...and starts again
    [again] = wallet.refresh(box.db, CONFIG, date(2026, 5, 30)).open_alerts
    assert again.id != alert.id and again.opened == "2026-05-30"
    with pytest.raises(InboxwalletError, match="closed already"):
        wallet.acknowledge(box.db, alert.id)
    with pytest.raises(NotFound, match="no alert 99"):
        wallet.acknowledge(box.db, 99)


def test_acked_alert_of_a_new_episode_between_refreshes_comes_back(box):
    box.to("una@x.example", date(2026, 5, 1))
    box.frm("una@x.example", date(2026, 5, 10))
    [alert] = wallet.refresh(box.db, CONFIG, date(2026, 5, 17)).open_alerts
    wallet.acknowledge(box.db, alert.id)
    box.to("una@x.example", date(2026, 5, 18))
    box.frm("una@x.example", date(2026, 5, 19))
    [again] = wallet.refresh(box.db, CONFIG, date(2026, 6, 1)).open_alerts  # no refresh in between
    assert again.id != alert.id and again.opened == "2026-05-26"


def test_an_earlier_report_date_does_not_rewrite_the_alerts(box):
    box.to("una@x.example", date(2026, 5, 1))
    box.frm("una@x.example", date(2026, 5, 10))
    box.to("una@x.example", date(2026, 5, 25))
    assert wallet.refresh(box.db, CONFIG, date(2026, 6, 1)).alerts == ()
    past = wallet.refresh(box.db, CONFIG, date(2026, 5, 20))
    assert [(a.id, a.kind, a.status) for a in past.alerts] == [(None, "unanswered", "open")]
    assert store.wallet_alerts(box.db) == []


def test_a_later_refresh_finds_the_alert_an_earlier_date_shows(box):
    box.to("ian@x.example", date(2026, 4, 1))
    box.to("ian@x.example", date(2026, 4, 2))
    box.to("ian@x.example", date(2026, 4, 3))
    [today] = wallet.refresh(box.db, CONFIG, date(2026, 6, 1)).open_alerts
    [then] = wallet.refresh(box.db, CONFIG, date(2026, 4, 20)).open_alerts
    assert today.id == then.id and then.opened == "2026-04-15"


def test_ignored_contact_has_no_row_and_its_alerts_close(box):
    box.to("ova@x.example", D, ["self_promotional"])
    [alert] = wallet.refresh(box.db, CONFIG, D).open_alerts
    store.ignore_contact(box.db, "ova@x.example")
    w = wallet.refresh(box.db, CONFIG, D)
    assert (w.rows, w.alerts) == ((), ())
    assert store.get_alert(box.db, alert.id)["status"] == "closed"
    with pytest.raises(NotFound, match="ignored"):
        wallet.contact_detail(box.db, CONFIG, "ova@x.example", D)


def test_merged_contacts_keep_one_alert(box):
    box.to("tom@work.example", D, ["self_promotional"])
    box.to("tom@home.example", D, ["self_promotional"])
    assert len(wallet.refresh(box.db, CONFIG, D).open_alerts) == 2
    store.merge_contacts(box.db, "tom@work.example", "tom@home.example")
    w = wallet.refresh(box.db, CONFIG, D)
    assert [(r.address, r.sent, r.given) for r in w.rows] == [("tom@work.example", 2, -4.0)]
    assert [(a.address, a.kind) for a in w.open_alerts] == [("tom@work.example", "overdrawn")]


# -- reply behaviour ----------------------------------------------------------------------------------


def test_reply_stats_by_header_and_by_thread(box):
    q = box.frm("rex@x.example", "2026-05-01 09:00", thread="t1")
    box.to("rex@x.example", "2026-05-01 11:00", reply_to=q, thread="t1")  # 2 hours, by In-Reply-To
    box.frm("rex@x.example", "2026-05-02 09:00", thread="t2")
    box.to("rex@x.example", "2026-05-12 09:00", thread="t2")  # 10 days, by thread: too late
    mine = box.to("rex@x.example", "2026-05-20 09:00", thread="t3")
    box.frm("rex@x.example", "2026-05-20 15:00", reply_to=mine, thread="t3")  # 6 hours; nobody answers it
    box.to("rex@x.example", "2026-05-30 09:00", thread="t4")  # not yet 7 days old on D: not counted
    stats = wallet.contact_detail(box.db, CONFIG, "rex@x.example", D).replies
    assert (stats.i_answered, stats.theirs, stats.they_answered, stats.mine) == (1, 3, 1, 3)
    assert (stats.my_median_hours, stats.their_median_hours) == (121.0, 6.0)
    assert (stats.started_by_me, stats.started_by_them) == (2, 2)
    assert stats.i_answered_share == pytest.approx(1 / 3)


# -- states, kept and carried forward -------------------------------------------------------------------


def _same(a: list[wallet.ContactFigures], b: list[wallet.ContactFigures]) -> None:
    assert [(r.address, r.sent, r.received, r.stage, r.last_contact, [h.kind for h in r.hits]) for r in a] == [
        (r.address, r.sent, r.received, r.stage, r.last_contact, [h.kind for h in r.hits]) for r in b
    ]
    for x, y in zip(a, b):
        assert x.given == pytest.approx(y.given, abs=1e-9)
        assert x.received_value == pytest.approx(y.received_value, abs=1e-9)
        assert x.given_week_ago == pytest.approx(y.given_week_ago, abs=1e-9)
        assert x.trend == pytest.approx(y.trend, abs=1e-6)
        assert [h.since for h in x.hits] == [h.since for h in y.hits]


def test_stored_states_carried_forward_agree_with_a_full_recomputation(box):
    import random

    rng = random.Random(5)
    people = [f"p{i}@x.example" for i in range(12)]
    start = date(2025, 9, 1)
    for n in range(160):
        who = rng.choice(people)
        tags = rng.sample(TAGS, rng.randint(0, 2))
        when = start + timedelta(days=rng.randint(0, 300))
        (box.to if rng.random() < 0.5 else box.frm)(who, when, tags)
    for as_of in (date(2026, 1, 1), date(2026, 3, 1), date(2026, 3, 5), date(2026, 7, 30), date(2026, 2, 1)):
        w = wallet.refresh(box.db, CONFIG, as_of)
        _same(list(w.rows), wallet.naive_figures(box.db, CONFIG, as_of))
    box.frm("p1@x.example", date(2026, 7, 30), ["value_giving"])  # new mail
    store.save_user_tags(box.db, 3, ["self_promotional"], TAGS)  # a label changed
    store.merge_contacts(box.db, "p2@x.example", "p3@x.example")
    w = wallet.refresh(box.db, CONFIG, date(2026, 8, 15))
    assert 0 < w.recomputed < 12
    _same(list(w.rows), wallet.naive_figures(box.db, CONFIG, date(2026, 8, 15)))
    assert wallet.refresh(box.db, CONFIG, date(2026, 8, 15)).recomputed == 0
    weights = CONFIG.wallet.weights
    assert store.stored_wallet_events(box.db, weights=weights, before="9999") == store.wallet_events(
        box.db, my_addresses=[ME], weights=weights, before="9999"
    )


def test_changed_settings_recompute_the_states(box):
    box.to("ann@x.example", days(90), ["value_giving"])
    assert row(wallet.refresh(box.db, CONFIG, D), "ann@x.example").given == 1.5
    slow = Config(my_addresses=(ME,), wallet=WalletSettings(half_life_days=180.0))
    assert row(wallet.refresh(box.db, slow, D), "ann@x.example").given == pytest.approx(3 * 0.5 ** 0.5)


def test_identity_comes_from_sent_mail_when_the_config_has_none(box):
    box.to("una@x.example", days(30))
    box.frm("una@x.example", days(10))
    assert kinds(wallet.refresh(box.db, Config(), D), "una@x.example") == ["unanswered"]


def test_select_rows_filters_sorts_and_limits(box):
    box.to("a@x.example", days(1), ["value_giving"])
    box.to("b@x.example", days(20), ["self_promotional"])
    box.frm("b@x.example", days(20), ["value_giving"])
    box.to("c@x.example", days(40), ["listening"])
    rows = wallet.refresh(box.db, CONFIG, D).rows
    assert [r.address for r in wallet.select_rows(rows)] == ["a@x.example", "c@x.example", "b@x.example"]
    assert [r.address for r in wallet.select_rows(rows, sort="reciprocity")] == ["b@x.example", "a@x.example", "c@x.example"]
    assert [r.address for r in wallet.select_rows(rows, sort="last", limit=2)] == ["a@x.example", "b@x.example"]
    assert [r.address for r in wallet.select_rows(rows, since=days(20))] == ["a@x.example", "b@x.example"]


# -- edits made outside inboxwallet (a Datasette or sqlite3 shell) -------------------------------


def test_deleting_a_contact_with_two_addresses_or_a_tagged_message_by_hand(box):
    """Foreign-key actions fire the wallet triggers once per row; they used to collide on
    wallet_dirty's UNIQUE (m104). The next refresh then drops what was deleted."""
    box.to("ann@x.example", days(10), ["value_giving"])
    box.to("ann@home.example", days(5), scores={t: 0.9 for t in TAGS})
    box.to("bob@x.example", days(3), ["listening"])
    store.merge_contacts(box.db, "ann@x.example", "ann@home.example")
    assert {r.address for r in wallet.refresh(box.db, CONFIG, D).rows} == {"ann@x.example", "bob@x.example"}
    ann = box.db.execute("SELECT id FROM contacts WHERE address = 'ann@x.example'").fetchone()[0]
    assert box.db.execute("SELECT count(*) FROM addresses WHERE contact = ?", [ann]).fetchone()[0] == 2
    box.db.execute("DELETE FROM contacts WHERE id = ?", [ann])
    tagged = box.db.execute("SELECT message FROM tags GROUP BY message HAVING count(*) = 4").fetchone()[0]
    box.db.execute("DELETE FROM messages WHERE id = ?", [tagged])
    assert [r.address for r in wallet.refresh(box.db, CONFIG, D).rows] == ["bob@x.example"]


def test_merge_is_all_or_nothing(box, monkeypatch):
    box.to("ann@x.example", days(10), ["value_giving"])
    box.to("ann@home.example", days(5), ["value_giving"])
    before = box.db.execute("SELECT address, contact FROM addresses ORDER BY address").fetchall()
    box.db.execute(
        "CREATE TRIGGER fail_merge BEFORE DELETE ON contacts BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
    )
    with pytest.raises(Exception, match="disk says no"):
        store.merge_contacts(box.db, "ann@x.example", "ann@home.example")
    assert box.db.execute("SELECT address, contact FROM addresses ORDER BY address").fetchall() == before
