from __future__ import annotations

import csv
import os
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from slamdesk.core import register, register_export
from slamdesk.core.db import Database
from slamdesk.core.errors import SlamdeskError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter


def test_csv_holds_exactly_the_filtered_view(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "signed.csv"
    count = register_export.export_register(demo_db, RegisterFilter(status=Status.SIGNED), target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert count == 2 and rows[0][0] == "Number" and len(rows) == 3
    assert {row[1] for row in rows[1:]} == {"Công ty TNHH Phần mềm Sông Hồng", "PT Nusantara Logistik Sejahtera"}
    assert rows[1][8] in {"4088.00", "2520.00"}


def test_xlsx_keeps_types_and_scripts(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    assert register_export.export_register(demo_db, RegisterFilter(search="Київ"), target) == 1
    sheet = load_workbook(target).active
    header, row = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header[1] == "Customer" and row[1] == "ТОВ «Київські мережі»"
    assert float(row[8]) == 2480.0 and row[6].year == 2026


def test_wrong_suffix_or_folder_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError):
        register_export.export_register(demo_db, RegisterFilter(), out / "x.ods")
    with pytest.raises(SlamdeskError, match="folder does not exist"):
        register_export.export_register(demo_db, RegisterFilter(), out / "missing" / "x.csv")
    assert list(out.iterdir()) == []


def test_a_failure_midway_leaves_no_partial_file(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail_after_header(rows: object, path: Path) -> int:
        path.write_text("Number,Customer\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(register_export.WRITERS, ".csv", fail_after_header)
    with pytest.raises(OSError):
        register_export.export_register(demo_db, RegisterFilter(), tmp_path / "view.csv")
    assert not (tmp_path / "view.csv").exists()
    assert not list(tmp_path.glob(".register-*"))


# What each column holds, the file's encoding, and how it is written (issue 18)

EXPECTED_HEADERS = ["Number", "Customer", "Title", "Kind", "Status", "Version", "Start", "End", "Monthly value", "Currency"]


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_every_csv_column_holds_what_its_header_names(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    criteria = RegisterFilter()
    assert register_export.export_register(demo_db, criteria, target) == 10
    header, *rows = _csv(target)
    assert header == EXPECTED_HEADERS
    expected = [
        [r.number, r.customer, r.title, r.kind, r.status.value, str(r.version_no), r.start_date.isoformat(),
         r.end_date.isoformat(), f"{r.monthly_total:.2f}", r.currency]
        for r in register.list_agreements(demo_db, criteria)
    ]
    assert rows == expected
    assert any(r[6] != r[7] for r in rows)  # the start and end columns are each their own date


def test_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_the_scripts(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "kyiv.csv"
    register_export.export_register(demo_db, RegisterFilter(search="Київ"), target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfNumber,")
    assert "ТОВ «Київські мережі»".encode() in data


def test_every_xlsx_column_holds_what_its_header_names(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    criteria = RegisterFilter(sort=register.SortKey.CUSTOMER)
    assert register_export.export_register(demo_db, criteria, target) == 10
    book = load_workbook(target)
    assert book.sheetnames == ["Register"]
    header, *rows = [list(r) for r in book["Register"].iter_rows(values_only=True)]
    assert header == EXPECTED_HEADERS
    listed = register.list_agreements(demo_db, criteria)
    assert [row[0] for row in rows] == [r.number for r in listed]
    for row, r in zip(rows, listed):
        assert row[1:6] == [r.customer, r.title, r.kind, r.status.value, r.version_no]
        assert (row[6].date(), row[7].date()) == (r.start_date, r.end_date)
        assert Decimal(str(row[8])) == r.monthly_total and row[9] == r.currency


def test_upper_case_suffix_is_accepted(demo_db: Database, tmp_path: Path) -> None:
    assert register_export.export_register(demo_db, RegisterFilter(status=Status.SIGNED), tmp_path / "VIEW.CSV") == 2
    assert _csv(tmp_path / "VIEW.CSV")[0] == EXPECTED_HEADERS


def test_wrong_suffix_is_refused_next_to_the_file_name(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"^choose a file ending in \.csv or \.xlsx$") as refused:
        register_export.export_register(demo_db, RegisterFilter(), tmp_path / "view.ods")
    assert refused.value.field == "path"


def test_a_large_view_is_read_page_by_page_and_written_whole(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int | None] = []
    real = register_export.list_agreements

    def counting(db: Database, criteria: RegisterFilter, **kwargs: object) -> object:
        asked.append(kwargs.get("limit"))  # type: ignore[arg-type]
        return real(db, criteria, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(register_export, "PAGE", 3)
    monkeypatch.setattr(register_export, "list_agreements", counting)
    target = tmp_path / "paged.csv"
    assert register_export.export_register(demo_db, RegisterFilter(), target) == 10
    assert [row[0] for row in _csv(target)[1:]] == [r.number for r in real(demo_db, RegisterFilter())]
    assert asked and all(limit is not None and limit <= 3 for limit in asked)


def test_while_written_the_file_is_hidden_beside_its_target(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []
    real = register_export.WRITERS[".xlsx"]

    def watching(rows: object, path: Path) -> int:
        seen.append(path)
        return real(rows, path)  # type: ignore[arg-type]

    monkeypatch.setitem(register_export.WRITERS, ".xlsx", watching)
    out = tmp_path / "out"
    out.mkdir()
    register_export.export_register(demo_db, RegisterFilter(), out / "view.xlsx")
    (temporary,) = seen
    assert temporary.parent == out and temporary.name.startswith(".register-") and temporary.suffix == ".xlsx"
    assert [p.name for p in out.iterdir()] == ["view.xlsx"]


def test_an_export_leaves_no_file_open(demo_db: Database, tmp_path: Path) -> None:
    register_export.export_register(demo_db, RegisterFilter(), tmp_path / "warm.csv")  # pooled connections opened
    before = len(os.listdir("/proc/self/fd"))
    for index in range(5):
        register_export.export_register(demo_db, RegisterFilter(), tmp_path / f"view{index}.csv")
    assert len(os.listdir("/proc/self/fd")) <= before


def test_the_writers_own_error_reaches_the_caller_even_when_it_removed_its_file(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def tidy_but_failing(rows: object, path: Path) -> int:
        path.unlink()
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(register_export.WRITERS, ".csv", tidy_but_failing)
    with pytest.raises(OSError) as failed:
        register_export.export_register(demo_db, RegisterFilter(), tmp_path / "view.csv")
    assert failed.value.errno == 28
    assert not (tmp_path / "view.csv").exists() and not list(tmp_path.glob(".register-*"))
