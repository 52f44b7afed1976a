"""Icons from the desktop's theme (freedesktop icon names), with the style's own standard icon where the theme
has none (a bare desktop, the offscreen platform), so every menu entry that has an icon shows one."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap

# What each of the window's actions shows: its theme name, and the style's stand-in.
ACTION_ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "new": ("document-new", SP.SP_FileIcon),
    "refresh": ("view-refresh", SP.SP_BrowserReload),
    "find": ("edit-find", SP.SP_FileDialogContentsView),
    "quit": ("application-exit", SP.SP_DialogCloseButton),
    "team": ("network-server", SP.SP_DriveNetIcon),
    "requirements": ("document-properties", SP.SP_FileDialogDetailedView),
    "catalogue": ("view-list-details", SP.SP_FileDialogListView),
    "clauses": ("accessories-text-editor", SP.SP_FileDialogInfoView),
    "review_board": ("mail-mark-task", SP.SP_DialogApplyButton),
    "monitoring": ("utilities-system-monitor", SP.SP_ComputerIcon),
    "export": ("document-save-as", SP.SP_DialogSaveButton),
    "preview": ("document-print-preview", SP.SP_FileDialogContentsView),
    "export_view": ("x-office-spreadsheet", SP.SP_FileIcon),
    "backup": ("document-save", SP.SP_DialogSaveButton),
    "restore": ("document-revert", SP.SP_DialogResetButton),
    "shortcuts": ("preferences-desktop-keyboard", SP.SP_DialogHelpButton),
    "about": ("help-about", SP.SP_MessageBoxInformation),
}


def themed(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """The theme's icon ``name``, else the style's ``fallback``."""
    return QIcon.fromTheme(name, QApplication.style().standardIcon(fallback))


def decorate(actions: dict[str, QAction]) -> None:
    """Give each action its icon from ``ACTION_ICONS`` (by key); shown in menus, the tool bar stays text only."""
    for key, action in actions.items():
        name, fallback = ACTION_ICONS[key]
        action.setIcon(themed(name, fallback))
