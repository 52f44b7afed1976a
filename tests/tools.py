"""External programs some tests drive (``packaging/test.sh`` installs every one of them), and the project's own
scripts in ``tools/``.

A missing tool fails the test that needs it instead of skipping it, so a CI run
can never pass by leaving a check out.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

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


def script(name: str) -> ModuleType:
    """``tools/NAME.py`` loaded as the module ``NAME`` (``tools/`` is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent.parent / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # before running it: its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module
