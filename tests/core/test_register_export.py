from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from slamdesk.core import register_export
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
