"""Opening a requirements document reads it once, lists the catalogue once and prices it once; both tabs
(traceability, pricing) show that one quote, the one the wizard and the command line get from core."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from slamdesk.core import catalogue, requirements, requirements_reads, requirements_rules
from slamdesk.core.db import Database
from slamdesk.ui.context import AppContext
from slamdesk.ui.requirements.editor_window import RequirementsEditor


def _counting(monkeypatch: pytest.MonkeyPatch, calls: Counter[str]) -> None:
    def counted(module: Any, name: str) -> None:
        real: Callable[..., Any] = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counted(requirements_reads, "requirements_view")  # the document, read in the caller's session (get_requirements too)
    counted(requirements_reads, "services_in")  # the catalogue, as requirements reads it
    counted(catalogue, "services_in")  # or as a window would read it itself (list_services)
    counted(requirements_reads, "quote_for")  # requirements_rules.quote_for, as the reads call it
    counted(requirements_rules, "quote_for")


def test_opening_the_editor_reads_the_document_and_the_catalogue_once_and_prices_once(
    qtbot: QtBot, context: AppContext, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id = next(doc.id for doc in requirements.list_documents(demo_db) if doc.title == "Housing estates 2027")
    expected = requirements.quote(demo_db, document_id)  # the one way to get a quote (wizard, command line)
    calls: Counter[str] = Counter()
    _counting(monkeypatch, calls)
    editor = RequirementsEditor(context, document_id)
    qtbot.addWidget(editor)
    assert +calls == Counter({"requirements_view": 1, "services_in": 1, "quote_for": 1})
    assert editor.pricing.model.quote == expected and editor.trace.model.quote == expected
    calls.clear()
    editor.reload()  # F5: again one of each
    assert +calls == Counter({"requirements_view": 1, "services_in": 1, "quote_for": 1})
