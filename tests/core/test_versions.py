"""Amendments and version comparison (core.versions): what an amendment copies, who may start one and
when, and what two versions' comparison says, term by term, line by line and clause by clause."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor
from slamdesk.core.versions import ClauseChange, FieldChange, LineChange

from .workflow import drafted, events


def _signed(db: Database) -> tuple[dict[str, Actor], str]:
    people, number = drafted(db)
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    return people, number


def _rows(db: Database, version_no: int) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The stored lines and clauses of one version, every column but the ids."""
    with db.read() as session:
        lines = session.execute(text(
            "SELECT l.position, l.requirement_id, l.service_level_id, l.service_name, l.level_name, l.site, l.coverage,"
            " l.priorities, l.quantity, l.unit_price, l.line_total, l.availability_pct, l.targets"
            " FROM agreement_line l JOIN agreement_version v ON v.id = l.version_id"
            " WHERE v.version_no = :v ORDER BY l.position"), {"v": version_no}).all()
        clause_rows = session.execute(text(
            "SELECT c.position, c.clause_id, c.key, c.title, c.text FROM agreement_clause c"
            " JOIN agreement_version v ON v.id = c.version_id WHERE v.version_no = :v ORDER BY c.position"),
            {"v": version_no}).all()
    return [tuple(row) for row in lines], [tuple(row) for row in clause_rows]


def test_an_amendment_is_a_new_draft_copying_everything_the_signed_version_agreed(db: Database) -> None:
    people, number = _signed(db)
    with db.unit_of_work() as session:  # a tax rate and a clause of its own, so that each is seen copied
        session.execute(text("UPDATE agreement_version SET tax_rate_pct = 250000 WHERE content_sha256 IS NULL"))
    signed = agreements.get_agreement(db, number)
    assert versions.amend(db, people["admin"], number, "  Ten more users.\n") == 2
    amended = agreements.get_agreement(db, number)
    assert (amended.version_no, amended.status, amended.content_sha256, amended.author) == (
        2, Status.DRAFT, None, "Administrator"
    )
    assert (amended.start_date, amended.end_date, amended.monthly_total, amended.tax_rate_pct) == (
        signed.start_date, signed.end_date, signed.monthly_total, signed.tax_rate_pct
    )
    assert amended.lines == signed.lines
    assert [(c.key, c.title, c.text, c.version) for c in amended.clauses] == [
        (c.key, c.title, c.text, c.version) for c in signed.clauses
    ]
    assert _rows(db, 2) == _rows(db, 1)
    assert agreements.get_agreement(db, number, 1) == signed
    (event,) = events(db, "agreement.amend")
    assert event[:3] == ("admin", "agreement.amend", "agreement")
    assert event[4] == {"number": number, "version": 2, "reason": "Ten more users."}
    assert [(v.version_no, v.status, v.frozen) for v in versions.list_versions(db, number)] == [
        (1, Status.SIGNED, True), (2, Status.DRAFT, False)
    ]


def test_an_active_agreement_is_amended_too_and_an_amendment_is_not_amended_again(db: Database) -> None:
    people, number = _signed(db)
    agreements.activate(db, people["anna"], number)
    assert versions.amend(db, people["anna"], number, "New site") == 2
    with pytest.raises(TransitionError, match="^only a signed or active agreement is amended; change a draft directly$"):
        versions.amend(db, people["anna"], number, "Again")
    assert len(versions.list_versions(db, number)) == 2


@pytest.mark.parametrize("status", ["draft", "in_review", "approved"])
def test_an_agreement_not_yet_signed_is_changed_directly_not_amended(db: Database, status: str) -> None:
    people, number = drafted(db)
    if status != "draft":
        agreements.submit_for_review(db, people["anna"], number)
    if status == "approved":
        agreements.approve(db, people["linh"], number)
    with pytest.raises(TransitionError, match="change a draft directly"):
        versions.amend(db, people["anna"], number, "Why not")
    assert len(versions.list_versions(db, number)) == 1 and events(db, "agreement.amend") == []


def test_only_representatives_and_administrators_amend_and_they_say_why(db: Database) -> None:
    people, number = _signed(db)
    with pytest.raises(PermissionDenied, match="amend agreements"):
        versions.amend(db, people["linh"], number, "Because")
    with pytest.raises(ValidationError) as caught:
        versions.amend(db, people["anna"], number, " \n ")
    assert (caught.value.field, str(caught.value)) == ("reason", "say why the agreement is amended")
    with pytest.raises(ValidationError, match="^the reason can be at most 5,000 characters") as caught:
        versions.amend(db, people["anna"], number, "x" * 5001)
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError, match="^the reason contains a control character"):
        versions.amend(db, people["anna"], number, "Why\x00")
    assert versions.amend(db, people["anna"], number, "Line one.\nLine two.") == 2
    assert events(db, "agreement.amend")[0][4]["reason"] == "Line one.\nLine two."


def test_an_unknown_agreement_is_not_found_and_a_hostile_number_is_refused(db: Database) -> None:
    people, number = _signed(db)
    for call in (lambda n: versions.amend(db, people["anna"], n, "Why"), lambda n: versions.list_versions(db, n),
                 lambda n: versions.current_version_id(db, n), lambda n: versions.compare_versions(db, n, 1, 2)):
        with pytest.raises(NotFoundError, match="^no agreement numbered 'SLA-1999-0001'$|^SLA-1999-0001 has no version 1, 2$"):
            call(" SLA-1999-0001 ")
        with pytest.raises(ValidationError) as caught:
            call("SLA\x00")
        assert caught.value.field == "number" and str(caught.value).startswith("the agreement number contains")
    assert versions.current_version_id(db, f" {number} ") == versions.list_versions(db, number)[0].id


def test_two_versions_alike_compare_unchanged_and_a_missing_version_is_named(db: Database) -> None:
    people, number = _signed(db)
    versions.amend(db, people["anna"], number, "Nothing yet")
    same = versions.compare_versions(db, number, 1, 2)
    assert (same.before, same.after, same.terms, same.lines, same.clauses) == (1, 2, (), (), ())
    assert same.unchanged
    with pytest.raises(NotFoundError, match=f"^{number} has no version 3$"):
        versions.compare_versions(db, number, 1, 3)
    with pytest.raises(NotFoundError, match=f"^{number} has no version 4, 3$"):
        versions.compare_versions(db, number, 4, 3)
    with pytest.raises(NotFoundError, match=f"^{number} has no version 3$"):
        versions.compare_versions(db, number, 3, 3)  # named once


def test_the_comparison_names_each_changed_term_line_and_clause(db: Database) -> None:
    people, number = _signed(db)
    versions.amend(db, people["anna"], number, "A new period, a new site, other clauses")
    with db.unit_of_work() as session:
        session.execute(text(
            "UPDATE agreement_version SET end_date = :end, tax_rate_pct = 250000 WHERE version_no = 2"
        ), {"end": dt.date(2029, 12, 31)})
        v2 = "(SELECT id FROM agreement_version WHERE version_no = 2)"
        # Service desk: a higher level with other targets; network monitoring moves to another site;
        session.execute(text(
            f"UPDATE agreement_line SET level_name = 'Platinum', quantity = 30, line_total = 11700000,"
            f" targets = '[[\"P1\", 10, 40, false], [\"P2\", 30, 180, false]]' WHERE version_id = {v2} AND position = 1"
        ))
        session.execute(text(f"UPDATE agreement_line SET site = 'Київ' WHERE version_id = {v2} AND position = 2"))
        # a clause reworded, one dropped, one of its own added
        session.execute(text(
            f"UPDATE agreement_clause SET text = 'Either party may end it. With six months notice.'"
            f" WHERE version_id = {v2} AND key = 'termination'"
        ))
        session.execute(text(f"DELETE FROM agreement_clause WHERE version_id = {v2} AND key = 'periodic_review'"))
        session.execute(text(
            f"INSERT INTO agreement_clause (version_id, position, clause_id, key, title, text)"
            f" VALUES ({v2}, 9, NULL, 'data_protection', 'Data protection', 'Data is protected.')"
        ))
    diff = versions.compare_versions(db, number, 1, 2)
    assert not diff.unchanged
    assert diff.terms == (
        FieldChange("end_date", "2028-12-31", "2029-12-31"), FieldChange("tax_rate_pct", "0.0000", "25.0000"),
    )
    assert diff.lines == (
        LineChange("changed", "Service desk", "Одеса", (
            FieldChange("level_name", "Gold", "Platinum"),
            FieldChange("quantity", "25", "30"),
            FieldChange("line_total", "975.0000", "1170.0000"),
            FieldChange("targets", "P1/15/60/False, P2/30/180/False", "P1/10/40/False, P2/30/180/False"),
        )),
        LineChange("removed", "Network monitoring", "Одеса, порт", (  # what it was, so a reader knows what went
            FieldChange("level_name", "Gold", ""), FieldChange("quantity", "2", ""),
            FieldChange("unit_price", "520.0000", ""), FieldChange("line_total", "1440.0000", ""),
        )),
        LineChange("added", "Network monitoring", "Київ", (  # and what the new line is
            FieldChange("level_name", "", "Gold"), FieldChange("quantity", "", "2"),
            FieldChange("unit_price", "", "520.0000"), FieldChange("line_total", "", "1440.0000"),
        )),
    )
    termination, periodic, own = diff.clauses
    assert (termination.kind, termination.key, termination.title) == ("changed", "termination", "Припинення дії угоди")
    assert termination.diff[:2] == ("--- v1", "+++ v2")
    assert "+Either party may end it" in termination.diff and "+With six months notice." in termination.diff
    assert periodic == ClauseChange("removed", "periodic_review", "Періодичний перегляд угоди", ())
    assert own == ClauseChange("added", "data_protection", "Data protection", ())
    backwards = versions.compare_versions(db, number, 2, 1)
    assert [(c.kind, c.key) for c in backwards.clauses] == [
        ("changed", "termination"), ("removed", "data_protection"), ("added", "periodic_review")
    ]
    assert backwards.terms[0] == FieldChange("end_date", "2029-12-31", "2028-12-31")


def test_a_retitled_clause_and_a_changed_start_and_price_are_named(db: Database) -> None:
    people, number = _signed(db)
    versions.amend(db, people["anna"], number, "Earlier start")
    with db.unit_of_work() as session:
        session.execute(text(
            "UPDATE agreement_version SET start_date = :start, monthly_total = 24150000 WHERE version_no = 2"
        ), {"start": dt.date(2026, 12, 1)})
        session.execute(text(
            "UPDATE agreement_clause SET title = 'Кредити' WHERE key = 'service_credits'"
            " AND version_id = (SELECT id FROM agreement_version WHERE version_no = 2)"
        ))
        session.execute(text(
            "UPDATE agreement_line SET coverage = 'Mon-Fri 08:00-17:00', priorities = 'P1', unit_price = 400000,"
            " availability_pct = 999000 WHERE position = 2"
            " AND version_id = (SELECT id FROM agreement_version WHERE version_no = 2)"
        ))
    diff = versions.compare_versions(db, number, 1, 2)
    assert diff.terms == (FieldChange("start_date", "2027-01-01", "2026-12-01"),)  # the same total is no change
    assert [(c.kind, c.key, c.title) for c in diff.clauses] == [("changed", "service_credits", "Кредити")]
    assert diff.clauses[0].diff[2:4] == ("@@ -1 +1 @@", "-Сервісні кредити")
    (line,) = diff.lines
    assert [f.name for f in line.fields] == ["coverage", "unit_price", "availability_pct"]
    assert line.fields[0] == FieldChange("coverage", "24x7", "Mon-Fri 08:00-17:00")
    assert Decimal(line.fields[2].after) == Decimal("99.9")
