"""The command line: a second face over ``core``, for scripts and batch work.

``slamdesk`` alone starts the window; subcommands work on the same database.
Bad input ends with one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from sqlalchemy import exc as sa_exc

from . import __version__
from .core import audit, demo, export, portfolio, register, register_export, users, verification
from .core.db import Database
from .core.errors import SlamdeskError
from .core.lifecycle import SIGNED_STATES, Status
from .core.paths import default_database_path


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="slamdesk", description="Contract and service-level-agreement manager.")
    parser.add_argument("--version", action="version", version=f"slamdesk {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: $SLAMDESK_DB or the user data folder)")
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
    which.add_argument("--all-signed", action="store_true", help="every signed, active or terminated agreement")
    exporting.add_argument("--format", default="pdf,docx", help="comma-separated: pdf,docx")
    exporting.add_argument("--out", type=Path, help="folder to write to (default: the register folder)")
    exporting.add_argument(
        "--unsigned", action="store_true", help="do not sign the PDF (no passphrase is asked)"
    )

    auditing = commands.add_parser("audit", help="the audit log")
    auditing.add_argument("action", choices=["verify"], help="verify: check the hash chain of every event")

    verifying = commands.add_parser("verify", help="check an exported PDF's signature and content hash")
    verifying.add_argument("file", type=Path, help="the PDF to check")
    return parser


def _register(db: Database, args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise SlamdeskError("--limit must be at least 1")
    criteria = register.RegisterFilter(search=args.search or "", status=Status(args.status) if args.status else None)
    if args.output is not None:
        count = register_export.export_register(db, criteria, args.output)
        print(f"{count} agreements written to {args.output}")
        return 0
    rows = register.list_agreements(db, criteria, limit=args.limit)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "number": row.number,
                        "customer": row.customer,
                        "title": row.title,
                        "status": row.status.value,
                        "version": row.version_no,
                        "start": row.start_date.isoformat(),
                        "end": row.end_date.isoformat(),
                        "monthly_value": str(row.monthly_total),
                        "currency": row.currency,
                        "documents": [{"format": d.format, "path": d.path, "sha256": d.sha256} for d in row.documents],
                    }
                    for row in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    header = ("NUMBER", "CUSTOMER", "STATUS", "START", "END", "MONTHLY", "CUR")
    table = [header] + [
        (
            row.number, row.customer, row.status.value, row.start_date.isoformat(),
            row.end_date.isoformat(), f"{row.monthly_total:.2f}", row.currency,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        print("  ".join(cell.rjust(w) if i == 5 else cell.ljust(w) for i, (cell, w) in enumerate(zip(line, widths))).rstrip())
    return 0


def _export(db: Database, args: argparse.Namespace) -> int:
    formats = export.parse_formats(args.format)
    actor = users.get_actor(db, args.user)
    if args.all_signed:
        numbers = [row.number for row in register.list_agreements(db) if row.status in SIGNED_STATES]
    else:
        numbers = [export.exportable(db, args.number).number]
    passphrase = None if args.unsigned or "pdf" not in formats else _passphrase()
    for number in numbers:
        for file in export.export_agreement(db, actor, number, formats, args.out, passphrase=passphrase):
            print(f"{file.path}\t{file.sha256}")
    return 0


def _passphrase() -> str:
    """The signing key's passphrase: $SLAMDESK_PASSPHRASE, or asked on a terminal."""
    passphrase = os.environ.get("SLAMDESK_PASSPHRASE")
    if passphrase is not None:
        return passphrase
    if sys.stdin.isatty():
        return getpass.getpass("Passphrase of the provider's signing key: ")
    raise SlamdeskError("set SLAMDESK_PASSPHRASE to sign the PDF, or pass --unsigned")


def _verify(db: Database, args: argparse.Namespace) -> int:
    verdict = verification.verify_document(db, args.file)
    print(f"{'INTACT' if verdict.ok else 'FAILED'}: {args.file}: {verdict.message}")
    return 0 if verdict.ok else 3


def _audit(db: Database) -> int:
    with db.read() as session:
        report = audit.verify_chain(session)
    if report.intact:
        print(f"audit log intact: {report.events} events")
        return 0
    print(f"audit log BROKEN at event {report.first_bad_id}: it was edited, or an event before it was removed")
    return 3


def _demo(db: Database, extra: int | None) -> int:
    result = demo.load_demo(db)
    if extra is not None:
        portfolio.generate_portfolio(db, extra)
        print(f"generated {extra:,} agreements in {db.path}")
    elif result.created:
        print(f"demo portfolio created: {result.agreements} agreements in {db.path}")
    else:
        print(f"demo portfolio already present in {db.path}; nothing added")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    path = args.db.expanduser() if args.db else default_database_path()
    try:
        if args.db is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        db = Database.open(path)
        try:
            if args.command is None:
                from .ui.app import run

                return run(db, actor=users.get_actor(db, args.user) if args.user else None)
            if args.user:
                users.get_actor(db, args.user)
            if args.command == "demo":
                return _demo(db, args.agreements)
            if args.command == "register":
                return _register(db, args)
            if args.command == "audit":
                return _audit(db)
            if args.command == "verify":
                return _verify(db, args)
            return _export(db, args)
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
