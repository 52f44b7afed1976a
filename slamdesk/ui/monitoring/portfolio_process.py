"""The whole portfolio's figures, worked out in a process of their own (no Qt is imported here).

A thread would do the same work, but it holds Python's interpreter lock through long stretches
of C (reading and sorting a hundred thousand agreements' rows), and the window would stop
answering for a second at a time. In another process the window's thread only waits on a pipe.
The table's rows are made there too, so the window only hands them to its model.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from ...core.db import Database
from ...core.monitoring import periods, portfolio_compliance


@dataclass(frozen=True)
class Portfolio:
    """The portfolio's figures as the monitoring window's table shows them: one row per signed agreement."""

    numbers: list[str]
    rows: list[tuple[str, ...]]
    warn: set[int]  # rows with a breach or an availability target missed

    @classmethod
    def of(cls, found: list[periods.AgreementFigures]) -> Portfolio:
        rows, warn = [], set()
        for index, figures in enumerate(found):
            counted = sum(c.counted for line in figures.lines for c in line.compliance)
            met = sum(c.met for line in figures.lines for c in line.compliance)
            down = sum(not line.availability_met for line in figures.lines)
            rows.append((figures.number, "closed" if figures.closed_at else "open", str(sum(x.tickets for x in figures.lines)),
                         f"{met}/{counted}" if counted else "–", str(figures.breaches),
                         f"{len(figures.lines) - down} of {len(figures.lines)} lines met", ""))
            if figures.breaches or down:
                warn.add(index)
        return cls([figures.number for figures in found], rows, warn)


def _child(out: Connection, target: str | Path, name: str, now: dt.datetime) -> None:
    try:
        db = Database.open(target, daily_backup=False)
        try:
            out.send(("ok", Portfolio.of(portfolio_compliance.portfolio_figures(db, periods.period(name), now))))
        finally:
            db.close()
    except Exception as error:  # noqa: BLE001 - said to the window, which shows it
        out.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        out.close()


def portfolio(target: str | Path, chosen: periods.Period, now: dt.datetime, cancelled: Callable[[], bool]) -> Portfolio | None:
    """The portfolio of ``chosen`` as of ``now``, from another process; None when ``cancelled()`` said so first."""
    context = multiprocessing.get_context("spawn")
    reading, writing = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(writing, target, chosen.name, now), daemon=True)
    process.start()
    writing.close()
    try:
        while not reading.poll(0.1):
            if cancelled():
                return None
            if not process.is_alive() and not reading.poll(0):
                raise RuntimeError(f"the portfolio's process ended without an answer (exit code {process.exitcode})")
        kind, value = reading.recv()
    finally:
        if process.is_alive() and cancelled():
            process.terminate()
        process.join(timeout=10)
        reading.close()
    if kind == "error":
        raise RuntimeError(value)
    return value  # type: ignore[no-any-return]
