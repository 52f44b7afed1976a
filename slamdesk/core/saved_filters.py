"""Named register filters, kept per user in the database.

A saved filter is a whole register view (search, every filter, the sort) under
a name the user chose. Each user's filters are one JSON document kept as
a personal setting (``core.settings``, key ``saved_filters.<user id>``), so
they survive restarts and travel with the database; any user keeps their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from . import text
from .db import Database
from .errors import NotFoundError, ValidationError
from .lifecycle import Status
from .monitoring.experience import SUMMARIES
from .register import RegisterFilter, SortKey
from .roles import Actor
from .settings import personal_key, read_personal, write_personal
from .words import N_, _, ngettext

SETTING = "saved_filters"
MAX_NAME = 60
MAX_FILTERS = 200
FORMAT_VERSION = 1


@dataclass(frozen=True)
class SavedFilter:
    name: str
    criteria: RegisterFilter


def setting_key(actor: Actor) -> str:
    return personal_key(SETTING, actor)


def criteria_to_json(criteria: RegisterFilter) -> dict[str, Any]:
    """Every field of the filter as plain JSON values (enums by their value)."""
    data: dict[str, Any] = {}
    for field in fields(RegisterFilter):
        value = getattr(criteria, field.name)
        data[field.name] = value.value if isinstance(value, (Status, SortKey)) else value
    return data


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _days(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def criteria_from_json(data: object) -> RegisterFilter:
    """The filter stored by ``criteria_to_json``; anything unreadable falls back to "any"."""
    if not isinstance(data, dict):
        return RegisterFilter()
    status = data.get("status")
    sort = data.get("sort")
    return RegisterFilter(
        search=data["search"] if isinstance(data.get("search"), str) else "",
        status=Status(status) if status in {s.value for s in Status} else None,
        kind=_text(data.get("kind")),
        customer=_text(data.get("customer")),
        service=_text(data.get("service")),
        level=_text(data.get("level")),
        currency=_text(data.get("currency")),
        starts_within_days=_days(data.get("starts_within_days")),
        ends_within_days=_days(data.get("ends_within_days")),
        awaiting_review=data.get("awaiting_review") is True,
        awaiting_signature=data.get("awaiting_signature") is True,
        experience=data["experience"] if data.get("experience") in SUMMARIES else None,
        notice_within_days=_days(data.get("notice_within_days")),
        renews_within_days=_days(data.get("renews_within_days")),
        review_within_days=_days(data.get("review_within_days")),
        expired=data.get("expired") is True,
        sort=SortKey(sort) if sort in {k.value for k in SortKey} else SortKey.NUMBER,
        descending=data.get("descending") is True,
    )


def _decode(stored: str | None) -> list[SavedFilter]:
    if not stored:
        return []
    try:
        document = json.loads(stored)
    except ValueError:
        return []
    entries = document.get("filters") if isinstance(document, dict) else None
    found: list[SavedFilter] = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str) and entry["name"].strip():
            found.append(SavedFilter(entry["name"].strip(), criteria_from_json(entry.get("criteria"))))
    return found


def _encode(saved: list[SavedFilter]) -> str:
    document = {
        "version": FORMAT_VERSION,
        "filters": [{"name": s.name, "criteria": criteria_to_json(s.criteria)} for s in saved],
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def _ordered(saved: list[SavedFilter]) -> list[SavedFilter]:
    return sorted(saved, key=lambda s: s.name.casefold())


def list_saved_filters(db: Database, actor: Actor) -> list[SavedFilter]:
    """This user's saved filters, by name."""
    with db.read() as session:
        return _ordered(_decode(read_personal(session, actor, SETTING)))


def get_saved_filter(db: Database, actor: Actor, name: str) -> SavedFilter:
    name = text.lookup(name, field="name", label=_("the filter name"), max_length=MAX_NAME)
    wanted = name.casefold()
    for saved in list_saved_filters(db, actor):
        if saved.name.casefold() == wanted:
            return saved
    raise NotFoundError(_("no saved filter named {name!r}").format(name=name.strip()))


def check_name(name: str) -> str:
    """The name as it will be kept (trimmed), or a refusal naming the field ``name``."""
    name = text.clean(name, field="name", label=_("the filter name"), max_length=MAX_NAME,
                      missing=_("give the filter a name"))
    return " ".join(name.split())


# The picked values of a filter, each with the words that name it in a refusal.
_PICKED = {"kind": N_("the kind"), "customer": N_("the customer"), "service": N_("the service"), "level": N_("the level"),
           "currency": N_("the currency")}


def _kept(criteria: RegisterFilter) -> RegisterFilter:
    """The criteria as they are kept: the search made safe (``text.search_text``), the picked values cleaned."""
    picked = {
        name: text.lookup(value, field=name, label=_(label), max_length=text.NAME) or None
        for name, label in _PICKED.items()
        if isinstance(value := getattr(criteria, name), str)
    }
    return criteria.with_(search=text.search_text(criteria.search), **picked)


def save_filter(db: Database, actor: Actor, name: str, criteria: RegisterFilter) -> SavedFilter:
    """Keep ``criteria`` under ``name`` for this user; a filter of the same name (any case) is replaced."""
    name = check_name(name)
    saved = SavedFilter(name, _kept(criteria))
    with db.unit_of_work() as session:
        others = [s for s in _decode(read_personal(session, actor, SETTING)) if s.name.casefold() != name.casefold()]
        if len(others) >= MAX_FILTERS:
            raise ValidationError(ngettext("you can keep at most {count} saved filters; delete one first",
                                           "you can keep at most {count} saved filters; delete one first",
                                           MAX_FILTERS).format(count=MAX_FILTERS), field="name")
        write_personal(session, actor, SETTING, _encode(_ordered([*others, saved])))
    return saved


def delete_saved_filter(db: Database, actor: Actor, name: str) -> None:
    """Forget this user's filter ``name`` (any case)."""
    name = text.lookup(name, field="name", label=_("the filter name"), max_length=MAX_NAME)
    wanted = name.casefold()
    with db.unit_of_work() as session:
        saved = _decode(read_personal(session, actor, SETTING))
        kept = [s for s in saved if s.name.casefold() != wanted]
        if len(kept) == len(saved):
            raise NotFoundError(_("no saved filter named {name!r}").format(name=name.strip()))
        write_personal(session, actor, SETTING, _encode(kept))
