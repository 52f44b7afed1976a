"""The signing windows' words and colours, and whether signing has started (so the order is fixed).

The names of parties, roles and statuses (``core``'s codes) are ``common.formatting``'s, in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core.agreements import AgreementDetail, Party
from ...core.lifecycle import SIGNED_STATES, TRANSITIONS
from ..common import formatting
from ..common.formatting import person_with_role as person_with_role
from ..common.i18n import translate

TITLE_EXAMPLES = {
    Party.PROVIDER: QT_TRANSLATE_NOOP("SigningWords", "e.g. Account manager"),
    Party.CUSTOMER: QT_TRANSLATE_NOOP("SigningWords", "e.g. Managing director"),
}
ORDER_RULE = QT_TRANSLATE_NOOP(
    "SigningWords", "Groups sign in ascending order; signatories in the same group may sign in any order.")
# The statuses in which signatures are taken (the rule itself is core.lifecycle's).
SIGNABLE = TRANSITIONS["complete_signing"].source


SIGNED_COLOUR = "#2f855a"
NEXT_COLOUR = "#1a4f8b"
NEXT_BACKGROUND = "#e0efff"
WAITING_COLOUR = "#718096"
GROUP_BACKGROUND = "#edf2f7"
ROW_HEIGHT = 26


def signing_started(detail: AgreementDetail) -> bool:
    """Whether a signature exists, so the version is frozen and its order fixed."""
    return (
        detail.content_sha256 is not None
        or detail.status in SIGNED_STATES
        or bool(detail.signatures)
        or any(s.signed_at is not None for s in detail.signatories)
    )


def order_rule() -> str:
    return translate("SigningWords", ORDER_RULE)


def title_example(party: str) -> str:
    """The placeholder of a signatory's title: an example for their party."""
    return translate("SigningWords", TITLE_EXAMPLES[party]) if party in TITLE_EXAMPLES else ""


def party_label(party: str) -> str:
    """"Provider", "Customer" (an unknown code as it is)."""
    return formatting.party_name(party)


