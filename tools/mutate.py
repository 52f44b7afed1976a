#!/usr/bin/env python3
"""Mutation testing of one slamdesk module against the test modules you name.

    python tools/mutate.py slamdesk/core/money.py tests/core/test_money.py [more tests] [--workers 2]

Each mutant is one small change to the module's syntax tree (an operator swapped,
a boundary moved, a constant changed, a statement or argument removed ...; see
docs/MUTATION.md). The given test modules run against every mutant, each run in a
worker's own copy of the package (a temporary directory placed first on the path,
with its own ``SLAMDESK_DATA_DIR``, pytest base temp and Hypothesis folder), so the
working tree is never touched. A mutant is *killed* when the tests fail, *timeout*
when they hang past the per-mutant limit (a hang counts as killed: the change was
noticed), and *survived* when every test passes. Survivors known to be equivalent
(they cannot change behaviour) are listed with a reason in tools/equivalent_mutants.txt
and leave the score's denominator:

    score = (killed + timeout) / (mutants - listed equivalents)

Only the standard library is used; the tests run with the interpreter running this script.
"""

from __future__ import annotations

import argparse
import ast
import compileall
import copy
import dataclasses
import importlib
import importlib.util
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from mutate_tracing import TRACE_ENV, Reach  # noqa: E402 - beside this script, which may be loaded from a file

EQUIVALENTS = ROOT / "tools" / "equivalent_mutants.txt"
COPIED = ("slamdesk", "tests", "pyproject.toml")
SHOWN = 70  # longest original / mutated text shown before it is shortened

# ---------------------------------------------------------------------------
# Mutants
# ---------------------------------------------------------------------------

BINARY_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div, ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult,
    ast.BitAnd: ast.BitOr, ast.BitOr: ast.BitAnd, ast.BitXor: ast.BitOr,
    ast.LShift: ast.RShift, ast.RShift: ast.LShift,
}
# Each comparison: its boundary neighbour first, then its negation.
COMPARE_SWAPS: dict[type[ast.cmpop], tuple[type[ast.cmpop], ...]] = {
    ast.Lt: (ast.LtE, ast.GtE), ast.LtE: (ast.Lt, ast.Gt),
    ast.Gt: (ast.GtE, ast.LtE), ast.GtE: (ast.Gt, ast.Lt),
    ast.Eq: (ast.NotEq,), ast.NotEq: (ast.Eq,),
    ast.In: (ast.NotIn,), ast.NotIn: (ast.In,),
    ast.Is: (ast.IsNot,), ast.IsNot: (ast.Is,),
}
FUNCTION_SWAPS = {"min": "max", "max": "min", "all": "any", "any": "all"}
# Statements whose removal is a mutant (assignments to plain names are left: removing
# one only raises NameError, which every test notices).
REMOVABLE = (ast.Raise, ast.Expr, ast.AugAssign, ast.Assert, ast.Delete, ast.Continue, ast.Break)

Path_ = tuple[tuple[str, int | None], ...]  # from the module down to a node: (field, index in a list field)


@dataclasses.dataclass
class Mutant:
    line: int
    kind: str
    path: Path_
    make: Callable[[ast.AST], ast.AST]  # the replacement for the node at ``path``
    original: str = ""
    mutated: str = ""
    source: str = ""
    status: str = "pending"  # killed, timeout, survived
    reason: str = ""  # for a listed equivalent

    @property
    def description(self) -> str:
        return f"{self.original} -> {self.mutated}"


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."


def _difference(before: str, after: str) -> tuple[str, str]:
    """Both texts, or where they are long, the part that differs with a little around it."""
    before, after = " ".join(before.split()), " ".join(after.split())
    if max(len(before), len(after)) <= SHOWN:
        return before, after
    prefix = 0
    while prefix < min(len(before), len(after)) and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(before), len(after)) - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    start = max(0, prefix - 25)

    def window(text: str) -> str:
        end = min(len(text), len(text) - suffix + 15, start + SHOWN)
        shown = text[start:end]
        return ("..." if start else "") + shown + ("..." if end < len(text) else "")

    return window(before), window(after)


def _docstring_positions(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(
                body[0].value.value, str
            ):
                found.add(id(body[0]))
    return found


def _walk(node: ast.AST, path: Path_, skip: set[int]) -> Iterator[tuple[ast.AST, Path_, list[ast.AST]]]:
    """Every node that may be mutated, with its path and ancestors (nearest last)."""
    stack: list[tuple[ast.AST, Path_, list[ast.AST]]] = [(node, path, [])]
    while stack:
        current, where, ancestors = stack.pop()
        yield current, where, ancestors
        children = []
        for field, value in ast.iter_fields(current):
            if _skipped_field(current, field):
                continue
            if isinstance(value, list):
                for index, child in enumerate(value):
                    if isinstance(child, ast.AST) and id(child) not in skip:
                        children.append((child, (*where, (field, index)), [*ancestors, current]))
            elif isinstance(value, ast.AST) and id(value) not in skip:
                children.append((value, (*where, (field, None)), [*ancestors, current]))
        stack.extend(reversed(children))


def _skipped_field(node: ast.AST, field: str) -> bool:
    """Type annotations, decorators, imports and f-string insides are never mutated."""
    if field in ("annotation", "returns", "decorator_list", "type_comment"):
        return True
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.JoinedStr)):
        return True
    if isinstance(node, ast.If) and field == "test" and _is_type_checking(node.test):
        return True
    return False


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(tree: ast.AST, path: Path_) -> tuple[ast.AST, str, int | None, ast.AST]:
    """The parent, field and index of the node at ``path``, and the node."""
    parent = tree
    node = tree
    field, index = "", None
    for field, index in path:
        parent = node
        value = getattr(node, field)
        node = value[index] if index is not None else value
    return parent, field, index, node


def _replace(tree: ast.AST, path: Path_, make: Callable[[ast.AST], ast.AST]) -> None:
    parent, field, index, node = _resolve(tree, path)
    if index is None:
        setattr(parent, field, make(node))
    else:
        getattr(parent, field)[index] = make(node)


def _decimal_literal(node: ast.Constant, ancestors: list[ast.AST]) -> Decimal | None:
    """The number in ``Decimal("0.1")``, so it is moved rather than emptied."""
    parent = ancestors[-1] if ancestors else None
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "Decimal":
        try:
            value = Decimal(node.value)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None
    return None


def mutants_of(source: str) -> list[Mutant]:
    tree = ast.parse(source)
    skip = _docstring_positions(tree)
    found: list[Mutant] = []

    def add(node: ast.AST, path: Path_, kind: str, make: Callable[[ast.AST], ast.AST]) -> None:
        found.append(Mutant(getattr(node, "lineno", 0), kind, path, make))

    for node, path, ancestors in _walk(tree, (), skip):
        if isinstance(node, ast.BinOp) and type(node.op) in BINARY_SWAPS:
            add(node, path, "arithmetic", lambda n: _with(n, op=BINARY_SWAPS[type(n.op)]()))
        elif isinstance(node, ast.AugAssign) and type(node.op) in BINARY_SWAPS:
            add(node, path, "arithmetic", lambda n: _with(n, op=BINARY_SWAPS[type(n.op)]()))
        if isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                for swap in COMPARE_SWAPS.get(type(op), ()):
                    add(node, path, "comparison", lambda n, i=position, s=swap: _with(
                        n, ops=[s() if j == i else o for j, o in enumerate(n.ops)]))
        elif isinstance(node, ast.BoolOp):
            add(node, path, "logic", lambda n: _with(n, op=ast.Or() if isinstance(n.op, ast.And) else ast.And()))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
            add(node, path, "negation", lambda n: n.operand)
        elif isinstance(node, ast.Constant) and not isinstance(node.value, (bytes, type(None), type(...))):
            value = node.value
            if isinstance(value, bool):
                add(node, path, "constant", lambda n: ast.Constant(not n.value))
            elif isinstance(value, (int, float)):
                add(node, path, "constant", lambda n: ast.Constant(
                    type(n.value)(1) if n.value == 0 else type(n.value)(0) if n.value == 1 else n.value + 1))
            elif isinstance(value, str):
                number = _decimal_literal(node, ancestors)
                if number is not None:
                    add(node, path, "constant", lambda n, v=number: ast.Constant(str(v + 1)))
                else:
                    add(node, path, "constant", lambda n: ast.Constant("" if n.value else "XX"))
        elif isinstance(node, ast.JoinedStr):
            add(node, path, "constant", lambda n: ast.Constant(""))
        elif isinstance(node, ast.Return) and node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None
        ):
            add(node, path, "return", lambda n: _with(n, value=ast.Constant(None)))
        if isinstance(node, REMOVABLE) or (
            isinstance(node, (ast.Assign, ast.AnnAssign))
            and any(not isinstance(t, ast.Name) for t in (node.targets if isinstance(node, ast.Assign) else [node.target]))
        ):
            add(node, path, "statement", lambda n: _located(ast.Pass(), n))
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id in FUNCTION_SWAPS:
                add(node, path, "function", lambda n: _with(n, func=ast.Name(FUNCTION_SWAPS[n.func.id], ast.Load())))
            for index, arg in enumerate(node.args):
                if not isinstance(arg, ast.Starred):
                    add(node, path, "argument", lambda n, i=index: _with(n, args=[a for j, a in enumerate(n.args) if j != i]))
            for index, keyword in enumerate(node.keywords):
                if keyword.arg is not None:
                    add(node, path, "argument", lambda n, i=index: _with(
                        n, keywords=[k for j, k in enumerate(n.keywords) if j != i]))
        elif isinstance(node, ast.Dict) and len(node.keys) >= 1:
            for index in range(len(node.keys)):
                add(node, path, "entry", lambda n, i=index: _with(
                    n, keys=[k for j, k in enumerate(n.keys) if j != i],
                    values=[v for j, v in enumerate(n.values) if j != i]))
        elif isinstance(node, (ast.Set, ast.List, ast.Tuple)) and len(node.elts) >= 2 and isinstance(
            getattr(node, "ctx", ast.Load()), ast.Load
        ) and not (ancestors and isinstance(ancestors[-1], ast.Subscript)):
            for index, element in enumerate(node.elts):
                if not isinstance(element, ast.Starred):
                    add(node, path, "element", lambda n, i=index: _with(n, elts=[e for j, e in enumerate(n.elts) if j != i]))

    return _materialise(tree, found)


def _with(node: ast.AST, **changes: object) -> ast.AST:
    new = copy.copy(node)
    for name, value in changes.items():
        setattr(new, name, value)
    return new


def _located(new: ast.AST, old: ast.AST) -> ast.AST:
    return ast.copy_location(new, old)


def _context(ancestors_and_node: list[ast.AST]) -> ast.AST:
    """The simple statement (or the expression of a compound one) around a node, for its description."""
    shown = ancestors_and_node[-1]
    if isinstance(shown, ast.stmt):
        return shown
    for outer in reversed(ancestors_and_node[:-1]):
        if isinstance(outer, ast.stmt):
            if isinstance(outer, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Return, ast.Raise, ast.Expr, ast.Assert)):
                shown = outer
            break
        shown = outer
    return shown


def _chain(tree: ast.AST, path: Path_) -> list[ast.AST]:
    chain = [tree]
    node = tree
    for field, index in path:
        value = getattr(node, field)
        node = value[index] if index is not None else value
        chain.append(node)
    return chain


def _materialise(tree: ast.Module, found: list[Mutant]) -> list[Mutant]:
    """Each mutant's whole source and description; drops mutants that change nothing or repeat one."""
    original_source = ast.unparse(tree)
    seen = {original_source}
    result = []
    for mutant in found:
        mutated_tree = copy.deepcopy(tree)
        before = _chain(tree, mutant.path)
        context = _context(before)
        depth = before.index(context)
        # The context's path is a prefix of the mutant's path.
        context_path = mutant.path[:depth]
        _replace(mutated_tree, mutant.path, mutant.make)
        ast.fix_missing_locations(mutated_tree)
        try:
            mutated_source = ast.unparse(mutated_tree)
            compile(mutated_source, "<mutant>", "exec")
        except (SyntaxError, ValueError, TypeError, AttributeError):
            continue
        if mutated_source in seen:
            continue
        seen.add(mutated_source)
        after = _resolve(mutated_tree, context_path)[3]
        if mutant.kind == "statement" and context is before[-1]:
            mutant.original, mutant.mutated = _shorten(ast.unparse(context)), "(removed)"
        else:
            mutant.original, mutant.mutated = _difference(ast.unparse(context), ast.unparse(after))
        mutant.source = mutated_source + "\n"
        result.append(mutant)
    # Same line and description twice (rare): number them so each can be listed alone.
    counts: dict[tuple[int, str], int] = {}
    for mutant in result:
        key = (mutant.line, mutant.description)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] > 1:
            mutant.mutated += f" (#{counts[key]})"
    return sorted(result, key=lambda m: m.line)


# ---------------------------------------------------------------------------
# Known equivalents
# ---------------------------------------------------------------------------

_ENTRY = re.compile(r"^(?P<module>[^:\s]+):(?P<line>\d+): (?P<rest>.*)$")


@dataclasses.dataclass
class Equivalent:
    module: str
    line: int
    rest: str  # "description: reason"
    number: int  # line in the allow-list
    used: bool = False


def read_equivalents(path: Path) -> list[Equivalent]:
    if not path.exists():
        return []
    entries = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        match = _ENTRY.match(text)
        if match is None:
            print(f"{path.name}:{number}: not 'module:line: description: reason', ignored", file=sys.stderr)
            continue
        entries.append(Equivalent(match["module"], int(match["line"]), match["rest"], number))
    return entries


def reason_for(mutant: Mutant, module: str, entries: list[Equivalent]) -> tuple[Equivalent | None, str]:
    """The allow-list entry naming ``mutant`` and its reason ("" when listed without one)."""
    for entry in entries:
        if entry.module != module or entry.line != mutant.line:
            continue
        if entry.rest == mutant.description or entry.rest.startswith(mutant.description + ":"):
            return entry, entry.rest[len(mutant.description) + 1:].strip()
    return None, ""


# ---------------------------------------------------------------------------
# Running the tests against each mutant
# ---------------------------------------------------------------------------


class Workspace:
    """One worker's private copy of the package and tests."""

    def __init__(self, base: Path, number: int, module: str, server_env: dict[str, str]) -> None:
        self.root = base / f"worker{number}"
        self.root.mkdir()
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, self.root / name, ignore=ignore)
            else:
                shutil.copy2(source, self.root / name)
        compileall.compile_dir(self.root / "slamdesk", quiet=1)
        self.module = self.root / module
        self.compiled = Path(importlib.util.cache_from_source(str(self.module)))
        self.env = dict(os.environ)
        for name in ("SLAMDESK_DB", "SLAMDESK_PASSPHRASE", "PYTEST_ADDOPTS", "PYTHONSTARTUP"):
            self.env.pop(name, None)
        self.env.update(
            PYTHONPATH=os.pathsep.join([str(self.root), *filter(None, [os.environ.get("PYTHONPATH")])]),
            PYTHONDONTWRITEBYTECODE="1",
            PYTHONHASHSEED="0",
            SLAMDESK_DATA_DIR=str(self.root / "data"),
            QT_QPA_PLATFORM="offscreen",
            TMPDIR=str(self.root / "tmp"),
            # The rules are the same on both backends; mutants are judged on SQLite (no server per run)
            # unless --backend postgresql asks for the server (started once for the whole run).
            SLAMDESK_TEST_BACKENDS="sqlite",
            # On PostgreSQL, every test the run is given, not only those tests/postgresql_covered.txt leaves there:
            # a statement another module sends does not kill this module's mutant.
            SLAMDESK_TEST_EVERY_POSTGRESQL="1",
        )
        self.env.update(server_env)
        (self.root / "tmp").mkdir()

    def start(self) -> None:
        """The worker's test server: third-party imports done once, one fork per run (see ``serve``)."""
        self.server = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve"], cwd=self.root, env=self.env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

    def stop(self) -> None:
        server = getattr(self, "server", None)
        if server is None:
            return
        try:
            server.stdin.close()
            server.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            server.kill()
            server.wait()

    def run(self, source: str, tests: list[str], timeout: float, *, extra: tuple[str, ...] = (),
            env: dict[str, str] | None = None) -> tuple[str, float, str]:
        """``passed``, ``failed`` or ``timeout``, how long it took, and the end of the output."""
        self.module.write_text(source, encoding="utf-8")
        self.compiled.unlink(missing_ok=True)
        for leftover in (self.root / ".hypothesis", self.root / "data"):
            shutil.rmtree(leftover, ignore_errors=True)
        arguments = [
            "-x", "-q", "--tb=line", "--no-header", "-p", "no:cacheprovider",
            f"--basetemp={self.root / 'pytest'}", "--hypothesis-seed=0",
            "-W", "ignore::pytest.PytestAssertRewriteWarning", *extra, *tests,
        ]
        output = self.root / "output.txt"
        request = {"args": arguments, "timeout": timeout, "output": str(output), "env": env or {}}
        self.server.stdin.write(json.dumps(request) + "\n")
        self.server.stdin.flush()
        answer = self.server.stdout.readline()
        if not answer:
            raise RuntimeError(f"the test server of {self.root.name} stopped")
        result = json.loads(answer)
        text = output.read_text(encoding="utf-8", errors="replace") if output.exists() else ""
        tail = "\n".join(text.strip().splitlines()[-15:])
        if result["code"] is None:
            return "timeout", result["elapsed"], tail
        return ("passed" if result["code"] == 0 else "failed"), result["elapsed"], tail


# Imported once by each worker's server before it forks a test run, so each run
# starts without paying for them again (never slamdesk itself: that is mutated).
PRELOAD = (
    "pytest", "hypothesis", "hypothesis.extra.pytestplugin", "sqlalchemy", "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite", "sqlalchemy.ext.hybrid", "alembic", "alembic.command", "alembic.config",
    "alembic.runtime.migration", "babel", "babel.numbers", "babel.dates", "platformdirs", "cryptography.x509",
    "cryptography.hazmat.primitives.asymmetric.ec", "cryptography.hazmat.primitives.ciphers.aead",
    "reportlab.pdfgen.canvas", "reportlab.platypus", "docx", "pyhanko.sign", "openpyxl", "pypdf",
)


def serve() -> int:
    """Read run requests (JSON lines) on stdin; fork, run pytest in the child, answer its exit code."""
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a missing optional library is imported by the run, if at all
            pass
    import pytest

    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the test run
            code = 98
            try:
                os.setsid()
                os.environ.update(request.get("env", {}))
                null = os.open(os.devnull, os.O_RDONLY)
                os.dup2(null, 0)
                out = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(out, 1)
                os.dup2(out, 2)
                code = int(pytest.main(request["args"]))
            except BaseException:  # noqa: BLE001 - anything but a clean pass is a failed run
                traceback.print_exc()
                code = 99
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code)
        deadline = started + request["timeout"]
        code: int | None
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() > deadline:
                try:
                    os.killpg(pid, signal.SIGKILL)
                except ProcessLookupError:
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                code = None
                break
            time.sleep(0.01)
        print(json.dumps({"code": code, "elapsed": time.monotonic() - started}), flush=True)
    return 0


def _trace(space: Workspace, module_path: Path, source: str, tests: list[str], base: Path,
           say: Callable[..., None]) -> Reach | None:
    """One clean run recording which tests execute each line (see mutate_tracing); None if it fails."""
    output = base / "reach.json"
    traced = str(space.module)
    status, elapsed, tail = space.run(
        source, tests, 1200, extra=("-p", "mutate_tracing"), env={TRACE_ENV: traced + os.pathsep + str(output)},
    )
    if status != "passed" or not output.exists():
        say(f"the traced run did not pass ({status}); every mutant runs every test\n{tail}")
        return None
    reach = Reach.read(output)
    say(f"traced run {elapsed:.1f} s: {len(reach.lines)} lines reached by {len(reach.order)} tests")
    return reach


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", help="the module to mutate, e.g. slamdesk/core/money.py")
    parser.add_argument("tests", nargs="+", help="the test modules to run against each mutant")
    parser.add_argument("--workers", type=int, default=2, help="parallel test runs (default 2)")
    parser.add_argument("--timeout", type=float, help="seconds per mutant (default: 3 x the clean run + 10)")
    parser.add_argument("--lines", help="only mutants on these lines, e.g. 20-40")
    parser.add_argument("--show", action="store_true", help="list the mutants and stop, running nothing")
    parser.add_argument("--list-survivors", action="store_true",
                        help="print only the survivors and listed equivalents, as Markdown for docs")
    parser.add_argument("--equivalents", type=Path, default=EQUIVALENTS, help="the allow-list of equivalent mutants")
    parser.add_argument("--fail-under", type=float, help="exit 1 when the score (%%) is below this")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                        help="the database the tests use (postgresql: one server started for the run)")
    parser.add_argument("--all-tests", action="store_true",
                        help="run every test module against every mutant, not only the tests that reach its line")
    parser.add_argument("--reuse-templates", action="store_true",
                        help="make the tests' SQLite templates (migrated, with the demo) once, with the unchanged "
                             "module, and copy them for every mutant: for a module the demo merely uses, never for "
                             "one that builds it (demo.py)")
    if (argv if argv is not None else sys.argv[1:]) == ["--serve"]:
        return serve()
    args = parser.parse_args(argv)

    module_path = (ROOT / args.module).resolve() if not Path(args.module).is_absolute() else Path(args.module)
    module = module_path.relative_to(ROOT).as_posix()
    tests = [(ROOT / t).resolve().relative_to(ROOT).as_posix() for t in args.tests]
    for name in tests:
        if not (ROOT / name).is_file():
            parser.error(f"no test module {name}")
    source = module_path.read_text(encoding="utf-8")
    mutants = mutants_of(source)
    if args.lines:
        low, _, high = args.lines.partition("-")
        mutants = [m for m in mutants if int(low) <= m.line <= int(high or low)]
    if args.show:
        for mutant in mutants:
            print(f"{module}:{mutant.line}: {mutant.description}  [{mutant.kind}]")
        print(f"{len(mutants)} mutants")
        return 0

    quiet = args.list_survivors
    say = (lambda *a, **k: None) if quiet else (lambda *a, **k: print(*a, **k, flush=True))
    say(f"{module}: {len(mutants)} mutants, tests: {' '.join(tests)}, {args.workers} worker(s)")
    base = Path(tempfile.mkdtemp(prefix="slamdesk-mutate-"))
    spaces: list[Workspace] = []
    cluster = None
    try:
        server_env = {"SLAMDESK_TEST_BACKENDS": args.backend}
        if args.reuse_templates:
            server_env["SLAMDESK_TEST_TEMPLATES"] = str(base / "templates")  # tests/conftest.py reads it
        if args.backend == "postgresql":
            sys.path.insert(0, str(ROOT))
            from tests import pg  # the tests' own server helper

            url, cluster = pg.server_url()
            server_env[pg.SERVER_ENV] = url
        for number in range(max(1, args.workers)):
            spaces.append(Workspace(base, number, module, server_env))
            spaces[-1].start()
        clean_source = ast.unparse(ast.parse(source)) + "\n"
        status, clean_time, tail = spaces[0].run(clean_source, tests, timeout=600)
        if status != "passed":
            print(f"the tests do not pass on the unchanged module:\n{tail}", file=sys.stderr)
            return 2
        status, _, _ = spaces[0].run("raise RuntimeError('mutation sandbox check')\n" + clean_source, tests, 600)
        if status != "failed":
            print(f"the tests pass with {module} unable to import: they never import it from the sandbox", file=sys.stderr)
            return 2
        timeout = args.timeout or 3 * clean_time + 10
        say(f"clean run {clean_time:.1f} s; per-mutant timeout {timeout:.0f} s")
        reach = None if args.all_tests else _trace(spaces[0], module_path, source, tests, base, say)
        tree = ast.parse(source)
        rerun = 0

        free: queue.Queue[Workspace] = queue.Queue()
        for space in spaces:
            free.put(space)
        done = 0
        lock = threading.Lock()

        def run_one(mutant: Mutant) -> None:
            nonlocal done
            nonlocal rerun
            chosen = reach.tests_for(tree, mutant.path) if reach is not None else None
            space = free.get()
            try:
                outcome, _, _ = space.run(mutant.source, chosen or tests, timeout)
                if outcome == "passed" and chosen is not None:  # survivors face every test before they count
                    outcome, _, _ = space.run(mutant.source, tests, timeout)
                    with lock:
                        rerun += 1
            finally:
                free.put(space)
            mutant.status = {"passed": "survived", "failed": "killed", "timeout": "timeout"}[outcome]
            with lock:
                done += 1
                mark = {"killed": ".", "timeout": "T", "survived": "S"}[mutant.status]
                say(mark, end="" if done % 60 else f" {done}/{len(mutants)}\n")

        with ThreadPoolExecutor(max_workers=len(spaces)) as pool:
            list(pool.map(run_one, mutants))
        say("")
        if reach is not None:
            say(f"{rerun} mutant(s) passed the tests that reach their line and were run against every test")
    finally:
        for space in spaces:
            space.stop()
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(base, ignore_errors=True)

    entries = read_equivalents(args.equivalents)
    survivors, equivalents, unexplained = [], [], []
    for mutant in mutants:
        entry, reason = reason_for(mutant, module, entries)
        if entry is not None:
            entry.used = True
        if mutant.status != "survived":
            if entry is not None:
                print(f"note: {args.equivalents.name}:{entry.number} lists a mutant the tests kill; remove it",
                      file=sys.stderr)
            continue
        if entry is not None and reason:
            mutant.reason = reason
            equivalents.append(mutant)
        else:
            if entry is not None:
                unexplained.append(entry)
            survivors.append(mutant)
    for entry in entries:
        if entry.module == module and not entry.used and not args.lines:
            print(f"note: {args.equivalents.name}:{entry.number} names no mutant of today's {module}; "
                  f"update or remove it", file=sys.stderr)
    for entry in unexplained:
        print(f"note: {args.equivalents.name}:{entry.number} gives no reason, so it still counts as a survivor",
              file=sys.stderr)

    killed = sum(m.status == "killed" for m in mutants)
    timeouts = sum(m.status == "timeout" for m in mutants)
    counted = len(mutants) - len(equivalents)
    score = 100.0 * (killed + timeouts) / counted if counted else 100.0
    if quiet:
        print(f"`{module}` against {', '.join(f'`{t}`' for t in tests)}: {len(mutants)} mutants, "
              f"{killed} killed, {timeouts} timeout, {len(survivors)} survived, {len(equivalents)} equivalent, "
              f"score {score:.1f} %")
        print()
        for mutant in survivors:
            print(f"- survived: `{module}:{mutant.line}: {mutant.description}`")
        for mutant in equivalents:
            print(f"- equivalent: `{module}:{mutant.line}: {mutant.description}`: {mutant.reason}")
    else:
        print(f"mutants {len(mutants)}: killed {killed}, timeout {timeouts} (a hang counts as killed), "
              f"survived {len(survivors)}, equivalent {len(equivalents)} (listed with a reason, not counted)")
        print(f"score {score:.1f} % = (killed + timeout) / (mutants - equivalent) = {killed + timeouts}/{counted}")
        for mutant in survivors:
            print(f"survived: {module}:{mutant.line}: {mutant.description}")
        for mutant in equivalents:
            print(f"equivalent: {module}:{mutant.line}: {mutant.description}: {mutant.reason}")
    if args.fail_under is not None and score < args.fail_under:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
