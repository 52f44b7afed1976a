"""Start-up loads only what the first window needs: signing, PDF and DOCX rendering, spreadsheets and the
migration machinery load when first used (issue 11). Checked in a fresh interpreter, as a person starts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("pyhanko", "reportlab", "docx", "openpyxl", "alembic")

START_THE_WINDOW = """
import sys
import slamdesk.cli
after_import = sorted(m for m in {heavy!r} if m in sys.modules)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from slamdesk.ui import app
from slamdesk.ui.main_window import MainWindow
shown = []
def look_and_quit():
    shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    QApplication.quit()
app.application()
QTimer.singleShot(1500, look_and_quit)
code = slamdesk.cli.main(["--db", sys.argv[1], "--user", "anna"])
print(code, len(shown), " ".join(after_import) or "-", " ".join(sorted(m for m in {heavy!r} if m in sys.modules)) or "-")
"""


def test_the_first_window_opens_without_the_heavy_libraries(tmp_path: Path) -> None:
    database = tmp_path / "slamdesk.db"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    made = subprocess.run([sys.executable, "-m", "slamdesk", "--db", str(database), "demo"],
                          capture_output=True, text=True, env=environment, check=False)
    assert made.returncode == 0, made.stderr
    started = subprocess.run([sys.executable, "-c", START_THE_WINDOW.format(heavy=HEAVY), str(database)],
                             capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert started.returncode == 0, started.stderr[-2000:]
    code, windows, after_import, after_window = started.stdout.split()
    assert (code, windows) == ("0", "1")  # the main window was shown, then closed
    assert after_import == "-", f"import slamdesk.cli loaded {after_import}"
    assert after_window == "-", f"the first window loaded {after_window}"


def test_version_is_answered_without_loading_the_application() -> None:
    code = ("import sys\nfrom slamdesk.launch import main\nmain(['--version'])\n"
            "print(sorted(m for m in ('sqlalchemy', 'PySide6', 'slamdesk.cli', 'babel') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    from slamdesk import __version__

    assert done.stdout.splitlines() == [f"slamdesk {__version__}", "[]"]
    entry = subprocess.run([sys.executable, "-m", "slamdesk", "--version"], capture_output=True, text=True, check=True)
    assert entry.stdout.strip() == f"slamdesk {__version__}"
