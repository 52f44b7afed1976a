#!/usr/bin/env python3
"""Screenshots of the main window and every tool window at two sizes, as a window manager shows them.

    xvfb-run -a -s "-screen 0 1920x1200x24" sh -c "openbox & sleep 1; python tools/screenshots.py OUT_DIR"

Opens slamdesk over a new database with the demo portfolio (in a temporary folder),
then each window in turn at 1280×800 and at 1600×1000, and saves the whole screen
(window decorations included) as ``OUT_DIR/<window>-<width>x<height>.png``. Look at
every picture: a cramped, cut or empty screen is a bug. Under ``offscreen`` (no
window manager) the windows are grabbed without decorations.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = ((1280, 800), (1600, 1000))
DEMO_TODAY = dt.date(2026, 11, 23)


def _editor(documents: object, document_id: int) -> object:
    """The editor of one document, its chooser closed (as a person who opened it would have it)."""
    editor = documents.open_document(document_id)  # type: ignore[attr-defined]
    documents.close()  # type: ignore[attr-defined]
    return editor


def _amended(db: object, actor: object, context: object, window: object) -> object:
    """The comparison of a signed agreement with its amendment in draft (an empty window for one version)."""
    from slamdesk.core import versions
    from slamdesk.ui.versions.version_compare import VersionCompareDialog

    versions.amend(db, actor, "SLA-2026-0003", "A second site from January")  # type: ignore[arg-type]
    return VersionCompareDialog(window, context, "SLA-2026-0003")  # type: ignore[arg-type]


def main(out: Path) -> int:
    folder = Path(tempfile.mkdtemp(prefix="slamdesk-shots-"))
    os.environ["SLAMDESK_DATA_DIR"] = str(folder / "data")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from slamdesk.core import demo, requirements, users
    from slamdesk.core.db import Database
    from slamdesk.ui.app import application
    from slamdesk.ui.clauses.agreement_clauses import AgreementClausesDialog
    from slamdesk.ui.context import AppContext
    from slamdesk.ui.main_window import MainWindow
    from slamdesk.ui.signing.signing_dialog import SigningDialog

    app = application()
    db = Database.open(folder / "slamdesk.db")
    demo.load_demo(db, today=DEMO_TODAY)
    anna = users.get_actor(db, "anna")
    context = AppContext(db, anna)
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings=settings, watch_ms=0)
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
        while dt.datetime.now() < end:
            app.processEvents()

    def shoot(name: str, widget: QWidget) -> None:
        for width, height in SIZES:
            widget.resize(width, height)
            widget.raise_()
            widget.activateWindow()
            settle()
            screen = widget.screen()
            frame = widget.frameGeometry()
            if QApplication.platformName() == "offscreen":
                picture = widget.grab()
            else:
                picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
            target = out / f"{name}-{width}x{height}.png"
            picture.save(str(target))
            print(target)

    window.register.select_agreement("SLA-2026-0002")
    shoot("main", window)
    document = requirements.list_documents(db)[0].id
    windows: list[tuple[str, Callable[[], QWidget]]] = [
        ("wizard", window.open_wizard),
        ("requirements-documents", window.open_requirements),
        ("requirements-editor", lambda: _editor(window.open_requirements(), document)),
        ("catalogue", window.open_catalogue),
        ("clause-library", window.open_clause_library),
        ("review-board", window.open_review_board),
        ("structure", lambda: window.open_structure()),  # type: ignore[arg-type, return-value]
        ("agreement-clauses", lambda: AgreementClausesDialog(window, context, "SLA-2026-0007")),
        ("compare-versions", lambda: _amended(db, anna, context, window)),
        ("signing", lambda: SigningDialog(window, context, "SLA-2026-0004")),
    ]
    for name, make in windows:
        widget = make()
        widget.show()
        shoot(name, widget)
        widget.hide()
        for child in QApplication.topLevelWidgets():  # dialogs a window opened on its way (none expected)
            if child is not window and child.isVisible() and child is not widget:
                child.hide()
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/slamdesk-shots")))
