"""Builders for core tests: a priced requirements document and a draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from slamdesk.core import agreements, audit, catalogue, customers, requirements
from slamdesk.core.db import Database
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor


def priced_document(db: Database, rep: Actor, customer_name: str = "ТОВ «Одеські порти»") -> int:
    # One customer per name (a second one of the same name is refused): later documents reuse it.
    customer = customers.find_customer(db, customer_name) or customers.create_customer(
        db, rep, name=customer_name, country="UA", language="uk",
        contact_name="Ірина Бондаренко", contact_title="Директорка",
    )
    services = {s.code: s for s in catalogue.list_services(db)}
    document = requirements.create_requirements(
        db, rep, customer_id=customer.id,
        requirements=[
            RequirementInput(services["SD"].id, "Одеса", "24x7", ("P1", "P2"), users=25),
            RequirementInput(services["NET"].id, "Одеса, порт", "24x7", ("P1",), sites=2),
        ],
    )
    gold = {code: next(level.id for level in services[code].levels if level.name == "Gold") for code in ("SD", "NET")}
    requirements.choose_levels(
        db, rep, document.id, {document.items[0].id: gold["SD"], document.items[1].id: gold["NET"]},
        row_version=document.row_version,
    )
    return document.id


def draft(db: Database, rep: Actor) -> str:
    return agreements.create_draft(
        db, rep, requirements_document_id=priced_document(db, rep),
        title="Угода про рівень обслуговування", start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31),
    )


def register_files(db: Database) -> list[Path]:
    """The documents in the register folder beside ``db`` (not the audit log's anchor, which lives there too)."""
    folder = db.path.parent / "register"
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
    return [p for p in files if p.name != audit.ANCHOR_FILE]


def sessions_opened(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every session ``db`` opens from now on ("read" or "unit_of_work"), in order: a use case is one transaction."""
    opened: list[str] = []
    for name in ("read", "unit_of_work"):
        original = getattr(db, name)

        def counting(original: Any = original, name: str = name) -> Any:
            opened.append(name)
            return original()

        monkeypatch.setattr(db, name, counting)
    return opened
