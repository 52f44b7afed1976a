"""Which tests run which lines of the mutated module, so each mutant runs only the tests that reach it.

Two halves, both used by ``tools/mutate.py``:

* a pytest plugin (``-p mutate_tracing``), active when ``SLAMDESK_MUTATE_TRACE`` names the module's
  file and an output file: during one clean run of the test modules it records, per line of that
  module, the tests (node ids) that executed it, setup and teardown included, and writes them as JSON;
* ``tests_for``: the tests to run against one mutant, i.e. those that executed any line of the changed
  node (or the header of the statement around it). ``None`` when no test reached those lines (code run
  at import, or by nothing): the caller then runs every test module.

A mutant that survives the chosen tests is run again against all of them before it counts as a
survivor (a session-wide fixture, for instance, runs lines on behalf of later tests), so choosing
never turns a kill into a survivor; it only saves the runs that could not have noticed the change.
"""

from __future__ import annotations

import ast
import json
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

TRACE_ENV = "SLAMDESK_MUTATE_TRACE"  # "<module file>" + os.pathsep + "<output json>"


class LineTracer:
    """Records (line -> node ids) for one source file while tests run."""

    def __init__(self, filename: str, output: str) -> None:
        self.filenames = {filename, os.path.realpath(filename)}
        self.output = output
        self.current: str | None = None
        self.order: list[str] = []
        self.lines: dict[int, dict[str, None]] = {}  # dicts keep the tests in the order they ran

    def _global(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename in self.filenames:
            return self._local
        return None

    def _local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line" and self.current is not None:
            self.lines.setdefault(frame.f_lineno, {})[self.current] = None
        return self._local

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
        self.current = item.nodeid
        self.order.append(item.nodeid)
        yield
        self.current = None

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        threading.settrace(self._global)
        sys.settrace(self._global)

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        sys.settrace(None)
        threading.settrace(None)  # type: ignore[arg-type]
        data = {"tests": self.order, "lines": {str(line): list(ids) for line, ids in self.lines.items()}}
        Path(self.output).write_text(json.dumps(data), encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    value = os.environ.get(TRACE_ENV)
    if value:
        filename, _, output = value.partition(os.pathsep)
        config.pluginmanager.register(LineTracer(filename, output), "mutate-line-tracer")


class Reach:
    """The traced run's answer: which tests executed each line."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.order: list[str] = list(data["tests"])
        self.lines: dict[int, set[str]] = {int(line): set(ids) for line, ids in data["lines"].items()}

    @classmethod
    def read(cls, path: Path) -> Reach:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def tests_for(self, tree: ast.Module, path: Sequence[tuple[str, int | None]]) -> list[str] | None:
        """The tests that executed the node at ``path`` (in run order), or None when none did."""
        wanted: set[str] = set()
        for line in lines_of(tree, path):
            wanted |= self.lines.get(line, set())
        if not wanted:
            return None
        return [test for test in self.order if test in wanted]


def lines_of(tree: ast.Module, path: Sequence[tuple[str, int | None]]) -> set[int]:
    """The lines whose execution reaches the node at ``path``: its own, and its statement's header."""
    node: ast.AST = tree
    statement: ast.AST | None = None
    for field, index in path:
        value = getattr(node, field)
        node = value[index] if index is not None else value
        if isinstance(node, ast.stmt):
            statement = node
    lines: set[int] = set()
    start, end = getattr(node, "lineno", None), getattr(node, "end_lineno", None)
    if start is not None:
        lines.update(range(start, (end or start) + 1))
    if statement is not None:
        body = getattr(statement, "body", None)
        if isinstance(body, list) and body and statement is not node:
            lines.update(range(statement.lineno, max(statement.lineno, body[0].lineno - 1) + 1))  # type: ignore[attr-defined]
        else:
            lines.add(statement.lineno)  # type: ignore[attr-defined]
    return lines
