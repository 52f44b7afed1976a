"""The command line: a second face over ``core``, for scripts and batch work.

``slamdesk`` alone starts the window; subcommands work on the same database.
Bad input ends with one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import NoReturn

from sqlalchemy import exc as sa_exc

from . import __version__
from .core import (  # the rest (export, demo, backup, restore, the team commands...) loads in the command using it
    audit,
    register,
    text,
    users,
    words,
)
from .core.backends import dialect_of, sqlite_path
from .core.db import Database
from .core.errors import PermissionDenied, SlamdeskError
from .core.lifecycle import Status
from .core.paths import database_target, default_database_path
from .core.roles import Actor, Role
from .launch import MAX_ARGUMENT


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse, then refuse an argument holding a control, bidi or invisible formatting character (``core.text``)
        or a byte that is not UTF-8: every message stays one line, and no NUL reaches the file system."""
        for raw in sys.argv[1:] if args is None else args:
            if isinstance(raw, str) and len(raw) > MAX_ARGUMENT:
                self.error(f"an argument is {len(raw):,} characters long; at most {MAX_ARGUMENT:,} are read")
        parsed, extras = super().parse_known_args(args, namespace)
        for action in self._actions:
            value = getattr(parsed, action.dest, None)
            for item in value if isinstance(value, list) else [value]:
                refused = text.first_refused(str(item)) if isinstance(item, (str, PurePath)) else None
                if refused is not None:
                    self.error(f"argument {'/'.join(action.option_strings) or action.dest}: it contains {refused}")
        return parsed, extras


@functools.cache  # built once per process (12 ms): an agent answers many commands
def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="slamdesk", description="Contract and service-level-agreement manager.")
    parser.add_argument("--version", action="version", version=f"slamdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help="database file, or postgresql://USER@HOST/DB for a team database (default: $SLAMDESK_DB or the user data folder)",
    )
    parser.add_argument("--user", help="act as this user profile (default: the administrator)")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo_parser = commands.add_parser("demo", help="fill the database with a demo portfolio")
    demo_parser.add_argument(
        "--agreements", type=int, metavar="N", help="also generate N agreements for load work (many customers, all states)"
    )

    listing = commands.add_parser("register", help="list agreements in the contract register")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument("--status", choices=[s.value for s in Status], help="only this status")
    listing.add_argument("--search", help="text in number, title or customer")
    listing.add_argument("--limit", type=int, help="at most this many rows")
    listing.add_argument("--output", type=Path, metavar="FILE", help="write the rows to FILE.csv or FILE.xlsx")

    exporting = commands.add_parser("export", help="export signed agreements as PDF and DOCX")
    which = exporting.add_mutually_exclusive_group(required=True)
    which.add_argument("number", nargs="?", help="agreement number, e.g. SLA-2026-0001")
    which.add_argument("--all-signed", action="store_true",
                       help="every signed, active or terminated agreement not yet in the register in these formats")
    exporting.add_argument("--format", default="pdf,docx", help="comma-separated: pdf,docx")
    exporting.add_argument("--out", type=Path, help="folder to write to (default: the register folder)")
    exporting.add_argument(
        "--unsigned", action="store_true", help="do not sign the PDF (no passphrase is asked)"
    )

    cataloguing = commands.add_parser("catalogue", help="every service with its levels, targets and price models")
    cataloguing.add_argument("--json", action="store_true", help="print JSON instead of text")

    quoting = commands.add_parser("quote", help="the priced lines of an agreement with totals")
    quoting.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    quoting.add_argument(
        "--compare-levels", action="store_true", help="every line at every level side by side (from its requirements)"
    )
    quoting.add_argument("--json", action="store_true", help="print JSON instead of a table")

    auditing = commands.add_parser("audit", help="the audit log")
    auditing.add_argument(
        "action", choices=["verify", "checkpoint"],
        help="verify: check the hash chain, its checkpoints and their anchor; checkpoint: seal the log's head now",
    )

    teams = commands.add_parser("team", help="the members of a team database")
    team_actions = teams.add_subparsers(dest="action", parser_class=_Parser, required=True)
    adding = team_actions.add_parser("add-member", help="a server login and the slamdesk profile of that name")
    adding.add_argument("login", help="the member's server login (lower case), also their profile's user name")
    adding.add_argument("--role", required=True, choices=[r.value for r in Role], help="their role in slamdesk")
    adding.add_argument("--name", dest="display_name", help="the name shown for them (default: the login)")
    adding.add_argument("--print", dest="print_only", action="store_true",
                        help="only print the SQL an administrator runs on the server")

    databases = commands.add_parser("db", help="whole databases: copy a register to a team database or back")
    db_actions = databases.add_subparsers(dest="action", parser_class=_Parser, required=True)
    copying = db_actions.add_parser("copy", help="copy every row into an empty database, then check it")
    copying.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL", help="the register to copy")
    copying.add_argument("--to", dest="destination", required=True, metavar="PATH_OR_URL",
                         help="an empty database: a new file, or postgresql://USER@HOST/DB")

    from . import cli_calendar, cli_credits, cli_import, cli_monitoring, cli_renewals

    cli_calendar.add_parser(commands, _Parser)
    cli_import.add_parser(commands, _Parser)
    cli_monitoring.add_parser(commands, _Parser)
    cli_credits.add_parser(commands, _Parser)
    cli_renewals.add_parser(commands, _Parser)
    verifying = commands.add_parser("verify", help="check an exported PDF's signature and content hash")
    verifying.add_argument("file", type=Path, help="the PDF to check")
    verifying.add_argument(
        "--cert", type=Path, metavar="CERT.pem",
        help="the provider's certificate to trust (default: the one in this machine's keys folder)",
    )

    backing_up = commands.add_parser(
        "backup", help="an online, checked copy of the database (default: into backups/ beside it, rotated)"
    )
    backing_up.add_argument("--out", type=Path, metavar="FILE", help="write the copy to FILE (never overwritten)")

    agent = commands.add_parser(
        "agent", help="keep the command line loaded, so that commands run from scripts start at once")
    agent.add_argument("action", choices=["start", "stop", "status", "serve"],
                       help="start it in the background, stop it, say whether it runs (serve: in the foreground)")
    agent.add_argument("--idle", type=float, default=30.0, metavar="MINUTES",
                       help="end after this many minutes without a command (default 30)")

    restoring = commands.add_parser(
        "restore", help="replace the database with a backup (administrators; the current one is kept in backups/ first)"
    )
    restoring.add_argument("file", type=Path, help="the backup to restore")
    return parser


def _export(db: Database, args: argparse.Namespace, actor: Actor | None = None) -> int:
    from .core import export

    formats = export.parse_formats(args.format)
    actor = actor or users.get_actor(db, args.user)
    # a number that cannot be exported is refused before the passphrase is asked
    number = None if args.all_signed else export.exportable(db, args.number).number
    passphrase = passphrase_or_unsigned(args.unsigned, formats)
    if number is not None:
        files = export.export_agreement(db, actor, number, formats, args.out, passphrase=passphrase)
        for file in files:
            print(f"{file.path}\t{file.sha256}")
        if kept := [file.format.upper() for file in files if file.existing]:
            print(f"{number}: {' and '.join(kept)} already in the register, the same to the byte: not written again",
                  file=sys.stderr)
        return 0
    # As the window's batch export: what the register lacks, one agreement at a time.
    report = export.export_batch(db, actor, register.RegisterFilter(), formats, passphrase=passphrase, out_dir=args.out)
    for file in report.files:
        print(f"{file.path}\t{file.sha256}")
    print(f"{len(report.exported):,} agreements exported, {report.already_exported:,} already in the register"
          + "".join(f"; {number}: {error}" for number, error in report.errors), file=sys.stderr)
    return 1 if report.errors else 0


def passphrase_or_unsigned(unsigned: bool, formats: Sequence[str]) -> str | None:
    """The passphrase to sign PDFs with; None when ``--unsigned`` or no PDF is written."""
    return None if unsigned or "pdf" not in formats else _passphrase()


def _passphrase() -> str:
    """The signing key's passphrase: $SLAMDESK_PASSPHRASE, or asked on a terminal."""
    passphrase = os.environ.get("SLAMDESK_PASSPHRASE")
    if passphrase is not None:
        return passphrase
    if sys.stdin.isatty():
        return getpass.getpass("Passphrase of the provider's signing key: ")
    raise SlamdeskError("set SLAMDESK_PASSPHRASE to sign the PDF, or pass --unsigned")


def _verify(db: Database, args: argparse.Namespace) -> int:
    from .core import verification  # pyHanko loads when a signature is checked, not at start-up

    certificate = args.cert.read_bytes() if args.cert is not None else None
    verdict = verification.verify_document(db, args.file, certificate)
    print(f"{'INTACT' if verdict.ok else 'FAILED'}: {args.file}: {verdict.summary}")
    for reason in verdict.reasons:  # then why, one line each
        print(f"  {reason}")
    return 0 if verdict.ok else 3


def _file_only(db: Database, what: str) -> None:
    if db.dialect != "sqlite":
        raise SlamdeskError(f"a team database is {what} on its server (pg_dump, pg_restore); slamdesk does it for files")


def _backup(db: Database, args: argparse.Namespace) -> int:
    _file_only(db, "backed up")
    from .core import backup

    made = backup.backup(db.path, out=args.out)
    print(f"backed up {db.path.name} to {made.path} ({made.size:,} bytes)")
    return 0


def _restore(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    _file_only(db, "restored")
    from .core import restore

    done = restore.restore(db.path, args.file, actor=actor)
    print(f"restored {done.source} (schema {done.revision}) into {db.path}; the database as it was is kept in {done.kept.path}")
    return 0


def _audit(db: Database, action: str) -> int:
    if action == "checkpoint":
        anchor = audit.checkpoint(db)
        print(f"audit log sealed through event {anchor.through}" if anchor else "audit log is empty; nothing to seal")
        return 0
    report = audit.check_log(db)
    if report.intact:
        anchored = f", anchored through event {report.anchored_through}" if report.anchored_through else ""
        print(f"audit log intact: {report.events} events, {report.checkpoints} checkpoints{anchored}")
        return 0
    where = f" at event {report.first_bad_id}" if report.first_bad_id is not None else ""
    print(f"audit log BROKEN{where}: {report.problem}")
    return 3


def _demo(db: Database, extra: int | None) -> int:
    from .core import clock, demo, portfolio

    result = demo.load_demo(db)
    if extra is not None:
        from .core.monitoring import demo_tickets

        portfolio.generate_portfolio(db, extra)
        made = demo_tickets.generate(db, clock.today(), per_line=20)  # about 20 a year a line, as a small desk has
        print(f"generated {extra:,} agreements in {db.location}, and {made.tickets:,} tickets for the signed ones")
    elif result.created:
        print(f"demo portfolio created: {result.agreements} agreements in {db.location}")
    else:
        print(f"demo portfolio already present in {db.location}; nothing added")
    return 0


# Commands that change the database (or replace it) act as a profile that proved itself (``sign_in``).
# Commands that may create the database they are given (the window, with no command, too); the others
# say "no such database" for a mistyped path rather than creating an empty one.
CREATING_COMMANDS = frozenset({"demo", "restore"})  # the window creates its database too (ui.app)
WRITING_COMMANDS = frozenset({"demo", "export", "backup", "restore", "team", "close-period", "export-credit-note",
                              "report", "set-terms", "renew", "terminate", "notice-letter", "review-held"})
_WRITING_ACTIONS = frozenset({("audit", "checkpoint"), ("calendar", "save"), ("import", "tickets"), ("import", "outages"),
                              ("import", "holds")})
USER_PASSPHRASE = "SLAMDESK_USER_PASSPHRASE"
# Writing commands that take the database as it is: the demo records its own history, a backup copies what is
# there, a restore replaces it. Every other one first brings the register up to the day (``_bring_up_to_day``).
KEEPING_COMMANDS = frozenset({"demo", "backup", "restore"})


def _bring_up_to_day(db: Database, actor: Actor) -> None:
    """Once a day, as the window does when it opens: every agreement's standing made for today, and the tacit
    renewals that have happened by today recorded as audited events by ``actor`` (each once, however many
    commands or windows run: ``schedule.refresh``)."""
    from .core import clock
    from .core.renewals import schedule

    schedule.refresh(db, clock.today(), actor)


def writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the database (read-only commands never ask for a passphrase)."""
    return args.command in WRITING_COMMANDS or (args.command, getattr(args, "action", None)) in _WRITING_ACTIONS


def sign_in(db: Database, username: str | None) -> Actor:
    """The profile a writing command acts as (``--user``, or the first administrator), once it proved itself.

    A profile with a passphrase gives it through $SLAMDESK_USER_PASSPHRASE, or
    is asked on a terminal; a missing or wrong one is refused in one line and
    audited as ``login_failed`` (by ``users.login``), before anything is written.
    """
    actor = users.get_actor(db, username)
    if not users.has_passphrase(db, actor.username):
        return users.login(db, actor.username)
    passphrase = os.environ.get(USER_PASSPHRASE) or None
    if passphrase is None and sys.stdin is not None and sys.stdin.isatty():
        passphrase = getpass.getpass(f"Passphrase of profile {actor.username} ({actor.display_name}): ") or None
    try:
        return users.login(db, actor.username, passphrase)
    except PermissionDenied as error:
        if str(error) in (users.WRONG_PASSPHRASE, words._(users.WRONG_PASSPHRASE)):
            raise PermissionDenied(f"wrong passphrase for the profile {actor.username!r}") from None
        if str(error) in (users.PASSPHRASE_REQUIRED, words._(users.PASSPHRASE_REQUIRED)):
            raise PermissionDenied(
                f"the profile {actor.username!r} has a passphrase: set {USER_PASSPHRASE}, "
                "or run the command on a terminal to be asked for it"
            ) from None
        raise


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if isinstance(getattr(args, "number", None), str):
        args.number = text.agreement_number(args.number)  # typed in any case: sla-2026-0002
    if args.command == "calendar" and args.action in ("elapsed", "deadline"):  # no database: the calendar is a file
        from . import cli_calendar

        return cli_calendar.run(args)
    if args.command == "import" and args.action == "template":  # no database: it writes a file to fill in
        from . import cli_import

        return cli_import.template(args)
    if args.command == "agent":
        from . import agent

        return agent.command(args.action, args.idle)
    if args.command == "db":
        from . import cli_team

        try:
            return cli_team.copy_register(args)
        except SlamdeskError as error:
            print(f"slamdesk: error: {error}", file=sys.stderr)
            return 1
        except sa_exc.SQLAlchemyError as error:
            print(f"slamdesk: database error: {getattr(error, 'orig', error)}", file=sys.stderr)
            return 1
    if args.command is None:  # the window: its frame shows before the database is opened
        from .ui.app import start

        return start(args.db, args.user)
    path = database_target(args.db)
    try:
        if args.command not in CREATING_COMMANDS and dialect_of(path) == "sqlite" and not sqlite_path(path).exists():
            raise SlamdeskError(f"no such database: {sqlite_path(path)} (slamdesk demo or the window creates one)")
        if path == default_database_path():
            path.parent.mkdir(parents=True, exist_ok=True)
        db = Database.open(path)
        try:
            actor = sign_in(db, args.user) if writes(args) else None
            if args.user and actor is None:
                users.get_actor(db, args.user)  # an unknown --user is refused by every command
            if actor is not None and args.command not in KEEPING_COMMANDS:
                _bring_up_to_day(db, actor)
            if args.command == "demo":
                return _demo(db, args.agreements)
            if args.command in ("register", "catalogue", "quote"):
                from . import cli_listing

                return cli_listing.run(db, args)
            if args.command == "audit":
                return _audit(db, args.action)
            if args.command == "verify":
                return _verify(db, args)
            if args.command == "team":
                from . import cli_team

                return cli_team.add_member(db, args, actor)
            if args.command == "calendar":
                from . import cli_calendar

                return cli_calendar.run_stored(db, args, actor)
            if args.command == "import":
                from . import cli_import

                return cli_import.run(db, args, actor)
            if args.command in ("credits", "export-credit-note", "experience", "suggest", "what-if", "report"):
                from . import cli_credits

                return cli_credits.run(db, args, actor)
            if args.command in ("terms", "set-terms", "deadlines", "renew", "terminate", "notice-letter", "review-held",
                                "reviews"):
                from . import cli_renewals

                return cli_renewals.run(db, args, actor)
            if args.command in ("compliance", "close-period", "at-risk"):
                from . import cli_monitoring

                return cli_monitoring.run(db, args, actor)
            if args.command == "backup":
                return _backup(db, args)
            if args.command == "restore":
                assert actor is not None  # restore writes: sign_in ran
                return _restore(db, args, actor)
            return _export(db, args, actor)
        finally:
            db.close()
    except SlamdeskError as error:
        print(f"slamdesk: error: {error}", file=sys.stderr)
        return 1
    except sa_exc.SQLAlchemyError as error:
        print(f"slamdesk: database error: {getattr(error, 'orig', error)}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"slamdesk: error: {error.strerror or error}: {error.filename or path}", file=sys.stderr)
        return 1
