"""The package installs whole outside an editable checkout: a wheel built from the tree holds every module,
migration, font and icon, and every package is declared in pyproject.toml (one left out would be missing from an
install, or installed as data by luck)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from slamdesk.ui.common import catalogues

ROOT = Path(__file__).resolve().parent.parent


def _packages_in_the_tree() -> set[str]:
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "slamdesk").rglob("__init__.py")}
    data = {"slamdesk.resources." + d.name for d in (ROOT / "resources").iterdir() if d.is_dir() and d.name != "__pycache__"}
    return found | {"slamdesk.resources"} | data  # resources/ is installed as slamdesk.resources


def test_every_package_in_the_tree_is_declared() -> None:
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    assert _packages_in_the_tree() - declared == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert declared - _packages_in_the_tree() == set(), "these declared packages are gone"


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel both tests look at, built once per worker (a build takes seconds)."""
    return _build_wheel(tmp_path_factory.mktemp("wheel"))


def _build_wheel(tmp_path: Path) -> tuple[Path, str]:
    """A wheel built from a copy of the tree (building leaves build/ and *.egg-info/ where it runs), and pip's stderr."""
    source = tmp_path / "source"
    for part in ("slamdesk", "resources"):  # core's compiled messages left behind: the build compiles its own
        shutil.copytree(ROOT / part, source / part, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    for part in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy(ROOT / part, source / part)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("slamdesk-*.whl")
    return wheel, built.stderr


RUN_NOT_IMPORTED = ("slamdesk.__main__", "slamdesk.migrations.env")  # python -m slamdesk; Alembic's script
IMPORT_EVERY_MODULE = f"""
import importlib, pkgutil, sys
import slamdesk
names = [m.name for m in pkgutil.walk_packages(slamdesk.__path__, "slamdesk.")
         if m.name not in {RUN_NOT_IMPORTED!r}]
for name in names:
    importlib.import_module(name)
print(slamdesk.__file__)
print(len(names))
"""


def test_the_wheel_installed_without_an_editable_checkout_imports_and_runs(
    tmp_path: Path, built_wheel: tuple[Path, str]
) -> None:
    wheel, _stderr = built_wheel
    target = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    # The new environment gets slamdesk from the wheel, and the libraries it needs from the test environment's
    # site-packages by PYTHONPATH (whose .pth files, the editable checkout's among them, are not read).
    environment = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"], "QT_QPA_PLATFORM": "offscreen"}
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                                str(wheel)], capture_output=True, text=True, check=False)
    assert installed.returncode == 0, installed.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"  # not the checkout: nothing is found by being in the current folder
    elsewhere.mkdir()

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, capture_output=True, text=True, cwd=elsewhere, env=environment,
                              timeout=300, check=False)

    imported = run(str(python), "-c", IMPORT_EVERY_MODULE)
    assert imported.returncode == 0, imported.stderr[-2000:]
    location, count = imported.stdout.split()
    assert Path(location).is_relative_to(target) and int(count) > 100  # the installed copy, every module of it
    # (but the two modules that are run, not imported: ``python -m slamdesk``, tried below as the installed
    # command, and Alembic's migration environment, which ``demo`` runs below)
    from slamdesk import __version__

    version = run(str(target / "bin" / "slamdesk"), "--version")
    assert version.stdout.strip() == f"slamdesk {__version__}", version.stderr
    database = tmp_path / "installed.db"
    made = run(str(target / "bin" / "slamdesk"), "--db", str(database), "demo")
    assert made.returncode == 0, made.stderr[-2000:]  # migrations, fonts and all found in the installed package
    listed = run(str(target / "bin" / "slamdesk"), "--db", str(database), "register", "--limit", "3")
    assert listed.returncode == 0 and "SLA-2024-0001" in listed.stdout, listed.stderr[-2000:]
    # The window's catalogues are found in the installed package, and one speaks its language.
    spoken = run(str(python), "-c", SPEAKS_UKRAINIAN)
    assert spoken.returncode == 0, spoken.stderr[-2000:]
    folder, language, refusal = spoken.stdout.split("\n")[:3]
    assert Path(folder).is_relative_to(target) and language == "&Мова"
    assert refusal == "рішення — одне з {choices}"  # core's compiled catalogue, from the wheel


SPEAKS_UKRAINIAN = """
from PySide6.QtWidgets import QApplication
from slamdesk.ui.common import catalogues, i18n
app = QApplication([])
print(catalogues.installed())
assert i18n.install("uk")
print(i18n.translate("LanguageMenu", "&Language"))
from slamdesk.core import words
words.set_language("uk")
assert words.folder() == catalogues.installed().parent / "messages" and not list(words.folder().glob("*/*.po"))
print(words._("the decision is one of {choices}"))
"""


def test_a_wheel_holds_every_module_migration_font_and_icon(built_wheel: tuple[Path, str]) -> None:
    wheel, stderr = built_wheel
    assert [line for line in stderr.splitlines() if "Warning" in line] == []  # none of the project's own
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {str(p.relative_to(ROOT)) for p in (ROOT / "slamdesk").rglob("*.py")}
    expected |= {str(p.relative_to(ROOT)) for p in (ROOT / "slamdesk" / "migrations").glob("*.mako")}
    expected |= {"slamdesk/resources/" + str(p.relative_to(ROOT / "resources"))
                 for folder in ("fonts", "icons") for p in (ROOT / "resources" / folder).iterdir()}
    # the window's catalogues, compiled at install (packaging/bootstrap.sh) and packaged; their sources are not
    expected |= {f"slamdesk/resources/translations/slamdesk_{language}.qm" for language in catalogues.TRANSLATED}
    # core's messages, compiled by the build itself (setup.py), whatever the tree holds compiled
    expected |= {f"slamdesk/resources/messages/slamdesk_{language}.mo" for language in catalogues.TRANSLATED}
    assert expected - names == set()
    assert not [name for name in names if name.endswith((".ts", ".po"))]  # sources stay in the tree
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)  # the licence travels with it
