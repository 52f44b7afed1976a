"""The register window at scale: prints timings and memory; asserts nothing.

    QT_QPA_PLATFORM=offscreen python bench/register_ui_bench.py [--agreements 100000] [--db PATH] [--export]

Builds (once) a portfolio of ``--agreements`` agreements in ``--db`` (default
/tmp/slamdesk-bench/register-100k.db, reused by later runs), then drives the
real ``MainWindow`` offscreen and times what a person waits for: the window
shown with its first page painted, a search, filters, sorting, scrolling to
the bottom and through the register, finding a far agreement, a refresh, and
(with ``--export``) writing the whole view to CSV in the worker thread. Each
figure is the wall time until the window has painted the result; the longest
single stall while scrolling shows whether the window ever freezes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SLAMDESK_DATA_DIR", tempfile.mkdtemp(prefix="slamdesk-bench-data-"))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from slamdesk.core import portfolio, register, users  # noqa: E402
from slamdesk.core.db import Database  # noqa: E402
from slamdesk.core.lifecycle import Status  # noqa: E402
from slamdesk.ui.context import AppContext, default_actor  # noqa: E402
from slamdesk.ui.main_window import MainWindow  # noqa: E402
from slamdesk.ui.register.register_model import Column  # noqa: E402

DEFAULT_DB = Path(tempfile.gettempdir()) / "slamdesk-bench" / "register-100k.db"
PORTFOLIO_TODAY = dt.date(2026, 11, 23)
LABEL = 52


def settle(app: QApplication, window: MainWindow) -> None:
    """Let the window lay out and paint what changed (the rows in view read their pages here)."""
    app.processEvents()
    window.register.table.viewport().repaint()
    window.repaint()
    app.processEvents()


def line(label: str, seconds: float, note: str = "") -> None:
    print(f"{label:<{LABEL}} {seconds * 1000:9.1f} ms   {note}")


def timed(app: QApplication, window: MainWindow, label: str, work: Callable[[], object], runs: int = 3) -> None:
    """Median wall time of ``work`` plus the repaint it causes.

    Between runs the view is put back as it was (untimed), so every run
    really changes the view instead of finding it already done.
    """
    panel = window.register
    samples = []
    for run in range(runs):
        before = panel.model.criteria
        start = time.perf_counter()
        work()
        settle(app, window)
        samples.append(time.perf_counter() - start)
        if run < runs - 1:
            panel.show_criteria(before)
            settle(app, window)
    model = window.register.model
    line(label, statistics.median(samples), f"({model.total:,} rows, pages held: {len(model.loaded_pages())})")


def ensure_portfolio(path: Path, wanted: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database.open(path)
    try:
        have = register.count_agreements(db)
        if have < wanted:
            start = time.perf_counter()
            portfolio.generate_portfolio(db, wanted - have, today=PORTFOLIO_TODAY)
            print(f"generated {wanted - have:,} agreements in {time.perf_counter() - start:.1f} s -> {path}")
        else:
            print(f"reusing {have:,} agreements in {path}")
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--export", action="store_true", help="also write the whole view to CSV")
    args = parser.parse_args()
    ensure_portfolio(args.db, args.agreements)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat)
    print(f"Qt platform: {app.platformName()}, window 1280x800")

    # Opening: database, then the window with its first page painted.
    start = time.perf_counter()
    db = Database.open(args.db)
    actor = default_actor(users.list_actors(db)) or users.get_actor(db)
    opened_db = time.perf_counter()
    window = MainWindow(AppContext(db, actor), settings=settings)
    window.resize(1280, 800)
    window.show()
    settle(app, window)
    shown = time.perf_counter()
    model, table, panel = window.register.model, window.register.table, window.register
    line("open database (migrations checked)", opened_db - start)
    line("show window: count + first page painted", shown - opened_db,
         f"({model.total:,} agreements, {len(model.loaded_pages())} page read)")

    # Search and filters, through the widgets (no typing delay: apply at once).
    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            panel.search.setText(text)
            panel.apply_filter()
        return run

    timed(app, window, "search 'song hong'", search("song hong"))
    timed(app, window, "search 'Київ мережі'", search("Київ мережі"))
    timed(app, window, "clear the search (whole register again)", search(""))

    filters = panel.filters

    def set_status(status: Status | None) -> Callable[[], None]:
        return lambda: panel.status.setCurrentIndex(panel.status.findData(status.value if status else None))

    timed(app, window, "filter status = active", set_status(Status.ACTIVE))
    timed(app, window, "  + currency = VND", lambda: filters.currency.setCurrentIndex(filters.currency.findData("VND")))
    timed(app, window, "  + ends within 90 days", lambda: (filters.ends_within.setValue(90), panel.apply_filter()))
    timed(app, window, "clear filters (Ctrl+Shift+L)", panel.clear_action.trigger)
    timed(app, window, "filter service + level (Network monitoring, Gold)", lambda: (
        filters.service.setCurrentIndex(filters.service.findData("Network monitoring")),
        filters.level.setCurrentIndex(filters.level.findData("Gold")),
    ))
    timed(app, window, "filter awaiting signature", lambda: filters.awaiting_signature.setChecked(True))
    timed(app, window, "filter customer (typed name)", lambda: (
        panel.clear_action.trigger(),
        filters.customer.set_customer(filters.customer.itemText(filters.customer.count() // 2)),
        panel.apply_filter(),
    ))
    panel.clear_action.trigger()
    settle(app, window)

    # Sorting by header.
    timed(app, window, "sort by customer (header click)", lambda: table.sortByColumn(Column.CUSTOMER, Qt.SortOrder.AscendingOrder))
    timed(app, window, "sort by monthly value, descending", lambda: table.sortByColumn(Column.MONTHLY, Qt.SortOrder.DescendingOrder))
    timed(app, window, "sort by number (back)", lambda: table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder))

    # Scrolling: jump to the bottom, to the middle, then page down 200 times from the middle.
    timed(app, window, "scroll to the bottom (Ctrl+End: one deep page)", lambda: (table.scrollToTop(), settle(app, window), table.scrollToBottom()), runs=1)
    last = model.row_data(model.rowCount() - 1).number
    print(f"{'  last row shown':<{LABEL}} {last}   (pages held: {sorted(model.loaded_pages())})")
    bar = table.verticalScrollBar()
    timed(app, window, "drag the scroll bar to the middle", lambda: bar.setValue(bar.maximum() // 2), runs=1)
    stalls = []
    for _ in range(200):
        start = time.perf_counter()
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        settle(app, window)
        stalls.append(time.perf_counter() - start)
    line("page down x200 from the middle: median step", statistics.median(stalls))
    line("page down x200 from the middle: longest step", max(stalls),
         f"(pages held: {len(model.loaded_pages())}, cache cap {model._cache_pages})")
    rows_scrolled = 200 * bar.pageStep()
    line("page down x200 from the middle: total", sum(stalls), f"({rows_scrolled:,} rows scrolled past)")

    # Finding a far agreement, refreshing deep in the register.
    far = register.list_agreements(db, model.criteria, limit=1, offset=model.total * 3 // 4)[0].number
    timed(app, window, f"select {far} (3/4 down, not loaded)", lambda: (table.scrollToTop(), panel.select_agreement(far)), runs=1)
    timed(app, window, "refresh (F5) while deep in the register", window.refresh)
    print(f"{'  still selected after refresh':<{LABEL}} {panel.selected_number()}")

    if args.export:
        target = Path(tempfile.mkdtemp()) / "register.csv"
        done: list[tuple[object, int]] = []
        window.view_export.finished.connect(lambda path, rows: done.append((path, rows)))
        start = time.perf_counter()
        window.view_export.export_to(target, model.criteria, model.total)
        longest = 0.0
        while not done:
            tick = time.perf_counter()
            app.processEvents()
            time.sleep(0.01)
            longest = max(longest, time.perf_counter() - tick - 0.01)
        line("export the whole view to CSV (worker thread)", time.perf_counter() - start,
             f"({done[0][1]:,} rows; longest GUI stall meanwhile {longest * 1000:.0f} ms)")

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak resident memory of this process':<{LABEL}} {peak_mib:9.1f} MiB")
    window.close()
    db.close()


if __name__ == "__main__":
    main()
