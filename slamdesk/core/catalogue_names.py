"""A catalogue service's and level's names in the languages agreements are written in.

The catalogue names every service and level once, in the catalogue's own language
(``CATALOGUE_LANGUAGE``, English); ``names`` holds the same name in other languages
(``{"uk": "Служба підтримки"}``). An agreement is drafted in its customer's language:
each of its lines keeps the names it shows (``AgreementLine.shown_service_name`` and
``shown_level_name``) beside the catalogue's names, which stay what tickets, imports and
the register match on. Where the catalogue has no name in the agreement's language the
line shows the catalogue's name, and the quality checklist marks it (``missing``) without
blocking approval. A signed line keeps the names it was signed with: renaming a service
later changes no signed document.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AgreementLine, Service, ServiceLevel
from . import text
from .customers import LANGUAGES
from .errors import ValidationError
from .words import _

CATALOGUE_LANGUAGE = "en"
# The languages a name can be given in: every agreement language but the catalogue's own.
NAME_LANGUAGES: tuple[str, ...] = tuple(code for code in LANGUAGES if code != CATALOGUE_LANGUAGE)


def clean_names(names: Mapping[str, str], *, field: str, what: str, limit: int) -> dict[str, str]:
    """``names`` as stored: blanks dropped, each cleaned (``core.text``); an unknown language is refused.

    ``what`` names the thing named ("the service name"); ``limit`` is its column's length.
    """
    cleaned: dict[str, str] = {}
    for language, name in names.items():
        if language not in NAME_LANGUAGES:
            raise ValidationError(
                _("{language!r} is not a language agreements are written in ({known})").format(
                    language=language, known=", ".join(NAME_LANGUAGES)), field=field)
        label = _("{what} in {language}").format(what=what, language=LANGUAGES[language])
        value = text.clean(name, field=field, label=label, max_length=limit, required=False)
        if value.strip():
            cleaned[language] = value.strip()
    return dict(sorted(cleaned.items()))


def name_in(name: str, names: Mapping[str, str] | None, language: str) -> str | None:
    """The name in ``language`` where the catalogue gives one other than ``name``; None shows ``name`` itself."""
    if language == CATALOGUE_LANGUAGE or not names:
        return None
    shown = names.get(language)
    return shown if shown and shown != name else None


def has_name(names: Mapping[str, str] | None, language: str) -> bool:
    """Whether a name exists in ``language`` (the catalogue's own language always has one)."""
    return language == CATALOGUE_LANGUAGE or bool(names and names.get(language))


def missing(session: Session, lines: Iterable[AgreementLine], language: str) -> list[str]:
    """What the lines show in the catalogue's language for want of a name in ``language`` (for the checklist)."""
    if language == CATALOGUE_LANGUAGE:
        return []
    lines = list(lines)
    level_ids = {line.service_level_id for line in lines}
    known = {
        level_id: (service_names, level_names)
        for level_id, service_names, level_names in session.execute(
            select(ServiceLevel.id, Service.names, ServiceLevel.names)
            .join(Service, ServiceLevel.service_id == Service.id)
            .where(ServiceLevel.id.in_(level_ids))
        )
    }
    found: list[str] = []
    for line in lines:
        service_names, level_names = known.get(line.service_level_id, (None, None))
        gaps = [name for name, names in ((line.service_name, service_names), (line.level_name, level_names))
                if not has_name(names, language)]
        if gaps:
            found.append(_("line {position} shows {names} in English").format(
                position=line.position, names=", ".join(text.quoted(name) for name in gaps)))
    return found
