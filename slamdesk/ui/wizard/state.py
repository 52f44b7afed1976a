"""What the wizard has recorded so far, so that going Back never records it twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ...core.customers import CustomerSummary
from ...core.export import ExportedFile
from ...core.pricing import Quote
from ...core.requirements import RequirementInput
from ...core.roles import Actor


@dataclass
class WizardState:
    """Ids of what each step created; a step reuses them while its input is unchanged."""

    customer: CustomerSummary | None = None
    requirements_id: int | None = None
    # The customer, inputs and tax rate the requirements document was created from.
    requirements_key: tuple[int, tuple[RequirementInput, ...], Decimal] | None = None
    quote: Quote | None = None
    number: str | None = None
    submitted: bool = False
    reviewer: Actor | None = None  # the one named in the review round
    approved: bool = False
    signed: set[str] = field(default_factory=set)
    exported: list[ExportedFile] = field(default_factory=list)

    def requirements_for(self, customer_id: int, inputs: tuple[RequirementInput, ...], tax: Decimal) -> int | None:
        """The document already created from exactly these inputs, if any."""
        return self.requirements_id if self.requirements_key == (customer_id, inputs, tax) else None
