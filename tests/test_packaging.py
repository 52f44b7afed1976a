"""The package installs whole outside an editable checkout: a wheel built from the tree holds every module,
migration, font and icon, and every package is declared in pyproject.toml (one left out would be missing from an
install, or installed as data by luck)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _packages_in_the_tree() -> set[str]:
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "slamdesk").rglob("__init__.py")}
    data = {"slamdesk.resources." + d.name for d in (ROOT / "resources").iterdir() if d.is_dir() and d.name != "__pycache__"}
    return found | {"slamdesk.resources"} | data  # resources/ is installed as slamdesk.resources


def test_every_package_in_the_tree_is_declared() -> None:
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    assert _packages_in_the_tree() - declared == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert declared - _packages_in_the_tree() == set(), "these declared packages are gone"


def test_a_wheel_holds_every_module_migration_font_and_icon(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: building leaves build/ and *.egg-info/ where it runs
    for part in ("slamdesk", "resources"):
        shutil.copytree(ROOT / part, source / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / part, source / part)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    assert [line for line in built.stderr.splitlines() if "Warning" in line] == []  # none of the project's own
    (wheel,) = tmp_path.glob("slamdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {str(p.relative_to(ROOT)) for p in (ROOT / "slamdesk").rglob("*.py")}
    expected |= {str(p.relative_to(ROOT)) for p in (ROOT / "slamdesk" / "migrations").glob("*.mako")}
    expected |= {"slamdesk/resources/" + str(p.relative_to(ROOT / "resources"))
                 for folder in ("fonts", "icons") for p in (ROOT / "resources" / folder).iterdir()}
    assert expected - names == set()
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)  # the licence travels with it
