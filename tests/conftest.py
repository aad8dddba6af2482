"""Shared fixtures. Every test gets its own INBOXWALLET_HOME, so nothing touches a real user
folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from inboxwallet.store import open_db

MAIL = Path(__file__).parent / "mail"
ME = frozenset({"maya@lindqvist.example", "maya.lindqvist@fastmail.example"})


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("INBOXWALLET_HOME", str(home))
    for var in ("INBOXWALLET_DB", "INBOXWALLET_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def db():
    database = open_db(memory=True)
    yield database
    database.close()


def mail(name: str) -> bytes:
    return (MAIL / name).read_bytes()
