"""States that several core modules and both faces compare, each a ``StrEnum`` whose values are the
strings the database stores (a member equals its string, so rows keep their values: no migration).

Each state that one module owns lives there: ``lifecycle.Status`` and ``lifecycle.Action``,
``reviews.Decision`` and ``reviews.RoundStatus``, ``pricing.LineState``, ``requirements_rules.DocumentStatus``
and ``requirements_rules.InfeasibleKind``, ``catalogue_rules.Unit``, ``roles.Role``. These two are shared by
drafting, the structure, signing and the views.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """The kind of an agreement (``agreement.kind``); the words for each are ``drafting.KINDS``."""

    CUSTOMER_SLA = "customer_sla"
    INTERNAL_SLA = "internal_sla"
    OLA = "ola"
    UNDERPINNING_CONTRACT = "underpinning_contract"


class Party(StrEnum):
    """A side that signs (``signatory.party``, ``signature.party``); the words for each are ``views.PARTIES``."""

    PROVIDER = "provider"
    CUSTOMER = "customer"
