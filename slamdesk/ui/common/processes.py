"""Work in a process of its own, waited on from a worker thread (no Qt is imported here).

A thread holds Python's interpreter lock through long stretches of C (reading and sorting a
hundred thousand rows, parsing a large file), and the window would stop answering for a second
at a time; in another process the worker thread only waits on a pipe. Cancelling ends the process:
what it was writing is one unit of work, so the database keeps none of it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")


def _child(out: Connection, function: Callable[..., Any], args: tuple[Any, ...], reports: bool = False) -> None:
    try:
        if reports:  # the function's ``progress`` sends each step up the same pipe, before its answer
            out.send(("ok", function(*args, progress=lambda *step: out.send(("progress", step)))))
        else:
            out.send(("ok", function(*args)))
    except Exception as error:  # noqa: BLE001 - said to the window, which shows it
        out.send(("error", error))
    finally:
        out.close()


def in_process(function: Callable[..., T], args: tuple[Any, ...], cancelled: Callable[[], bool],
               progress: Callable[..., None] | None = None) -> T | None:
    """``function(*args)`` (a module-level function, its answer picklable) in a new process.

    None when ``cancelled()`` said so before it answered (the process is ended); its exception,
    raised again here, when it failed. With ``progress``, the function is called with a ``progress``
    keyword too, and each call it makes there is made again here, in the waiting thread, with the same
    arguments."""
    context = multiprocessing.get_context("spawn")
    reading, writing = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(writing, function, args, progress is not None), daemon=True)
    process.start()
    writing.close()
    try:
        while True:
            while not reading.poll(0.1):
                if cancelled():
                    process.terminate()
                    return None
                if not process.is_alive() and not reading.poll(0):
                    raise RuntimeError(f"the work's process ended without an answer (exit code {process.exitcode})")
            kind, value = reading.recv()
            if kind != "progress":
                break
            if progress is not None:
                progress(*value)
    finally:
        process.join(timeout=10)
        reading.close()
    if kind == "error":
        raise value
    return value  # type: ignore[no-any-return]
