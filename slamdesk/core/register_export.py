"""Writing a register view to CSV or XLSX, exactly the rows the filter selects.

Rows are read page by page, so a view of 100,000 agreements never sits in
memory at once; the file is written beside its target and renamed into place.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .db import Database
from .errors import SlamdeskError, ValidationError
from .register import RegisterFilter, RegisterRow, list_agreements
from .words import _

PAGE = 2_000
HEADERS = ("Number", "Customer", "Title", "Kind", "Status", "Version", "Start", "End", "Monthly value", "Currency")


def _rows(db: Database, criteria: RegisterFilter) -> Iterator[RegisterRow]:
    offset = 0
    while page := list_agreements(db, criteria, limit=PAGE, offset=offset):
        yield from page
        offset += len(page)


def _cells(row: RegisterRow) -> tuple[object, ...]:
    return (
        row.number, row.customer, row.title, row.kind, row.status.value, row.version_no,
        row.start_date, row.end_date, row.monthly_total, row.currency,
    )


def _write_csv(rows: Iterator[RegisterRow], handle: Path) -> int:
    count = 0
    with handle.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        for row in rows:
            cells = list(_cells(row))
            cells[6], cells[7], cells[8] = row.start_date.isoformat(), row.end_date.isoformat(), f"{row.monthly_total:.2f}"
            writer.writerow(cells)
            count += 1
    return count


def _write_xlsx(rows: Iterator[RegisterRow], handle: Path) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(HEADERS)
    count = 0
    for row in rows:
        sheet.append(_cells(row))
        count += 1
    book.save(handle)
    return count


WRITERS: dict[str, Callable[[Iterator[RegisterRow], Path], int]] = {".csv": _write_csv, ".xlsx": _write_xlsx}


def export_register(db: Database, criteria: RegisterFilter, path: Path) -> int:
    """Write the view to ``path`` (.csv or .xlsx); returns the number of rows."""
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValidationError(_("choose a file ending in .csv or .xlsx"), field="path")
    if not path.parent.is_dir():
        raise SlamdeskError(_("folder does not exist: {folder}").format(folder=path.parent))
    descriptor, temporary = tempfile.mkstemp(prefix=".register-", suffix=path.suffix, dir=path.parent)
    os.close(descriptor)
    try:
        count = writer(_rows(db, criteria), Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
