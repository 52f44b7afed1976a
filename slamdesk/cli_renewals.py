"""``slamdesk terms`` and ``set-terms`` (a draft's start, term, renewal, notice and review interval), ``deadlines``,
``renew``, ``terminate``, ``notice-letter``, ``review-held`` and ``reviews``: an agreement's terms after signing
(``core.renewals``).

The JSON shape is ``Deadline.to_json``'s; ``--ics`` writes an iCalendar file for a calendar program;
``notice-letter`` writes a recorded notice's letter into the register (PDF signed unless ``--unsigned``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from .core import clock
from .core.db import Database
from .core.errors import ValidationError
from .core.renewals import periodic_review, standing as renewals
from .core.renewals.stored import get_terms, set_terms
from .core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms, terms_json
from .core.roles import Actor

COMMANDS = ("terms", "set-terms", "deadlines", "renew", "terminate", "notice-letter", "review-held", "reviews")


def _day(value: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"--{field.replace('_', '-')} {value!r}: write a date as 2026-12-31", field=field) from None


KEEP = object()  # an option of set-terms that was not given: the draft keeps what it says


def _whole_or_none(value: str) -> int | None:
    """A whole number (renewals, months), or ``none`` (no limit, no reviews)."""
    if value.strip().lower() == "none":
        return None
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is a whole number or none") from None


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    del parser_class  # no sub-actions
    showing = commands.add_parser("terms", help="an agreement's start, terms, renewal, notice and review interval")
    showing.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    showing.add_argument("--json", action="store_true", help="print JSON instead of lines")
    setting = commands.add_parser(
        "set-terms", help="change a draft's start, terms, renewal, notice or review interval (what is not given stays)")
    setting.add_argument("number", help="agreement number of a draft, e.g. SLA-2026-0004")
    setting.add_argument("--start", metavar="DATE", help="the first day of the initial term")
    setting.add_argument("--months", type=int, metavar="N", help="the initial term, in months")
    setting.add_argument("--renewal", choices=tuple(Renewal), help="none, tacit (by itself) or express (confirmed)")
    setting.add_argument("--renewal-months", type=int, metavar="N", help="each renewed term, in months")
    setting.add_argument("--max-renewals", type=_whole_or_none, default=KEEP, metavar="N|none",
                         help="how many renewals at most (none: no limit)")
    setting.add_argument("--notice", type=int, metavar="N", help="the notice period, in --notice-unit")
    setting.add_argument("--notice-unit", choices=tuple(NoticeUnit), help="days or months")
    setting.add_argument("--notice-by", choices=tuple(NoticeBy), help="who may give notice")
    setting.add_argument("--review-months", type=_whole_or_none, default=KEEP, metavar="N|none",
                         help="a periodic review every N months (none: no reviews)")
    listing = commands.add_parser("deadlines", help="notice deadlines, renewals, ends and reviews falling due")
    listing.add_argument("--within", type=int, default=90, metavar="DAYS", help="look this many days ahead (default 90)")
    listing.add_argument("--today", metavar="DATE", help="count from this day (default: today)")
    shown = listing.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print JSON instead of a table")
    shown.add_argument("--ics", type=Path, metavar="FILE", help="write an iCalendar file for a calendar program")
    renewing = commands.add_parser("renew", help="confirm an agreement's express renewal before its term ends")
    renewing.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    renewing.add_argument("--today", metavar="DATE", help="the day it is confirmed (default: today)")
    ending = commands.add_parser("terminate", help="record notice: the agreement ends at the end of a term")
    ending.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    ending.add_argument("--by", required=True, choices=("customer", "provider"), help="the party giving notice")
    ending.add_argument("--effective", metavar="DATE", help="the last day of the term it ends (default: the current)")
    ending.add_argument("--reason", required=True, choices=renewals.REASONS, help="why")
    ending.add_argument("--detail", default="", help="more about why, in words")
    ending.add_argument("--on", metavar="DATE", help="the day notice was given (default: today)")
    letter = commands.add_parser("notice-letter", help="write the letter of a recorded notice into the register")
    letter.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    letter.add_argument("--format", default="pdf,docx", help="comma-separated: pdf,docx")
    letter.add_argument("--out", type=Path, help="folder to write to (default: the register folder)")
    letter.add_argument("--unsigned", action="store_true", help="do not sign the PDF (no passphrase is asked)")
    held = commands.add_parser("review-held", help="record a periodic review: who attended, what was decided")
    held.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    held.add_argument("--on", metavar="DATE", help="the day it was held (default: today)")
    held.add_argument("--attendee", action="append", required=True, metavar="NAME", help="who attended (once per person)")
    held.add_argument("--decision", required=True, choices=periodic_review.DECISIONS, help="what was decided")
    held.add_argument("--notes", default="", help="what was said, for the agreement's history and its next report")
    held.add_argument("--amendment", type=int, metavar="VERSION", help="the amendment version it led to")
    listed = commands.add_parser("reviews", help="the periodic reviews held of an agreement")
    listed.add_argument("number", help="agreement number, e.g. SLA-2026-0001")
    listed.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _shown(number: str, terms: Terms) -> list[str]:
    first = terms.term(0)
    assert first is not None  # every schedule has its initial term
    renewal = "none" if terms.renewal is Renewal.NONE else (
        f"{terms.renewal}, {terms.renewal_months} months each"
        + ("" if terms.max_renewals is None else f", at most {terms.max_renewals}"))
    who = {NoticeBy.EITHER: "either party", NoticeBy.CUSTOMER: "the customer", NoticeBy.PROVIDER: "the provider"}
    notice = (f"{terms.notice} {terms.notice_unit}, by {who[terms.notice_by]}"
              + (f" (for the initial term: by {first.notice_deadline})" if terms.renewal is not Renewal.NONE else ""))
    review = "none" if terms.review_months is None else f"every {terms.review_months} months"
    return [f"{number}", f"start\t{terms.start}", f"initial term\t{terms.initial_months} months, to {first.last_day}",
            f"renewal\t{renewal}", f"notice\t{notice}", f"review\t{review}"]


def _set_terms(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    current, row_version = get_terms(db, args.number)
    given = {"start": _day(args.start, "start") if args.start else None, "initial_months": args.months,
             "renewal": args.renewal, "renewal_months": args.renewal_months, "notice": args.notice,
             "notice_unit": args.notice_unit, "notice_by": args.notice_by}
    values: dict[str, Any] = {**terms_json(current), "start": current.start}
    values |= {name: value for name, value in given.items() if value is not None}
    for name in ("max_renewals", "review_months"):  # "none" is a value of these: not given is KEEP
        if getattr(args, name) is not KEEP:
            values[name] = getattr(args, name)
    terms = Terms(**values)
    set_terms(db, actor, args.number, terms, row_version=row_version)
    print("\n".join(_shown(args.number, terms)))
    return 0


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    today = clock.today()
    if args.command == "terms":
        terms, _row_version = get_terms(db, args.number)
        if args.json:
            first = terms.term(0)
            assert first is not None
            print(json.dumps({"number": args.number, **terms_json(terms), "initial_term_ends": first.last_day.isoformat(),
                              "first_notice_deadline": first.notice_deadline.isoformat()}, indent=2))
        else:
            print("\n".join(_shown(args.number, terms)))
        return 0
    if args.command == "reviews":
        found = periodic_review.reviews_held(db, args.number)
        if args.json:
            print(json.dumps([{"held_on": item.held_on.isoformat(), "attendees": list(item.attendees),
                               "decision": item.decision, "notes": item.notes, "amendment_version": item.amendment_version,
                               "recorded_by": item.recorded_by} for item in found], ensure_ascii=False, indent=2))
        for item in [] if args.json else found:
            print(f"{item.held_on}\t{item.decision}\t{', '.join(item.attendees)}\t{item.notes}")
        return 0
    if args.command == "review-held":
        assert actor is not None  # it writes: the command line signed the profile in
        held = periodic_review.record_review(db, actor, args.number, held_on=_day(args.on, "on") if args.on else today,
                                             attendees=args.attendee, decision=args.decision, notes=args.notes,
                                             amendment_version=args.amendment)
        print(f"review of {held.number} on {held.held_on} recorded: {held.decision}", file=sys.stderr)
        return 0
    if args.command == "deadlines":
        day = _day(args.today, "today") if args.today else today
        found = renewals.deadlines(db, day, args.within)
        if args.ics:
            from .core.renewals.calendar_file import write_calendar

            write_calendar(found, args.ics, dt.datetime.now(dt.UTC))
            print(f"{len(found)} deadline{'' if len(found) == 1 else 's'} written to {args.ics}", file=sys.stderr)
        elif args.json:
            print(json.dumps([item.to_json() for item in found], ensure_ascii=False, indent=2))
        else:
            for item in found:
                print(f"{item.day}\t{item.number}\t{item.due}\t{item.customer}\t{item.detail}")
            if not found:
                print(f"Nothing falls due in the {args.within} days from {day}.", file=sys.stderr)
        return 0
    assert actor is not None  # the others write: the command line signed the profile in
    if args.command == "set-terms":
        return _set_terms(db, args, actor)
    if args.command == "notice-letter":
        from .cli import passphrase_or_unsigned
        from .core.export import parse_formats
        from .core.renewals.notice_letter import export_notice_letter

        formats = parse_formats(args.format)
        passphrase = passphrase_or_unsigned(args.unsigned, formats)
        for file in export_notice_letter(db, actor, args.number, formats, out_dir=args.out, passphrase=passphrase):
            print(f"{file.format}\t{file.path}\t{file.sha256}")
        return 0
    if args.command == "renew":
        renewed = renewals.renew(db, actor, args.number, _day(args.today, "today") if args.today else today)
        print(f"{renewed.number} renewed: its next term begins {renewed.renews_on}", file=sys.stderr)
        return 0
    ended = renewals.give_notice(db, actor, args.number, by=args.by, given_on=_day(args.on, "on") if args.on else today,
                                 reason=args.reason, detail=args.detail,
                                 effective=_day(args.effective, "effective") if args.effective else None)
    print(f"notice recorded: {ended.number} ends on {ended.notice[2] if ended.notice else args.effective}", file=sys.stderr)
    return 0
