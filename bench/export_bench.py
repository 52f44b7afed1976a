"""Export speed of one agreement: PDF, signed PDF, DOCX, and LibreOffice's
conversion of that DOCX to PDF for comparison. Prints; asserts nothing.

    python bench/export_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from slamdesk.core import demo, export, users
from slamdesk.core.db import Database


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    os.environ["SLAMDESK_DATA_DIR"] = str(work / "data")
    db = Database.open(work / "bench.db")
    demo.load_demo(db)
    actor = users.get_actor(db)
    number = "SLA-2026-0002"
    timings: dict[str, list[float]] = {"pdf": [], "signed pdf": [], "docx": []}
    docx_path = None
    for run in range(args.runs):
        for label, formats, passphrase in (("pdf", ("pdf",), None), ("signed pdf", ("pdf",), "bench passphrase"), ("docx", ("docx",), None)):
            start = time.perf_counter()
            (file,) = export.export_agreement(db, actor, number, formats, work / f"out{run}", passphrase=passphrase)
            timings[label].append(time.perf_counter() - start)
            if label == "docx":
                docx_path = file.path
    for label, samples in timings.items():
        print(f"export {number} to {label:<11} {median_ms(samples)}  (median of {args.runs})")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office and docx_path:
        samples = []
        for run in range(max(1, args.runs // 2)):
            start = time.perf_counter()
            subprocess.run(
                [office, "--headless", "--convert-to", "pdf", "--outdir", str(work / f"lo{run}"), str(docx_path)],
                check=True, capture_output=True,
            )
            samples.append(time.perf_counter() - start)
        print(f"LibreOffice DOCX -> PDF        {median_ms(samples)}  (median of {len(samples)}, includes its start-up)")
    else:
        print("LibreOffice not installed: no comparison (apt-get install libreoffice-writer-nogui)")


if __name__ == "__main__":
    main()
