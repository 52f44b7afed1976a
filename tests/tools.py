"""External programs some tests drive; ``packaging/test.sh`` installs every one of them.

A missing tool fails the test that needs it instead of skipping it, so a CI run
can never pass by leaving a check out.
"""

from __future__ import annotations

import shutil

# program -> the Debian package that provides it (see EXTRA_DEBS in packaging/test.sh)
PACKAGES = {
    "soffice": "libreoffice-writer-nogui",
    "pdfsig": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
}


def require(program: str) -> str:
    """The path of ``program``; fails the test, naming the package, when it is not installed."""
    path = shutil.which(program)
    assert path is not None, (
        f"{program} is not installed: install {PACKAGES.get(program, program)} (packaging/test.sh does)"
    )
    return path
