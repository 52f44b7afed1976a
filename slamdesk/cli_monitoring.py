"""``slamdesk compliance``, ``close-period`` and ``at-risk``: how signed agreements keep their targets.

The JSON shapes are in the README (``AgreementFigures.to_json`` and ``AtRisk.to_json``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from .core.db import Database
from .core.monitoring import at_risk, periods, portfolio_compliance
from .core.roles import Actor


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    del parser_class  # no sub-actions
    measuring = commands.add_parser("compliance", help="per agreement line and period: targets met, availability")
    measuring.add_argument("number", nargs="?", help="one agreement (default: every signed one)")
    measuring.add_argument(
        "--period", help="2026-10, 2026-Q4 or 2026 (default: the agreement's own reporting period, the last one over; "
                         "last month for every agreement)")
    measuring.add_argument("--json", action="store_true", help="print JSON instead of a table")
    closing = commands.add_parser("close-period", help="store an agreement's figures for a period that has ended; "
                                                       "they never change after")
    closing.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    closing.add_argument("--period", required=True, help="2026-10, 2026-Q4 or 2026")
    risky = commands.add_parser("at-risk", help="open tickets at risk of missing a target, or past it")
    risky.add_argument("--share", default=str(periods.AT_RISK_SHARE), metavar="FRACTION",
                       help="at risk when less than this share of the target is left (default 0.25)")
    risky.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    now = dt.datetime.now(dt.UTC)
    if args.command == "at-risk":
        from decimal import Decimal, InvalidOperation

        from .core.errors import ValidationError

        try:
            share = Decimal(args.share)
        except InvalidOperation:
            raise ValidationError(f"--share {args.share!r}: write a fraction such as 0.25", field="share") from None
        return _print_at_risk(at_risk.at_risk(db, now, share=share), args.json)
    if args.period:
        chosen = periods.period(args.period)
    elif args.command == "compliance" and args.number:
        chosen = periods.reporting_period(db, args.number, now.date())  # the agreement's own: month or quarter
    else:
        chosen = periods.last_month(now.date())
    if args.command == "close-period":
        assert actor is not None  # closing writes: the command line signed the profile in
        closed = periods.close_period(db, actor, args.number, chosen, now)
        print(f"{closed.number} {closed.period} closed: {closed.breaches} targets breached", file=sys.stderr)
        return 0
    figures = ([periods.agreement_figures(db, args.number, chosen, now)] if args.number
               else portfolio_compliance.portfolio_figures(db, chosen, now))
    if args.json:
        print(json.dumps([item.to_json() for item in figures], ensure_ascii=False, indent=2))
        return 0
    for item in figures:
        state = f"closed {item.closed_at:%Y-%m-%d} by {item.closed_by}" if item.closed_at else "open"
        print(f"{item.number}  {item.period}  version {item.version_no}  {state}")
        for line in item.lines:
            shares = "  ".join(f"{c.priority} {c.kind}: {'-' if c.percent is None else f'{c.percent}%'} ({c.met}/{c.counted})"
                               for c in line.compliance)
            met = "met" if line.availability_met else "MISSED"
            print(f"  {line.position}. {line.service} ({line.level}, {line.site or 'every site'}): "
                  f"{line.tickets} tickets, {line.breaches} breaches; availability {line.availability}% "
                  f"of {line.availability_target}% {met}")
            print(f"     {shares}")
            if line.internal:
                aims = "  ".join(f"{c.priority} {c.kind}: {'-' if c.percent is None else f'{c.percent}%'}"
                                 for c in line.internal)
                print(f"     internal aims: {aims}")
            print(f"     timed in {line.hours}")
        if item.late:
            print(f"  imported after closing (not in these figures): {', '.join(item.late)}")
    return 0


def _print_at_risk(found: list[at_risk.AtRisk], as_json: bool) -> int:
    if as_json:
        print(json.dumps([item.to_json() for item in found], ensure_ascii=False, indent=2))
        return 0
    for item in found:
        left = f"{item.remaining // 3600}h{item.remaining % 3600 // 60:02d} left" if item.remaining else "past due"
        print(f"{item.number}\t{item.ticket}\t{item.service}\t{item.priority} {item.kind}\t"
              f"due {item.due:%Y-%m-%d %H:%M} UTC\t{left}\t{item.escalation}")
    if not found:
        print("No open ticket is at risk.", file=sys.stderr)
    return 0
