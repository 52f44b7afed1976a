"""What use cases hand to the faces about one agreement version: frozen, plain data.

``AgreementDetail`` is what the window, the command line and the documents
show of a version. For a signed version every field a document shows comes
from the content frozen at signing (``core.frozen``), never from rows that
could still change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .clauses import ClauseView
from .lifecycle import Status
from .renewals.terms import Terms
from .reviews import Decision, RoundView
from .states import Party

PARTIES: dict[str, str] = {Party.PROVIDER: "Provider", Party.CUSTOMER: "Customer"}


@dataclass(frozen=True)
class LineView:
    position: int
    service_name: str
    level_name: str
    site: str
    coverage: str
    priorities: str
    quantity: int
    unit_price: Decimal
    line_total: Decimal
    availability_pct: Decimal
    # (priority, response minutes, resolution minutes, business hours)
    targets: tuple[tuple[str, int, int, bool], ...]
    # The names in the agreement's language where they differ from the catalogue's (core.catalogue_names)
    shown_service_name: str | None = None
    shown_level_name: str | None = None

    @property
    def service_shown(self) -> str:
        """The service's name as the agreement's documents show it, in its language."""
        return self.shown_service_name or self.service_name

    @property
    def level_shown(self) -> str:
        return self.shown_level_name or self.level_name


@dataclass(frozen=True)
class ReviewView:
    reviewer: str
    role: str
    decision: Decision
    comment: str
    decided_at: dt.datetime


@dataclass(frozen=True)
class SignatureView:
    party: Party
    name: str
    title: str
    signed_at: dt.datetime


@dataclass(frozen=True)
class SignatoryView:
    id: int
    party: Party
    name: str
    title: str
    group: int
    signed_at: dt.datetime | None


def next_group(signatories: Sequence[SignatoryView]) -> tuple[SignatoryView, ...]:
    """Who may sign now: the unsigned signatories of the lowest group not yet complete."""
    waiting = [s for s in signatories if s.signed_at is None]
    if not waiting:
        return ()
    group = min(s.group for s in waiting)
    return tuple(s for s in waiting if s.group == group)


@dataclass(frozen=True)
class AgreementDetail:
    number: str
    title: str
    kind: str  # a Kind's value (as sealed, for a signed version)
    currency: str
    language: str
    customer_name: str
    customer_country: str
    contact_name: str
    contact_title: str
    contact_email: str
    version_no: int
    status: Status
    start_date: dt.date
    end_date: dt.date
    monthly_total: Decimal
    author: str
    lines: tuple[LineView, ...]
    reviews: tuple[ReviewView, ...]
    signatures: tuple[SignatureView, ...]
    content_sha256: str | None
    tax_rate_pct: Decimal = Decimal("0")
    clauses: tuple[ClauseView, ...] = ()
    signatories: tuple[SignatoryView, ...] = ()
    rounds: tuple[RoundView, ...] = ()
    # The provider as the signed content names it ("" before signing: the current setting applies).
    provider: str = ""
    # Renewal, notice and periodic review (as sealed from content format 3; before, as the frozen columns say).
    terms: Terms | None = None

    @property
    def next_signers(self) -> tuple[SignatoryView, ...]:
        return next_group(self.signatories)

    @property
    def unsigned_parties(self) -> tuple[Party, ...]:
        signed = {s.party for s in self.signatures}
        return tuple(party for party in Party if party not in signed)
