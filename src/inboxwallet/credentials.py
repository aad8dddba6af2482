"""Secrets for mail servers: a password or an OAuth2 token, read at the moment it is needed.

Three ways, first match wins: `password_command` (run without a shell, its first line of
output is the secret; its stderr is discarded, it may talk about the secret), `password_env`
(an environment variable) or `keyring = true` (the system keyring, optional package). IMAP
sync and the digest's SMTP delivery use the same code.

A secret travels as a `Secret`, whose repr() and str() are a mask, so it cannot reach the
database, a log line, an exception message or a traceback's locals by accident.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from .errors import ConfigError, InboxwalletError

KEYRING_SERVICE = "inboxwallet"
COMMAND_TIMEOUT = 60.0  # a password manager may ask for a passphrase on a pinentry


class Secret:
    """A password or token. Only `reveal()` gives the text; everything else shows a mask."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> Any:  # never pickled into a worker process or a cache
        raise TypeError("a Secret cannot be pickled")


class SecretSettings(Protocol):
    """What an [[accounts]] entry and the [digest] table have in common."""

    password_command: str | None
    password_env: str | None
    keyring: bool


Runner = Callable[..., "subprocess.CompletedProcess[bytes]"]


def get_secret(
    settings: SecretSettings,
    *,
    label: str,
    keyring_user: str | None = None,
    environ: Mapping[str, str] | None = None,
    runner: Runner = subprocess.run,
) -> Secret:
    """Read the password `settings` point to. `label` names it in error messages
    ("account 'work'"); `keyring_user` is the keyring entry (default: the label)."""
    if settings.password_command:
        return run_secret_command(settings.password_command, label=label, what="password_command", runner=runner)
    if settings.password_env:
        env = os.environ if environ is None else environ
        value = env.get(settings.password_env)
        if not value:
            raise ConfigError(f"{label}: environment variable {settings.password_env} is not set or empty")
        return Secret(value)
    if settings.keyring:
        return keyring_secret(keyring_user or label, label=label)
    raise ConfigError(f"{label}: no password_command, password_env or keyring configured")


def run_secret_command(
    command: str, *, label: str, what: str = "password_command", runner: Runner = subprocess.run
) -> Secret:
    """Run a password manager command (no shell) and take the first line of its output."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise ConfigError(f"{label}: {what} cannot be split into words: {exc}") from None
    if not argv:
        raise ConfigError(f"{label}: {what} is empty")
    try:
        done = runner(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise InboxwalletError(f"{label}: {what}: program {argv[0]!r} not found") from None
    except subprocess.TimeoutExpired:
        raise InboxwalletError(f"{label}: {what} did not finish within {COMMAND_TIMEOUT:.0f} s") from None
    except OSError as exc:
        raise InboxwalletError(f"{label}: {what} could not run: {exc.strerror or exc}") from None
    if done.returncode != 0:
        # Neither its output nor its stderr goes into the message: either may hold the secret.
        raise InboxwalletError(f"{label}: {what} failed with exit status {done.returncode}")
    text = (done.stdout or b"").decode("utf-8", "replace")
    first = text.splitlines()[0].strip() if text.strip() else ""
    if not first:
        raise InboxwalletError(f"{label}: {what} printed nothing")
    return Secret(first)


def keyring_secret(user: str, *, label: str) -> Secret:
    """The password stored with `keyring set inboxwallet USER`."""
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]
        from keyring.errors import KeyringError  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        raise ConfigError(
            f"{label}: keyring = true needs the keyring package (pip install 'inboxwallet[keyring]')"
        ) from None
    try:
        value = keyring.get_password(KEYRING_SERVICE, user)
    except KeyringError as exc:
        raise InboxwalletError(f"{label}: the system keyring could not be read: {type(exc).__name__}") from None
    if not value:
        raise ConfigError(f"{label}: no password in the keyring (add one: keyring set {KEYRING_SERVICE} {user})")
    return Secret(value)


def account_secret(
    account: Any,
    *,
    environ: Mapping[str, str] | None = None,
    runner: Runner = subprocess.run,
) -> Secret:
    """The password (auth = "password") or OAuth2 access token (auth = "xoauth2") of an
    [[accounts]] entry; keyring entries are named after the account."""
    label = f"account {account.name!r}"
    if account.auth == "xoauth2":
        return run_secret_command(account.oauth2_token_command, label=label, what="oauth2_token_command", runner=runner)
    return get_secret(account, label=label, keyring_user=account.name, environ=environ, runner=runner)
