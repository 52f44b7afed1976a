"""A throwaway PostgreSQL cluster for the tests: a temporary folder, a Unix socket, no network.

``packaging/test.sh`` installs PostgreSQL's server package when ``pg_ctl`` is
missing; the tests start one cluster per run (or use the server named in
``SLAMDESK_TEST_POSTGRESQL``) and stop it when the run ends, however it ends.
PostgreSQL refuses to run as root, so as root the cluster runs as the
``postgres`` user that the package creates.
"""

from __future__ import annotations

import atexit
import functools
import glob
import os
import pwd
import queue
import shutil
import subprocess
import tempfile
import threading
import uuid
from pathlib import Path

SERVER_ENV = "SLAMDESK_TEST_POSTGRESQL"


def _bin(program: str) -> str:
    found = shutil.which(program)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{program}"))
    assert candidates, f"{program} is not installed: install postgresql (packaging/test.sh does)"
    return candidates[-1]


def _in_memory() -> str | None:
    """Shared memory (tmpfs) for a cluster's files where there is room for them: a test database is a copy of its
    template, file by file, and on a disk that others write to at the same time a copy took 350 ms, against 20 ms
    in memory."""
    folder = "/dev/shm"
    try:
        room = shutil.disk_usage(folder).free
    except OSError:
        return None
    return folder if room >= 4 << 30 and os.access(folder, os.W_OK) else None


class Cluster:
    """One running cluster; ``url(name)`` is a database on it."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="slamdesk-pg-", dir=_in_memory()))
        self.socket = self.folder / "s"
        self.data = self.folder / "data"
        self.socket.mkdir()
        self._as: list[str] = []
        self.user = "postgres"
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            for path in (self.folder, self.socket):
                os.chown(path, owner.pw_uid, owner.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        else:
            self.user = pwd.getpwuid(os.geteuid()).pw_name
        self._run(_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", self.user, "-E", "UTF8",
                  "--locale=C.UTF-8")
        self.start()
        atexit.register(self.stop)

    def start(self) -> None:
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o",
                  f"-k {self.socket} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                  "-c full_page_writes=off -c max_connections=200 -c wal_level=minimal -c max_wal_senders=0 "
                  "-c max_wal_size=256MB", "start")

    def halt(self) -> None:
        """The server goes away (a reboot, a pulled cable): every connection is cut."""
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self._as, *command], capture_output=True, text=True, check=False, timeout=120)
        assert result.returncode == 0, f"{' '.join(command)} failed: {result.stdout}{result.stderr}"

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.user}@/{database}?host={self.socket}"

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run([*self._as, _bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                           capture_output=True, check=False, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


def server_url() -> tuple[str, Cluster | None]:
    """The server to make test databases on: ``SLAMDESK_TEST_POSTGRESQL``, or a new cluster."""
    configured = os.environ.get(SERVER_ENV)
    if configured:
        return configured, None
    cluster = Cluster()
    return cluster.url(), cluster


def admin_execute(server: str, *statements: str) -> None:
    """Run statements outside a transaction (CREATE/DROP DATABASE) on the server's maintenance database."""
    import psycopg

    with psycopg.connect(_conninfo(server), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


@functools.cache
def _version(server: str) -> int:
    import psycopg

    with psycopg.connect(_conninfo(server)) as connection:
        return int(connection.info.server_version)


def copy_database(server: str, name: str, template: str) -> None:
    """``CREATE DATABASE name TEMPLATE template``: copied file by file where the server can (PostgreSQL 15 and
    later; a third quicker for a small database than the default, which writes each page to the log)."""
    strategy = " STRATEGY FILE_COPY" if _version(server) >= 150000 else ""
    admin_execute(server, f"CREATE DATABASE {name} TEMPLATE {template}{strategy}")


_dropping: queue.Queue[tuple[str, str]] = queue.Queue()
_dropper: list[threading.Thread] = []


def drop_later(server: str, name: str) -> None:
    """Drop a test's database while the next test runs (one thread, in order); ``dropped()`` waits for them."""
    if not _dropper:
        _dropper.append(threading.Thread(target=_drop_each, name="drop test databases", daemon=True))
        _dropper[0].start()
    _dropping.put((server, name))


def _drop_each() -> None:
    while True:
        server, name = _dropping.get()
        try:
            admin_execute(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        except Exception:  # the server stopped under it at the end of the run: nothing is left to drop
            pass
        finally:
            _dropping.task_done()


def dropped() -> None:
    """Every database given to ``drop_later`` is dropped."""
    if _dropper:
        _dropping.join()


def _conninfo(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def database_url(server: str, name: str) -> str:
    base, _, query = server.partition("?")
    return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


def new_name(prefix: str = "t") -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def database_name(url: str) -> str:
    return url.partition("?")[0].rsplit("/", 1)[1]
