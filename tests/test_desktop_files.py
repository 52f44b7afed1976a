"""slamdesk behaves like a Linux desktop application: its menu entry and AppStream metainfo pass the
validators, its icon exists in every size, and install-desktop.sh puts them where the desktop looks."""

from __future__ import annotations

import configparser
import os
import subprocess
from pathlib import Path

from PySide6.QtGui import QImage

from tests.tools import require

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.slamdesk.Slamdesk"
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
SIZES = (16, 32, 48, 64, 128, 256)


def test_the_desktop_entry_passes_desktop_file_validate_and_names_the_icon() -> None:
    result = subprocess.run([require("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout.strip()) == (0, ""), result.stdout + result.stderr  # no warning either
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Exec"], desktop["Icon"]) == ("slamdesk", APP_ID)
    assert {key for key in desktop if key.startswith("Comment[")} == {f"Comment[{code}]" for code in ("sv", "vi", "id", "uk")}


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run([require("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"<launchable type=\"desktop-id\">{DESKTOP.name}</launchable>" in METAINFO.read_text(encoding="utf-8")


def test_the_icon_is_there_in_every_size() -> None:
    for size in SIZES:
        image = QImage(str(ROOT / "resources" / "icons" / f"slamdesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not an empty square
    assert "<svg" in (ROOT / "resources" / "icons" / "slamdesk.svg").read_text(encoding="utf-8")


def test_install_desktop_puts_entry_metainfo_and_icons_under_the_users_data_folder(tmp_path: Path) -> None:
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run(["bash", str(ROOT / "packaging" / "install-desktop.sh")], capture_output=True, text=True,
                            env=environment, check=False)
    assert result.returncode == 0, result.stderr
    installed = (tmp_path / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={ROOT}/.venv/bin/slamdesk" in installed.splitlines()
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    for size in SIZES:
        assert (tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").exists()
    check = subprocess.run([require("desktop-file-validate"), str(tmp_path / "applications" / f"{APP_ID}.desktop")],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0 and check.stdout.strip() == ""
