"""What the acting person may do to an agreement now, and why not (the window's disabled actions say this)."""

from __future__ import annotations

import datetime as dt

import pytest

from slamdesk.core import agreements, words
from slamdesk.core.db import Database
from slamdesk.core.next_steps import why_not_for
from slamdesk.core.reviews import ReviewerInput
from slamdesk.core.roles import Actor

IN_REVIEW, APPROVED, SIGNED, DRAFT = "SLA-2026-0005", "SLA-2026-0004", "SLA-2026-0002", "SLA-2026-0007"


def why(db: Database, actor: Actor, number: str, step: str) -> str | None:
    return why_not_for(agreements.get_agreement(db, number), actor, step)


def test_the_status_comes_first(demo_db: Database, people: dict[str, Actor]) -> None:
    assert why(demo_db, people["anna"], SIGNED, "submit") == "only when the agreement is draft; this one is signed"
    assert why(demo_db, people["linh"], SIGNED, "approve") == "only when the agreement is in review; this one is signed"
    assert why(demo_db, people["linh"], DRAFT, "sign") == "only when the agreement is approved; this one is draft"


def test_only_a_reviewer_named_in_the_open_round_who_has_not_decided_may_decide(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    for step in ("approve", "request_changes"):
        assert why(demo_db, people["linh"], IN_REVIEW, step) is None
        assert why(demo_db, people["anna"], IN_REVIEW, step) == "you are not a reviewer in this round (Trần Thị Linh)"
        assert why(demo_db, people["admin"], IN_REVIEW, step) == "you are not a reviewer in this round (Trần Thị Linh)"
    agreements.submit_for_review(demo_db, people["anna"], DRAFT)  # in review without a round
    assert why(demo_db, people["linh"], DRAFT, "approve") == "no review round is open on this version"


def test_a_reviewer_who_decided_may_not_decide_again(demo_db: Database, people: dict[str, Actor]) -> None:
    assert why(demo_db, people["linh"], IN_REVIEW, "approve") is None
    agreements.approve(demo_db, people["linh"], IN_REVIEW)
    assert why(demo_db, people["linh"], IN_REVIEW, "approve") == "only when the agreement is in review; this one is approved"


@pytest.mark.parametrize(("who", "number", "step", "reason"), [
    ("linh", DRAFT, "submit", "a legal reviewer cannot; only an administrator or a representative"),
    ("sofia", DRAFT, "submit", "a customer signatory cannot; only an administrator or a representative"),
    ("anna", DRAFT, "submit", None),
    ("admin", DRAFT, "submit", None),
    ("budi", SIGNED, "activate", "a quality checker cannot; only an administrator or a representative"),
    ("anna", SIGNED, "activate", None),
    ("linh", SIGNED, "terminate", "a legal reviewer cannot; only an administrator"),
    ("anna", SIGNED, "terminate", "a representative cannot; only an administrator"),  # for cause, at once
    ("admin", SIGNED, "terminate", None),
    ("linh", SIGNED, "export", None),  # not a lifecycle step: the status only
    ("sofia", DRAFT, "signing_order", None),
])
def test_a_lifecycle_step_is_for_the_roles_it_names(
    demo_db: Database, people: dict[str, Actor], who: str, number: str, step: str, reason: str | None
) -> None:
    assert why(demo_db, people[who], number, step) == reason


def test_signing_is_for_a_role_that_signs_for_a_party_still_to_sign(demo_db: Database, people: dict[str, Actor]) -> None:
    assert why(demo_db, people["linh"], APPROVED, "sign") == "a legal reviewer does not sign for the provider and customer"
    assert why(demo_db, people["sofia"], APPROVED, "sign") is None  # the customer's
    assert why(demo_db, people["anna"], APPROVED, "sign") is None
    agreements.sign(demo_db, people["sofia"], APPROVED, party="customer", signer_name="Олена Коваль",
                    signer_title="Директорка")
    assert why(demo_db, people["sofia"], APPROVED, "sign") == "a customer signatory does not sign for the provider"
    assert why(demo_db, people["anna"], APPROVED, "sign") is None


def test_in_a_round_of_two_the_one_who_decided_waits_for_the_other(demo_db: Database, people: dict[str, Actor]) -> None:
    due = dt.date.today() + dt.timedelta(days=7)
    agreements.submit_for_review(demo_db, people["anna"], DRAFT, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", due), ReviewerInput(people["budi"].id, "quality_checker", due),
    ])
    assert why(demo_db, people["sofia"], DRAFT, "approve") == (
        "you are not a reviewer in this round (Trần Thị Linh, Budi Santoso)")
    agreements.approve(demo_db, people["linh"], DRAFT)
    assert why(demo_db, people["linh"], DRAFT, "approve") == "you have decided on this round already"
    assert why(demo_db, people["budi"], DRAFT, "request_changes") is None


def test_why_not_reads_in_the_persons_language_as_whole_sentences(demo_db: Database, people: dict[str, Actor]) -> None:
    try:
        words.set_language("uk")
        assert why(demo_db, people["linh"], DRAFT, "submit") == (
            "юридичний рецензент не може; лише адміністратор або представник")
        assert why(demo_db, people["budi"], APPROVED, "sign") == (
            "контролер якості не підписує ні за постачальника, ні за замовника")
        words.set_language("sv")
        assert why(demo_db, people["linh"], APPROVED, "sign") == (
            "en juridisk granskare skriver inte under för leverantören eller kunden")
    finally:
        words.set_language("en")
