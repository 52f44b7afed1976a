"""Labels of contract documents in every language slamdesk writes, a module per language.

Every language has exactly the same keys. Texts with ``{placeholders}`` are
filled in with ``str.format``.
"""

from __future__ import annotations

from .en import EN
from .id import ID
from .sv import SV
from .uk import UK
from .vi import VI

LABELS: dict[str, dict[str, str]] = {"en": EN, "sv": SV, "vi": VI, "id": ID, "uk": UK}


def labels_for(language: str) -> dict[str, str]:
    """The labels of ``language``, English where it has none."""
    return LABELS.get(language, EN)
