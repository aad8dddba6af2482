import json
import subprocess
import sys

from click.testing import CliRunner

from inboxwallet import __version__
from inboxwallet.cli import cli

from .conftest import MAIL


def run(*args, **kw):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)
    return result


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output == f"inboxwallet, version {__version__}\n"


def test_every_command_has_help():
    for args in (["import"], ["contacts"], ["contacts", "merge"], ["contacts", "ignore"], ["quarantine"], ["demo"]):
        result = run(*args, "--help")
        assert result.exit_code == 0, args
        assert "Example:" in result.output, args


def test_import_summary_and_contacts(tmp_path):
    db = tmp_path / "w.db"
    result = run("--db", str(db), "import", str(MAIL), "--me", "maya@lindqvist.example")
    assert result.exit_code == 0
    assert result.stderr.strip().splitlines()[-1] == (
        "imported 7, skipped 0 duplicates, 1 bulk/automated, quarantined 2 (see inboxwallet quarantine)"
    )
    again = run("--db", str(db), "import", str(MAIL), "--me", "maya@lindqvist.example")
    assert again.stderr.strip().splitlines()[-1] == "imported 0, skipped 9 duplicates, quarantined 0"
    contacts = json.loads(run("--db", str(db), "contacts", "--format", "json").stdout)
    assert [(c["address"], c["sent"], c["received"]) for c in contacts] == [("priya@acme.example", 1, 0)]
    table = run("--db", str(db), "contacts").stdout.splitlines()
    assert table[0].split() == ["name", "address", "sent", "received", "last", "contact"]
    assert table[2].split() == ["priya@acme.example", "1", "0", "2026-03-04"]
    quarantine = run("--db", str(db), "quarantine").stdout
    assert "empty message (0 bytes)" in quarantine and "not a mail message" in quarantine
    rows = json.loads(run("--db", str(db), "quarantine", "--format", "json").stdout)
    assert sorted((r["source"].rsplit("/", 1)[1], r["reason"]) for r in rows) == [
        ("empty.eml", "empty message (0 bytes)"),
        ("not_mail.eml", "not a mail message (no header lines)"),
    ]


def test_db_from_environment(tmp_path):
    db = tmp_path / "env.db"
    result = run("import", str(MAIL / "outlook_forward.eml"), "--me", "maya@lindqvist.example", env={"INBOXWALLET_DB": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_merge_and_ignore(tmp_path):
    db = str(tmp_path / "w.db")
    config = tmp_path / "c.toml"
    config.write_text('[identity]\naddresses = ["maya@lindqvist.example"]\n')
    for i, to in enumerate(["tom@work.example", "Tom Becker <tom@home.example>", "ann@x.example"]):
        eml = tmp_path / f"{i}.eml"
        eml.write_text(f"From: maya@lindqvist.example\nTo: {to}\nSubject: s{i}\nMessage-ID: <{i}@l>\n\nhi {i}\n")
    assert run("--db", db, "--config", str(config), "import", str(tmp_path)).exit_code == 0
    assert run("--db", db, "contacts", "merge", "Tom Becker", "tom@work.example").exit_code == 0
    rows = json.loads(run("--db", db, "contacts", "--format", "json").stdout)
    tom = [r for r in rows if r["name"] == "Tom Becker"][0]
    assert tom["addresses"] == ["tom@home.example", "tom@work.example"] and tom["sent"] == 2
    assert run("--db", db, "contacts", "ignore", "ann@x.example").exit_code == 0
    rows = json.loads(run("--db", db, "contacts", "--format", "json").stdout)
    assert [r["address"] for r in rows] == ["tom@home.example"]


def test_clean_errors(tmp_path):
    result = run("--db", str(tmp_path / "w.db"), "contacts", "merge", "nobody@x.example", "x@y.example")
    assert result.exit_code == 1
    assert result.stderr == "Error: no contact 'nobody@x.example'\n"
    bad = tmp_path / "bad.toml"
    bad.write_text("[identity]\naddresses = 3\n")
    result = run("--config", str(bad), "import", str(MAIL))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: identity.addresses: expected a list of strings\n"
    result = run("--db", str(tmp_path / "w.db"), "import", str(tmp_path / "missing"))
    assert result.exit_code == 1 and "no such file or folder" in result.stderr


def test_not_a_database(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    result = run("--db", str(junk), "contacts")
    assert result.exit_code == 1 and "cannot open database" in result.stderr


def test_help_does_not_import_heavy_modules():
    code = "import sys; from inboxwallet.cli import cli; print(sorted(m for m in ('sklearn','mailparser','sqlite_utils','numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
