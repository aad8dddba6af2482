"""`inboxwallet report`, `alerts`, `alerts ack` and `contact` through the CLI, on a small
database built with the user's own labels (so the figures do not depend on a model)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from inboxwallet import store, wallet
from inboxwallet.classifiers import TAGS
from inboxwallet.cli import cli
from inboxwallet.config import load_config
from inboxwallet.report import render_report, sparkline

from .conftest import MAIL
from .test_wallet import Box

AS_OF = "2026-11-02"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def mailbox(tmp_path: Path) -> str:
    """Ann: a healthy exchange. Dave: three pitches, no answer."""
    path = tmp_path / "w.db"
    db = store.open_db(path)
    box = Box(db)
    first = box.to("ann@x.example", date(2026, 10, 1), ["value_giving"], subject="Notes from the workshop")
    reply = box.frm("ann@x.example", date(2026, 10, 2), ["listening"], subject="Re: Notes", reply_to=first, thread=first)
    box.to("ann@x.example", date(2026, 10, 3), [], subject="Re: Notes", reply_to=reply, thread=first)
    for day in (1, 5, 10):
        box.to("dave@y.example", date(2026, 10, day), ["self_promotional"], subject=f"Our offer {day}")
    db.execute("UPDATE contacts SET name = 'Ann Lee' WHERE address = 'ann@x.example'")
    db.conn.commit()
    db.close()
    return str(path)


def decayed(value: float, age: int) -> float:
    return value * 0.5 ** (age / 90)


def test_every_new_command_has_help_with_an_example():
    for args in (["report"], ["alerts"], ["alerts", "ack"], ["contact"]):
        result = run(*args, "--help")
        assert result.exit_code == 0, args
        assert "Example:" in result.output and "--as-of" in result.output or args == ["alerts", "ack"]


def test_report_json_keys_and_values(mailbox):
    data = json.loads(run("--db", mailbox, "report", "--as-of", AS_OF, "--format", "json").stdout)
    assert set(data) == {"as_of", "total_wallet", "change_7_days", "open_alerts", "contacts"}
    assert data["as_of"] == AS_OF and data["open_alerts"] == 2
    ann, dave = data["contacts"]
    assert set(ann) >= {"address", "name", "sent", "received", "given", "received_value", "reciprocity", "stage",
                        "last_contact", "alerts"}
    assert (ann["name"], ann["sent"], ann["received"], ann["stage"], ann["alerts"]) == ("Ann Lee", 2, 1, "engaged", [])
    assert ann["given"] == round(decayed(3, 32), 2) and ann["received_value"] == round(decayed(2, 31), 2)
    assert ann["reciprocity"] == round((decayed(3, 32) - decayed(2, 31)) / (decayed(3, 32) + decayed(2, 31)), 2)
    assert (dave["address"], dave["stage"], dave["alerts"]) == ("dave@y.example", "prospect", ["ignored", "overdrawn"])
    assert dave["given"] == round(decayed(-2, 32) + decayed(-2, 28) + decayed(-2, 23), 2) == -4.85
    assert dave["reciprocity"] == -1.0 and dave["last_contact"] == "2026-10-10T12:00:00Z"
    assert dave["trend"] == [0.0] * 7 + [-4.0, -2.0] + [0.0] * 3
    assert data["total_wallet"] == pytest.approx(ann["given"] + dave["given"], abs=0.011)


def test_report_table_exact(mailbox):
    out = run("--db", mailbox, "report", "--as-of", AS_OF).stdout
    assert "\x1b" not in out  # no colour when piped
    assert out == (
        "How full is your wallet? -2.51 · +0.14 over the last 7 days · 2 contacts · 2 open alerts · as of 2026-11-02\n"
        "\n"
        "name     address         sent  recv  given  received  recip.  stage     last        12 weeks      alerts\n"
        "-------  --------------  ----  ----  -----  --------  ------  --------  ----------  ------------  -----------------\n"
        "Ann Lee  ann@x.example      2     1   2.34      1.58   +0.20  engaged   2026-10-03  ·······█····\n"
        "         dave@y.example     3     0  -4.85      0.00   -1.00  prospect  2026-10-10  ·······▁▁···  ignored overdrawn\n"
    )


def test_report_sort_limit_since_csv_markdown(mailbox):
    rows = run("--db", mailbox, "report", "--as-of", AS_OF, "--sort", "reciprocity", "--format", "csv").stdout.splitlines()
    assert rows[0] == "name,address,sent,received,given,received_value,reciprocity,stage,last_contact,alerts,trend"
    assert [r.split(",")[1] for r in rows[1:]] == ["dave@y.example", "ann@x.example"]
    assert rows[1] == ",dave@y.example,3,0,-4.85,0.0,-1.0,prospect,2026-10-10T12:00:00Z,ignored overdrawn,0 0 0 0 0 0 0 -4 -2 0 0 0"
    limited = run("--db", mailbox, "report", "--as-of", AS_OF, "--sort", "last", "--limit", "1", "--format", "csv")
    assert limited.stdout.splitlines()[1:] == [rows[1]]
    since = run("--db", mailbox, "report", "--as-of", AS_OF, "--since", "2026-10-05", "--format", "json").stdout
    assert [c["address"] for c in json.loads(since)["contacts"]] == ["dave@y.example"]
    md = run("--db", mailbox, "report", "--as-of", AS_OF, "--format", "markdown").stdout.splitlines()
    assert md[2] == "| name | address | sent | recv | given | received | recip. | stage | last | 12 weeks | alerts |"
    assert md[5] == "|  | dave@y.example | 3 | 0 | -4.85 | 0.00 | -1.00 | prospect | 2026-10-10 | ·······▁▁··· | ignored overdrawn |"


def test_report_for_an_earlier_date_sees_only_the_mail_until_then(mailbox):
    data = json.loads(run("--db", mailbox, "report", "--as-of", "2026-10-03", "--format", "json").stdout)
    assert [(c["address"], c["sent"], c["alerts"]) for c in data["contacts"]] == [
        ("ann@x.example", 2, []), ("dave@y.example", 1, ["overdrawn"])
    ]


def test_alerts_list_ack_and_all(mailbox):
    alerts = json.loads(run("--db", mailbox, "alerts", "--as-of", AS_OF, "--format", "json").stdout)
    assert [(a["address"], a["kind"], a["status"], a["opened"]) for a in alerts] == [
        ("dave@y.example", "overdrawn", "open", "2026-10-01"),
        ("dave@y.example", "ignored", "open", "2026-10-15"),
    ]
    assert set(alerts[0]) >= {"id", "address", "kind", "opened", "status", "detail"}
    ignored = alerts[1]
    assert ignored["detail"] == "you wrote to dave@y.example 3 times since 2026-10-01 and got no answer"
    table = run("--db", mailbox, "alerts", "--as-of", AS_OF).stdout
    assert f"#{ignored['id']}  ignored  dave@y.example  (open since 2026-10-15)" in table
    assert "→ Stop following up for now." in table
    acked = run("--db", mailbox, "alerts", "ack", str(ignored["id"]))
    assert acked.exit_code == 0 and acked.stderr == f"acknowledged alert {ignored['id']} (ignored)\n"
    left = json.loads(run("--db", mailbox, "alerts", "--as-of", AS_OF, "--format", "json").stdout)
    assert [a["kind"] for a in left] == ["overdrawn"]
    every = json.loads(run("--db", mailbox, "alerts", "--as-of", AS_OF, "--all", "--format", "json").stdout)
    assert sorted((a["kind"], a["status"]) for a in every) == [("ignored", "acked"), ("overdrawn", "open")]
    report = json.loads(run("--db", mailbox, "report", "--as-of", AS_OF, "--format", "json").stdout)
    assert report["contacts"][1]["alerts"] == ["overdrawn"] and report["open_alerts"] == 1
    csv = run("--db", mailbox, "alerts", "--as-of", AS_OF, "--format", "csv").stdout.splitlines()
    assert csv[0] == "id,name,address,kind,status,opened,detail,suggestion" and len(csv) == 2


def test_ack_errors_are_one_line(mailbox):
    result = CliRunner().invoke(cli, ["--db", mailbox, "alerts", "ack", "42"])
    assert result.exit_code == 1 and result.stderr == "Error: no alert 42\n"


def test_bad_report_date():
    result = CliRunner().invoke(cli, ["report", "--as-of", "2026-13-01"])
    assert result.exit_code == 2 and "'2026-13-01' does not match the format '%Y-%m-%d'" in result.stderr


def test_contact_in_depth(mailbox):
    out = run("--db", mailbox, "contact", "dave@y.example", "--as-of", AS_OF).stdout
    lines = out.splitlines()
    assert lines[:8] == [
        "dave@y.example",
        "",
        "stage: prospect · 2026-10 prospect",
        "addresses: dave@y.example",
        "messages: 3 sent, 0 received · last 2026-10-10",
        "given -4.85 · received 0.00 · reciprocity -1.00",
        "12 weeks: ·······▁▁···",
        (
            "replies: you answered 0 of 0 of their messages within the window (median —); they answered 0 of 3 (0%) "
            "of yours (median —)"
        ),
    ]
    assert "    what to do: Stop following up for now. If you write again, make it one short message that is useful " \
        "to dave@y.example on its own, with no ask and no reminder." in lines
    assert re.search(r"2026-10-10  you →  -2\.00  self_promotional  Our offer 10", out)
    data = json.loads(run("--db", mailbox, "contact", "Ann Lee", "--as-of", AS_OF, "--format", "json").stdout)
    assert set(data) == {"contact", "addresses", "replies", "stages", "timeline", "alerts"}
    replies = data["replies"]
    assert (replies["i_answered"], replies["their_messages"], replies["they_answered"], replies["my_messages"]) == (1, 1, 1, 2)
    assert (replies["my_median_hours"], replies["their_median_hours"]) == (24.0, 24.0)
    assert data["stages"] == [{"month": "2026-10", "stage": "engaged"}, {"month": "2026-11", "stage": "engaged"}]
    assert [(t["direction"], t["tags"], t["value"]) for t in data["timeline"]] == [
        ("sent", [], 0.0), ("received", ["listening"], 2.0), ("sent", ["value_giving"], 3.0)
    ]
    md = run("--db", mailbox, "contact", "ann@x.example", "--as-of", AS_OF, "--format", "markdown").stdout
    assert md.startswith("## Ann Lee <ann@x.example>\n")


def test_unknown_contact(mailbox):
    result = CliRunner().invoke(cli, ["--db", mailbox, "contact", "nobody"])
    assert result.exit_code == 1 and result.stderr == "Error: no contact 'nobody'\n"


def test_text_from_mail_is_made_harmless(mailbox):
    db = store.open_db(mailbox)
    db.execute("UPDATE contacts SET name = ? WHERE address = 'dave@y.example'", ["\x1b[2J\u202eDave\x07"])
    db.conn.commit()
    db.close()
    for args in (["report"], ["alerts"], ["contact", "dave@y.example"]):
        out = run("--db", mailbox, *args, "--as-of", AS_OF).stdout
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out, args
        assert "Dave" in out


def test_colour_only_when_asked(mailbox):
    db = store.open_db(mailbox)
    w = wallet.refresh(db, load_config(None), date(2026, 11, 2))
    assert "\x1b[31m" in render_report(w, w.rows, color=True)  # a negative wallet in red
    assert "\x1b" not in render_report(w, w.rows, color=False)


def test_sparkline():
    assert sparkline([0, 1, 2, 4, -1, 0.001]) == "·▃▅█▁·"


def test_import_refreshes_the_wallet(tmp_path):
    db = tmp_path / "w.db"
    result = run("--db", str(db), "import", str(MAIL), "--me", "maya@lindqvist.example")
    assert result.exit_code == 0
    conn = store.open_db(db)
    assert conn.execute("SELECT count(*) FROM wallet_state").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM wallet_dirty").fetchone()[0] == 0


@pytest.mark.skipif(not (SAMPLE / "README.md").exists(), reason="no sample mailbox")
def test_sample_mailbox_with_its_intended_tags_says_what_its_readme_says():
    """The rules against the sample's stories: label every message with the tags its author
    meant (t= in the stories), and every contact's stage and alerts must be the README's."""
    import importlib
    import sys

    from inboxwallet.ingest import import_paths

    sys.path.insert(0, str(SAMPLE))
    try:
        builder = importlib.import_module("build_sample")
        if not builder.MSGS:
            builder.load_stories()
    finally:
        sys.path.remove(str(SAMPLE))
    config = load_config(SAMPLE / "config.toml", must_exist=True)
    db = store.open_db(memory=True)
    import_paths(db, [SAMPLE / "mailbox.mbox"], config, workers=1)
    ids = dict(db.execute("SELECT message_id, id FROM messages").fetchall())
    letters = {"V": "value_giving", "A": "apologetic", "L": "listening", "S": "self_promotional"}
    for msg in builder.MSGS:
        mid = f"<{msg['key']}.sample@{builder.person(msg['frm'])['addr'].split('@')[1]}>"
        if mid in ids:
            store.save_user_tags(db, ids[mid], [letters[c] for c in msg["tags"] if c in letters], TAGS)
    got = {r.address: (r.stage, sorted(h.kind for h in r.hits)) for r in wallet.refresh(db, config, date(2026, 11, 2)).rows}
    expected = {}
    for line in (SAMPLE / "README.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and "@" in cells[1] and cells[3].split()[0] in wallet.STAGES:
            alerts = [] if cells[4] == "none" else sorted(a.strip() for a in cells[4].split(","))
            expected[cells[1]] = (cells[3].split()[0], alerts)
    assert len(expected) >= 25
    assert got == expected


@pytest.mark.skipif(not (SAMPLE / "mailbox.mbox").exists(), reason="no sample mailbox")
def test_demo_ends_with_the_report_and_the_open_alerts():
    """Stages and the ignored / unanswered / fading alerts use no tags: they do not depend on
    the shipped model, so the demo must show them where the sample's README says."""
    out = run("demo").stdout
    head = next(line for line in out.splitlines() if line.startswith("How full is your wallet?"))
    assert head.endswith("· 30 contacts · " + head.split(" · ")[3] + " · as of 2026-11-02")
    rows = {line.split("  ")[0]: line for line in out.split(head)[1].splitlines() if "@" in line}
    for name, stage in (("Elena Rossi", "advocate"), ("Tom Becker", "client"), ("Sofia Martins", "dormant"),
                        ("Marcus Hale", "prospect"), ("Henrik Dahl", "engaged"), ("Yuki Tanaka", "prospect")):
        assert f" {stage} " in rows[name], name
    alerts = out.split("open alert")[-1]
    for kind, name in (("ignored", "Marcus Hale"), ("unanswered", "Rachel Kim"), ("fading", "Sofia Martins")):
        assert re.search(rf"#\d+  {kind}  {name} <", alerts), kind
    assert "→ Answer Rachel Kim, even briefly" in alerts
