"""The register's full-text index, kept current by ``core``, on SQLite and PostgreSQL.

Diacritics are folded, so "song hong" finds "Sông Hồng" and "vaxjo" finds
"Växjö"; every word typed is a prefix that must match (number, title,
customer, contacts, services and sites).

- SQLite: an FTS5 table (``unicode61 remove_diacritics 2``), queried with MATCH.
- PostgreSQL: a table of one row per agreement whose words are folded here,
  in Python (so the words stored and the words typed fold the same way,
  whatever the server's locale and extensions), matched with one
  ``LIKE '% word%'`` per word typed.

``matches(search)`` is the one condition the register filters by; it compiles
to each backend's form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Integer, MetaData, Table, Text, bindparam, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import NullType

_SQLITE_REFRESH = """
INSERT INTO agreement_search (rowid, number, title, customer, contact, services)
SELECT a.id, a.number, a.title, c.name,
       (SELECT group_concat(name || ' ' || email, ' ') FROM contact WHERE customer_id = c.id),
       (SELECT group_concat(l.service_name || ' ' || l.level_name || ' ' || l.site, ' ')
          FROM agreement_line l JOIN agreement_version v ON v.id = l.version_id
         WHERE v.agreement_id = a.id AND v.version_no = a.current_version_no)
FROM agreement a JOIN customer c ON c.id = a.customer_id
WHERE a.id IN :ids
"""

_POSTGRESQL_WORDS = """
SELECT a.id, concat_ws(' ', a.number, a.title, c.name,
       (SELECT string_agg(name || ' ' || email, ' ') FROM contact WHERE customer_id = c.id),
       (SELECT string_agg(l.service_name || ' ' || l.level_name || ' ' || l.site, ' ')
          FROM agreement_line l JOIN agreement_version v ON v.id = l.version_id
         WHERE v.agreement_id = a.id AND v.version_no = a.current_version_no))
FROM agreement a JOIN customer c ON c.id = a.customer_id
WHERE a.id IN :ids
"""

# The index as queries see it: ``rowid`` is the agreement's id on both backends.
search_table = Table("agreement_search", MetaData(), Column("rowid", Integer), Column("haystack", Text))

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLDED = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ı": "i", "ħ": "h", "ŧ": "t", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(text_: str) -> str:
    """Lower case without diacritics: ``Sông Hồng`` -> ``song hong``, ``Đà Nẵng`` -> ``da nang``."""
    decomposed = unicodedata.normalize("NFKD", text_.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_FOLDED)


def words(text_: str) -> list[str]:
    """The folded words of ``text_`` (letters and digits; everything else separates)."""
    return re.findall(r"\w+", fold(text_))


def refresh(session: Session, agreement_ids: Iterable[int]) -> None:
    """Re-index these agreements inside the caller's transaction."""
    ids = list(agreement_ids)
    if not ids:
        return
    delete = text("DELETE FROM agreement_search WHERE rowid IN :ids").bindparams(bindparam("ids", expanding=True))
    session.execute(delete, {"ids": ids})
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(_SQLITE_REFRESH).bindparams(bindparam("ids", expanding=True)), {"ids": ids})
        return
    found = session.execute(text(_POSTGRESQL_WORDS).bindparams(bindparam("ids", expanding=True)), {"ids": ids})
    rows = [{"rowid": agreement_id, "haystack": " " + " ".join(words(everything or ""))}
            for agreement_id, everything in found]
    if rows:
        session.execute(search_table.insert(), rows)


def match_expression(search: str) -> str | None:
    """An FTS5 query where each typed word is a quoted prefix; None if nothing to find."""
    typed = [word for word in re.split(r"[\s\"]+", search) if word]
    if not typed:
        return None
    return " ".join(f'"{word}"*' for word in typed)


class Matches(ColumnElement[bool]):
    """The index's rows that match every word typed (see the module docstring for each backend's form)."""

    type = NullType()  # a condition as it stands (a Boolean would be compared with 1 on SQLite)
    inherit_cache = False

    def __init__(self, search: str) -> None:
        self.search = search


@compiles(Matches, "sqlite")
def _sqlite_match(element: Matches, compiler: Any, **kw: Any) -> str:
    return "agreement_search MATCH " + compiler.process(
        bindparam("search_match", match_expression(element.search), unique=True), **kw)


@compiles(Matches)
def _postgresql_match(element: Matches, compiler: Any, **kw: Any) -> str:
    typed = words(element.search)
    if not typed:  # typed, but no word to look for ("*", "-"): nothing matches, as with FTS5
        return "1 = 0"
    patterns = ["% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for word in typed]
    return " AND ".join(
        "agreement_search.haystack LIKE " + compiler.process(bindparam("search_word", p, unique=True), **kw)
        + " ESCAPE '\\'"
        for p in patterns
    )


def matching_ids(search: str) -> Any:
    """The ids of the agreements whose indexed words match ``search``; None when nothing was typed."""
    if match_expression(search) is None:
        return None
    from sqlalchemy import select

    return select(search_table.c.rowid).where(Matches(search))
