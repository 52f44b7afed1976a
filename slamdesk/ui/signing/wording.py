"""The signing windows' words and colours, and whether signing has started (so the order is fixed)."""

from __future__ import annotations

from ...core.agreements import PARTIES, AgreementDetail, Party
from ...core.lifecycle import SIGNED_STATES, TRANSITIONS

TITLE_EXAMPLES = {Party.PROVIDER: "e.g. Account manager", Party.CUSTOMER: "e.g. Managing director"}
ORDER_RULE = "Groups sign in ascending order; signatories in the same group may sign in any order."
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


def party_label(party: str) -> str:
    return PARTIES.get(party, party)
