"""An outage file's columns (``core.monitoring.outages``): which a layout needs, what each is called in a bad row's
reason, how long each may be, layouts with their own columns and time formats, batches, the source, the template file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.monitoring import importing, outages
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent, Outage
from tests.core.monitoring.test_outages_edges import HEADER, _file, _ours
from tests.core.monitoring.test_outages_import import at


def _reasons(db: Database, admin: Actor, path: Path, **options: object) -> list[str]:
    result = outages.import_outages(db, admin, path, skip_bad=True, **options)  # type: ignore[arg-type]
    return [str(row) for row in result.skipped]


@pytest.mark.parametrize(("header", "missing"), [
    ("outage_id,agreement,site,region,start,end,planned", "'service'"),
    ("outage_id,agreement,service,site,region,end,planned", "'start'"),
])
def test_a_template_file_without_a_service_or_start_column_is_refused_naming_it(
    demo_db: Database, admin: Actor, tmp_path: Path, header: str, missing: str
) -> None:
    with pytest.raises(ValidationError, match=f"o.csv has no column {missing} \\(the template layout\\)"):
        outages.import_outages(demo_db, admin, _file(tmp_path, "X-1,,2026-10-06T01:00Z,,", header=header))


@pytest.mark.parametrize(("header", "missing"), [
    ("Location,Start,End,Type", "'Service'"), ("Service,Location,End,Type", "'Start'"), ("Service,Location,Start,Type", "'End'"),
])
def test_a_plain_file_needs_its_service_start_and_end_columns(
    demo_db: Database, admin: Actor, tmp_path: Path, header: str, missing: str
) -> None:
    with pytest.raises(ValidationError, match=f"o.csv has no column {missing} \\(the plain layout\\)"):
        outages.import_outages(demo_db, admin, _file(tmp_path, "a,b,c,d", header=header), preset="plain", timezone="UTC")


def test_each_value_too_long_is_a_bad_row_naming_it_and_one_at_its_limit_is_kept(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    start = "2026-10-06T01:00Z"
    file = _file(tmp_path, f"{'i' * 120},,{'s' * 200},{'t' * 200},{'r' * 100},{start},,", f"{'i' * 121},,Mail,,,{start},,",
                 f"X-3,,{'s' * 201},,,{start},,", f"X-4,,Mail,{'t' * 201},,{start},,", f"X-5,,Mail,,{'r' * 101},{start},,",
                 f"X-6,,Mail,,,{start},,{'n' * 41}", f"X-7,{'A' * 41},Mail,,,{start},,")
    reasons = _reasons(demo_db, admin, file)
    assert reasons == [f"line {n}: {label} can be at most {limit} characters (this one has {limit + 1})" for n, (label, limit)
                       in enumerate([("the id", 120), ("the service ('service')", 200), ("the site", 200),
                                     ("the region", 100), ("planned", 40), ("the agreement", 40)], 3)]
    kept = _ours(demo_db)["i" * 120]
    assert (kept.service, kept.site, kept.region) == ("s" * 200, "t" * 200, "r" * 100)


def test_a_time_without_a_zone_refuses_the_file_naming_its_line_and_column(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match=r"line 3, 'end': '2026-10-06 02:00' has no time zone"):
        outages.import_outages(demo_db, admin, _file(tmp_path, "X-1,,Mail,,,2026-10-06T01:00Z,,",
                                                     "X-2,,Mail,,,2026-10-06T01:00Z,2026-10-06 02:00,"))
    with pytest.raises(ValidationError, match=r"line 2, 'start': '2026-10-06 01:00' has no time zone"):
        outages.import_outages(demo_db, admin, _file(tmp_path, "X-1,,Mail,,,2026-10-06 01:00,,"))


def test_a_start_or_end_that_is_not_a_time_is_named_by_its_column(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, "X-1,,Mail,,,soon,,", "X-2,,Mail,,,2026-10-06T01:00Z,later,")
    assert _reasons(demo_db, admin, file) == ["line 2: 'start' 'soon' is not a date and time",
                                              "line 3: 'end' 'later' is not a date and time"]


def test_a_layout_of_its_own_reads_its_columns_and_time_formats_and_may_leave_out_the_end(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    mine = importing.Layout("nagios", {"service": "Host", "start": "Down since"}, ("service", "start"),
                            time_formats=("%d/%m/%Y %H:%M",))
    file = tmp_path / "nagios.csv"
    file.write_text("Host,Down since\nMail,06/10/2026 03:50\n", encoding="utf-8")
    assert outages.import_outages(demo_db, admin, file, preset=mine, timezone="UTC").added == 1
    (outage,) = _ours(demo_db, "nagios").values()
    assert (outage.service, outage.started_at, outage.ended_at) == ("Mail", at("2026-10-06T03:50"), None)
    ended = importing.Layout("ended", {"service": "Host", "start": "From", "end": "To"}, ("service", "start"),
                             time_formats=("%d/%m/%Y %H:%M",))
    file.write_text("Host,From,To\nMail,06/10/2026 03:50,06/10/2026 04:35\n", encoding="utf-8")
    outages.import_outages(demo_db, admin, file, preset=ended, timezone="UTC")
    assert [o.ended_at for o in _ours(demo_db, "ended").values()] == [at("2026-10-06T04:35")]


def test_a_layout_file_may_name_every_column_of_the_template(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    kept = tmp_path / "template.json"
    importing.save_layout(outages.PRESETS["template"], kept)
    layout = outages.layout_named(str(kept))
    assert layout.columns == outages.PRESETS["template"].columns
    file = _file(tmp_path, "X-1,SLA-2026-0001,Mail,Lund,Skåne,2026-10-06T01:00Z,,yes")
    outages.import_outages(demo_db, admin, file, preset=str(kept))
    outage = _ours(demo_db)["X-1"]
    assert (outage.region, outage.planned, outage.agreement_id is not None) == ("Skåne", True, True)


def test_changes_in_batches_of_one_are_audited_once_a_batch(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    outages.import_outages(demo_db, admin, _file(tmp_path, "X-1,,Mail,,,2026-10-06T01:00Z,,", "X-2,,Web,,,2026-10-06T01:00Z,,"))
    changed = _file(tmp_path, "X-1,,Mail,,,2026-10-06T01:00Z,2026-10-06T02:00Z,", "X-2,,Web,,,2026-10-06T01:00Z,2026-10-06T02:00Z,")
    assert outages.import_outages(demo_db, admin, changed, batch=1).updated == 2
    with demo_db.read() as session:
        events = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "outage.update")).all()
    assert [list(json.loads(detail)["outages"]) for detail in events] == [["X-1"], ["X-2"]]
    with pytest.raises(ValidationError, match="a batch is at least one row"):
        outages.import_outages(demo_db, admin, changed, batch=0)


def test_a_source_is_at_most_forty_characters(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    file = _file(tmp_path, "X-1,,Mail,,,2026-10-06T01:00Z,,")
    assert outages.import_outages(demo_db, admin, file, source="s" * 40).added == 1
    with pytest.raises(ValidationError, match=r"the source can be at most 40 characters \(this one has 41\)") as refused:
        outages.import_outages(demo_db, admin, file, source="s" * 41)
    assert refused.value.field == "source"
    with demo_db.read() as session:
        assert session.scalars(select(Outage.source).where(Outage.external_id == "X-1")).all() == ["s" * 40]


def test_the_template_is_written_in_utf8_whatever_the_machines_locale(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    environment = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
                   "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run([sys.executable, "-c", f"from pathlib import Path; from slamdesk.core.monitoring import outages; "
                    f"outages.write_template(Path({str(out)!r}))"],
                   env=environment, check=True, capture_output=True, timeout=60)
    assert HEADER in out.read_text(encoding="utf-8") and "Fjällbacka hamn" in out.read_text(encoding="utf-8")


def test_outages_come_back_earliest_first_whatever_order_they_were_imported_in(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    outages.import_outages(demo_db, admin, _file(tmp_path, "X-1,,Mail,,,2026-10-09T01:00Z,,", "X-2,,Mail,,,2026-10-06T01:00Z,,",
                                                 "X-3,,Mail,,,2026-10-07T01:00Z,,"))
    found = outages.outages_for(demo_db, at("2026-10-01T00:00"), at("2026-11-01T00:00"), service="Mail")
    assert [o.key for o in found] == ["X-2", "X-3", "X-1"]
