"""The ``slamdesk`` command's first step, kept light so that nothing waits for what it does not use.

``--version`` is answered at once. ``slamdesk`` with no command (at most ``--db`` and
``--user``) starts the window, whose frame paints before SQLAlchemy and the rules
load. Anything else is a command: a running agent (``agent``) answers it when it is run from
a script, else it loads the command line (``cli``), which parses and refuses bad arguments with
its messages.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

WINDOW_OPTIONS = ("--db", "--user")
MAX_ARGUMENT = 4_096  # the longest path Linux takes; no argument needs more


def window_arguments(arguments: Sequence[str]) -> argparse.Namespace | None:
    """``--db`` and ``--user`` when ``arguments`` ask for the window and nothing else, else None.

    None also for anything the command line must refuse or explain (an unknown
    option, a missing value, a control character, ``--help``): ``cli`` says why.
    """
    from .core.text import first_refused

    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    for option in WINDOW_OPTIONS:
        parser.add_argument(option)
    try:
        parsed, rest = parser.parse_known_args(list(arguments))
    except argparse.ArgumentError:
        return None
    if rest or any(len(argument) > MAX_ARGUMENT or first_refused(argument) is not None for argument in arguments):
        return None
    return parsed


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments != ["--version"] and window_arguments(arguments) is None:
        from .agent import forward  # a command from a script: a running agent answers it at once

        answered = forward(arguments)
        if answered is not None:
            return answered
    return run_here(arguments)


def run_here(arguments: list[str]) -> int:
    """``slamdesk ARGUMENTS`` in this process (the agent's forks run commands so)."""
    if arguments == ["--version"]:
        from . import __version__

        print(f"slamdesk {__version__}")
        return 0
    window = window_arguments(arguments)
    if window is not None:
        from .ui.app import start

        return start(window.db, window.user)
    from .cli import main as run

    return run(arguments)
