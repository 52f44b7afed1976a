"""Settings ▸ Language: the system's language or one of slamdesk's five, applied the next time slamdesk starts."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from . import i18n


def language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """The menu: "System language (…)" and each language in its own name, the chosen one checked."""
    menu = QMenu(i18n.translate("LanguageMenu", "&Language"), parent)
    group = QActionGroup(menu)
    stored = str(settings.value(i18n.SETTING, "") or "")
    system = i18n.NAMES[i18n.system_language()]
    choices: list[tuple[str | None, str]] = [
        (None, i18n.translate("LanguageMenu", "System language ({language})").format(language=system)),
        *((code, name) for code, name in i18n.NAMES.items())]
    for code, text in choices:
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(code == (stored if stored in i18n.NAMES else None))
        action.setData(code)
        action.triggered.connect(lambda _checked=False, code=code: _choose(parent, settings, code))
        group.addAction(action)
        menu.addAction(action)
        if code is None:
            menu.addSeparator()
    return menu


def _choose(parent: QWidget, settings: QSettings, code: str | None) -> None:
    i18n.choose_language(code, settings)
    after = code or i18n.system_language()
    if after != i18n.current():
        QMessageBox.information(
            parent, i18n.translate("LanguageMenu", "Language"),
            i18n.translate("LanguageMenu", "slamdesk will be in {language} the next time it starts.").format(
                language=i18n.NAMES[after]))
