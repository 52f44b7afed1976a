"""Icons from the desktop's theme (freedesktop icon names), with slamdesk's own where the theme has none (a bare
desktop, the offscreen platform), so every menu entry that has an icon shows one, the same on every machine.

The bundled ones are the Tango Icon Library's (public domain: ``resources/icons/LICENSE-Tango.txt``), at 16, 22
and 32 pixels, named ``action-<key>-<size>.png``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon

from ...resource_files import resource_folder

SIZES = (16, 22, 32)

# What each of the window's actions shows: its theme name (the bundled stand-in is named by the key).
ACTION_ICONS: dict[str, str] = {
    "new": "document-new",
    "refresh": "view-refresh",
    "find": "edit-find",
    "quit": "application-exit",
    "team": "network-server",
    "requirements": "document-properties",
    "catalogue": "view-list-details",
    "clauses": "accessories-text-editor",
    "review_board": "mail-mark-task",
    "monitoring": "utilities-system-monitor",
    "export": "document-save-as",
    "preview": "document-print-preview",
    "export_view": "x-office-spreadsheet",
    "backup": "document-save",
    "restore": "document-revert",
    "shortcuts": "preferences-desktop-keyboard",
    "about": "help-about",
}


def bundled(key: str) -> QIcon:
    """The icon slamdesk carries for action ``key``, in each of its sizes (null for a key it has none for)."""
    icon = QIcon()
    folder = resource_folder("icons")
    for size in SIZES:
        path = folder / f"action-{key}-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def themed(key: str) -> QIcon:
    """The theme's icon for action ``key``, else the bundled one."""
    return QIcon.fromTheme(ACTION_ICONS[key], bundled(key))


def decorate(actions: dict[str, QAction]) -> None:
    """Give each action its icon from ``ACTION_ICONS`` (by key); shown in menus, the tool bar stays text only."""
    for key, action in actions.items():
        action.setIcon(themed(key))
