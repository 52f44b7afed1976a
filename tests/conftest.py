"""Shared fixtures: a fresh database per test, and one with the demo portfolio."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import functools
import gc
import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine  # noqa: E402
from sqlalchemy.util import LRUCache  # noqa: E402

from slamdesk.core import audit, backends, demo, users  # noqa: E402
from slamdesk.core.db import Database, local_path  # noqa: E402
from slamdesk.core.roles import Actor  # noqa: E402
from tests import pg  # noqa: E402


def _remembered(scrypt: Callable[..., bytes]) -> Callable[..., bytes]:
    """``hashlib.scrypt`` answering a question it was asked before in this process from memory. Every copy of a
    template carries the template's key file and passphrase hashes, salts included, so the tests of signing and
    signing in derive the same keys over and over, at a tenth of a second each. The function is pure: the same
    arguments give the same bytes, and a refusal (a ``maxmem`` too small) is not remembered."""
    answers: dict[tuple[Any, ...], bytes] = {}

    @functools.wraps(scrypt)
    def remembered(password: bytes, **given: Any) -> bytes:
        question = (bytes(password), *sorted((name, bytes(v) if name == "salt" else v) for name, v in given.items()))
        if question not in answers:
            answers[question] = scrypt(password, **given)
        return answers[question]

    return remembered


hashlib.scrypt = _remembered(hashlib.scrypt)


COMPILED_KEPT = 20_000  # compiled statements: all the suite sends, in each of their forms (an engine keeps 500)


def _compiling_once(make: Callable[..., Engine]) -> Callable[..., Engine]:
    """``backends.sqlite_engine`` or ``backends.postgresql_engine``, whose engines share one dialect (the first
    engine's, once it has connected) and one cache of compiled statements. slamdesk makes an engine per database it
    opens, and each test opens its own, so every test compiled every statement it sent again: SQLAlchemy keys its
    cache by the dialect. Compiling took about a tenth of the suite's time (py-spy); tests/core/test_[a-c]*.py on one
    worker ran in 110.5 s, and in 102.3 s with one cache. The dialects are alike: made by the same call, for the
    same driver and (for PostgreSQL) the same server; each engine keeps its own pool, connections and listeners."""
    shared: list[tuple[Any, Any]] = []

    @functools.wraps(make)
    def made(*args: Any, **kwargs: Any) -> Engine:
        engine = make(*args, **kwargs)
        if shared:
            engine.dialect, engine._compiled_cache = shared[0]  # noqa: SLF001
            engine.pool._dialect = engine.dialect  # noqa: SLF001
        else:
            with contextlib.suppress(Exception), engine.connect():  # its dialect learns the server's version here
                shared.append((engine.dialect, LRUCache(COMPILED_KEPT)))
            if shared:
                engine._compiled_cache = shared[0][1]  # noqa: SLF001
        return engine

    return made


backends.sqlite_engine = _compiling_once(backends.sqlite_engine)  # type: ignore[method-assign]
backends.postgresql_engine = _compiling_once(backends.postgresql_engine)  # type: ignore[method-assign]

DEMO_TODAY = dt.date(2026, 11, 23)
# The day the app works on (``core.clock``), in this process and the ones tests start: the register's standings,
# tacit renewals and reminders as on the day the demo was made, whatever day the suite runs.
os.environ["SLAMDESK_TODAY"] = DEMO_TODAY.isoformat()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keys and settings of a test never touch the real user data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SLAMDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("SLAMDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("SLAMDESK_DB", raising=False)
    return folder


@contextlib.contextmanager
def _data_dir(folder: Path) -> Iterator[None]:
    """``SLAMDESK_DATA_DIR`` set to ``folder`` for a session fixture (monkeypatch is per test)."""
    previous = os.environ.get("SLAMDESK_DATA_DIR")
    os.environ["SLAMDESK_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SLAMDESK_DATA_DIR"]
        else:
            os.environ["SLAMDESK_DATA_DIR"] = previous


# Backends --------------------------------------------------------------------------
#
# Every test that uses ``db`` (or ``demo_db``) runs on SQLite and on PostgreSQL
# (a throwaway cluster started once per run, tests/pg.py), each test on its own
# fresh database. ``@pytest.mark.sqlite_only`` keeps a test that is about
# SQLite itself (its file, its backup API) to SQLite; the window's tests run on
# SQLite (tests/ui/conftest.py). ``pytestmark = pytest.mark.rule_edges`` keeps a module that
# pins one rule's edges for mutation testing (``*_edges.py``, ``*_mutants.py``: the rule's
# corner cases, computed in Python over what the feature's own tests already read and write on
# both backends) to SQLite, where tools/mutate.py runs it. Modules whose edges are queries (the
# register's search, saved filters, compliance counted in SQL) are not marked: they run on both.

# SLAMDESK_TEST_BACKENDS=sqlite runs one backend only (tools/mutate.py does, for speed).
BACKENDS = tuple(os.environ.get("SLAMDESK_TEST_BACKENDS", "sqlite,postgresql").split(","))

# On PostgreSQL the suite runs the tests that send every statement the whole suite sends there, every test that
# starts processes or threads of its own, and every test of a module marked ``both_backends``; the others' twins
# are listed in tests/postgresql_covered.txt (written by tools/postgresql_cover.py, which says how they are chosen)
# and left out of the run.
# SLAMDESK_TEST_EVERY_POSTGRESQL=1 runs them all (the tool does, recording what each sends: tests/statements.py).
EVERY_POSTGRESQL = os.environ.get("SLAMDESK_TEST_EVERY_POSTGRESQL") == "1"
COVERED_ON_POSTGRESQL = frozenset(
    line.strip() for line in (Path(__file__).parent / "postgresql_covered.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))
pytest_plugins = ["tests.statements"] if os.environ.get("SLAMDESK_TEST_STATEMENTS") else []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "prepared(build=BUILD): every test starts from a copy of a database BUILD(db) "
                            "filled once per run and backend; the ``prepared`` fixture is what BUILD returned")
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself; it runs on SQLite only")
    config.addinivalue_line("markers", "postgresql_only: the test is about team databases; it runs on PostgreSQL only")
    config.addinivalue_line("markers", "both_backends: what the module checks is how the database answers (queries' "
                            "order, filters and search; forgeries, lost updates, the audit chain): each of its tests runs "
                            "on PostgreSQL too, whatever tests/postgresql_covered.txt says")
    config.addinivalue_line("markers", "rule_edges: the module pins the edges of one rule for mutation testing (which "
                            "runs on SQLite); the feature's own tests run the same code on both backends, these on SQLite")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept, dropped = [], []
    for item in items:
        backend = item.callspec.params.get("backend") if getattr(item, "callspec", None) is not None else None
        on_postgresql = backend == "postgresql"
        if backend == "sqlite" and item.get_closest_marker("postgresql_only"):
            dropped.append(item)
        elif on_postgresql and (item.get_closest_marker("sqlite_only") or item.get_closest_marker("rule_edges")
                                or "tests/ui/" in item.nodeid):
            dropped.append(item)
        elif (on_postgresql and not EVERY_POSTGRESQL and item.nodeid in COVERED_ON_POSTGRESQL
              and not item.get_closest_marker("both_backends")):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_collection_finish(session: pytest.Session) -> None:
    """What is loaded by now (Qt, SQLAlchemy, the app, every test module) is kept out of the garbage collector's
    sweeps, which then run less often: a test process's heap is large, and each full sweep of it took a quarter of a
    second (``gc.callbacks`` timing over tests/core/test_[a-c]*.py on one worker: 8.4 s in the collector, 3.7 s
    after; the run 116.6 s, then 110.3 s).
    Garbage is still collected, and what a test leaves open is still reported, a little later."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[str]:
    url, cluster = pg.server_url()
    yield url
    pg.dropped()
    if cluster is not None:
        cluster.stop()


Build = Callable[[Database], Any]


@dataclass(frozen=True)
class Template:
    """A database made once per run and backend, copied for each test that starts from it."""

    target: str | Path
    data: Path  # its data folder: the key that sealed its log, and its anchors
    filled: bool  # anything written (the demo, or a prepared build): its data folder and anchors go with each copy
    value: Any = None  # what the build returned


def _made_once(folder: Path, target: str | Path, with_demo: bool, build: Build | None) -> Template:
    """A database made once per run (migrated; with the demo portfolio; then filled by ``build``)."""
    value = None
    with _data_dir(folder / "data"):
        database = Database.open(target)
        if with_demo:
            # The portfolio without its generated tickets and outages: the monitoring tests write their own
            # (tests/core/monitoring/test_demo_tickets.py checks what the demo generates).
            demo.load_demo(database, today=DEMO_TODAY, monitoring=False)
        if build is not None:
            value = build(database)
        database.close()  # SQLite: the last connection checkpoints the WAL into the file
    return Template(target, folder / "data", with_demo or build is not None, value)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, bool, Build | None], Template]:
    """Databases made once per run and copied per test, by (backend, with the demo, the prepared build)."""
    return {}


def _build_of(request: pytest.FixtureRequest) -> Build | None:
    """The build of the test's ``prepared`` mark, for a test that asks for what it made (the rest of its
    module starts from an empty database as before)."""
    marker = request.node.get_closest_marker("prepared")
    if marker is None or "prepared" not in request.fixturenames:
        return None
    return cast(Build, marker.kwargs["build"])


# A folder where the SQLite templates are made once and kept for later runs (tools/mutate.py --reuse-templates:
# made by the unchanged module in its first run, then copied for every mutant).
SHARED_TEMPLATES = "SLAMDESK_TEST_TEMPLATES"


def _shared_template(folder: Path, with_demo: bool) -> Template:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two workers' first runs: one makes it, the other waits and copies
        made = folder / f"sqlite-{with_demo}"
        if not (made / "done").exists():
            shutil.rmtree(made, ignore_errors=True)  # what a run killed midway left
            made.mkdir()
            _made_once(made, made / "slamdesk.db", with_demo, None)
            (made / "done").touch()
    return Template(made / "slamdesk.db", made / "data", with_demo)


def _template(request: pytest.FixtureRequest, backend: str, with_demo: bool) -> Template:
    made = request.getfixturevalue("templates")
    build = _build_of(request)
    key = (backend, with_demo, build)
    shared = os.environ.get(SHARED_TEMPLATES)
    if key not in made and shared and backend == "sqlite" and build is None:
        made[key] = _shared_template(Path(shared), with_demo)
    if key not in made:
        folder = request.getfixturevalue("tmp_path_factory").mktemp(f"template-{backend}-{with_demo}")
        if backend == "sqlite":
            made[key] = _made_once(folder, folder / "slamdesk.db", with_demo, build)
        else:
            server = request.getfixturevalue("postgresql_server")
            name = pg.new_name("template_demo" if with_demo else "template")
            pg.admin_execute(server, f"CREATE DATABASE {name}")
            made[key] = _made_once(folder, pg.database_url(server, name), with_demo, build)
    return made[key]


@pytest.fixture
def db_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest, private_data_dir: Path) -> Iterator[str | Path]:
    """Where this test's database is: a new file, or a new database on the test server
    (a copy of the demo portfolio when the test also asks for ``demo_db``; then filled as the test's
    ``prepared`` mark says)."""
    with_demo = "demo_db" in request.fixturenames
    # A migrated database copied, with or without the demo, rather than migrated again per test (a copy takes
    # 5 ms, a migration 200): the same schema, made by the same code in this run.
    template = _template(request, backend, with_demo)
    if backend == "sqlite":
        target: str | Path = tmp_path / "slamdesk.db"
        shutil.copyfile(template.target, target)
    else:
        server = request.getfixturevalue("postgresql_server")
        name = pg.new_name()
        pg.copy_database(server, name, pg.database_name(str(template.target)))
        target = pg.database_url(server, name)
    if template.filled:
        _as_if_made_here(template, target, private_data_dir)
    yield target
    if backend == "postgresql":
        pg.drop_later(server, name)


def _as_if_made_here(template: Template, target: str | Path, private_data_dir: Path) -> None:
    """A copy of a filled template as if the demo (or the build) had been made at ``target``: the key that sealed
    its log, and its anchors."""
    shutil.copytree(template.data, private_data_dir, dirs_exist_ok=True)
    with _data_dir(template.data):
        made = audit.anchor_paths(local_path(template.target))
    for source, anchor in zip(made, audit.anchor_paths(local_path(target))):
        anchor.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, anchor)  # with its mode (0600)


def demo_file(request: pytest.FixtureRequest, path: Path) -> Path:
    """The demo portfolio (without its generated tickets) in a closed SQLite file at ``path``, as if made there: a
    copy of the run's template, for tests that need the file under a name of their own (backups are named after
    it) rather than ``demo_db``'s open database."""
    template = _template(request, "sqlite", True)
    shutil.copyfile(template.target, path)
    _as_if_made_here(template, path, request.getfixturevalue("private_data_dir"))
    return path


@pytest.fixture
def blank_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str | Path]:
    """A database nobody has opened yet (no schema): a new file's path, or a new empty database on the server."""
    if backend == "sqlite":
        yield tmp_path / "blank.db"
        return
    server = request.getfixturevalue("postgresql_server")
    name = pg.new_name("blank")
    pg.admin_execute(server, f"CREATE DATABASE {name}")
    yield pg.database_url(server, name)
    pg.admin_execute(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db(db_target: str | Path) -> Iterator[Database]:
    """A fresh database; a copy of the demo portfolio when the test also asks for ``demo_db``.

    Opened without the day's first backup (``daily_backup=False``): every test's copy is a first open of the
    day in its own data folder, and copying the demo each time cost a fifth of some modules' time. The tests of
    the daily backup open their databases themselves (tests/core/test_backup*.py)."""
    database = Database.open(db_target, daily_backup=False)
    yield database
    database.close()


@pytest.fixture
def prepared(request: pytest.FixtureRequest, backend: str, db: Database) -> Any:
    """What the test's ``prepared`` mark's build returned when it filled the database this test has a copy of."""
    assert _build_of(request) is not None, "mark the test (or its module) with @pytest.mark.prepared(build=...)"
    return _template(request, backend, "demo_db" in request.fixturenames).value


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The demo portfolio (made as of ``DEMO_TODAY``), in this test's own copy."""
    return db


@pytest.fixture
def admin(db: Database) -> Actor:
    return users.get_actor(db)


@pytest.fixture
def people(demo_db: Database) -> dict[str, Actor]:
    return {actor.username: actor for actor in users.list_actors(demo_db)}
