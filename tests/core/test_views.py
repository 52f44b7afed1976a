"""What the faces get about one version (core.views): who signs next, which parties are unsigned,
and the defaults of a detail made without a tax rate or a sealed provider."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from slamdesk.core.agreement_document import build_agreement_document
from slamdesk.core.lifecycle import Status
from slamdesk.core.views import PARTIES, AgreementDetail, LineView, SignatoryView, SignatureView, next_group

SIGNED = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def _signatory(id_: int, party: str, group: int, signed: bool = False) -> SignatoryView:
    return SignatoryView(id_, party, f"Person {id_}", "Director", group, SIGNED if signed else None)


def _detail(**changes: object) -> AgreementDetail:
    values: dict[str, object] = dict(
        number="SLA-2027-0001", title="IT operations", kind="customer_sla", currency="EUR", language="en",
        customer_name="Fjällbacka Rederi AB", customer_country="SE", contact_name="Åsa Öberg",
        contact_title="IT-chef", contact_email="asa@example.se", version_no=1, status=Status.DRAFT,
        start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31), monthly_total=Decimal("100.00"),
        author="Anna Lindqvist",
        lines=(LineView(1, "Service desk", "Gold", "Göteborg", "24x7", "P1", 10, Decimal("10.00"),
                        Decimal("100.00"), Decimal("99.9"), (("P1", 15, 60, False),)),),
        reviews=(), signatures=(), content_sha256=None,
    )
    values.update(changes)
    return AgreementDetail(**values)  # type: ignore[arg-type]


def test_the_two_parties_are_the_provider_then_the_customer_by_their_labels() -> None:
    assert list(PARTIES.items()) == [("provider", "Provider"), ("customer", "Customer")]


def test_nobody_has_signed_so_both_parties_are_unsigned_in_order() -> None:
    assert _detail().unsigned_parties == ("provider", "customer")


def test_once_the_provider_signed_only_the_customer_is_unsigned_and_then_nobody() -> None:
    provider = SignatureView("provider", "Anna Lindqvist", "Account manager", SIGNED)
    customer = SignatureView("customer", "Åsa Öberg", "IT-chef", SIGNED)
    assert _detail(signatures=(provider,)).unsigned_parties == ("customer",)
    assert _detail(signatures=(provider, customer)).unsigned_parties == ()


def test_the_lowest_group_with_someone_unsigned_signs_next_all_of_it_at_once() -> None:
    order = (_signatory(1, "provider", 1, signed=True), _signatory(2, "customer", 2), _signatory(3, "provider", 2),
             _signatory(4, "customer", 3))
    assert [s.id for s in next_group(order)] == [2, 3]
    assert [s.id for s in _detail(signatories=order).next_signers] == [2, 3]


def test_a_signed_person_in_a_low_group_does_not_hold_the_next_group_back() -> None:
    order = (_signatory(1, "provider", 1, signed=True), _signatory(2, "customer", 3), _signatory(3, "customer", 5))
    assert [s.id for s in next_group(order)] == [2]


def test_when_everyone_has_signed_or_nobody_is_named_nobody_signs_next() -> None:
    assert next_group((_signatory(1, "provider", 1, signed=True), _signatory(2, "customer", 1, signed=True))) == ()
    assert next_group(()) == ()
    assert _detail().next_signers == ()


def _shown(detail: AgreementDetail, provider_setting: str) -> str:
    """Everything the agreement's document says, as the export builds it (the sealed provider, else the setting)."""
    return repr(build_agreement_document(detail, detail.provider or provider_setting))


def test_a_detail_without_a_tax_rate_shows_no_tax_and_one_without_a_sealed_provider_names_the_setting() -> None:
    shown = _shown(_detail(), "Nordvik Service Desk AB")
    assert "Nordvik Service Desk AB" in shown
    assert "Tax (" not in shown
    assert "Tax (25%)" in _shown(_detail(tax_rate_pct=Decimal("25")), "Nordvik Service Desk AB")
