"""slamdesk's icon, as the window and the dialogs show it (``resources/icons``).

Its own module so that the main window's frame can set it without loading the help dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _icons_folder() -> Path:
    """The packaged icons (``resources/icons``), installed or in a checkout."""
    from ...resource_files import resource_folder  # here: the main window's frame paints before anything it does not need

    return resource_folder("icons")


def application_icon() -> QIcon:
    """slamdesk's icon in every size it ships (the window, the task bar, the dialogs)."""
    icon = QIcon()
    folder = _icons_folder()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"slamdesk-{size}.png"))
    icon.addFile(str(folder / "slamdesk.svg"))
    return icon
