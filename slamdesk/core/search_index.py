"""The register's full-text index (SQLite FTS5), kept current by ``core``.

Diacritics are folded, so "song hong" finds "Sông Hồng" and "vaxjo" finds
"Växjö"; every word typed is a prefix that must match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

_REFRESH = """
INSERT INTO agreement_search (rowid, number, title, customer, contact, services)
SELECT a.id, a.number, a.title, c.name,
       (SELECT group_concat(name || ' ' || email, ' ') FROM contact WHERE customer_id = c.id),
       (SELECT group_concat(l.service_name || ' ' || l.level_name || ' ' || l.site, ' ')
          FROM agreement_line l JOIN agreement_version v ON v.id = l.version_id
         WHERE v.agreement_id = a.id AND v.version_no = a.current_version_no)
FROM agreement a JOIN customer c ON c.id = a.customer_id
WHERE a.id IN :ids
"""


def refresh(session: Session, agreement_ids: Iterable[int]) -> None:
    """Re-index these agreements inside the caller's transaction."""
    ids = list(agreement_ids)
    if not ids:
        return
    session.execute(text("DELETE FROM agreement_search WHERE rowid IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": ids})
    session.execute(text(_REFRESH).bindparams(bindparam("ids", expanding=True)), {"ids": ids})


def match_expression(search: str) -> str | None:
    """An FTS5 query where each typed word is a quoted prefix; None if nothing to find."""
    words = [word for word in re.split(r"[\s\"]+", search) if word]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
