"""A day typed or picked in a form: ISO order (2026-12-31) in every language, with a calendar to pick from."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QSizePolicy

DATE_FORMAT = "yyyy-MM-dd"


def date_edit(value: dt.date) -> QDateEdit:
    """A date field showing ``value``, its calendar a click (or Alt+Down) away."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumWidth(160)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def python_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())
