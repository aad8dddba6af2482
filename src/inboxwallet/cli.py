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
from .errors import InboxwalletError, LockedError

F = TypeVar("F", bound=Callable[..., Any])


def _store_text_option(func: F) -> F:
    return click.option(
        "--store-text/--no-store-text", "store_text", default=None,
        help="Keep the text of new messages, or only their tags and figures "
             "(default: [privacy] store_text in the config, true).",
    )(func)


def _with_store_text(config: Any, store_text: bool | None) -> Any:
    """The config, with --store-text/--no-store-text (when given) over [privacy] store_text."""
    import dataclasses

    return config if store_text is None else dataclasses.replace(config, store_text=store_text)


def clean_errors(func: F) -> F:
    """Turn the project's own exceptions into a one-line message and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LockedError as exc:
            # EX_TEMPFAIL: cron's MAILTO sees "try again later", not a failure to fix
            locked = click.ClickException(str(exc))
            locked.exit_code = 75
            raise locked from None
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
        from .config import busy_timeout, default_db_path, ensure_private_dir
        from .store import open_db

        path = self.db_path or default_db_path()
        if self.db_path is None:
            ensure_private_dir(path.parent)
        return open_db(path, busy_timeout=busy_timeout())

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
@_store_text_option
@pass_ctx
@clean_errors
def import_(
    obj: Context, paths: tuple[Path, ...], me: tuple[str, ...], workers: int | None, store_text: bool | None
) -> None:
    """Import mbox files, Maildir folders and .eml files (or folders of them).

    Re-importing the same mail adds nothing.

    Example:

        inboxwallet import ~/mail/archive.mbox ~/Maildir --me me@example.com
    """
    from .ingest import import_paths

    config = _with_store_text(obj.config(me), store_text)
    if not config.my_addresses:
        obj.say("warning: no identity addresses configured (use --me or [identity] addresses); "
                "every message counts as received")
    stats = import_paths(
        obj.db(), list(paths), config, workers=workers, classifier=_ingest_classifier(), progress=obj.counter("read")
    )
    if obj.counter("read"):
        click.echo("", err=True)
    obj.say(stats.summary())
    from .wallet import refresh

    refresh(obj.db(), config)  # balances, stages and alerts as of today, fresh after every import


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


# -- classifiers ------------------------------------------------------------------------------------


def _model(which: str | None = None):  # -> Model
    """The model to use: a folder given by the user, 'shipped', or the default (personal if any)."""
    from .classifiers.model import SHIPPED_DIR, default_model, load_model
    from .config import data_dir

    if which == "shipped":
        return load_model(SHIPPED_DIR)
    if which:
        return load_model(Path(which))
    return default_model(data_dir())


def _training_dir() -> Path:
    here = Path(__file__).resolve()
    return here.parents[2] / "data" / "training"


@cli.group()
def model() -> None:
    """Train, evaluate and run the message classifier."""


@model.command(name="train")
@click.option("--data", "data", type=click.Path(exists=True, path_type=Path), multiple=True,
              help="Labeled JSON lines (file or folder; repeatable). Default: the team's corpus in data/training.")
@click.option("--with-my-labels", is_flag=True, help="Add your own labels (from `inboxwallet label`) to the training data.")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for model.skops and model.json. Default: your personal model folder.")
@pass_ctx
@clean_errors
def model_train(obj: Context, data: tuple[Path, ...], with_my_labels: bool, output: Path | None) -> None:
    """Train a model: cross-validated thresholds and metrics, saved with skops.

    Example:

        inboxwallet model train --with-my-labels
    """
    from .classifiers.model import Example, personal_dir, read_examples, save_model, train
    from .config import data_dir, ensure_private_dir
    from .store import user_labeled

    examples = read_examples(list(data) or [_training_dir()])
    name = "shipped" if output and output.resolve() == Path(__file__).parent.joinpath("classifiers").resolve() else "custom"
    if with_my_labels:
        mine = user_labeled(obj.db())
        obj.say(f"adding {len(mine)} of your own labels")
        examples += [Example(f"user-{i}", text, tuple(tags)) for i, text, tags in mine]
        name = "personal"
    obj.say(f"training on {len(examples):,} examples (5-fold cross-validation, then the final fit)")
    trained = train(examples, name=name)
    if output is None:
        ensure_private_dir(data_dir())
    folder = output or personal_dir(data_dir())
    save_model(trained, folder)
    cv = trained.meta["cross_validation"]
    obj.say(f"saved {trained.version} to {folder}; cross-validated macro-F1 {cv['macro_f1']:.3f}")


@model.command(name="eval")
@click.option("--data", "data", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Labeled JSON lines to evaluate on.")
@click.option("--model", "which", default=None, help="'shipped', a model folder, or (default) the model in use.")
@click.option("--compare", is_flag=True, help="Also evaluate the shipped model, side by side.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@clean_errors
def model_eval(data: Path, which: str | None, compare: bool, fmt: str) -> None:
    """Per-tag precision, recall and F1, and macro-F1, on a labeled file.

    Example:

        inboxwallet model eval --data labeled.jsonl --compare
    """
    from .classifiers.model import evaluate_model, read_examples

    examples = read_examples([data])
    models = [_model(which)]
    if compare and models[0].version != _model("shipped").version:
        models.append(_model("shipped"))
    results = {m.version: evaluate_model(m, examples) for m in models}
    if fmt == "json":
        click.echo(json.dumps(results, indent=2))
        return
    from .report import metrics_table

    for version, result in results.items():
        click.echo(f"{version} on {data.name} ({result['n']} messages)")
        click.echo(metrics_table(result))
        click.echo("")


@model.command(name="predict")
@click.option("--data", "data", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="JSON lines with id and text (tags optional).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of standard output.")
@click.option("--model", "which", default=None, help="'shipped', a model folder, or (default) the model in use.")
@clean_errors
def model_predict(data: Path, output: Path | None, which: str | None) -> None:
    """Tag each line of a JSON lines file: {"id", "tags", "scores"} per line.

    Example:

        inboxwallet model predict --data messages.jsonl --output tagged.jsonl
    """
    from .classifiers.model import read_examples

    examples = read_examples([data])
    chosen = _model(which)
    lines = []
    for example, (tags, scores) in zip(examples, chosen.predict([e.text for e in examples])):
        lines.append(json.dumps({"id": example.id, "tags": tags, "scores": {k: round(v, 4) for k, v in scores.items()}}))
    text = "\n".join(lines) + "\n"
    if output:
        output.write_text(text)
    else:
        click.echo(text, nl=False)


@cli.command()
@click.option("--all", "everything", is_flag=True, help="Re-score every stored message, not only new ones.")
@pass_ctx
@clean_errors
def classify(obj: Context, everything: bool) -> None:
    """Tag stored messages that the current model has not scored yet.

    Example:

        inboxwallet classify --all
    """
    from .ingest import classify_stored

    chosen = _model()
    done = classify_stored(obj.db(), chosen, everything=everything, progress=obj.counter("classified"))
    obj.say(f"classified {done:,} messages with {chosen.version}")


@cli.command()
@click.argument("message_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@pass_ctx
@clean_errors
def message(obj: Context, message_id: int, fmt: str) -> None:
    """Show one stored message: its author text, tags, scores, and the words behind them.

    Example:

        inboxwallet message 42
    """
    from .classifiers.model import explain
    from .store import get_message

    record = get_message(obj.db(), message_id)
    why = explain(_model(), record["text"] or "") if record["text"] else {}
    if fmt == "json":
        record.pop("refs", None)
        record["explain"] = {t: [w for w, _ in words] for t, words in why.items()}
        click.echo(json.dumps(record, indent=2, default=str))
        return
    from .report import render_message

    click.echo(render_message(record, why))


@cli.command()
@click.option("--limit", default=20, show_default=True, help="How many messages to show.")
@pass_ctx
@clean_errors
def label(obj: Context, limit: int) -> None:
    """Label the messages the model is least sure about; your labels always win.

    Type the letters of the tags that apply (v = value_giving, a = apologetic,
    l = listening, s = self_promotional), Enter for none, k to skip, q to quit.

    Example:

        inboxwallet label --limit 10
    """
    from .classifiers import TAGS
    from .report import render_message
    from .store import get_message, least_certain, save_user_tags

    db = obj.db()
    chosen = _model()
    keys = {"v": "value_giving", "a": "apologetic", "l": "listening", "s": "self_promotional"}
    ids = least_certain(db, chosen.thresholds, limit)
    if not ids:
        obj.say("nothing to label: no classified person-to-person messages left unlabeled")
        return
    saved = 0
    for n, mid in enumerate(ids, 1):
        click.echo(f"\n[{n}/{len(ids)}] " + render_message(get_message(db, mid), {}))
        while True:
            answer = click.prompt("tags [v a l s, Enter = none, k = skip, q = quit]", default="", show_default=False)
            answer = answer.strip().lower().replace(",", " ").replace(" ", "")
            if answer in ("q", "k") or set(answer) <= set(keys):
                break
            click.echo("use the letters v, a, l, s (or k, q)")
        if answer == "q":
            break
        if answer == "k":
            continue
        save_user_tags(db, mid, [keys[c] for c in answer], TAGS)
        saved += 1
    obj.say(f"saved your labels for {saved} message{'s' if saved != 1 else ''}")


# -- sync and accounts --------------------------------------------------------------------------


class _SyncBar:
    """One progress bar per folder on stderr, for a person watching a long first sync."""

    def __init__(self) -> None:
        self._bar: Any = None

    def folder(self, label: str, total: int) -> None:
        self.close()
        self._bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
        self._bar.__enter__()

    def advance(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


def _ingest_classifier():  # -> Classifier | None
    """The model in use for new mail (personal if trained, else shipped). It loads at the
    first new message, so a sync with nothing new stays fast. Without an installed model
    mail is stored untagged (`inboxwallet classify` tags it later)."""
    from .classifiers.model import MODEL_FILE, SHIPPED_DIR, personal_dir
    from .config import data_dir
    from .ingest import classifier_for

    personal = personal_dir(data_dir())
    return classifier_for(personal if (personal / MODEL_FILE).exists() else SHIPPED_DIR)


@cli.command(name="sync")
@click.option("--account", "account_name", metavar="NAME", help="Sync only this account (default: every account).")
@click.option("-q", "--quiet", "quiet", is_flag=True, help="Print nothing on success (for cron).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=500, show_default=True,
              envvar="INBOXWALLET_SYNC_BATCH_SIZE", help="Messages per committed batch. Env: INBOXWALLET_SYNC_BATCH_SIZE.")
@click.option("--workers", type=click.IntRange(1, 16), default=None, help="Parser processes (default: one per core).")
@click.option("--no-classify", is_flag=True, help="Store new mail untagged; `inboxwallet classify` tags it later.")
@_store_text_option
@pass_ctx
@clean_errors
def sync_command(
    obj: Context, account_name: str | None, quiet: bool, batch_size: int, workers: int | None, no_classify: bool,
    store_text: bool | None,
) -> None:
    """Fetch new mail from your IMAP accounts, read-only: nothing changes on the server.

    Only mail not seen before is fetched, and a killed run resumes where it stopped. Exit
    status 75 when another sync is using the database. Log: sync.log in the data folder.

    Example:

        inboxwallet sync --account work --quiet
    """
    from .config import data_dir, ensure_private_dir
    from .ingest import default_workers
    from .sync import SyncOptions, log_to_file, sync_accounts

    obj.quiet = obj.quiet or quiet
    config = _with_store_text(obj.config(), store_text)
    accounts = [config.account(account_name)] if account_name else list(config.accounts)
    if not accounts:
        raise InboxwalletError(f"no [[accounts]] in {config.path or 'the config file'}; see 'Syncing from IMAP' in the README")
    bar = _SyncBar() if not obj.quiet and sys.stderr.isatty() else None
    errors: list[InboxwalletError] = []
    options = SyncOptions(batch_size=batch_size, workers=workers or default_workers())
    with log_to_file(ensure_private_dir(data_dir()) / "sync.log"):
        try:
            results = sync_accounts(
                obj.db(), config, accounts, classifier=None if no_classify else _ingest_classifier(),
                progress=bar, options=options,
                on_error=lambda _account, exc: errors.append(exc),
            )
        finally:
            if bar:
                bar.close()
    for stats in results:
        obj.say(stats.summary())
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InboxwalletError(f"{len(errors)} accounts failed: " + "; ".join(str(e) for e in errors))


@cli.group(name="accounts")
def accounts_group() -> None:
    """The IMAP accounts in the config: list them, test a log-in.

    Example:

        inboxwallet accounts test work
    """


@accounts_group.command(name="list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_ctx
@clean_errors
def accounts_list(obj: Context, fmt: str) -> None:
    """List the configured accounts and where each secret comes from (never the secret).

    Example:

        inboxwallet accounts list --format json
    """
    rows = []
    for a in obj.config().accounts:
        secret = (
            "oauth2_token_command" if a.auth == "xoauth2"
            else "password_command" if a.password_command
            else f"env {a.password_env}" if a.password_env
            else "keyring"
        )
        folders = ", ".join(a.folders) or "INBOX + Sent"
        rows.append({"name": a.name, "username": a.username, "server": f"{a.host}:{a.port}",
                     "tls": a.tls, "secret": secret, "folders": folders})
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    from .report import table

    click.echo(table(["name", "username", "server", "tls", "secret", "folders"],
                     [list(r.values()) for r in rows], align="llllll", empty="no accounts configured"))


@accounts_group.command(name="test")
@click.argument("name")
@pass_ctx
@clean_errors
def accounts_test(obj: Context, name: str) -> None:
    """Log in to one account, list the folders a sync would read, log out.

    Example:

        inboxwallet accounts test work
    """
    from .sync import check_account

    account = obj.config().account(name)
    check = check_account(account)
    click.echo(f"{check.account}: logged in to {check.server} as {account.username} "
               f"(tls: {check.tls}{', Gmail' if check.gmail else ''})")
    click.echo("would sync: " + (", ".join(f"{n} ({role})" for n, role in check.folders) or "no folder"))


# -- wallet: report, alerts, contact ------------------------------------------------------------


def _as_of_option(func: F) -> F:
    return click.option(
        "--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
        help="Report date (default: today, UTC). Only mail dated on or before it counts.",
    )(func)


def _report_date(value: Any):  # -> datetime.date
    from .wallet import today

    return value.date() if value is not None else today()


@cli.command(name="report")
@_as_of_option
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Only contacts with mail on or after this day.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show the first N contacts.")
@click.option("--sort", type=click.Choice(["given", "reciprocity", "last"]), default="given", show_default=True,
              help="given: largest first; reciprocity: most one-sided against you first; last: most recent first.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default="table")
@pass_ctx
@clean_errors
def report_command(obj: Context, as_of: Any, since: Any, limit: int | None, sort: str, fmt: str) -> None:
    """One row per contact: what you gave and received, reciprocity, stage, 12-week trend, alerts.

    Example:

        inboxwallet report --sort reciprocity --limit 20 --as-of 2026-11-02
    """
    from .report import render_report
    from .wallet import refresh, select_rows

    wallet = refresh(obj.db(), obj.config(), _report_date(as_of))
    rows = select_rows(wallet.rows, since=since.date() if since else None, sort=sort, limit=limit)
    click.echo(render_report(wallet, rows, fmt, color=fmt == "table" and sys.stdout.isatty()))


@cli.group(name="alerts", invoke_without_command=True)
@_as_of_option
@click.option("--all", "show_all", is_flag=True, help="Also acknowledged and closed alerts.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default="table")
@click.pass_context
@clean_errors
def alerts_group(ctx: click.Context, as_of: Any, show_all: bool, fmt: str) -> None:
    """List open alerts, with what each means and what to do about it.

    Example:

        inboxwallet alerts --all --format json
    """
    if ctx.invoked_subcommand:
        return
    from .report import render_alerts
    from .wallet import list_alerts

    obj: Context = ctx.obj
    rows = list_alerts(obj.db(), obj.config(), _report_date(as_of), include_all=show_all)
    click.echo(render_alerts(rows, fmt, color=fmt == "table" and sys.stdout.isatty()))


@alerts_group.command(name="ack")
@click.argument("alert_id", type=int, metavar="ID")
@pass_ctx
@clean_errors
def alerts_ack(obj: Context, alert_id: int) -> None:
    """Acknowledge an alert: it stays quiet until its condition stops and starts again.

    Example:

        inboxwallet alerts ack 12
    """
    from .wallet import acknowledge

    alert = acknowledge(obj.db(), alert_id)
    obj.say(f"acknowledged alert {alert_id} ({alert['kind']})")


@cli.command(name="contact")
@click.argument("who", metavar="ADDRESS-or-NAME")
@_as_of_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table")
@pass_ctx
@clean_errors
def contact_command(obj: Context, who: str, as_of: Any, fmt: str) -> None:
    """One contact in depth: figures, stages by month, recent mail, alerts and what to do.

    Example:

        inboxwallet contact "Dave Smith" --as-of 2026-11-02
    """
    from .report import render_contact
    from .wallet import contact_detail

    detail = contact_detail(obj.db(), obj.config(), who, _report_date(as_of))
    click.echo(render_contact(detail, fmt, color=fmt == "table" and sys.stdout.isatty()))


# -- digest ------------------------------------------------------------------------------------


@cli.command(name="digest")
@_as_of_option
@click.option("--days", type=click.IntRange(1, 366), default=7, show_default=True, help="Length of the period.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE.eml",
              help="Write the message to this file instead of printing its text.")
@click.option("--send", is_flag=True, help="Deliver it as [digest] in the config says (smtp or imap).")
@click.option("--force", is_flag=True, help="With --send: send even if this week's digest went out already.")
@click.option("-q", "--quiet", "quiet", is_flag=True, help="Print nothing on success (for cron).")
@pass_ctx
@clean_errors
def digest_command(obj: Context, as_of: Any, days: int, output: Path | None, send: bool, force: bool, quiet: bool) -> None:
    """The weekly digest: your wallet, what changed, what needs attention (prints its text).

    With --send it goes out once per ISO week: a second run that week does nothing unless
    --force.

    Example:

        inboxwallet digest --send --quiet
    """
    from .digest import deliver_digest, make_digest, plain_text, sent_this_week

    if output and send:
        raise click.UsageError("use --output or --send, not both")
    obj.quiet = obj.quiet or quiet
    db, config, day = obj.db(), obj.config(), _report_date(as_of)
    if send and not force and (last := sent_this_week(db, day)):
        obj.say(f"the digest for {last['week']} went out already ({last.get('sent_at', '?')}); --force sends it again")
        return
    message = make_digest(db, config, day, days)
    if output:
        output.write_bytes(message.as_bytes())
        obj.say(f"wrote {output}")
    elif send:
        obj.say(deliver_digest(db, config, message, day))
    else:
        click.echo(plain_text(message), nl=False)


# -- privacy: forget, purge ----------------------------------------------------------------------


@cli.command(name="forget")
@click.argument("who", metavar="ADDRESS")
@click.option("--yes", is_flag=True, help="Do not ask before deleting.")
@pass_ctx
@clean_errors
def forget_command(obj: Context, who: str, yes: bool) -> None:
    """Delete everything stored about a person: mail from them and to them, tags, alerts, contact.

    ADDRESS may be any of a contact's addresses (or their name): all of them go. Mail they
    were one of several recipients of is kept for the others, without them. The database
    file is rebuilt so that nothing of it stays on disk. Mail that arrives from them later is
    stored as usual.

    Example:

        inboxwallet forget tom@work.example --yes
    """
    from .privacy import forget, forget_plan

    db, config = obj.db(), obj.config()
    if not yes:
        plan = forget_plan(db, config, who)
        click.confirm(f"delete for good {plan.summary()}?", abort=True, err=True)
    done = forget(db, config, who)
    obj.say(f"forgot {done.counts.summary()}")
    if not done.compacted:
        obj.say("warning: another program is reading the database; removed pages leave the file once it stops")


@cli.command(name="purge")
@click.option("--before", type=click.DateTime(formats=["%Y-%m-%d"]), required=True, metavar="YYYY-MM-DD",
              help="Drop the text of mail dated before this day (UTC).")
@click.option("--yes", is_flag=True, help="Do not ask before dropping.")
@pass_ctx
@clean_errors
def purge_command(obj: Context, before: Any, yes: bool) -> None:
    """Drop the text of old mail, keeping its tags, figures and every row.

    Subjects, senders, recipients and tags stay, so reports and alerts do not change; the
    message text and its full-text index entries go, and the database file is rebuilt.

    Example:

        inboxwallet purge --before 2024-01-01 --yes
    """
    from .privacy import purge, purge_plan
    from .sync import human_bytes

    db, day = obj.db(), before.date()
    if not yes:
        n = purge_plan(db, day)
        click.confirm(f"drop the text of {n:,} message{'s' if n != 1 else ''} dated before {day}?", abort=True, err=True)
    done = purge(db, day)
    obj.say(
        f"dropped the text of {done.messages:,} message{'s' if done.messages != 1 else ''} dated before {day}; "
        f"tags and figures kept (database {human_bytes(done.size_before)} -> {human_bytes(done.size_after)})"
    )
    if not done.compacted:
        obj.say("warning: another program is reading the database; removed pages leave the file once it stops")


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
