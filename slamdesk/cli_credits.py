"""After the figures: ``credits``, ``export-credit-note``, ``experience``, ``suggest``, ``what-if`` and ``report``.

What a period's misses cost, how customers felt, and which level each line points to. The JSON
shapes are in the README (``CreditStatement``, ``ExperienceCheck``, ``Suggestion`` and ``WhatIf``'s ``to_json``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from .core.db import Database
from .core.roles import Actor


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    del parser_class  # no sub-actions
    owed = commands.add_parser("credits", help="the service credits an agreement owes for a period")
    owed.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    owed.add_argument("--period", required=True, help="2026-10, 2026-Q4 or 2026")
    owed.add_argument("--json", action="store_true", help="print JSON instead of a table")
    note = commands.add_parser("export-credit-note", help="write a closed period's credit note into the register")
    note.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    note.add_argument("--period", required=True, help="a closed period: 2026-10, 2026-Q4 or 2026")
    note.add_argument("--format", default="pdf,docx", help="comma-separated: pdf,docx")
    note.add_argument("--out", type=Path, help="folder to write to (default: the register folder)")
    note.add_argument("--unsigned", action="store_true", help="do not sign the PDF (no passphrase is asked)")
    felt = commands.add_parser("experience", help="survey answers against the customer's experience goals")
    felt.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    felt.add_argument("--period", required=True, help="2026-10, 2026-Q4 or 2026")
    felt.add_argument("--json", action="store_true", help="print JSON instead of text")
    suggest = commands.add_parser("suggest", help="targets consistently missed or over-delivered in the last closed "
                                                  "periods, with the neighbouring level and its price")
    suggest.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    suggest.add_argument("--json", action="store_true", help="print JSON instead of text")
    report = commands.add_parser("report", help="the KPI report of an agreement and period, as PDF and DOCX, into the register")
    report.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    report.add_argument("--period", required=True, help="a month (2026-10) or a quarter (2026-Q3)")
    report.add_argument("--format", default="pdf,docx", help="comma-separated: pdf,docx")
    report.add_argument("--out", type=Path, help="folder to write to (default: the register folder)")
    replay = commands.add_parser("what-if", help="a period's tickets measured against every level of each line's service")
    replay.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    replay.add_argument("--period", required=True, help="2026-10, 2026-Q4 or 2026")
    replay.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from .core.monitoring import periods

    if args.command == "suggest":
        return _suggest(db, args.number, args.json)
    now = dt.datetime.now(dt.UTC)
    chosen = periods.period(args.period)
    if args.command == "what-if":
        return _what_if(db, args.number, chosen, now, args.json)
    if args.command == "report":
        from .core.export import parse_formats
        from .core.monitoring.kpi_report import export_report

        assert actor is not None  # exporting writes: the command line signed the profile in
        for file in export_report(db, actor, args.number, chosen, now, parse_formats(args.format), out_dir=args.out):
            print(f"{file.format}\t{file.path}\t{file.sha256}")
        return 0
    if args.command == "export-credit-note":
        from .cli import passphrase_or_unsigned
        from .core.export import parse_formats
        from .core.monitoring.credit_export import export_credit_note

        assert actor is not None  # exporting writes: the command line signed the profile in
        formats = parse_formats(args.format)
        passphrase = passphrase_or_unsigned(args.unsigned, formats)
        for file in export_credit_note(db, actor, args.number, chosen, now, formats, out_dir=args.out,
                                       passphrase=passphrase):
            print(f"{file.format}\t{file.path}\t{file.sha256}")
        return 0
    if args.command == "experience":
        from .core.monitoring import experience

        figures = periods.agreement_figures(db, args.number, chosen, now)
        with db.read() as session:
            goals = experience.agreement_goals(session, figures.number, figures.version_no)
        checked = experience.check(figures, goals)
        if args.json:
            print(json.dumps(checked.to_json(), ensure_ascii=False, indent=2))
            return 0
        print(f"{checked.number}  {checked.period}  {checked.summary}")
        for name, judged in (("satisfaction", checked.satisfaction), ("effort", checked.effort)):
            goal = "no goal" if judged.goal is None else f"goal {judged.goal}"
            measured = "-" if judged.measured is None else str(judged.measured)
            print(f"  {name}: {measured} from {judged.answers} answers ({goal}): {judged.verdict}")
        return 0
    from .core.monitoring.credits_owed import credits_for

    statement = credits_for(db, args.number, chosen, now)
    if args.json:
        print(json.dumps(statement.to_json(), ensure_ascii=False, indent=2))
        return 0
    state = "provisional: the period is not closed" if statement.provisional else f"closed {statement.closed_at:%Y-%m-%d}"
    print(f"{statement.number}  {statement.period}  version {statement.version_no}  {state}")
    for line in statement.lines:
        band = "target met" if line.band is None else f"band {line.band.low_pct}-{line.band.high_pct}%: {line.band.credit_pct}%"
        print(f"  {line.position}. {line.service} ({line.level}): availability {line.availability}% of {line.target}%; "
              f"{band}; credit {line.amount} {statement.currency}{' (capped)' if line.capped else ''}")
    print(f"  total {statement.total} {statement.currency}")
    if statement.provisional:
        print("The period is not closed: these credits may still change.", file=sys.stderr)
    return 0


def _suggest(db: Database, number: str, as_json: bool) -> int:
    from .core.monitoring.review_adjust import suggestions

    found = suggestions(db, number)
    if as_json:
        print(json.dumps([item.to_json() for item in found], ensure_ascii=False, indent=2))
        return 0
    for item in found:
        level = ("no neighbouring level to suggest" if item.suggested_level is None else
                 f"suggest {item.suggested_level}" + ("" if item.difference is None else f" ({item.difference:+} a month)"))
        print(f"{item.position}. {item.service} ({item.level}): {item.target} {item.finding} in "
              f"{', '.join(item.periods)}; {level}")
    if not found:
        print("Nothing to adjust: no target consistently missed or over-delivered in the closed periods.", file=sys.stderr)
    return 0


def _what_if(db: Database, number: str, chosen: Any, now: dt.datetime, as_json: bool) -> int:
    from .core.monitoring.what_if import what_if

    found = what_if(db, number, chosen, now)
    if as_json:
        print(json.dumps([item.to_json() for item in found], ensure_ascii=False, indent=2))
        return 0
    for item in found:
        print(f"{item.number}  {item.period}  line {item.position}: {item.service} (signed {item.signed_fee} "
              f"{item.currency} a month)")
        for outcome in item.outcomes:
            figures = outcome.figures
            shares = "  ".join(f"{c.priority} {c.kind} {'-' if c.percent is None else f'{c.percent}%'}"
                               for c in figures.compliance)
            price = "no price" if outcome.monthly_fee is None else f"{outcome.monthly_fee} {item.currency}"
            mark = "*" if outcome.current else " "
            cannot = f"  (cannot serve: {'; '.join(outcome.problems)})" if outcome.problems else ""
            print(f" {mark}{outcome.level:<10} {price:>14}  breaches {figures.breaches}  availability "
                  f"{figures.availability}% of {figures.availability_target}%  {shares}{cannot}")
    return 0
