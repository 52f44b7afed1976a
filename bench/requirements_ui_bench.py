"""The requirements editor opening: prints timings; asserts nothing.

    QT_QPA_PLATFORM=offscreen python bench/requirements_ui_bench.py [--lines 10 40 200] [--runs 5]

Loads the demo portfolio into a temporary database, adds a requirements document of each size asked for (the
demo catalogue's services in turn, at sites of their own), then times what a person waits for when opening one:
the real ``RequirementsEditor`` built, shown and painted, on each of its three tabs (the pricing matrix lays out
every requirement at every level). Medians of ``--runs`` openings; the first opening of a size is not counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SLAMDESK_DATA_DIR", tempfile.mkdtemp(prefix="slamdesk-bench-data-"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from slamdesk.core import catalogue, customers, demo, requirements, users  # noqa: E402
from slamdesk.core.db import Database  # noqa: E402
from slamdesk.core.requirements import RequirementInput  # noqa: E402
from slamdesk.ui.context import AppContext  # noqa: E402
from slamdesk.ui.requirements.editor_window import RequirementsEditor  # noqa: E402

TABS = ("Requirements", "Traceability", "Pricing")


def opened(app: QApplication, context: AppContext, document_id: int, tab: int) -> float:
    """Seconds from asking for the editor to its painted window on ``tab``."""
    start = time.perf_counter()
    editor = RequirementsEditor(context, document_id)
    editor.tabs.setCurrentIndex(tab)
    editor.show()
    app.processEvents()
    editor.repaint()
    app.processEvents()
    seconds = time.perf_counter() - start
    editor.close()
    editor.deleteLater()
    app.processEvents()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, nargs="+", default=[10, 40, 200])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "requirements.db", daily_backup=False)
        demo.load_demo(db, today=dt.date(2026, 11, 23))
        anna = next(actor for actor in users.list_actors(db) if actor.username == "anna")
        services = [service for service in catalogue.list_services(db) if service.code != "FLD"]
        context = AppContext(db, anna)
        for lines in args.lines:
            customer = customers.create_customer(db, anna, name=f"Bench {lines} AB", country="SE", language="sv",
                                                 contact_name="Åsa Öberg")
            items = [RequirementInput(services[n % len(services)].id, f"Site {n + 1}", "Mon-Fri 08:00-17:00",
                                      ("P1", "P2"), users=50) for n in range(lines)]
            document = requirements.create_requirements(db, anna, customer_id=customer.id, requirements=items)
            for tab, name in enumerate(TABS):
                opened(app, context, document.id, tab)  # warm: the first window of a kind loads its modules
                median = statistics.median(opened(app, context, document.id, tab) for _ in range(args.runs))
                print(f"editor opened on {name:<13} {lines:4d} requirements {median * 1000:9.1f} ms")
        db.close()


if __name__ == "__main__":
    main()
