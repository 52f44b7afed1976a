"""What each PostgreSQL test sends to the server, for ``tools/postgresql_cover.py``.

Loaded only when ``SLAMDESK_TEST_STATEMENTS`` names a folder (tests/conftest.py). Every statement a test's process
sends through psycopg (slamdesk's engines and the tests' raw SQL alike) is recorded for the test, in a normal form:
the numbers SQLAlchemy gives repeated parameters (``IN`` lists, rows of one INSERT) and the names the tests make up
(databases, roles, savepoints) are dropped, and a run of one item repeated is written once. Each worker writes one
JSON line per test to ``statements-PID.jsonl``: its id, its statements, how long it took, and whether it started
processes or threads of its own (what those send is not seen here), runs on PostgreSQL only, or is of a module
marked ``both_backends``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import threading
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

FOLDER = "SLAMDESK_TEST_STATEMENTS"

_PARAMETER = re.compile(r"%\((\w+?)(?:_\d+)*\)s")  # %(number_1_3)s -> :number
_POSITIONAL = re.compile(r"\bp\d+::")  # insertmanyvalues' p0::INTEGER, p1::VARCHAR
_MADE_UP = re.compile(r"\b([a-z]+)_[0-9a-f]{6,}\w*")  # t_3f9c0a1b22, m_8f32b88e13: names a test made up
_SAVEPOINT = re.compile(r"sa_savepoint_\d+")
_ROW_NUMBER = re.compile(r"(::[A-Z]+(?: [A-Z]+)*), \d+\)")  # insertmanyvalues numbers its rows: (..., :x::INTEGER, 2)
_REPEATED = re.compile(r"(\([^()]*\)|[^,()]+)(?:, \1)+")  # (a, b), (a, b), (a, b) -> (a, b)


def normal_form(statement: str) -> str:
    """``statement`` without what changes from one call of the same code to the next."""
    text = " ".join(statement.split())
    text = _PARAMETER.sub(r":\1", text)
    text = _POSITIONAL.sub("p::", text)
    text = _MADE_UP.sub(r"\1_ID", text)
    text = _SAVEPOINT.sub("sa_savepoint", text)
    text = _ROW_NUMBER.sub(r"\1, N)", text)
    previous = None
    while previous != text:
        previous, text = text, _REPEATED.sub(r"\1", text)
    return text


class _Recorder:
    def __init__(self, folder: Path) -> None:
        self.path = folder / f"statements-{os.getpid()}.jsonl"
        self.test: str | None = None
        self.sent: set[str] = set()
        self.own_processes = False

    def sending(self, query: Any, cursor: Any) -> None:
        if self.test is None:
            return
        try:
            text = query if isinstance(query, str | bytes) else query.as_string(cursor.connection)
            text = text.decode() if isinstance(text, bytes) else text
        except Exception:  # a composed query that cannot be written out: recorded as it prints
            text = repr(query)
        self.sent.add(normal_form(text))


def pytest_configure(config: pytest.Config) -> None:
    import psycopg

    recorder = _Recorder(Path(os.environ[FOLDER]))
    config.stash[_KEY] = recorder

    def watching(method: Any) -> Any:
        def send(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
            recorder.sending(query, self)
            return method(self, query, *args, **kwargs)

        return send

    for cursor in (psycopg.Cursor, psycopg.ClientCursor, psycopg.ServerCursor):
        for name in ("execute", "executemany"):
            if name in vars(cursor):
                setattr(cursor, name, watching(vars(cursor)[name]))

    def starting(method: Any) -> Any:
        def start(self: Any, *args: Any, **kwargs: Any) -> Any:
            if recorder.test is not None and getattr(self, "name", "") != "drop test databases":
                recorder.own_processes = True
            return method(self, *args, **kwargs)

        return start

    subprocess.Popen.__init__ = starting(subprocess.Popen.__init__)  # type: ignore[method-assign]
    threading.Thread.start = starting(threading.Thread.start)  # type: ignore[method-assign]


_KEY = pytest.StashKey[_Recorder]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    recorder = item.config.stash[_KEY]
    recorder.test, recorder.sent, recorder.own_processes = item.nodeid, set(), False
    started = time.perf_counter()
    yield
    record = {"id": item.nodeid, "statements": sorted(recorder.sent), "seconds": time.perf_counter() - started,
              "own_processes": recorder.own_processes,
              "postgresql_only": item.get_closest_marker("postgresql_only") is not None,
              "both_backends": item.get_closest_marker("both_backends") is not None,
              "backend": getattr(item, "callspec", None) and item.callspec.params.get("backend")}
    recorder.test = None
    with recorder.path.open("a", encoding="utf-8") as file:
        file.write(json.dumps(record) + "\n")
