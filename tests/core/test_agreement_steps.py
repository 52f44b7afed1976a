"""A version's steps (core.agreements): submit, decide, revise, the signing order, signatures, activation
and termination: who may take each, what each refuses and why, and what each records."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, content, users, versions
from slamdesk.core.agreements import SignatoryInput
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import ReviewerInput
from slamdesk.core.roles import Actor, Role

from .workflow import Drafted, drafted, events

pytestmark = pytest.mark.prepared(build=drafted)

TODAY = dt.date(2026, 11, 23)


def _version_id(db: Database, number: str) -> int:
    with db.read() as session:
        return session.execute(text(
            "SELECT v.id FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :n"
        ), {"n": number}).scalar_one()


def _approved(db: Database) -> tuple[dict[str, Actor], str]:
    people, number = drafted(db)
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    return people, number


def test_who_may_record_each_partys_signature(db: Database) -> None:
    by_role = {role: users.ensure_user(db, role.value, role.value, role) for role in Role}
    assert {r for r, a in by_role.items() if agreements.may_sign_for(a, "provider")} == {
        Role.REPRESENTATIVE, Role.ADMINISTRATOR
    }
    assert {r for r, a in by_role.items() if agreements.may_sign_for(a, "customer")} == {
        Role.CUSTOMER_SIGNATORY, Role.REPRESENTATIVE, Role.ADMINISTRATOR
    }
    assert not any(agreements.may_sign_for(a, "notary") for a in by_role.values())


def test_each_step_is_audited_with_the_version_and_its_new_status(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    version_id = _version_id(db, number)
    agreements.submit_for_review(db, people["anna"], number)
    agreements.request_changes(db, people["budi"], number, " Missing P3. ")
    agreements.revise(db, people["anna"], number)
    agreements.submit_for_review(db, people["admin"], number)
    agreements.approve(db, people["linh"], number, "Fine.")
    agreements.sign(db, people["anna"], number, party="provider", signer_name=" Anna Lindqvist ", signer_title=" AM ")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    agreements.activate(db, people["anna"], number)
    agreements.terminate(db, people["admin"], number, " Office closed.\nAll staff moved. ")
    steps = [e for e in events(db) if e[1].startswith("agreement.") and e[1] not in ("agreement.draft",)]
    base = {"number": number, "version": 1}
    assert [(e[0], e[1], e[2], e[3], e[4]) for e in steps] == [
        ("anna", "agreement.submit", "agreement_version", version_id, {**base, "status": "in_review"}),
        ("budi", "agreement.request_changes", "agreement_version", version_id,
         {**base, "status": "changes_requested", "comment": "Missing P3."}),
        ("anna", "agreement.revise", "agreement_version", version_id, {**base, "status": "draft"}),
        ("admin", "agreement.submit", "agreement_version", version_id, {**base, "status": "in_review"}),
        ("linh", "agreement.approve", "agreement_version", version_id, {**base, "status": "approved", "comment": "Fine."}),
        ("anna", "agreement.sign", "agreement_version", version_id,
         {"number": number, "party": "provider", "signer": "Anna Lindqvist"}),
        ("sofia", "agreement.sign", "agreement_version", version_id,
         {"number": number, "party": "customer", "signer": "Ірина"}),
        ("sofia", "agreement.complete_signing", "agreement_version", version_id, {**base, "status": "signed"}),
        ("anna", "agreement.activate", "agreement_version", version_id, {**base, "status": "active"}),
        ("admin", "agreement.terminate", "agreement_version", version_id,
         {**base, "status": "terminated", "reason": "Office closed.\nAll staff moved."}),
    ]
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.TERMINATED
    assert [(r.reviewer, r.role, r.decision, r.comment) for r in detail.reviews] == [
        ("Budi Santoso", "quality_checker", "changes_requested", "Missing P3."),
        ("Trần Thị Linh", "legal_reviewer", "approved", "Fine."),
    ]
    assert all(r.decided_at.tzinfo is not None for r in detail.reviews)
    assert [(s.party, s.name, s.title) for s in detail.signatures] == [
        ("provider", "Anna Lindqvist", "AM"), ("customer", "Ірина", "Директорка")
    ]


@pytest.mark.parametrize(
    ("step", "who", "message"),
    [
        ("submit", "linh", "submit agreements"),
        ("revise", "budi", "revise agreements"),
        ("approve", "sofia", "approve agreements"),
        ("activate", "budi", "activate agreements"),
        ("terminate", "linh", "terminate agreements"),
        ("terminate", "anna", "terminate agreements"),  # for cause: only the administrator
    ],
)
def test_each_step_is_taken_only_by_the_roles_it_names(db: Database, step: str, who: str, message: str, prepared: Drafted) -> None:
    people, number = prepared
    rep = people["anna"]
    if step in ("revise", "approve", "activate", "terminate"):
        agreements.submit_for_review(db, rep, number)
    if step == "revise":
        agreements.request_changes(db, people["linh"], number, "More.")
    if step in ("activate", "terminate"):
        agreements.approve(db, people["linh"], number)
        agreements.sign(db, rep, number, party="provider", signer_name="Anna", signer_title="AM")
        agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    before = agreements.get_agreement(db, number).status
    calls = {
        "submit": lambda a: agreements.submit_for_review(db, a, number),
        "revise": lambda a: agreements.revise(db, a, number),
        "approve": lambda a: agreements.approve(db, a, number),
        "activate": lambda a: agreements.activate(db, a, number),
        "terminate": lambda a: agreements.terminate(db, a, number, "Closed"),
    }
    with pytest.raises(PermissionDenied, match=message):
        calls[step](people[who])
    assert agreements.get_agreement(db, number).status is before


def test_a_step_from_the_wrong_state_says_when_it_can_be_taken(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with pytest.raises(TransitionError, match="^cannot approve an agreement that is draft \\(only when in review\\)$"):
        agreements.approve(db, people["linh"], number)
    with pytest.raises(TransitionError, match="^cannot request changes an agreement that is draft"):
        agreements.request_changes(db, people["linh"], number, "More")
    with pytest.raises(TransitionError, match="^cannot revise an agreement that is draft"):
        agreements.revise(db, people["anna"], number)
    with pytest.raises(TransitionError, match="^cannot terminate an agreement that is draft"):
        agreements.terminate(db, people["anna"], number, "Closed")
    assert events(db, "agreement.review") == [] and agreements.get_agreement(db, number).reviews == ()


def test_a_reviewer_named_in_a_round_decides_by_that_place_whatever_their_role(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    olena = users.ensure_user(db, "olena", "Олена Коваленко", Role.CUSTOMER_SIGNATORY)
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(PermissionDenied):
        agreements.approve(db, olena, number)  # no round: a customer signatory does not approve
    agreements.start_review_round(db, people["anna"], number,
                                  [ReviewerInput(olena.id, "customer_representative", TODAY)], today=TODAY)
    agreements.approve(db, olena, number, "  Agreed. ", comments=[("pricing", " Good price. ")])
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.APPROVED
    assert [(r.reviewer, r.role, r.decision, r.comment) for r in detail.reviews] == [
        ("Олена Коваленко", "customer_signatory", "approved", "Agreed.")
    ]
    ((general, pricing),) = [a.comments for r in detail.rounds for a in r.assignments]
    assert [(general.section, general.text), (pricing.section, pricing.text)] == [
        ("general", "Agreed."), ("pricing", "Good price.")
    ]
    (review,) = events(db, "agreement.review")
    assert review[0] == "olena" and review[4] == {"number": number, "round": 1, "decision": "approved", "comments": 2}


def test_a_round_decision_that_leaves_others_to_decide_moves_nothing_but_is_recorded(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number, today=TODAY, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", TODAY), ReviewerInput(people["budi"].id, "quality_checker", TODAY),
    ])
    agreements.approve(db, people["linh"], number, comments=[("line:1", "ok")])
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.IN_REVIEW
    assert [(r.reviewer, r.decision, r.comment) for r in detail.reviews] == [("Trần Thị Linh", "approved", "")]
    (review,) = events(db, "agreement.review")
    assert review[4] == {"number": number, "round": 1, "decision": "approved", "comments": 1}
    assert events(db, "agreement.approve") == []
    agreements.request_changes(db, people["budi"], number, "No.")
    assert agreements.get_agreement(db, number).status is Status.CHANGES_REQUESTED


def test_asking_for_changes_needs_words_but_does_not_need_the_quality_check(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.unit_of_work() as session:
        session.execute(text("DELETE FROM agreement_clause"))  # the quality check now fails
    agreements.submit_for_review(db, people["anna"], number)
    for comment, comments in (("", ()), (" \n ", [("line:1", "  ")])):
        with pytest.raises(ValidationError) as caught:
            agreements.request_changes(db, people["linh"], number, comment, comments)
        assert (caught.value.field, str(caught.value)) == ("comment", "say what should change")
    agreements.request_changes(db, people["linh"], number, "", comments=[("line:1", "Add a site.")])
    assert agreements.get_agreement(db, number).status is Status.CHANGES_REQUESTED


def test_comments_are_cleaned_each_named_by_its_place(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(ValidationError, match="^the comment contains a control character") as caught:
        agreements.approve(db, people["linh"], number, "Bad\x00")
    assert caught.value.field == "comment"
    with pytest.raises(ValidationError, match="^comment 2 can be at most 5,000 characters") as caught:
        agreements.request_changes(db, people["linh"], number, "", [("line:1", "ok"), ("line:2", "x" * 5001)])
    assert caught.value.field == "comment"
    agreements.approve(db, people["linh"], number, "First line.\nSecond line.")
    assert agreements.get_agreement(db, number).reviews[0].comment == "First line.\nSecond line."


# ------------------------------------------------------------------------------------------ signing order


def test_the_signing_order_is_kept_cleaned_and_replaced_whole(db: Database) -> None:
    people, number = _approved(db)
    agreements.set_signatories(db, people["anna"], number, [
        SignatoryInput("customer", "Someone", "Else", 3), SignatoryInput("provider", "X", "Y"),
    ])
    agreements.set_signatories(db, people["admin"], number, [
        SignatoryInput("provider", "  Anna Lindqvist ", " Account manager ", 2),
        SignatoryInput("customer", "Ірина Бондаренко", "Директорка", 1),
    ])
    detail = agreements.get_agreement(db, number)
    assert [(s.party, s.name, s.title, s.group, s.signed_at) for s in detail.signatories] == [
        ("customer", "Ірина Бондаренко", "Директорка", 1, None), ("provider", "Anna Lindqvist", "Account manager", 2, None),
    ]
    last = events(db, "agreement.signatories")[-1]
    assert last[0] == "admin" and last[4] == {
        "number": number, "order": [[2, "provider", "Anna Lindqvist"], [1, "customer", "Ірина Бондаренко"]]
    }


REFUSED_ORDERS = [
    ([SignatoryInput("notary", "A", "B"), SignatoryInput("customer", "C", "D")], "party",
     "signatory 1: unknown party 'notary'"),
    ([SignatoryInput("provider", "A", "B"), SignatoryInput("customer", " ", "D")], "signer_name",
     "signatory 2: give the full name and the role or title"),
    ([SignatoryInput("provider", "A", ""), SignatoryInput("customer", "C", "D")], "signer_name",
     "signatory 1: give the full name and the role or title"),
    ([SignatoryInput("provider", "A", "B", 0), SignatoryInput("customer", "C", "D")], "group",
     "signatory 1: the signing group is a number from 1"),
    ([SignatoryInput("provider", "A", "B", "1"), SignatoryInput("customer", "C", "D")], "group",  # type: ignore[arg-type]
     "signatory 1: the signing group is a number from 1"),
    ([SignatoryInput("provider", "A", "B"), SignatoryInput("provider", "C", "D")], "party",
     "name at least one signatory for the provider and one for the customer"),
    ([SignatoryInput("provider", "A" * 201, "B"), SignatoryInput("customer", "C", "D")], "signer_name",
     "signatory 1's name can be at most 200 characters"),
    ([SignatoryInput("provider", "A", "B"), SignatoryInput("customer", "C", "D\x00")], "signer_title",
     "signatory 2's title contains a control character"),
]


def test_each_refused_signing_order_says_why_and_keeps_the_old_one(db: Database) -> None:
    people, number = _approved(db)
    for signatories, field, message in REFUSED_ORDERS:
        with pytest.raises(ValidationError) as caught:
            agreements.set_signatories(db, people["anna"], number, signatories)
        assert caught.value.field == field and str(caught.value).startswith(message), message
    assert agreements.get_agreement(db, number).signatories == ()


def test_only_representatives_set_the_order_and_only_before_signing_starts(db: Database) -> None:
    people, number = _approved(db)
    order = [SignatoryInput("provider", "Anna Lindqvist", "AM"), SignatoryInput("customer", "Ірина", "Директорка")]
    with pytest.raises(PermissionDenied, match="set the signing order"):
        agreements.set_signatories(db, people["linh"], number, order)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    with pytest.raises(TransitionError, match="^signing has started; the signing order can no longer change$"):
        agreements.set_signatories(db, people["anna"], number, order)
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    with pytest.raises(TransitionError, match="signing has started"):
        agreements.set_signatories(db, people["anna"], number, order)


# ------------------------------------------------------------------------------------------ signatures


REFUSED_SIGNATURES = [
    ("notary", "Anna", "AM", "party", "unknown party 'notary'"),
    ("provider", " ", "AM", "signer_name", "type the signatory's full name"),
    ("provider", "Anna", "", "signer_title", "type the signatory's role or title"),
    ("provider", "A" * 201, "AM", "signer_name", "the signatory's name can be at most 200"),
    ("provider", "Anna", "T" * 121, "signer_title", "the signatory's title can be at most 120"),
]


def test_each_refused_signature_names_its_field(db: Database) -> None:
    people, number = _approved(db)
    for party, name, title, field, message in REFUSED_SIGNATURES:
        with pytest.raises(ValidationError) as caught:
            agreements.sign(db, people["anna"], number, party=party, signer_name=name, signer_title=title)
        assert caught.value.field == field and str(caught.value).startswith(message), message
    assert agreements.get_agreement(db, number).signatures == ()


def test_the_first_signature_seals_the_content_and_the_last_signs_the_version(db: Database) -> None:
    people, number = _approved(db)
    other = agreements.create_draft(
        db, people["anna"], requirements_document_id=agreements.requirements_document_of(db, number),
        title="Other", start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31))
    with pytest.raises(TransitionError, match="^only an approved agreement can be signed; this one is draft$"):
        agreements.sign(db, people["anna"], other, party="provider", signer_name="Anna", signer_title="AM")
    checkpoints = len(events(db, "audit.checkpoint"))
    with pytest.raises(PermissionDenied, match="sign for the provider"):
        agreements.sign(db, people["sofia"], number, party="provider", signer_name="Sofia", signer_title="Desk")
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    with db.read() as session:
        sealed, digest, frozen_at = session.execute(text(
            "SELECT content_json, content_sha256, frozen_at FROM agreement_version WHERE id = :v"
        ), {"v": _version_id(db, number)}).one()
    assert digest == content.sha256_text(sealed) and frozen_at is not None
    detail = agreements.get_agreement(db, number)
    assert detail.content_sha256 == digest and detail.status is Status.APPROVED
    assert [e[0] for e in events(db, "audit.checkpoint")][checkpoints:] == ["slamdesk"]  # sealed at once
    with pytest.raises(TransitionError, match="^the provider has signed this version already$"):
        agreements.sign(db, people["admin"], number, party="provider", signer_name="Admin", signer_title="Boss")
    with pytest.raises(PermissionDenied) as caught:
        agreements.sign(db, people["anna"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    assert str(caught.value) == (
        "you recorded the provider's signature on this version; another person must record the customer's"
    )
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    signed = agreements.get_agreement(db, number)
    assert signed.status is Status.SIGNED and signed.content_sha256 == digest
    with db.read() as session:
        assert session.execute(text("SELECT content_sha256 FROM agreement_version WHERE id = :v"),
                               {"v": _version_id(db, number)}).scalar_one() == digest
        rows = session.execute(text("SELECT signatory_id, recorded_by_id FROM signature ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(None, people["anna"].id), (None, people["sofia"].id)]


def test_with_a_signing_order_only_the_next_group_signs_each_once(db: Database) -> None:
    people, number = _approved(db)
    agreements.set_signatories(db, people["anna"], number, [
        SignatoryInput("customer", "Ірина Бондаренко", "Директорка", 1),
        SignatoryInput("customer", "Петро Шевчук", "Фінансовий директор", 1),
        SignatoryInput("provider", "Anna Lindqvist", "Account manager", 2),
    ])
    first, second, provider = agreements.get_agreement(db, number).signatories
    sofia = people["sofia"]
    for signatory_id in (None, provider.id, 9999):
        with pytest.raises(ValidationError) as caught:
            agreements.sign(db, sofia, number, party="customer", signer_name="Ірина", signer_title="Д",
                            signatory_id=signatory_id)
        assert (caught.value.field, str(caught.value)) == ("signatory", "choose one of the customer's signatories")
    with pytest.raises(TransitionError) as caught:
        agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna", signer_title="AM",
                        signatory_id=provider.id)
    assert str(caught.value) == "not Anna Lindqvist's turn: Ірина Бондаренко, Петро Шевчук must sign first"
    agreements.sign(db, sofia, number, party="customer", signer_name=first.name, signer_title=first.title,
                    signatory_id=first.id)
    with pytest.raises(TransitionError, match="^Ірина Бондаренко has signed this version already$"):
        agreements.sign(db, sofia, number, party="customer", signer_name=first.name, signer_title=first.title,
                        signatory_id=first.id)
    agreements.sign(db, sofia, number, party="customer", signer_name=second.name, signer_title=second.title,
                    signatory_id=second.id)
    assert agreements.get_agreement(db, number).status is Status.APPROVED  # the provider has not signed
    agreements.sign(db, people["anna"], number, party="provider", signer_name=provider.name,
                    signer_title=provider.title, signatory_id=provider.id)
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.SIGNED and all(s.signed_at is not None for s in detail.signatories)
    with db.read() as session:
        recorded = session.execute(text("SELECT signatory_id FROM signature ORDER BY id")).scalars().all()
    assert recorded == [first.id, second.id, provider.id]


def test_termination_needs_a_reason(db: Database) -> None:
    people, number = _approved(db)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    with pytest.raises(ValidationError) as caught:
        agreements.terminate(db, people["anna"], number, " ")
    assert (caught.value.field, str(caught.value)) == ("reason", "give the reason for termination")
    with pytest.raises(ValidationError, match="^the reason can be at most 5,000"):
        agreements.terminate(db, people["anna"], number, "x" * 5001)
    agreements.terminate(db, people["admin"], number, "Closed")  # straight from signed
    assert agreements.get_agreement(db, number).status is Status.TERMINATED


def test_a_round_started_without_a_date_is_due_from_today(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    today = dt.date.today()
    agreements.submit_for_review(db, people["anna"], number, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", today)
    ])
    agreements.request_changes(db, people["linh"], number, "More.")
    agreements.revise(db, people["anna"], number)
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(ValidationError, match="a due date cannot be in the past"):
        agreements.start_review_round(db, people["anna"], number,
                                      [ReviewerInput(people["linh"].id, "legal_reviewer", today - dt.timedelta(days=1))])
    agreements.start_review_round(db, people["anna"], number, [ReviewerInput(people["linh"].id, "legal_reviewer", today)])
    assert [r.number for r in agreements.get_agreement(db, number).rounds] == [1, 2]


def test_whoever_recorded_one_side_of_an_earlier_version_may_record_the_other_side_of_the_next(db: Database) -> None:
    people, number = _approved(db)
    agreements.sign(db, people["anna"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    agreements.sign(db, people["admin"], number, party="provider", signer_name="Admin", signer_title="Boss")
    versions.amend(db, people["anna"], number, "Ny site.")
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    # Version 2: Anna recorded the customer's signature on version 1 only, so she may record the provider's now.
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    detail = agreements.get_agreement(db, number)
    assert (detail.version_no, [(s.party, s.name) for s in detail.signatures]) == (2, [("provider", "Anna Lindqvist")])
