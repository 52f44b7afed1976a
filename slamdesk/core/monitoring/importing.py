"""Reading ticket and outage exports, row by row, and storing them all or nothing.

What every import here follows (``tickets`` and ``outages`` say what a row holds):

* A file is CSV (comma, semicolon or tab, found from its header line), XLSX (the first
  sheet) or JSON (an array of objects, or one object per line), read as a stream: one row
  at a time, whatever the file's size. CSV and JSON must be UTF-8 (a byte-order mark is
  allowed). A *layout* says which column holds what; the first row of a CSV or XLSX file
  names the columns (compared without case or surrounding spaces).
* Text is stored exactly as written, never evaluated: ``=cmd|' /C calc'!A0`` is a name like
  any other. An XLSX cell holding a formula is refused (its value is whatever the workbook
  last computed, if anything): export values, not formulas.
* A time with an offset (``2026-10-05T09:12:00+02:00``, ``...Z``) is that instant; a time
  without one is read in the import's time zone, and with none given the whole file is
  refused at the first such time, naming its row and column.
* Each row is checked. By default a file with any bad row is refused whole: ``ImportRefused``
  lists every bad row with its line and reason and nothing is stored. With ``skip_bad`` the
  good rows are stored and the bad ones come back with their reasons. A row whose id came
  earlier in the same file is bad (which of the two is right cannot be told).
* Rows are written in batches (``BATCH`` rows) inside ONE unit of work, so an import is
  stored whole or not at all, even if the process is killed halfway; it holds the write
  lock until it ends.
* A row is known by its source and id: importing the same file again adds nothing; a row
  that changed updates what is stored and is audited (one event per batch on the import,
  naming every row it changed with each value before and after, so a mass change is not
  hours of auditing); each import is audited once more with its counts (``monitoring_import``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar, cast

from sqlalchemy import Table, bindparam, column, insert, select, table, text as sql, update
from sqlalchemy.orm import Session

from ...models import MonitoringImport
from .. import audit, text
from ..db import Database
from ..errors import ValidationError
from ..roles import Actor, Role, require_role
from ..words import N_, _, ngettext
from .import_files import MAX_FIELD, MAX_LINE, MAX_RECORD, Layout, Source, read_layout, save_layout, sha256_of
from .import_values import RowError, instant, minutes, number, words, zone

__all__ = [  # what the kinds of import use: the readers and values are kept in import_files and import_values
    "BATCH", "MAX_FIELD", "MAX_LINE", "MAX_RECORD", "BadRow", "Counts", "ImportRefused", "Kind", "Layout", "Result", "RowError",
    "instant", "minutes", "number", "read_layout", "run", "save_layout", "words", "write_rows", "zone",
]

BATCH = 5_000
SHOWN = 100  # bad rows named in the message; every one is in ``ImportRefused.rows``
IMPORTERS = {Role.ADMINISTRATOR, Role.REPRESENTATIVE}
_ACTIONS = {"tickets": N_("import tickets"), "outages": N_("import outages"), "holds": N_("import holds")}


@dataclass(frozen=True, order=True)
class BadRow:
    """A row that was not imported: where it is in the file ("line 7", "row 7") and why."""

    line: int
    reason: str
    unit: str = "line"
    key: str = ""

    def __str__(self) -> str:
        if self.unit == "row":
            return _("row {line}: {reason}").format(line=self.line, reason=self.reason)
        return _("line {line}: {reason}").format(line=self.line, reason=self.reason)


class ImportRefused(ValidationError):
    """A file with bad rows, refused whole: nothing of it was stored. ``rows`` holds every bad row."""

    def __init__(self, file: str, rows: Sequence[BadRow]) -> None:
        shown = "\n".join(f"  {row}" for row in rows[:SHOWN])
        more = "\n  " + _("... and {count:,} more").format(count=len(rows) - SHOWN) if len(rows) > SHOWN else ""
        said = ngettext("{file} was not imported: {count:,} bad row (fix them, or import the rest with --skip-bad):",
                        "{file} was not imported: {count:,} bad rows (fix them, or import the rest with --skip-bad):",
                        len(rows)).format(file=file, count=len(rows))
        super().__init__(f"{said}\n{shown}{more}", field="file")
        self.rows = list(rows)


# Storing ------------------------------------------------------------------------------------


class Keyed(Protocol):
    @property
    def line(self) -> int: ...

    @property
    def key(self) -> str: ...


T = TypeVar("T", bound=Keyed)


class Storable(Keyed, Protocol):
    def stored(self) -> dict[str, Any]:
        """The row's values by column name: the columns compared with what is stored."""
        ...


S = TypeVar("S", bound=Storable)


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class Result:
    """What an import did; ``skipped`` are the bad rows left out (only with ``skip_bad``)."""

    import_id: int
    added: int
    updated: int
    unchanged: int
    skipped: tuple[BadRow, ...]
    unmatched: int = 0  # stored without an agreement: none was named and none matched


@dataclass
class Kind(Generic[T]):
    """One kind of import: how a row is read (``parse``, given what ``prepare`` looked up) and how a batch is written.

    ``write`` must leave the rows it answers as refused unwritten (a refused file is rolled back whole anyway).
    """

    name: str  # "tickets"
    prepare: Callable[[Session], Any]
    parse: Callable[[int, str, dict[str, Any], Any], T]  # (line, "line" or "row", values, what prepare gave)
    # writes a batch; answers the rows it could not store, each with why (only what the database knows: an unknown ticket)
    write: Callable[[Session, Actor, int, str, list[T], Counts], list[tuple[T, str]]]
    unmatched: Callable[[Any], int] = lambda _context: 0


def run(
    db: Database, actor: Actor, path: Path, kind: Kind[T], layout: Layout, *, source: str,
    skip_bad: bool, batch: int = BATCH, progress: Callable[[int], None] | None = None,
) -> Result:
    """Import ``path`` as ``kind`` (see the module's rules); ``progress`` is told the rows read so far after each
    batch is written (the import is still one unit of work: nothing is stored until the last)."""
    require_role(actor, IMPORTERS, _action(kind.name))
    if batch < 1:
        raise ValidationError(_("a batch is at least one row"), field="batch")
    file_name = text.exact(path.name)[:260]
    try:
        digest = sha256_of(path)
    except OSError as error:
        raise ValidationError(f"{error.strerror or error}: {path}", field="file") from error
    reader = Source(path, layout)
    with db.unit_of_work() as session:
        actor = require_role(actor, IMPORTERS, _action(kind.name), session=session)
        record = MonitoringImport(kind=kind.name, source=source, file_name=file_name, sha256=digest, actor_id=actor.id,
                                  added=0, updated=0, unchanged=0, skipped=0)
        session.add(record)
        session.flush()
        context = kind.prepare(session)
        seen = _Seen(session)
        counts, problems, pending = Counts(), list[BadRow](), list[T]()

        def flush() -> None:
            fresh = seen.first_time(pending, problems, reader.unit)
            if fresh:
                for item, reason in kind.write(session, actor, record.id, source, fresh, counts):
                    problems.append(BadRow(item.line, reason, reader.unit, item.key))
            pending.clear()

        read = 0
        for line, values in reader.rows():
            read += 1
            try:
                broken = values.get("")
                if isinstance(broken, RowError):
                    raise broken
                pending.append(kind.parse(line, reader.unit, values, context))
            except RowError as error:
                problems.append(BadRow(line, str(error), reader.unit, _key(values)))
            if len(pending) >= batch:
                flush()
                if progress is not None:
                    progress(read)
        flush()
        if progress is not None:
            progress(read)
        problems.sort()
        if problems and not skip_bad:
            raise ImportRefused(file_name, problems)
        seen.drop()
        record.added, record.updated, record.unchanged, record.skipped = (
            counts.added, counts.updated, counts.unchanged, len(problems))
        audit.record(session, actor, f"{kind.name}.import", "monitoring_import", record.id, file=file_name, sha256=digest,
                     source=source, layout=layout.name, added=counts.added, updated=counts.updated,
                     unchanged=counts.unchanged, skipped=len(problems))
        return Result(record.id, counts.added, counts.updated, counts.unchanged, tuple(problems), kind.unmatched(context))


def _action(kind: str) -> str:
    """What a person is refused when they may not import ``kind``."""
    return _(_ACTIONS[kind]) if kind in _ACTIONS else _("import {kind}").format(kind=kind)


def place(unit: str, line: int) -> str:
    """Where a row is in its file, for messages: "line 7" or "row 7"."""
    return _("row {line}").format(line=line) if unit == "row" else _("line {line}").format(line=line)


def _key(values: Mapping[str, Any]) -> str:
    """The id of a bad row, as far as it can be read (for the report)."""
    try:
        return words(values.get("external_id", values.get("ticket_id")), _("the id"), 120)
    except RowError:
        return ""


_SEEN = table("slamdesk_import_seen", column("key"), column("line"))


class _Seen:
    """The ids this import has read so far, in a temporary table (bounded memory, however long the file)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        suffix = "" if self.sqlite else " ON COMMIT DROP"
        session.execute(sql(
            f"CREATE TEMP TABLE IF NOT EXISTS slamdesk_import_seen (key TEXT PRIMARY KEY, line INTEGER NOT NULL){suffix}"))
        session.execute(sql("DELETE FROM slamdesk_import_seen"))

    def first_time(self, items: list[T], problems: list[BadRow], unit: str) -> list[T]:
        """``items`` whose id was not read before in this file; the others become bad rows."""
        if not items:
            return []
        earlier = dict(self.session.execute(
            _SEEN.select().with_only_columns(_SEEN.c.key, _SEEN.c.line).where(_SEEN.c.key.in_({i.key for i in items}))
        ).all())
        fresh: list[T] = []
        for item in items:
            if item.key in earlier:
                said = (_("{id} is also on row {line}; an id appears once in a file") if unit == "row"
                        else _("{id} is also on line {line}; an id appears once in a file"))
                problems.append(BadRow(item.line, said.format(id=text.quoted(item.key, 40), line=earlier[item.key]), unit,
                                       item.key))
                continue
            earlier[item.key] = item.line
            fresh.append(item)
        if fresh:
            self.session.execute(_SEEN.insert(), [{"key": item.key, "line": item.line} for item in fresh])
        return fresh

    def drop(self) -> None:
        if self.sqlite:
            self.session.execute(sql("DROP TABLE IF EXISTS temp.slamdesk_import_seen"))


def table_of(model: Any) -> Table:
    """The model's table, for Core's executemany inserts and updates."""
    return cast(Table, model.__table__)


def write_rows(
    session: Session, actor: Actor, import_id: int, source: str, rows: list[S], counts: Counts, model: Any, *,
    event: str, noun: str,
    compare: Callable[[Session, list[int]], Callable[[int, S], dict[str, Any]]] | None = None,
    written: Callable[[Session, list[S], list[tuple[int, S, dict[str, Any]]]], None] | None = None,
) -> None:
    """Store a batch of ``model`` rows known by ``source`` and id: the new inserted, the changed updated and audited.

    A stored row is compared on the columns of ``row.stored()`` and, given ``compare`` (made from the stored ids),
    on what it answers for each (``{"on_hold": [before, after]}``); ``written`` then stores what belongs with the rows
    (the fresh ones, and the changed ones with their ids and changes). One executemany per statement, and one
    audit event ``event`` per batch naming every changed row under ``noun``.
    """
    if not rows:
        return
    names = tuple(rows[0].stored())
    stored = {
        row.external_id: row
        for row in session.execute(
            select(model.id, model.external_id, *(getattr(model, name) for name in names))
            .where(model.source == source, model.external_id.in_([r.key for r in rows]))
        )
    }
    table_ = table_of(model)
    fresh = [row for row in rows if row.key not in stored]
    if fresh:  # one executemany (the ORM's bulk insert splits it by empty values)
        session.execute(insert(table_), [
            {"source": source, "external_id": row.key, "import_id": import_id, **row.stored()} for row in fresh])
        counts.added += len(fresh)
    differs = compare(session, [old.id for old in stored.values()]) if compare and stored else None
    changes: dict[str, dict[str, Any]] = {}
    updates: list[dict[str, Any]] = []
    updated: list[tuple[int, S, dict[str, Any]]] = []
    for row in rows:
        old = stored.get(row.key)
        if old is None:
            continue
        values = row.stored()
        changed = {name: [getattr(old, name), value] for name, value in values.items() if getattr(old, name) != value}
        if differs is not None:
            changed.update(differs(old.id, row))
        if not changed:
            counts.unchanged += 1
            continue
        updates.append({"_id": old.id, "import_id": import_id, **values})
        updated.append((old.id, row, changed))
        changes[row.key] = {"id": old.id, "changed": changed}
    if updates:
        session.execute(update(table_).where(table_.c.id == bindparam("_id")), updates)  # one executemany
    if written is not None:
        written(session, fresh, updated)
    if updates:
        # One event per batch, naming every row it changed and how: a mass change stays an import, not hours of auditing.
        audit.record(session, actor, event, "monitoring_import", import_id, source=source, **{noun: changes})
        counts.updated += len(updates)


@dataclass(frozen=True)
class Preview:
    """One of the first rows of a file as it would be imported: its values by field, or why it is bad."""

    line: int
    unit: str  # "line" or "row"
    values: dict[str, str]  # field -> the cell as read (before checking)
    problem: str  # "" when the row would be imported


def preview(db: Database, path: Path, kind: Kind[T], layout: Layout, limit: int = 20) -> list[Preview]:
    """The first ``limit`` rows of ``path`` read with ``layout`` and checked as ``kind`` would, storing nothing."""
    if limit < 1:
        raise ValidationError(_("a preview shows at least one row"), field="limit")
    reader = Source(path, layout)
    shown: list[Preview] = []
    with db.read() as session:
        context = kind.prepare(session)
        try:
            rows = reader.rows()
            first = next(rows, None)  # the file is opened here: a missing one is said as the file's problem
        except OSError as error:
            raise ValidationError(f"{error.strerror or error}: {path}", field="file") from error
        for line, values in itertools.chain([first] if first is not None else [], rows):
            try:
                broken = values.get("")
                if isinstance(broken, RowError):
                    raise broken
                kind.parse(line, reader.unit, values, context)
                problem = ""
            except (RowError, ValidationError) as error:  # a time with no zone refuses the whole file: said here
                problem = str(error)
            cells = {name: "" if value is None else str(value) for name, value in values.items() if name}
            shown.append(Preview(line, reader.unit, cells, problem))
            if len(shown) >= limit:
                break
    return shown
