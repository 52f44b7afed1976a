"""``slamdesk calendar elapsed|deadline``: the business-hours arithmetic on the command line, one question or a batch.

No database is opened: a calendar is a JSON file (the shape is in the README). A malformed
calendar, instant or batch line is one line naming the problem, and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .core.db import Database
from .core.errors import ValidationError
from .core.monitoring import calendar_library, calendars
from .core.roles import Actor


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("calendar", help="business seconds between two instants, or when a duration falls due")
    actions = parser.add_subparsers(dest="action", parser_class=parser_class, required=True)
    for name, second, helped in (
        ("elapsed", "end", "the whole number of business seconds in [START, END)"),
        ("deadline", "seconds", "the instant at which SECONDS of business time have passed since START"),
    ):
        action = actions.add_parser(name, help=helped)
        action.add_argument("--calendar", required=True, type=Path, metavar="FILE.json", help="the calendar (see the README)")
        action.add_argument("--pause", action="append", default=[], metavar="START/END",
                            help="time that does not count (repeatable), e.g. on hold waiting for the customer")
        action.add_argument("--batch", type=Path, metavar="FILE.jsonl",
                            help="one JSON question per line; one answer per line, in order")
        action.add_argument("start", nargs="?", help="an ISO 8601 instant; without an offset, in the calendar's zone")
        action.add_argument(second, nargs="?", help="an ISO 8601 instant" if second == "end" else "whole seconds")
    saving = actions.add_parser("save", help="keep a calendar in the database under a name (a change is a new version)")
    saving.add_argument("name", help="the calendar's name, e.g. 'Stockholm office'")
    saving.add_argument("file", type=Path, metavar="FILE.json", help="the calendar (see the README)")
    listing = actions.add_parser("list", help="the calendars kept in the database, newest versions")
    listing.add_argument("--json", action="store_true", help="as JSON: name, version and definition of each")


def run_stored(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    """``calendar save`` and ``calendar list``: the calendars kept in the database."""
    if args.action == "save":
        assert actor is not None  # save writes: the command line signed the profile in
        try:
            stored = calendar_library.save_calendar(db, actor, args.name, _read_json(args.file, "calendar"))
        except OSError as error:
            raise ValidationError(f"{error.strerror or error}: {args.file}") from error
        print(f"{stored.name}: version {stored.version}")
        return 0
    kept = calendar_library.list_calendars(db)
    if args.json:
        print(json.dumps([{"name": c.name, "version": c.version, "definition": c.definition} for c in kept],
                         ensure_ascii=False, indent=2))
    else:
        for stored in kept:
            print(f"{stored.name}\tversion {stored.version}\t{stored.definition['timezone']}")
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        cal = calendars.from_json(_read_json(args.calendar, "calendar"))
        pauses = [_pause(text, cal) for text in args.pause]
        if args.batch is not None:
            with args.batch.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if line.strip():
                        print(_answer_line(cal, line, number, pauses), flush=False)
            sys.stdout.flush()
            return 0
        other = args.end if args.action == "elapsed" else args.seconds
        if args.start is None or other is None:
            raise ValidationError(f"give START and {'END' if args.action == 'elapsed' else 'SECONDS'}, or --batch FILE.jsonl")
        print(_answer(cal, args.action, args.start, other, pauses))
        return 0
    except (ValidationError, OSError) as error:
        print(f"slamdesk: error: {error}", file=sys.stderr)
        return 2


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise ValidationError(f"the {what} file {path} is not UTF-8 text") from error
    except json.JSONDecodeError as error:
        raise ValidationError(f"the {what} file {path} is not JSON: {error}") from error


def _pause(text: str, cal: calendars.Calendar) -> calendars.Span:
    parts = text.split("/")
    if len(parts) != 2:
        raise ValidationError(f"a pause is START/END, not {text!r}")
    return calendars.read_instant(parts[0], cal.zone, field="pause"), calendars.read_instant(parts[1], cal.zone, field="pause")


def _answer(cal: calendars.Calendar, op: str, start: Any, other: Any, pauses: Iterable[calendars.Span]) -> str:
    begin = calendars.read_instant(start, cal.zone)
    if op == "elapsed":
        return str(calendars.elapsed(cal, begin, calendars.read_instant(other, cal.zone, field="end"), pauses))
    if isinstance(other, str):
        if not other.strip().isdigit():
            raise ValidationError(f"SECONDS is a whole number from 0, not {other!r}")
        other = int(other)
    return calendars.deadline(cal, begin, other, pauses).isoformat()


def _answer_line(cal: calendars.Calendar, line: str, number: int, pauses: list[calendars.Span]) -> str:
    try:
        question = json.loads(line)
        if not isinstance(question, dict) or question.get("op") not in ("elapsed", "deadline"):
            raise ValidationError('each line is {"op": "elapsed" or "deadline", ...}')
        raw = question.get("pauses", [])
        if not isinstance(raw, list) or not all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(end, str) for end in pair) for pair in raw
        ):
            raise ValidationError('"pauses" is a list of [start, end] pairs')
        own = [_pause(f"{begin}/{end}", cal) for begin, end in raw]
        other = question.get("end") if question["op"] == "elapsed" else question.get("seconds")
        if "start" not in question or other is None:
            raise ValidationError(f'"{question["op"]}" needs "start" and "{"end" if question["op"] == "elapsed" else "seconds"}"')
        return _answer(cal, question["op"], question["start"], other, [*pauses, *own])
    except json.JSONDecodeError as error:
        raise ValidationError(f"line {number} of the batch is not JSON: {error}") from error
    except (ValidationError, TypeError) as error:
        raise ValidationError(f"line {number} of the batch: {error}") from error
