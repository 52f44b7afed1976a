"""The Qt binding itself: calls the UI makes thousands of times a day must not corrupt Python's state.

PySide6 6.12.0 drops one reference to ``None`` on every call of a void Qt
method; on Python 3.11 the count reaches zero after a few thousand calls and
the process aborts ("Fatal Python error: none_dealloc"). ``pyproject.toml``
keeps that release out; this test fails if a binding with the fault comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 200


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    pixmap = QPixmap(20, 20)
    painter = QPainter(pixmap)
    try:
        calls = {
            "QLabel.setText": lambda: label.setText("SLA-2026-0001"),
            "QWidget.update": label.update,
            "QPainter.save": painter.save,
            "QPainter.restore": painter.restore,
            "QPainter.setClipRect": lambda: painter.setClipRect(QRect(0, 0, 1, 1)),
        }
        lost = {}
        for name, call in calls.items():
            before = sys.getrefcount(None)
            for _ in range(CALLS):
                call()
            lost[name] = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert {name: count for name, count in lost.items() if count >= CALLS // 2} == {}
