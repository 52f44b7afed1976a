"""The resident command line: ``slamdesk agent start`` keeps one interpreter with the command line's libraries
loaded (SQLAlchemy and the rules, reportlab and its fonts, python-docx, pyHanko), and every later ``slamdesk
COMMAND`` run from a script is answered by a fork of it instead of a new interpreter that loads them again.

A command is sent over a Unix socket in a folder only its user can enter (``$XDG_RUNTIME_DIR/slamdesk``, else
``/tmp/slamdesk-UID``), and the agent answers only a peer of its own user id (``SO_PEERCRED``). The command's
own standard input, output and error go with it (``SCM_RIGHTS``): the fork writes where the command would have
written, in the command's folder and environment, and its exit code comes back. Each command runs in a fresh
fork, so nothing of one command (an open database, a passphrase) is left for the next; the agent itself never
opens a database.

The agent steps aside, and the command runs in its own process as it always does, when:

* no agent is running for this data folder and installation (``SLAMDESK_NO_AGENT`` set counts as none);
* standard input is a terminal: a command there may ask for a passphrase, which a fork of a process with no
  terminal could not ask for;
* slamdesk's files changed since the agent started (an upgrade, an edit in a checkout): the agent then ends.

It ends by itself after ``--idle`` minutes without a command (30 by default), or with ``slamdesk agent stop``.
This module's top is kept light: ``forward`` runs before anything else of slamdesk is imported.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import os
import signal
import socket
import struct
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
NO_AGENT = "SLAMDESK_NO_AGENT"
IDLE_MINUTES = 30.0
_STREAMS = 3  # standard input, output and error
_LIMIT = 1 << 20  # the longest request read: arguments and environment


class AgentError(Exception):
    """The agent cannot be started or asked (its folder is not private, a request is malformed)."""


_SOCKET_NAME = len("/agent-0123456789abcdef.sock")
_LONGEST_PATH = 107  # what a Unix socket's address holds


def folder() -> Path:
    """Where the sockets are: a folder of this user's that nobody else can enter (``$XDG_RUNTIME_DIR/slamdesk``
    unless that is too long a path for a socket)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir() and len(os.fsencode(runtime)) + len("/slamdesk") + _SOCKET_NAME <= _LONGEST_PATH:
        return Path(runtime) / "slamdesk"
    return Path(f"/tmp/slamdesk-{os.getuid()}")


def socket_path() -> Path:
    """The socket of the agent for this installation and data folder (short: Unix sockets take 107 bytes)."""
    key = f"{PACKAGE}\0{sys.executable}\0{os.environ.get('SLAMDESK_DATA_DIR', '')}"
    return folder() / f"agent-{hashlib.sha256(key.encode()).hexdigest()[:16]}.sock"


def _private_folder(path: Path) -> Path:
    """``path`` made (mode 0700) or checked: ours and closed to others, else ``AgentError``."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    found = path.lstat()
    if path.is_symlink() or found.st_uid != os.getuid() or found.st_mode & 0o077:
        raise AgentError(f"{path} is not a private folder of this user; the agent does not use it")
    return path


# The command's side --------------------------------------------------------------------


def forward(arguments: Sequence[str]) -> int | None:
    """Run ``slamdesk ARGUMENTS`` in the agent: its exit code, or None when no agent takes it (run it here)."""
    if os.environ.get(NO_AGENT) or arguments[:1] == ["agent"] or _is_terminal(0):
        return None
    path = socket_path()
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(path))
    except OSError:
        connection.close()
        return None
    with connection:
        request = json.dumps({"argv": list(arguments), "cwd": os.getcwd(), "env": dict(os.environ),
                              "umask": _umask(), "executable": sys.executable}).encode()
        try:
            connection.sendmsg([struct.pack("!I", len(request)) + request],
                               [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", range(_STREAMS)))])
        except OSError:
            return None
        answers = _lines(connection)
        first = next(answers, None)
        if first is None or "pid" not in first:
            return None  # stale, or another installation's: it said so and will end
        child = int(first["pid"])
        previous = {number: signal.signal(number, lambda received, _frame: _pass_on(child, received))
                    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
        try:
            last = next(answers, None)
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
        return int(last["exit"]) if last is not None and "exit" in last else 1


def _is_terminal(fd: int) -> bool:
    try:
        return os.isatty(fd)
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _pass_on(child: int, received: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(child, received)


def _lines(connection: socket.socket) -> Iterator[dict[str, object]]:
    """The agent's answers, a JSON object a line, until it closes the connection."""
    pending = b""
    while True:
        try:
            chunk = connection.recv(4096)
        except InterruptedError:
            continue
        if not chunk:
            return
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            yield json.loads(line)


# The agent's side ------------------------------------------------------------------------


def _fingerprint() -> tuple[tuple[str, int, int], ...]:
    """Each of slamdesk's files as it is now: a change means the agent's code is not the installed one."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        with contextlib.suppress(OSError):
            stat = path.stat()
            found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


def _preload() -> None:
    """What a command would load first: the command line, the rules, the documents and their fonts, signing."""
    import sqlalchemy.orm

    from . import cli, cli_credits, cli_monitoring, cli_renewals  # noqa: F401
    from .core import export, verification  # noqa: F401
    from .core.monitoring import kpi_report  # noqa: F401
    from .documents import docx, fonts, pdf, signing  # noqa: F401

    sqlalchemy.orm.configure_mappers()
    fonts.register_reportlab_fonts()


def serve(idle_minutes: float = IDLE_MINUTES) -> int:
    """Answer commands on this installation's socket until ``idle_minutes`` pass without one, or ``stop``."""
    _preload()
    path = socket_path()
    _private_folder(path.parent)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # an agent killed before it could remove its socket
    old_mask = os.umask(0o177)
    try:
        listener.bind(str(path))
    finally:
        os.umask(old_mask)
    listener.listen(16)
    known = _fingerprint()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # forks are reaped as they end
    served, last = 0, time.monotonic()
    try:
        while (left := idle_minutes * 60 - (time.monotonic() - last)) > 0:
            listener.settimeout(left)  # idle: no command since the last (asking for the status is none)
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                return 0
            with connection:
                done = _answer(listener, connection, known, served)
            if done is None:
                return 0
            if done != served:
                served, last = done, time.monotonic()
        return 0
    finally:
        listener.close()
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def peer_allowed(connection: socket.socket) -> bool:
    """The process at the other end runs as this agent's user."""
    _pid, uid, _gid = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
    return uid == os.getuid()


def _answer(listener: socket.socket, connection: socket.socket, known: object, served: int) -> int | None:
    """One connection: a status, a stop, or a command run in a fork. The commands served so far; None to end."""
    connection.settimeout(10)
    if not peer_allowed(connection):
        return served
    try:
        request, streams = _request(connection)
    except (AgentError, OSError, ValueError):
        return served
    try:
        if "ask" in request:
            if request["ask"] == "stop":
                _say(connection, {"stopped": os.getpid()})
                return None
            _say(connection, {"pid": os.getpid(), "served": served})
            return served
        if request.get("executable") != sys.executable or _fingerprint() != known:
            _say(connection, {"stale": True})  # the installed slamdesk is not the one loaded here
            return None
        child = os.fork()
        if child == 0:
            listener.close()
            _run_forked(connection, request, streams)  # never returns
        return served + 1
    finally:
        for stream in streams:
            os.close(stream)


def _request(connection: socket.socket) -> tuple[dict[str, object], list[int]]:
    data, ancillary, _flags, _address = connection.recvmsg(_LIMIT, socket.CMSG_SPACE(_STREAMS * 4))
    streams: list[int] = []
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            received = array.array("i")
            received.frombytes(payload[: len(payload) - len(payload) % received.itemsize])
            streams += list(received)
    if len(data) < 4:
        raise AgentError("a request too short")
    (length,) = struct.unpack("!I", data[:4])
    if length > _LIMIT:
        raise AgentError("a request too long")
    body = data[4:]
    while len(body) < length:
        more = connection.recv(length - len(body))
        if not more:
            raise AgentError("a request cut short")
        body += more
    request = json.loads(body)
    if not isinstance(request, dict) or ("ask" not in request and len(streams) != _STREAMS):
        for stream in streams:
            os.close(stream)
        raise AgentError("a request without its three streams")
    return request, streams


def _say(connection: socket.socket, answer: dict[str, object]) -> None:
    connection.sendall(json.dumps(answer).encode() + b"\n")


def _run_forked(connection: socket.socket, request: dict[str, object], streams: list[int]) -> None:
    """In the fork: become the command (its streams, folder, environment and umask), run it, say its exit code."""
    code = 1
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        for number, stream in enumerate(streams):
            os.dup2(stream, number)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 (the process's own streams)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False, buffering=1 if _is_terminal(1) else -1)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False, buffering=1)  # noqa: SIM115
        os.chdir(str(request["cwd"]))
        os.environ.clear()
        os.environ.update({str(name): str(value) for name, value in dict(request["env"]).items()})  # type: ignore[call-overload]
        os.umask(int(request["umask"]))  # type: ignore[call-overload]
        from .core import words

        words.set_language(os.environ.get("SLAMDESK_LANGUAGE", "en").strip().lower())
        _say(connection, {"pid": os.getpid()})
        from .launch import run_here

        try:
            code = run_here(list(request["argv"]))  # type: ignore[call-overload]
        except SystemExit as leaving:  # argparse's --help and refusals
            code = leaving.code if isinstance(leaving.code, int) else (0 if leaving.code is None else 1)
            if isinstance(leaving.code, str):
                print(leaving.code, file=sys.stderr)
        except KeyboardInterrupt:
            code = 130
        except BaseException:  # as an interpreter would: the traceback on the command's error stream
            import traceback

            traceback.print_exc()
            code = 1
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        with contextlib.suppress(OSError):
            _say(connection, {"exit": code})
        os._exit(code)


# ``slamdesk agent start|stop|status`` --------------------------------------------------------


def _ask(what: str) -> dict[str, object] | None:
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(socket_path()))
    except OSError:
        connection.close()
        return None
    with connection:
        request = json.dumps({"ask": what}).encode()
        connection.sendall(struct.pack("!I", len(request)) + request)
        return next(_lines(connection), None)


def command(action: str, idle_minutes: float = IDLE_MINUTES) -> int:
    """``start`` (in the background; it answers once it has loaded), ``stop``, ``status`` or ``serve`` (in the
    foreground)."""
    if not 0 < idle_minutes <= 7 * 24 * 60:
        print("slamdesk: error: --idle is minutes, more than 0 and at most a week", file=sys.stderr)
        return 2
    if action == "serve":
        return serve(idle_minutes)
    running = _ask("status")
    if action == "status":
        print(f"agent running (process {running['pid']}), {running['served']} commands answered; socket {socket_path()}"
              if running else "no agent running")
        return 0 if running else 3
    if action == "stop":
        if running is None:
            print("no agent running")
            return 0
        _ask("stop")
        print(f"agent stopped (process {running['pid']})")
        return 0
    if running is not None:
        print(f"agent already running (process {running['pid']})")
        return 0
    _private_folder(socket_path().parent)
    import subprocess

    subprocess.Popen(  # noqa: S603 (this interpreter, this package)
        [sys.executable, "-m", "slamdesk", "agent", "serve", "--idle", str(idle_minutes)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        answer = _ask("status")
        if answer is not None:
            print(f"agent started (process {answer['pid']}); commands run from scripts are answered by it")
            return 0
        time.sleep(0.05)
    print("slamdesk: error: the agent did not start within a minute", file=sys.stderr)
    return 1
