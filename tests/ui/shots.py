"""Screenshots of the window for people to look at: /tmp/ui_shots/<name>.png (best effort)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

SHOTS = Path("/tmp/ui_shots")


def shoot(widget: QWidget, name: str, *over: QWidget) -> None:
    """Save ``widget``, with the top-level dialogs ``over`` painted where they stand on it."""
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    picture = widget.grab()
    if over:
        painter = QPainter(picture)
        for dialog in over:
            where = dialog.mapToGlobal(dialog.rect().topLeft()) - widget.mapToGlobal(widget.rect().topLeft())
            painter.drawPixmap(where, dialog.grab())
        painter.end()
    picture.save(str(SHOTS / f"{name}.png"))
