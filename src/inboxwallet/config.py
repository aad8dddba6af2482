"""Configuration: a TOML file plus INBOXWALLET_* environment variables, read into frozen
dataclasses. The only module besides cli.py that looks at the environment or the disk layout."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

APP_NAME = "inboxwallet"


@dataclass(frozen=True)
class Account:
    """One IMAP account to sync from. The secret itself is never stored here, only how to get it."""

    name: str
    host: str
    username: str
    port: int = 993
    tls: str = "ssl"  # ssl | starttls | none
    password_command: str | None = None
    password_env: str | None = None
    keyring: bool = False
    auth: str = "password"  # password | xoauth2
    oauth2_token_command: str | None = None
    folders: tuple[str, ...] = ()
    ca_file: str | None = None
    timeout: float = 60.0


@dataclass(frozen=True)
class WalletSettings:
    weights: dict[str, float] = field(
        default_factory=lambda: {
            "value_giving": 3.0,
            "listening": 2.0,
            "apologetic": 1.0,
            "self_promotional": -2.0,
        }
    )
    half_life_days: float = 90.0
    min_recipient_share: float = 0.2
    reply_window_days: float = 7.0


@dataclass(frozen=True)
class AlertSettings:
    ignored_min_messages: int = 3
    ignored_min_days: float = 14.0
    unanswered_days: float = 7.0
    self_promo_last_n: int = 5
    self_promo_share: float = 0.5
    not_reciprocating_ratio: float = 3.0
    not_reciprocating_min_messages: int = 3
    fading_min_exchanges: int = 5
    fading_gap_factor: float = 3.0
    fading_min_days: float = 60.0


@dataclass(frozen=True)
class DigestSettings:
    via: str = "smtp"  # smtp | imap
    to: str | None = None
    host: str = "localhost"
    port: int = 587
    tls: str = "starttls"  # ssl | starttls | none
    username: str | None = None
    password_command: str | None = None
    password_env: str | None = None
    keyring: bool = False
    ca_file: str | None = None
    account: str | None = None  # with via = "imap": which [[accounts]] entry to append into
    sender: str | None = None


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    my_addresses: tuple[str, ...] = ()
    admit_inbound: bool = False  # admit people who only wrote to me as contacts
    store_text: bool = True
    accounts: tuple[Account, ...] = ()
    wallet: WalletSettings = field(default_factory=WalletSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)

    def with_addresses(self, extra: tuple[str, ...]) -> Config:
        merged = tuple(dict.fromkeys([*self.my_addresses, *(a.strip().lower() for a in extra)]))
        return Config(
            path=self.path,
            my_addresses=merged,
            admit_inbound=self.admit_inbound,
            store_text=self.store_text,
            accounts=self.accounts,
            wallet=self.wallet,
            alerts=self.alerts,
            digest=self.digest,
        )

    def account(self, name: str) -> Account:
        for account in self.accounts:
            if account.name == name:
                return account
        known = ", ".join(a.name for a in self.accounts) or "none configured"
        raise ConfigError(f"no account named {name!r} (accounts: {known})")


# -- user folders -----------------------------------------------------------------------


def data_dir() -> Path:
    """Where the database, logs and a personal model live (INBOXWALLET_HOME overrides)."""
    home = os.environ.get("INBOXWALLET_HOME")
    if home:
        return Path(home)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get("INBOXWALLET_HOME")
    if home:
        return Path(home)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def busy_timeout() -> float:
    """Seconds to wait for another program's write lock (INBOXWALLET_BUSY_TIMEOUT, default 10)."""
    try:
        return max(0.0, float(os.environ.get("INBOXWALLET_BUSY_TIMEOUT", "10")))
    except ValueError:
        raise ConfigError("INBOXWALLET_BUSY_TIMEOUT: expected a number of seconds") from None


def default_db_path() -> Path:
    return data_dir() / "inboxwallet.db"


def default_config_path() -> Path:
    return config_dir() / "config.toml"


def ensure_private_dir(path: Path) -> Path:
    """Create a folder only its owner can enter: it holds other people's mail."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        path.chmod(0o700)
    except OSError:
        pass
    return path


# -- reading ------------------------------------------------------------------------------


def load_config(path: Path | None = None, *, must_exist: bool = False) -> Config:
    """Read the TOML config. A missing default file means an empty config."""
    path = path or default_config_path()
    if not path.exists():
        if must_exist:
            raise ConfigError(f"{path}: no such file")
        return Config(path=None)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    return parse_config(data, path)


def parse_config(data: dict[str, Any], path: Path | None = None) -> Config:
    """Turn the TOML tables into a Config, naming the file and key on any mistake."""
    where = str(path) if path else "config"
    reader = _Reader(where)
    known = {"identity", "contacts", "privacy", "accounts", "wallet", "alerts", "digest"}
    reader.no_unknown(data, known, "")

    identity = reader.table(data, "identity")
    addresses = reader.str_list(identity, "addresses", "identity")
    contacts = reader.table(data, "contacts")
    privacy = reader.table(data, "privacy")

    accounts = []
    raw_accounts = data.get("accounts", [])
    if not isinstance(raw_accounts, list):
        reader.fail("accounts", "expected [[accounts]] tables")
    for i, raw in enumerate(raw_accounts):
        accounts.append(_account(reader, raw, f"accounts[{i}]"))
    names = [a.name for a in accounts]
    if len(set(names)) != len(names):
        reader.fail("accounts", "two accounts share one name")

    return Config(
        path=path,
        my_addresses=tuple(dict.fromkeys(a.strip().lower() for a in addresses)),
        admit_inbound=reader.bool(contacts, "admit_inbound", "contacts", False),
        store_text=reader.bool(privacy, "store_text", "privacy", True),
        accounts=tuple(accounts),
        wallet=_wallet(reader, reader.table(data, "wallet")),
        alerts=_dataclass_from(reader, AlertSettings, reader.table(data, "alerts"), "alerts"),
        digest=_dataclass_from(reader, DigestSettings, reader.table(data, "digest"), "digest"),
    )


def _account(reader: _Reader, raw: Any, key: str) -> Account:
    if not isinstance(raw, dict):
        reader.fail(key, "expected a table")
    for required in ("name", "host", "username"):
        if not isinstance(raw.get(required), str) or not raw[required]:
            reader.fail(f"{key}.{required}", "required, a non-empty string")
    values = dict(raw)
    tls = values.get("tls", "ssl")
    if tls not in ("ssl", "starttls", "none"):
        reader.fail(f"{key}.tls", "must be one of ssl, starttls, none")
    if tls == "none" and values["host"] not in ("127.0.0.1", "localhost", "::1"):
        reader.fail(f"{key}.tls", "'none' is only allowed for 127.0.0.1 or localhost")
    values.setdefault("port", 993 if tls == "ssl" else 143)
    if values.get("auth", "password") not in ("password", "xoauth2"):
        reader.fail(f"{key}.auth", "must be 'password' or 'xoauth2'")
    if "folders" in values:
        values["folders"] = tuple(reader.str_list(values, "folders", key))
    account = _dataclass_from(reader, Account, values, key)
    if account.auth == "password" and not (
        account.password_command or account.password_env or account.keyring
    ):
        reader.fail(key, "needs password_command, password_env or keyring = true")
    if account.auth == "xoauth2" and not account.oauth2_token_command:
        reader.fail(key, "auth = 'xoauth2' needs oauth2_token_command")
    return account


def _wallet(reader: _Reader, raw: dict[str, Any]) -> WalletSettings:
    values = dict(raw)
    if "weights" in values:
        weights = values["weights"]
        defaults = WalletSettings().weights
        if not isinstance(weights, dict):
            reader.fail("wallet.weights", "expected a table of tag = number")
        reader.no_unknown(weights, set(defaults), "wallet.weights")
        for tag, value in weights.items():
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                reader.fail(f"wallet.weights.{tag}", "expected a number")
        values["weights"] = {**defaults, **{k: float(v) for k, v in weights.items()}}
    return _dataclass_from(reader, WalletSettings, values, "wallet")


def _dataclass_from(reader: _Reader, cls: type, values: dict[str, Any], key: str) -> Any:
    """Build a settings dataclass, checking names and types against its defaults."""
    fields = cls.__dataclass_fields__
    reader.no_unknown(values, set(fields), key)
    kwargs = {}
    for name, value in values.items():
        expected = fields[name].type
        ok = {
            "str": isinstance(value, str),
            "str | None": isinstance(value, str),
            "int": isinstance(value, int) and not isinstance(value, bool),
            "float": isinstance(value, (int, float)) and not isinstance(value, bool),
            "bool": isinstance(value, bool),
        }.get(str(expected), True)
        if not ok:
            reader.fail(f"{key}.{name}", f"expected {str(expected).replace(' | None', '')}")
        if str(expected) == "float":
            value = float(value)
        kwargs[name] = value
    return cls(**kwargs)


class _Reader:
    """Small helper so every mistake names the file and the key."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, key: str, problem: str) -> None:
        raise ConfigError(f"{self.where}: {key}: {problem}")

    def no_unknown(self, data: dict[str, Any], known: set[str], key: str) -> None:
        for name in data:
            if name not in known:
                full = f"{key}.{name}" if key else name
                self.fail(full, f"unknown key (expected one of: {', '.join(sorted(known))})")

    def table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.fail(key, "expected a table")
        return value

    def str_list(self, data: dict[str, Any], key: str, where: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"{where}.{key}", "expected a list of strings")
        return value

    def bool(self, data: dict[str, Any], key: str, where: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{where}.{key}", "expected true or false")
        return value
