"""The ``slamdesk`` command's first step: ``--version`` is answered at once; anything else loads the
command line (and with it SQLAlchemy and the rules) only then."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        from . import __version__

        print(f"slamdesk {__version__}")
        return 0
    from .cli import main as run

    return run(arguments)
