"""The click layer: parse options, load config, open the store, call one library function,
print. Heavy modules (scikit-learn, mail-parser) are imported inside commands so that
`inboxwallet --help` stays fast."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import InboxwalletError

F = TypeVar("F", bound=Callable[..., Any])


def clean_errors(func: F) -> F:
    """Turn the project's own exceptions into a one-line message and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InboxwalletError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; what was committed is kept") from None

    return wrapper  # type: ignore[return-value]


class Context:
    """What every command needs: where the config and the database are."""

    def __init__(self, db_path: Path | None, config_path: Path | None, quiet: bool) -> None:
        self.db_path = db_path
        self.config_path = config_path
        self.quiet = quiet

    def config(self, extra_addresses: tuple[str, ...] = ()):  # -> Config
        from .config import load_config

        config = load_config(self.config_path, must_exist=self.config_path is not None)
        return config.with_addresses(extra_addresses) if extra_addresses else config

    def db(self):  # -> sqlite_utils.Database
        from .config import default_db_path, ensure_private_dir
        from .store import open_db

        path = self.db_path or default_db_path()
        if self.db_path is None:
            ensure_private_dir(path.parent)
        return open_db(path)

    def counter(self, what: str) -> Callable[[int], None] | None:
        """A running count on stderr when a person is watching; nothing under cron."""
        if self.quiet or not sys.stderr.isatty():
            return None
        seen = 0

        def update(n: int) -> None:
            nonlocal seen
            seen += n
            click.echo(f"\r{what} {seen:,} messages", err=True, nl=False)

        return update

    def say(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)


pass_ctx = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="inboxwallet")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="INBOXWALLET_DB",
    help="Database file (default: in your user data folder). Env: INBOXWALLET_DB.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="INBOXWALLET_CONFIG",
    help="Config file (default: config.toml in your user config folder). Env: INBOXWALLET_CONFIG.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success (for cron).")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, config_path: Path | None, quiet: bool) -> None:
    """See, from your own mailbox, which relationships are healthy and which have gone
    one-sided."""
    ctx.obj = Context(db_path, config_path, quiet)


# -- import ----------------------------------------------------------------------------------


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--me", "me", multiple=True, metavar="ADDRESS", help="One of my own addresses (repeatable).")
@click.option("--workers", type=int, default=None, help="Parser processes (default: one per core).")
@pass_ctx
@clean_errors
def import_(obj: Context, paths: tuple[Path, ...], me: tuple[str, ...], workers: int | None) -> None:
    """Import mbox files, Maildir folders and .eml files (or folders of them).

    Re-importing the same mail adds nothing.

    Example:

        inboxwallet import ~/mail/archive.mbox ~/Maildir --me me@example.com
    """
    from .ingest import import_paths

    config = obj.config(me)
    if not config.my_addresses:
        obj.say("warning: no identity addresses configured (use --me or [identity] addresses); "
                "every message counts as received")
    stats = import_paths(obj.db(), list(paths), config, workers=workers, progress=obj.counter("read"))
    if obj.counter("read"):
        click.echo("", err=True)
    obj.say(stats.summary())


# -- contacts ----------------------------------------------------------------------------------


@cli.group(invoke_without_command=True)
@click.option("--all", "show_all", is_flag=True, help="Include ignored contacts.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
@clean_errors
def contacts(ctx: click.Context, show_all: bool, fmt: str) -> None:
    """List contacts: people you have written to person-to-person.

    Example:

        inboxwallet contacts --format json
    """
    if ctx.invoked_subcommand:
        return
    from .store import list_contacts

    obj: Context = ctx.obj
    rows = list_contacts(obj.db(), include_ignored=show_all)
    if fmt == "json":
        click.echo(json.dumps([_contact_dict(r) for r in rows], indent=2))
        return
    from .report import contacts_table

    click.echo(contacts_table(rows))


def _contact_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "address": row.address,
        "addresses": list(row.addresses),
        "sent": row.sent,
        "received": row.received,
        "last_contact": row.last_contact,
        "ignored": row.ignored,
    }


@contacts.command(name="merge")
@click.argument("keep")
@click.argument("other")
@pass_ctx
@clean_errors
def contacts_merge(obj: Context, keep: str, other: str) -> None:
    """Join two contacts into one person (KEEP keeps its name).

    Example:

        inboxwallet contacts merge tom@work.example tom.becker@gmail.example
    """
    from .store import merge_contacts

    merge_contacts(obj.db(), keep, other)
    obj.say(f"merged {other} into {keep}")


@contacts.command(name="ignore")
@click.argument("who")
@pass_ctx
@clean_errors
def contacts_ignore(obj: Context, who: str) -> None:
    """Hide a contact (or an address) from contacts and reports, now and later.

    Example:

        inboxwallet contacts ignore newsletter@shop.example
    """
    from .store import ignore_contact

    address = ignore_contact(obj.db(), who)
    obj.say(f"ignoring {address}")


# -- quarantine ------------------------------------------------------------------------------


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_ctx
@clean_errors
def quarantine(obj: Context, fmt: str) -> None:
    """List what could not be stored, and why.

    Example:

        inboxwallet quarantine --format json
    """
    from .report import safe, table
    from .store import list_quarantine

    rows = list_quarantine(obj.db())
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo(
        table(
            ["id", "source", "key", "reason", "bytes"],
            [[r["id"], safe(r["source"] or ""), safe(r["source_key"] or ""), safe(r["reason"]), r["size"]] for r in rows],
            align="lllll",
            empty="quarantine is empty",
        )
    )


# -- demo --------------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--keep",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the demo database here (to browse it, say with Datasette) instead of a temporary file.",
)
@clean_errors
def demo(keep: Path | None) -> None:
    """Build a fresh database from the bundled sample mailbox and show what the tool finds.

    Never touches your own database.

    Example:

        inboxwallet demo --keep /tmp/demo.db
    """
    from .demo import run_demo

    click.echo(run_demo(keep, color=sys.stdout.isatty()))


def main() -> None:  # pragma: no cover - console entry point
    cli()
