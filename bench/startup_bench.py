"""Start-up, side by side with what it is compared to: prints medians; asserts nothing.

    python bench/startup_bench.py [--agreements 100000] [--db PATH] [--runs 5]

1. A bare PySide6 QMainWindow painted vs slamdesk's main window painted (its frame, before the database
   is opened) and then filled in with the register (the demo database).
2. ``python -c pass`` vs ``slamdesk --version`` vs ``slamdesk register --limit 50`` on AGREEMENTS agreements.
3. ``slamdesk export NUMBER --format pdf`` vs LibreOffice converting that agreement's DOCX to PDF: in a new
   interpreter, and answered by ``slamdesk agent`` (the command line kept loaded; started before, as a
   script that exports many would).

Every figure is a whole process, from starting it to its window's first paint (or filling in) or its exit,
as a person waits for it. Goals (issue 11): first window within 1.5x of the bare window; --version within 5x of python -c
pass; the whole PDF export in half of LibreOffice's time or less.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Each window says when it first painted from its own paintEvent (slamdesk's: its ``painted`` signal), never
# through an application-wide event filter: a filter in Python is called for every event of every widget, and
# a window with a menu bar, a toolbar and a label pays for it (about 70 ms more on this machine) where a bare
# window does not.
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
started = float(sys.argv[1])
app = QApplication(sys.argv)

class Window(QMainWindow):
    was_painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            QTimer.singleShot(0, lambda: (print("painted", time.time() - started, flush=True), app.quit()))

window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""

# slamdesk as ``slamdesk --db DEMO --user anna`` starts it (``launch.main``): the first paint of its main
# window (the frame), then the register filled in over the open database.
SLAMDESK_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
import slamdesk.ui.app as app_module
from slamdesk.launch import main
started = float(sys.argv[1])

class Watched(app_module.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.painted.connect(lambda: print("painted", time.time() - started, flush=True))
        self.filled.connect(lambda: (print("filled", time.time() - started, flush=True),
                                     QTimer.singleShot(0, self.close)))

app_module.MainWindow = Watched
main(["--db", sys.argv[2], "--user", "anna"])
"""


def window_times(script: str, arguments: list[str], environment: dict[str, str], runs: int) -> dict[str, float]:
    """Medians of the seconds from starting the process to each moment the script prints ("painted", ...)."""
    moments: dict[str, list[float]] = {}
    for run in range(runs + 1):
        started = time.time()
        done = subprocess.run([sys.executable, "-c", script, str(started), *arguments], check=True, env=environment,
                              capture_output=True, text=True)
        if run == 0:
            continue  # the first warms the file cache
        for printed in done.stdout.splitlines():
            name, seconds = printed.split()
            moments.setdefault(name, []).append(float(seconds))
    return {name: statistics.median(values) for name, values in moments.items()}


def until_done(command: list[str], environment: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it exits (a window script quits once it has been shown)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)  # as from a script: no terminal to ask on
    return time.perf_counter() - start


def median(command: list[str], environment: dict[str, str], runs: int) -> float:
    until_done(command, environment)  # warm the file cache once
    return statistics.median(until_done(command, environment) for _ in range(runs))


def line(label: str, seconds: float, against: float | None = None, goal: str = "") -> None:
    ratio = f"{seconds / against:5.2f}x" if against else "      "
    print(f"{label:<58} {seconds * 1000:8.0f} ms  {ratio}  {goal}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="a database holding AGREEMENTS agreements (made when missing)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="slamdesk-startup-"))
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "SLAMDESK_DATA_DIR": str(work / "data"), "SLAMDESK_PASSPHRASE": "bench passphrase"}
    # As on a person's machine, where pip compiled the bytecode at install: never every module from source.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    python = sys.executable
    slamdesk = [python, "-m", "slamdesk"]
    demo = work / "demo.db"
    subprocess.run([*slamdesk, "--db", str(demo), "demo"], check=True, env=environment, stdout=subprocess.DEVNULL)
    big = args.db or work / "big.db"
    if not big.exists():
        print(f"making {args.agreements:,} agreements in {big} ...", flush=True)
        subprocess.run([*slamdesk, "--db", str(big), "demo", "--agreements", str(args.agreements)], check=True,
                       env=environment, stdout=subprocess.DEVNULL)
    print(f"medians of {args.runs} runs, whole processes\n")

    bare = window_times(BARE_WINDOW, [], environment, args.runs)["painted"]
    line("bare PySide6 QMainWindow painted", bare)
    window = window_times(SLAMDESK_WINDOW, [str(demo)], environment, args.runs)
    line("slamdesk's main window painted (its frame; demo database)", window["painted"], bare, "goal <= 1.5x")
    line("slamdesk's register filled in (demo database)", window["filled"], bare)
    print()
    nothing = median([python, "-c", "pass"], environment, args.runs)
    line("python -c pass", nothing)
    line("slamdesk --version", median([*slamdesk, "--version"], environment, args.runs), nothing, "goal <= 5x")
    line(f"slamdesk register --limit 50 ({args.agreements:,} agreements)",
         median([*slamdesk, "--db", str(big), "register", "--limit", "50"], environment, args.runs), nothing)
    print()
    number = "SLA-2026-0002"
    out = work / "out"

    def export_pdf() -> float:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(work / "register", ignore_errors=True)
        return until_done([*slamdesk, "--db", str(demo), "export", number, "--format", "pdf", "--out", str(out)],
                          environment)

    def export_docx() -> Path:
        shutil.rmtree(work / "docx", ignore_errors=True)
        subprocess.run([*slamdesk, "--db", str(demo), "export", number, "--format", "docx", "--unsigned",
                        "--out", str(work / "docx")], check=True, env=environment, stdout=subprocess.DEVNULL)
        return next((work / "docx").rglob("*.docx"))

    soffice = shutil.which("soffice")
    export_pdf()
    ours = statistics.median(export_pdf() for _ in range(args.runs))
    subprocess.run([*slamdesk, "agent", "start"], check=True, env=environment, stdout=subprocess.DEVNULL)
    try:
        export_pdf()
        resident = statistics.median(export_pdf() for _ in range(args.runs))
    finally:
        subprocess.run([*slamdesk, "agent", "stop"], check=True, env=environment, stdout=subprocess.DEVNULL)
    if soffice is None:
        line(f"slamdesk export {number} --format pdf (signed)", ours)
        line("  the same, answered by slamdesk agent", resident)
        print("LibreOffice (soffice) is not installed: no comparison")
        return
    docx = export_docx()
    converting = [soffice, "--headless", f"-env:UserInstallation=file://{work / 'lo-profile'}",
                  "--convert-to", "pdf", "--outdir", str(work / "lo"), str(docx)]
    office = median(converting, environment, args.runs)
    line(f"LibreOffice converting {number}'s DOCX to PDF", office)
    line(f"slamdesk export {number} --format pdf (signed)", ours, office)
    line("  the same, answered by slamdesk agent", resident, office, "goal <= 0.5x")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
