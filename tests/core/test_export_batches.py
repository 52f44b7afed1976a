"""Batch exports at their edges (core/export.py: plan_batch, export_batch): the day a view is read as of, the folder
chosen for a batch, and what a batch cancelled before it began reports. The rest is in ``test_export_edges.py``
and ``test_export.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from slamdesk.core import export
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.register import RegisterFilter
from slamdesk.core.roles import Actor


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    for fmt in ("pdf", "docx"):
        monkeypatch.setitem(export.RENDERERS, fmt, lambda document, path: path.write_bytes(b"written"))


# SLA-2026-0002 (signed) ends its first term on 2027-03-02; no other agreement of the demo ends within 60 days of
# 2027-01-15.
ENDING_SOON = RegisterFilter(ends_within_days=60)
LATE_2027 = dt.date(2027, 1, 15)


def test_a_plan_reads_the_view_as_of_the_day_given(demo_db: Database) -> None:
    assert export.plan_batch(demo_db, ENDING_SOON, ("pdf",), today=LATE_2027) == export.BatchPlan(
        to_export=(("SLA-2026-0002", ("pdf",)),), already_exported=(), not_signed=0,
    )
    assert export.plan_batch(demo_db, ENDING_SOON, ("pdf",), today=dt.date(2026, 6, 1)) == export.BatchPlan((), (), 0)


def test_a_batch_exports_the_view_as_of_the_day_given_into_the_folder_chosen(
    demo_db: Database, people: dict[str, Actor], stand_ins: None, tmp_path: Path
) -> None:
    chosen = tmp_path / "chosen"
    report = export.export_batch(demo_db, people["anna"], ENDING_SOON, ("pdf",), today=LATE_2027, out_dir=chosen)
    assert report.exported == ["SLA-2026-0002"] and report.errors == []
    assert [file.path for file in report.files] == [chosen / "SLA-2026-0002-v1.pdf"]
    assert sorted(path.name for path in chosen.iterdir()) == ["SLA-2026-0002-v1.pdf"]
    assert list((demo_db.path.parent / "register").rglob("*.pdf")) == []  # nothing in the register folder itself


def test_a_batch_cancelled_before_it_read_the_view_reports_nothing_done_and_nothing_skipped(
    demo_db: Database, people: dict[str, Actor], stand_ins: None
) -> None:
    report = export.export_batch(demo_db, people["anna"], RegisterFilter(), should_cancel=lambda: True)
    assert report == export.BatchReport(cancelled=True)
    assert (report.exported, report.files, report.errors) == ([], [], [])
    assert (report.already_exported, report.not_signed, report.skipped, report.not_started) == (0, 0, 0, 0)


def test_a_batch_stopped_midway_by_a_refusal_every_agreement_would_meet_counts_only_those_after_it_as_not_started(
    demo_db: Database, people: dict[str, Actor], stand_ins: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = export.export_agreement

    def provider_unset_after_the_first(db: Database, actor: Actor, number: str, formats: object,
                                       **kwargs: object) -> list[export.ExportedFile]:
        if number != "SLA-2024-0001":  # the provider's name was cleared while the batch ran
            raise ValidationError("set the provider's name first", field="provider_name")
        return real(db, actor, number, formats, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "export_agreement", provider_unset_after_the_first)
    report = export.export_batch(demo_db, people["anna"], RegisterFilter(), ("pdf",))
    assert report.exported == ["SLA-2024-0001"] and report.errors == [("SLA-2024-0002", "set the provider's name first")]
    assert report.not_started == 4 and not report.cancelled  # SLA-2024-0003 and SLA-2026-0001 to 0003
