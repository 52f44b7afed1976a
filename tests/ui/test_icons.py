"""Menu icons come from the desktop's theme, with slamdesk's own where the theme has none (as here, offscreen);
the tool bar stays words only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from slamdesk.ui.common import icons
from slamdesk.ui.main_window import MainWindow


def test_the_windows_actions_show_an_icon_in_their_menus(window: MainWindow) -> None:
    shown = {action.text(): action for menu in window.menus.values() for action in menu.actions()}
    for text in ("&New agreement…", "&Refresh", "&Find…", "&Quit", "Back &up now…", "&About slamdesk…"):
        assert not shown[text].icon().isNull(), text
    assert not window.agreement_actions.export.icon().isNull() and not window.agreement_actions.preview.icon().isNull()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    # the details' Preview button keeps its words beside the icon its action now has
    assert window.detail.preview_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.detail.preview_button.text() == "Preview PDF"


def test_a_theme_icon_is_preferred_and_the_bundled_one_stands_in(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def from_theme(name: str, fallback: QIcon) -> QIcon:
        asked.append(name)
        return fallback

    monkeypatch.setattr(QIcon, "fromTheme", from_theme)
    icon = icons.themed("new")
    assert asked == ["document-new"] and not icon.isNull()
    assert set(icons.ACTION_ICONS) >= {"new", "refresh", "find", "quit", "export", "preview", "about"}


def test_every_action_has_its_own_bundled_icon_in_each_size_and_the_theme_would_win() -> None:
    from slamdesk.resource_files import resource_folder

    pictures = set()
    for key in icons.ACTION_ICONS:
        icon = icons.bundled(key)
        assert [size.width() for size in icon.availableSizes()] == list(icons.SIZES), key
        pixels = icon.pixmap(22, 22).toImage()
        assert pixels.width() == 22 and not pixels.isNull()
        pictures.add(bytes(pixels.constBits()))  # type: ignore[call-overload]
    assert len(pictures) == len(icons.ACTION_ICONS)  # no two actions look the same
    assert icons.bundled("nothing").isNull()
    assert (resource_folder("icons") / "LICENSE-Tango.txt").is_file()  # where they come from, and their licence
