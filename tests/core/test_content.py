"""What the signed content hash covers, and the signed detail rebuilt from it.

A signature seals ``sha256(stable_json(content_from_detail(detail, provider)))``. Changing any field the
signed document shows must change that hash, and nothing else may: the status, the signatures (they come
after the seal), the row ids and the review rounds of other versions. ``signed_detail`` rebuilds every
sealed field from the stored JSON, so the version reads back exactly as it was signed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from decimal import Decimal

import pytest

from slamdesk.core.clauses import ClauseView
from slamdesk.core.content import CONTENT_FORMAT, LINE_FIELDS, content_of, line_content, sha256_text, stable_json
from slamdesk.core.errors import ValidationError
from slamdesk.core.frozen import content_from_detail, seal_intact, signed_detail
from slamdesk.core.lifecycle import Status
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms, terms_from_json, terms_json
from slamdesk.core.reviews import AssignmentView, CommentView, RoundStatus, RoundView
from slamdesk.core.views import AgreementDetail, LineView, ReviewView, SignatoryView, SignatureView

PROVIDER = "Nordlys Service AB"
UTC = dt.UTC


def at(day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=UTC)


LINES = (
    LineView(1, "Service desk", "Gold", "Växjö office", "24x7", "P1, P2", 25, Decimal("39.00"), Decimal("975.00"),
             Decimal("99.9"), (("P1", 15, 240, False), ("P2", 60, 480, True))),
    LineView(2, "On-site support", "Silver", "Warehouse", "Mon-Fri 08:00-17:00", "P2", 2, Decimal("520.00"),
             Decimal("1040.00"), Decimal("99.5"), (("P2", 120, 960, True),)),
)
CLAUSES = (
    ClauseView("credits", "Service credits", "Credits are paid monthly.", 3, "Credits are paid monthly."),
    ClauseView("termination", "Termination", "Either party may end it with 90 days' notice.", 2,
               "Either party may end it with 30 days' notice."),
)
EARLIER_ROUND = RoundView(1, 1, RoundStatus.APPROVED, at(1), (
    AssignmentView("Lena Legal", 3, "legal_reviewer", dt.date(2026, 3, 4), "approved", at(2), ()),
))
ROUND = RoundView(1, 2, RoundStatus.APPROVED, at(5), (
    AssignmentView("Lena Legal", 3, "legal_reviewer", dt.date(2026, 3, 9), "approved", at(6, 14, 5), (
        CommentView("clause:termination", "90 days as agreed", at(6, 14, 0)),
    )),
    AssignmentView("Quentin Quality", 4, "quality_checker", dt.date(2026, 3, 10), None, None, ()),
))
DETAIL = AgreementDetail(
    number="SLA-2026-0007", title="Service desk for Acme", kind="sla", currency="SEK", language="sv",
    customer_name="Acme Växjö AB", customer_country="SE",
    contact_name="Åsa Berg", contact_title="IT manager", contact_email="asa@acme.example",
    version_no=2, status=Status.APPROVED, start_date=dt.date(2026, 4, 1), end_date=dt.date(2027, 3, 31),
    monthly_total=Decimal("2015.00"), author="Rita Representative", lines=LINES,
    reviews=(ReviewView("Lena Legal", "legal_reviewer", "approved", "Fine now.", at(6, 14, 5)),),
    signatures=(), content_sha256=None, tax_rate_pct=Decimal("25.00"), clauses=CLAUSES,
    signatories=(
        SignatoryView(21, "provider", "Rita Representative", "Account manager", 1, None),
        SignatoryView(22, "customer", "Åsa Berg", "IT manager", 2, None),
    ),
    rounds=(EARLIER_ROUND, ROUND),
    terms=Terms(dt.date(2026, 4, 1), 12, Renewal.TACIT, 12, max_renewals=3, notice=90, notice_by=NoticeBy.CUSTOMER,
                review_months=6),
)


def seal(detail: AgreementDetail, provider: str = PROVIDER) -> str:
    return sha256_text(stable_json(content_from_detail(detail, provider)))


def change(detail: AgreementDetail, **fields: object) -> AgreementDetail:
    return dataclasses.replace(detail, **fields)


def line(index: int, **fields: object) -> Callable[[AgreementDetail], AgreementDetail]:
    def apply(detail: AgreementDetail) -> AgreementDetail:
        lines = list(detail.lines)
        lines[index] = dataclasses.replace(lines[index], **fields)
        return change(detail, lines=tuple(lines))
    return apply


def clause(index: int, **fields: object) -> Callable[[AgreementDetail], AgreementDetail]:
    def apply(detail: AgreementDetail) -> AgreementDetail:
        clauses = list(detail.clauses)
        clauses[index] = dataclasses.replace(clauses[index], **fields)
        return change(detail, clauses=tuple(clauses))
    return apply


def signatory(index: int, **fields: object) -> Callable[[AgreementDetail], AgreementDetail]:
    def apply(detail: AgreementDetail) -> AgreementDetail:
        people = list(detail.signatories)
        people[index] = dataclasses.replace(people[index], **fields)
        return change(detail, signatories=tuple(people))
    return apply


def review(**fields: object) -> Callable[[AgreementDetail], AgreementDetail]:
    return lambda d: change(d, reviews=(dataclasses.replace(d.reviews[0], **fields),))


def this_round(**fields: object) -> Callable[[AgreementDetail], AgreementDetail]:
    return lambda d: change(d, rounds=(EARLIER_ROUND, dataclasses.replace(ROUND, **fields)))


def assignment(index: int, **fields: object) -> Callable[[AgreementDetail], AgreementDetail]:
    def apply(detail: AgreementDetail) -> AgreementDetail:
        assignments = list(ROUND.assignments)
        assignments[index] = dataclasses.replace(assignments[index], **fields)
        return change(detail, rounds=(EARLIER_ROUND, dataclasses.replace(ROUND, assignments=tuple(assignments))))
    return apply


def terms(**fields: object) -> Callable[[AgreementDetail], AgreementDetail]:
    return lambda d: change(d, terms=dataclasses.replace(d.terms, **fields))


def comment(**fields: object) -> Callable[[AgreementDetail], AgreementDetail]:
    first = ROUND.assignments[0]
    return assignment(0, comments=(dataclasses.replace(first.comments[0], **fields),))


SHOWN: dict[str, Callable[[AgreementDetail], AgreementDetail]] = {
    "agreement number": lambda d: change(d, number="SLA-2026-0008"),
    "title": lambda d: change(d, title="Service desk for Acme Group"),
    "kind": lambda d: change(d, kind="ola"),
    "currency": lambda d: change(d, currency="EUR"),
    "language": lambda d: change(d, language="en"),
    "customer name": lambda d: change(d, customer_name="Acme Kalmar AB"),
    "customer country": lambda d: change(d, customer_country="FI"),
    "contact name": lambda d: change(d, contact_name="Åsa Björk"),
    "contact title": lambda d: change(d, contact_title="CIO"),
    "contact email": lambda d: change(d, contact_email="it@acme.example"),
    "no contact at all": lambda d: change(d, contact_name="", contact_title="", contact_email=""),
    "version": lambda d: change(d, version_no=3, rounds=(EARLIER_ROUND, dataclasses.replace(ROUND, version_no=3))),
    "start date": lambda d: change(d, start_date=dt.date(2026, 4, 2)),
    "end date": lambda d: change(d, end_date=dt.date(2027, 4, 1)),
    "monthly total": lambda d: change(d, monthly_total=Decimal("2015.01")),
    "tax rate": lambda d: change(d, tax_rate_pct=Decimal("12")),
    "author": lambda d: change(d, author="Robin Representative"),
    "a line left out": lambda d: change(d, lines=d.lines[:1]),
    "lines in another order": lambda d: change(d, lines=d.lines[::-1]),
    **{f"line {name}": line(1, **{name: value}) for name, value in {
        "position": 3, "service_name": "Field service", "level_name": "Gold", "site": "Branch",
        "coverage": "24x7", "priorities": "P1, P2", "quantity": 3, "unit_price": Decimal("520.01"),
        "line_total": Decimal("1040.01"), "availability_pct": Decimal("99.6"),
        "targets": (("P2", 120, 960, False),),
    }.items()},
    "a line target's response": line(0, targets=(("P1", 10, 240, False), ("P2", 60, 480, True))),
    "a line target's resolution": line(0, targets=(("P1", 15, 241, False), ("P2", 60, 480, True))),
    "a line target's priority": line(0, targets=(("P3", 15, 240, False), ("P2", 60, 480, True))),
    "a line target left out": line(0, targets=(("P1", 15, 240, False),)),
    "a clause left out": lambda d: change(d, clauses=d.clauses[:1]),
    "no clauses at all": lambda d: change(d, clauses=()),
    "clauses in another order": lambda d: change(d, clauses=d.clauses[::-1]),
    "clause key": clause(0, key="credits-2"),
    "clause title": clause(0, title="Credits"),
    "clause text": clause(0, text="Credits are paid quarterly."),
    "clause library version": clause(0, version=4),
    "clause marked edited": clause(0, library_text="Credits are paid yearly."),
    "review reviewer": review(reviewer="Leo Legal"),
    "review role": review(role="quality_checker"),
    "review decision": review(decision="changes_requested"),
    "review comment": review(comment="Fine."),
    "review time": review(decided_at=at(6, 14, 6)),
    "a review left out": lambda d: change(d, reviews=()),
    "round number": this_round(number=2),
    "round status": this_round(status="open"),
    "round opened": this_round(opened_at=at(5, 9, 1)),
    "round left out": lambda d: change(d, rounds=(EARLIER_ROUND,)),
    "assignment reviewer": assignment(0, reviewer="Leo Legal"),
    "assignment reviewer id": assignment(0, reviewer_id=5),
    "assignment role": assignment(0, role="administrator"),
    "assignment due date": assignment(0, due_date=dt.date(2026, 3, 8)),
    "assignment decision": assignment(1, decision="approved", decided_at=at(7)),
    "assignment decision time": assignment(0, decided_at=at(6, 14, 7)),
    "comment section": comment(section="general"),
    "comment text": comment(text="90 days, as agreed"),
    "comment time": comment(created_at=at(6, 13, 0)),
    "signatory party": signatory(0, party="customer"),
    "signatory name": signatory(1, name="Åke Berg"),
    "signatory title": signatory(1, title="CEO"),
    "signing group": signatory(1, group=1),
    "a signatory left out": lambda d: change(d, signatories=d.signatories[:1]),
    **{f"terms' {name}": terms(**{name: value}) for name, value in {
        "start": dt.date(2026, 4, 2), "initial_months": 24, "renewal": Renewal.EXPRESS, "renewal_months": 24,
        "max_renewals": None, "notice": 60, "notice_by": NoticeBy.EITHER, "review_months": None,
    }.items()},
    "terms' notice in months, not days": terms(notice=3, notice_unit=NoticeUnit.MONTHS),

    "no renewal terms (a version before migration 0012)": lambda d: change(d, terms=None),
}


@pytest.mark.parametrize("what", list(SHOWN))
def test_changing_anything_the_document_shows_changes_the_seal(what: str) -> None:
    assert seal(SHOWN[what](DETAIL)) != seal(DETAIL)


def test_three_days_notice_and_three_months_notice_are_sealed_apart() -> None:
    assert seal(terms(notice=3)(DETAIL)) != seal(terms(notice=3, notice_unit=NoticeUnit.MONTHS)(DETAIL))


def test_the_provider_named_in_the_document_is_sealed() -> None:
    assert seal(DETAIL, "Nordlys Service Oy") != seal(DETAIL)


def test_a_contact_known_only_by_email_is_sealed() -> None:
    only_email = change(DETAIL, contact_name="", contact_title="", contact_email="desk@acme.example")
    assert seal(only_email) != seal(change(only_email, contact_email="it@acme.example"))
    assert seal(only_email) != seal(change(only_email, contact_email=""))
    only_title = change(DETAIL, contact_name="", contact_title="Service desk", contact_email="")
    assert seal(only_title) != seal(change(only_title, contact_title=""))


NOT_SHOWN: dict[str, Callable[[AgreementDetail], AgreementDetail]] = {
    "status": lambda d: change(d, status=Status.SIGNED),
    "signatures": lambda d: change(d, signatures=(SignatureView("provider", "Rita Representative", "Account manager", at(9)),)),
    "the seal itself": lambda d: change(d, content_sha256="0" * 64),
    "a signatory's row id": signatory(0, id=99),
    "when a signatory signed": signatory(0, signed_at=at(9)),
    "an earlier version's review round": lambda d: change(d, rounds=(dataclasses.replace(EARLIER_ROUND, status="open"), ROUND)),
    "an earlier version's round left out": lambda d: change(d, rounds=(ROUND,)),
    "the library text of an edit already sealed": clause(1, library_text="Something else.", sealed_edited=True),
    "the same tax rate written with more zeros": lambda d: change(d, tax_rate_pct=Decimal("25.0000")),
}


@pytest.mark.parametrize("what", list(NOT_SHOWN))
def test_nothing_else_changes_the_seal(what: str) -> None:
    assert seal(NOT_SHOWN[what](DETAIL)) == seal(DETAIL)


def test_the_seal_is_the_sha256_of_the_stable_utf8_json() -> None:
    content = content_from_detail(DETAIL, PROVIDER)
    text = stable_json(content)
    assert seal(DETAIL) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert text == json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert "Växjö" in text  # kept as written, not escaped
    assert list(json.loads(text)) == sorted(content)  # keys in a stable order
    assert sha256_text("Växjö") == hashlib.sha256("Växjö".encode()).hexdigest()
    assert sha256_text("Växjö") != hashlib.sha256("Växjö".encode("latin-1")).hexdigest()


def test_the_sealed_content_of_a_small_version_is_exactly_this_json() -> None:
    small = change(
        DETAIL, lines=LINES[1:], clauses=CLAUSES[:1], reviews=(), rounds=(), contact_title="", contact_email="",
        signatories=DETAIL.signatories[:1], tax_rate_pct=Decimal("10.00"),
    )
    assert stable_json(content_from_detail(small, PROVIDER)) == (
        '{"agreement":{"currency":"SEK","kind":"sla","language":"sv","number":"SLA-2026-0007",'
        '"title":"Service desk for Acme"},"author":"Rita Representative",'
        '"clauses":[{"edited":false,"key":"credits","library_version":3,"text":"Credits are paid monthly.",'
        '"title":"Service credits"}],'
        '"customer":{"contact":{"email":"","name":"Åsa Berg","title":""},"country":"SE","name":"Acme Växjö AB"},'
        '"end_date":"2027-03-31","format":3,'
        '"lines":[{"availability_pct":"99.5","coverage":"Mon-Fri 08:00-17:00","level":"Silver",'
        '"line_total":"1040.00","position":2,"priorities":"P2","quantity":2,"service":"On-site support",'
        '"site":"Warehouse","targets":[["P2",120,960,true]],"unit_price":"520.00"}],'
        '"monthly_total":"2015.00","provider":"Nordlys Service AB","reviews":[],"rounds":[],'
        '"signatories":[{"group":1,"name":"Rita Representative","party":"provider","title":"Account manager"}],'
        '"start_date":"2026-04-01","tax_rate_pct":"10",'
        '"terms":{"initial_months":12,"max_renewals":3,"notice":90,"notice_by":"customer","notice_unit":"days",'
        '"renewal":"tacit","renewal_months":12,"review_months":6,"start":"2026-04-01"},"version":2}'
    )
    assert CONTENT_FORMAT == 3


def test_content_without_clauses_has_no_clauses_entry_and_defaults_to_no_tax() -> None:
    content = content_of(
        agreement={"number": "N"}, customer={"name": "C"}, version_no=1, start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2026, 12, 31), monthly_total=Decimal("1.50"), lines=[], provider="P", author="A",
    )
    assert "clauses" not in content
    assert (content["tax_rate_pct"], content["reviews"], content["rounds"], content["signatories"]) == ("0", [], [], [])
    assert content["format"] == CONTENT_FORMAT and content["monthly_total"] == "1.50"


def test_every_field_a_line_shows_is_a_line_column_that_is_sealed() -> None:
    assert LINE_FIELDS == tuple(field.name for field in dataclasses.fields(LineView))
    row = {name: getattr(LINES[0], name) for name in LINE_FIELDS}
    assert line_content(row) == {
        "position": 1, "service": "Service desk", "level": "Gold", "site": "Växjö office", "coverage": "24x7",
        "priorities": "P1, P2", "quantity": 25, "unit_price": "39.00", "line_total": "975.00",
        "availability_pct": "99.9", "targets": (("P1", 15, 240, False), ("P2", 60, 480, True)),
    }


def test_the_seal_is_intact_only_for_the_content_it_was_made_from() -> None:
    text = stable_json(content_from_detail(DETAIL, PROVIDER))
    assert seal_intact(text, seal(DETAIL))
    assert not seal_intact(text.replace("975.00", "975.01"), seal(DETAIL))
    assert not seal_intact(text, seal(DETAIL).upper())


# ---------------------------------------------------------------------------
# The signed detail, rebuilt from the sealed content
# ---------------------------------------------------------------------------


def sealed(detail: AgreementDetail = DETAIL) -> str:
    return stable_json(content_from_detail(detail, PROVIDER))


def shown(detail: AgreementDetail) -> AgreementDetail:
    """``detail`` with each clause compared by what it shows (whether edited, not how that was worked out)."""
    return change(detail, clauses=tuple(dataclasses.replace(c, sealed_edited=c.edited) for c in detail.clauses))


def test_the_signed_detail_is_the_detail_that_was_signed() -> None:
    rebuilt = signed_detail(DETAIL, sealed())
    assert rebuilt == shown(change(DETAIL, provider=PROVIDER))
    assert [c.edited for c in rebuilt.clauses] == [False, True]
    assert rebuilt.clauses[1].diff() == DETAIL.clauses[1].diff() != []


def test_the_signed_detail_shows_the_seal_whatever_happened_to_the_rows() -> None:
    live = change(
        DETAIL, status=Status.ACTIVE, title="Renamed later", customer_name="Acme Group AB", customer_country="NO",
        contact_name="", contact_title="", contact_email="", number="SLA-2026-0099", kind="ola", currency="EUR",
        language="en", version_no=5, start_date=dt.date(2030, 1, 1), end_date=dt.date(2031, 1, 1),
        monthly_total=Decimal("1"), tax_rate_pct=Decimal("0"), author="Someone else", lines=(),
        reviews=(), provider="Other provider",
        signatures=(SignatureView("provider", "Rita Representative", "Account manager", at(9)),),
        signatories=(
            dataclasses.replace(DETAIL.signatories[0], signed_at=at(9)),
            dataclasses.replace(DETAIL.signatories[1], name="Someone new", signed_at=at(10)),
        ),
        rounds=(EARLIER_ROUND,), terms=Terms(dt.date(2030, 1, 1), 12),
    )
    rebuilt = signed_detail(live, sealed())
    expected = shown(change(
        DETAIL, provider=PROVIDER, status=Status.ACTIVE, signatures=live.signatures,
        signatories=(
            dataclasses.replace(DETAIL.signatories[0], signed_at=at(9)),  # the same person: id and time kept
            dataclasses.replace(DETAIL.signatories[1], id=0),  # sealed, but the row is someone else now
        ),
    ))
    assert rebuilt == expected


def test_clauses_rebuilt_keep_their_library_text_only_where_the_same_clause_still_stands() -> None:
    live = change(DETAIL, clauses=(CLAUSES[1],))  # the first clause's row is gone, the second moved up
    rebuilt = signed_detail(live, sealed())
    assert [(c.key, c.library_text, c.edited) for c in rebuilt.clauses] == [
        ("credits", "", False), ("termination", "", True),
    ]


def test_a_sealed_signatory_whose_row_is_gone_reads_back_unsigned() -> None:
    live = change(DETAIL, signatories=(dataclasses.replace(DETAIL.signatories[0], signed_at=at(9)),))
    rebuilt = signed_detail(live, sealed())
    assert rebuilt.signatories == (
        dataclasses.replace(DETAIL.signatories[0], signed_at=at(9)), dataclasses.replace(DETAIL.signatories[1], id=0),
    )


def test_a_version_signed_without_contact_or_signatories_reads_back_empty() -> None:
    bare = change(DETAIL, contact_name="", contact_title="", contact_email="", signatories=(), clauses=())
    rebuilt = signed_detail(DETAIL, sealed(bare))
    assert (rebuilt.contact_name, rebuilt.contact_title, rebuilt.contact_email) == ("", "", "")
    assert (rebuilt.signatories, rebuilt.clauses) == ((), ())


FORMAT_1 = {
    "agreement": {"number": "SLA-2025-0001", "title": "Old", "kind": "sla", "currency": "EUR", "language": "en"},
    "customer": {"name": "Old customer", "country": "DE", "contact": {"name": "Kai", "title": "CTO", "email": "k@x.example"}},
    "version": 2, "start_date": "2025-01-01", "end_date": "2025-12-31", "monthly_total": "100.00",
    "lines": [{"position": 1, "service": "Desk", "level": "Gold", "site": "HQ", "coverage": "24x7", "priorities": "P1",
               "quantity": 1, "unit_price": "100.00", "line_total": "100.00", "availability_pct": "99.9",
               "targets": [["P1", 15, 60, False]]}],
    "clauses": [{"key": "credits", "title": "Service credits", "text": "Old text."},
                {"key": "gone", "title": "Gone", "text": "No longer in the library."}],
}


def test_content_sealed_before_format_2_takes_the_rest_from_the_rows() -> None:
    rebuilt = signed_detail(DETAIL, json.dumps(FORMAT_1))
    assert (rebuilt.number, rebuilt.title, rebuilt.customer_name, rebuilt.contact_email) == (
        "SLA-2025-0001", "Old", "Old customer", "k@x.example")
    assert rebuilt.tax_rate_pct == 0  # no tax rate was sealed then
    assert rebuilt.lines == (LineView(1, "Desk", "Gold", "HQ", "24x7", "P1", 1, Decimal("100.00"), Decimal("100.00"),
                                      Decimal("99.9"), (("P1", 15, 60, False),)),)
    # Not sealed in format 1: still the rows'.
    assert (rebuilt.provider, rebuilt.author, rebuilt.reviews, rebuilt.rounds, rebuilt.signatories) == (
        DETAIL.provider, DETAIL.author, DETAIL.reviews, DETAIL.rounds, DETAIL.signatories)
    # Where a clause came from is read from the library beside it.
    assert [(c.key, c.text, c.version, c.library_text) for c in rebuilt.clauses] == [
        ("credits", "Old text.", 3, "Credits are paid monthly."), ("gone", "No longer in the library.", 0, ""),
    ]
    assert rebuilt.clauses[0].edited and not rebuilt.clauses[1].edited


def test_content_sealed_before_format_3_takes_the_renewal_terms_from_the_rows() -> None:
    """Format 2 sealed no renewal terms: they are the version's columns, which migration 0012 froze at signing."""
    format_2 = json.loads(sealed())
    del format_2["terms"]
    format_2["format"] = 2
    live = change(DETAIL, terms=Terms(dt.date(2026, 4, 1), 12, Renewal.EXPRESS, 24))
    assert signed_detail(live, json.dumps(format_2)).terms == live.terms
    assert signed_detail(live, sealed()).terms == DETAIL.terms  # format 3: as sealed


def test_the_sealed_terms_read_back_as_they_were_and_a_start_that_is_no_date_is_refused() -> None:
    assert DETAIL.terms is not None and terms_from_json(terms_json(DETAIL.terms)) == DETAIL.terms
    forged = {**terms_json(DETAIL.terms), "start": 20260401}
    with pytest.raises(ValidationError) as refused:
        terms_from_json(forged)
    assert (str(refused.value), refused.value.field) == ("the terms' start is a date", "start")
