"""``slamdesk agent``: a command run from a script is answered by a fork of a resident interpreter, exactly as it
would be answered by a process of its own (output, errors, exit code, folder, environment, files written), and
the agent steps aside for a terminal, for another user, for slamdesk's files changed under it, and when told to."""

from __future__ import annotations

import json
import os
import pty
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from slamdesk import agent
from tests.conftest import demo_file

ROOT = Path(__file__).resolve().parent.parent


def slamdesk(*arguments: str, cwd: Path | None = None, env: dict[str, str] | None = None,
             stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    """``slamdesk ARGUMENTS`` as a script runs it (no terminal on its standard input)."""
    return subprocess.run([sys.executable, "-m", "slamdesk", *arguments], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=env or dict(os.environ), stdin=stdin, check=False)


def served() -> int | None:
    """How many commands the agent has answered; None when none runs (asked as ``slamdesk agent status`` asks)."""
    answer = agent._ask("status")  # noqa: SLF001
    return None if answer is None else int(str(answer["served"]))


@pytest.fixture
def running(private_data_dir: Path) -> Iterator[None]:
    started = slamdesk("agent", "start", "--idle", "5")
    assert started.returncode == 0 and started.stdout.startswith("agent started"), started.stderr
    yield
    slamdesk("agent", "stop")


@pytest.fixture
def demo(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return demo_file(request, tmp_path / "demo.db")


def test_a_scripts_command_is_answered_by_the_agent_as_by_a_process_of_its_own(
    running: None, demo: Path, tmp_path: Path,
) -> None:
    alone = slamdesk("--db", "demo.db", "register", "--json", cwd=tmp_path, env={**os.environ, agent.NO_AGENT: "1"})
    assert served() == 0
    answered = slamdesk("--db", "demo.db", "register", "--json", cwd=tmp_path)  # a path relative to the command's folder
    assert served() == 1
    assert (answered.returncode, answered.stdout, answered.stderr) == (alone.returncode, alone.stdout, alone.stderr)
    assert answered.returncode == 0 and len(json.loads(answered.stdout)) >= 7
    # its own environment: the day the register is read on, and its language
    later = slamdesk("--db", str(demo), "deadlines", "--json", env={**os.environ, "SLAMDESK_TODAY": "2027-06-30"})
    assert later.stdout == slamdesk("--db", str(demo), "deadlines", "--json", env={
        **os.environ, "SLAMDESK_TODAY": "2027-06-30", agent.NO_AGENT: "1"}).stdout
    assert served() == 2


def test_refusals_and_exit_codes_come_back_on_the_commands_own_streams(running: None, demo: Path) -> None:
    unknown = slamdesk("--db", str(demo), "export", "SLA-2099-0001", "--format", "pdf", "--unsigned")
    assert (unknown.returncode, unknown.stdout) == (1, "")
    assert unknown.stderr == "slamdesk: error: no agreement numbered 'SLA-2099-0001'\n"
    wrong = slamdesk("--db", str(demo), "no-such-command")
    assert wrong.returncode == 2 and "invalid choice: 'no-such-command'" in wrong.stderr and wrong.stdout == ""
    helped = slamdesk("--help")
    assert helped.returncode == 0 and helped.stdout.startswith("usage: slamdesk")
    missing = slamdesk("--db", str(demo.with_name("typo.db")), "register")
    assert missing.returncode == 1 and "no such database" in missing.stderr
    assert not demo.with_name("typo.db").exists()
    assert served() == 4


def test_an_export_through_the_agent_is_signed_recorded_and_verifies(running: None, demo: Path, tmp_path: Path) -> None:
    passphrase = {**os.environ, "SLAMDESK_PASSPHRASE": "correct horse battery"}
    exported = slamdesk("--db", str(demo), "export", "SLA-2026-0002", "--format", "pdf,docx", "--out",
                        str(tmp_path / "out"), env=passphrase)
    assert exported.returncode == 0, exported.stderr
    pdf, docx = (Path(line.split("\t")[0]) for line in exported.stdout.splitlines())
    assert pdf.suffix == ".pdf" and docx.suffix == ".docx" and docx.stat().st_size > 0
    checked = slamdesk("--db", str(demo), "verify", str(pdf))
    assert checked.returncode == 0 and checked.stdout.startswith("INTACT"), checked.stdout
    again = slamdesk("--db", str(demo), "export", "SLA-2026-0002", "--format", "pdf,docx", "--out",
                     str(tmp_path / "out"), env=passphrase)
    assert again.returncode == 0 and "SLA-2026-0002-v1-2.docx" in again.stdout  # the first one's name is taken
    assert served() == 3


def test_a_command_on_a_terminal_runs_in_its_own_process(running: None, demo: Path) -> None:
    terminal, other_end = pty.openpty()
    try:
        done = slamdesk("--db", str(demo), "register", "--limit", "2", stdin=terminal)
    finally:
        os.close(terminal)
        os.close(other_end)
    assert done.returncode == 0 and "SLA-2024-0001" in done.stdout
    assert served() == 0  # a passphrase might be asked there, which a fork without a terminal could not ask for


def test_a_signal_to_the_command_reaches_its_fork(running: None, tmp_path: Path) -> None:
    database = tmp_path / "big.db"
    assert slamdesk("--db", str(database), "demo").returncode == 0
    assert slamdesk("--db", str(database), "register", "--limit", "1").returncode == 0
    command = subprocess.Popen([sys.executable, "-m", "slamdesk", "--db", str(database), "demo", "--agreements",
                                "200000"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    deadline = time.monotonic() + 60
    while served() != 3 and time.monotonic() < deadline:  # the demo, the register, and this one
        time.sleep(0.05)
    time.sleep(1.0)
    began = time.monotonic()
    command.send_signal(signal.SIGINT)  # Ctrl+C
    _out, err = command.communicate(timeout=60)
    assert command.returncode == 130, err  # interrupted, as a process of its own would be
    assert time.monotonic() - began < 30  # long before 200,000 agreements were made


def test_changed_files_make_the_agent_step_aside_and_end(demo: Path, tmp_path: Path) -> None:
    # A copy of slamdesk of its own (``python -m slamdesk`` run in it loads it): touching it is an upgrade for this
    # agent alone, not for the agents other tests run at the same time.
    tree = tmp_path / "tree"
    for part in ("slamdesk", "resources"):
        shutil.copytree(ROOT / part, tree / part, ignore=shutil.ignore_patterns("__pycache__"))
    started = slamdesk("agent", "start", "--idle", "5", cwd=tree)
    assert started.returncode == 0, started.stderr
    try:
        assert slamdesk("--db", str(demo), "register", "--limit", "2", cwd=tree).returncode == 0
        assert "1 commands answered" in slamdesk("agent", "status", cwd=tree).stdout
        source = tree / "slamdesk" / "agent.py"
        kept = source.stat()
        os.utime(source, ns=(kept.st_atime_ns, kept.st_mtime_ns + 1_000_000_000))  # as an upgrade or an edit would
        done = slamdesk("--db", str(demo), "register", "--limit", "2", cwd=tree)
        assert done.returncode == 0 and "SLA-2024-0001" in done.stdout  # run in its own process instead
        deadline = time.monotonic() + 10
        while slamdesk("agent", "status", cwd=tree).returncode == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert slamdesk("agent", "status", cwd=tree).stdout == "no agent running\n"
    finally:
        slamdesk("agent", "stop", cwd=tree)


def test_stop_and_idle_end_the_agent(private_data_dir: Path, request: pytest.FixtureRequest) -> None:
    request.addfinalizer(lambda: slamdesk("agent", "stop"))  # whatever the test found
    assert (slamdesk("agent", "status").stdout, slamdesk("agent", "status").returncode) == ("no agent running\n", 3)
    assert slamdesk("agent", "start").returncode == 0
    assert served() == 0 and slamdesk("agent", "start").stdout.startswith("agent already running")
    status = slamdesk("agent", "status")
    assert status.returncode == 0 and status.stdout.startswith("agent running (process ")
    assert ", 0 commands answered; socket " in status.stdout
    stopped = slamdesk("agent", "stop")
    assert stopped.stdout.startswith("agent stopped") and served() is None and not agent.socket_path().exists()
    assert slamdesk("agent", "start", "--idle", "0.02").returncode == 0  # 1.2 seconds without a command
    deadline = time.monotonic() + 20
    while served() is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert served() is None and not agent.socket_path().exists()
    refused = slamdesk("agent", "start", "--idle", "0")
    assert refused.returncode == 2 and "--idle is minutes" in refused.stderr and served() is None


def test_only_the_agents_own_user_is_answered_in_a_folder_only_it_can_enter(
    private_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
) -> None:
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with ours, theirs:
        assert agent.peer_allowed(ours)
        monkeypatch.setattr(agent.os, "getuid", lambda: os.geteuid() + 1)  # as if the peer ran as another user
        assert not agent.peer_allowed(ours)
    monkeypatch.undo()
    open_to_all = tmp_path / "shared"
    open_to_all.mkdir(mode=0o755)
    open_to_all.chmod(0o755)
    with pytest.raises(agent.AgentError, match="not a private folder"):
        agent._private_folder(open_to_all)  # noqa: SLF001
    runtime = Path(tempfile.mkdtemp(prefix="rt-", dir="/tmp"))  # as /run/user/UID: short
    request.addfinalizer(lambda: shutil.rmtree(runtime))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert agent.socket_path().parent == runtime / "slamdesk" and len(str(agent.socket_path())) <= 107
    made = agent._private_folder(agent.socket_path().parent)  # noqa: SLF001
    assert made.stat().st_mode & 0o777 == 0o700
    deep = tmp_path / ("x" * 60)  # too long a path for a socket in it: the folder in /tmp instead
    deep.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    assert agent.socket_path().parent == Path(f"/tmp/slamdesk-{os.getuid()}") and len(str(agent.socket_path())) <= 107
