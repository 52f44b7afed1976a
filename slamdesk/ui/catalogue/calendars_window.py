"""Business-hours calendars: the stored ones on the left, the chosen one's hours, holidays and closures.

A level of the catalogue names the calendar its targets are timed in (Catalogue ▸ a level ▸
Calendar). Saving keeps the calendar as its next version (``core.monitoring.calendar_library``):
what was measured against an earlier version stays as it was. A mistake is shown beside the
field it is in, and nothing is stored.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.monitoring import calendar_forms, calendar_library
from ...core.monitoring.calendar_forms import CalendarText
from ...core.monitoring.calendars import WEEKDAYS
from .. import operations
from ..common import formatting
from ..common.i18n import translate
from ..common.unsaved import HoldsEdits
from ..common.widgets import FieldErrors, ToolWindowKeys, set_read_only, unless_unsaved
from ..context import AppContext
from ..operations import Area, Changed

DAY_LABELS = (QT_TRANSLATE_NOOP("CalendarsWindow", "&Monday"), QT_TRANSLATE_NOOP("CalendarsWindow", "&Tuesday"),
              QT_TRANSLATE_NOOP("CalendarsWindow", "&Wednesday"), QT_TRANSLATE_NOOP("CalendarsWindow", "T&hursday"),
              QT_TRANSLATE_NOOP("CalendarsWindow", "&Friday"), QT_TRANSLATE_NOOP("CalendarsWindow", "Sat&urday"),
              QT_TRANSLATE_NOOP("CalendarsWindow", "Sun&day"))
COUNTRIES = ("SE", "VN", "ID", "UA", "NO", "DK", "FI", "DE", "GB", "PL", "NL", "SG", "US")
NEW = QT_TRANSLATE_NOOP("CalendarsWindow", "New calendar")  # what unsaved edits to a calendar not yet named are


class CalendarsWindow(HoldsEdits, ToolWindowKeys, QDialog):
    """The stored calendars; the chosen one in a form; Save keeps it as a new version.

    Attributes:
        names: the stored calendars, newest versions, by name.
        errors: labels beside the fields, under ``core``'s field names (``weekly.mon`` ...).
        loaded: what the form held when it was filled (unsaved edits are what differs).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(translate("CalendarsWindow", "Business-hours calendars — slamdesk"))
        self.context = context
        self.errors = FieldErrors()
        self.unsaved_box: QMessageBox | None = None
        self.names = QListWidget()
        self.names.setMinimumWidth(200)
        self.new_button = QPushButton(translate("CalendarsWindow", "New c&alendar"))
        self.name = QLineEdit(placeholderText=translate("CalendarsWindow", "e.g. Stockholm office"))
        self.timezone = QLineEdit(placeholderText=translate("CalendarsWindow", "e.g. Europe/Stockholm"))
        zones = QCompleter(sorted(available_timezones()), self.timezone)
        zones.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        zones.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(zones)
        self.country = QLineEdit(placeholderText=translate("CalendarsWindow", "none; or e.g. SE, VN, ID, UA, DE-BY"))
        self.country.setCompleter(QCompleter(COUNTRIES, self.country))
        self.days = {day: QLineEdit(placeholderText=translate("CalendarsWindow", "day off")) for day in WEEKDAYS}
        self.holidays = QPlainTextEdit(placeholderText=translate("CalendarsWindow", "more days off, e.g. 2026-12-24, 2026-12-31"))
        self.closures = QPlainTextEdit(
            placeholderText=translate("CalendarsWindow", "one per line: 2026-12-23T12:00 / 2026-12-23T17:00"))
        for edit in (self.holidays, self.closures):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(translate("CalendarsWindow", "Keep the calendar as its next version (Ctrl+S)"))
        self._lay_out()
        self.loaded = self._form()
        self.names.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_calendar)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload()
        self._apply_role()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()).width() + 160, 640)

    def _apply_role(self) -> None:
        """A person who may not keep calendars reads them: the fields take no edit, New and Save are off with the
        reason in their tooltip, and the summary's line says why, before anything is typed."""
        refused = calendar_library.why_not_keep(self.context.actor)
        self.role_refusal = refused
        if refused is None:
            return
        for field in (self.name, self.timezone, self.country, *self.days.values(), self.holidays, self.closures):
            set_read_only(field, True)
        for button in (self.new_button, self.save_button):
            button.setEnabled(False)
            button.setToolTip(refused)
        self.role_banner.setText(translate("CalendarsWindow", "<b>Read-only:</b> {reason}.").format(reason=refused))
        self.role_banner.show()

    def _lay_out(self) -> None:
        errors = self.errors
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, widget in ((translate("CalendarsWindow", "&Name:"), "name", self.name),
                                    (translate("CalendarsWindow", "Time &zone:"), "timezone", self.timezone),
                                    (translate("CalendarsWindow", "&Public holidays of:"), "country", self.country)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, errors.field(name, widget))
        hours = QGroupBox(translate("CalendarsWindow",
                                    "Working hours (several a day: 08:00-12:00, 13:00-17:00; 22:00-06:00 runs past midnight)"))
        week = QFormLayout(hours)
        for day, label in zip(WEEKDAYS, DAY_LABELS, strict=True):
            caption = QLabel(translate("CalendarsWindow", label))
            caption.setBuddy(self.days[day])
            week.addRow(caption, errors.field(f"weekly.{day}", self.days[day]))
        errors.alias("weekly", "weekly.mon")
        extra = QFormLayout()
        for label, name, widget in ((translate("CalendarsWindow", "More days &off:"), "holidays", self.holidays),
                                    (translate("CalendarsWindow", "C&losures:"), "closures", self.closures)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            extra.addRow(caption, errors.field(name, widget))
        right = QVBoxLayout()
        self.role_banner = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.role_banner.setObjectName("roleBanner")  # what the person may not do here, and why (core's words)
        self.role_banner.hide()
        right.addWidget(self.role_banner)
        right.addLayout(form)
        right.addWidget(hours)
        right.addLayout(extra)
        right.addWidget(self.summary)
        right.addWidget(errors.general)
        right.addStretch(1)
        right.addWidget(self.buttons)
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("CalendarsWindow", "Stored calendars:")))
        left.addWidget(self.names, 1)
        left.addWidget(self.new_button)
        left_side, right_side = QWidget(), QWidget()
        left_side.setLayout(left)
        right_side.setLayout(right)
        split = QSplitter()
        split.addWidget(left_side)
        split.addWidget(right_side)
        split.setStretchFactor(1, 1)
        QHBoxLayout(self).addWidget(split)

    # Reading and showing

    def reload(self, select: str | None = None) -> None:
        """The stored calendars again; ``select`` (or the first) chosen."""
        listed = operations.query(self, self.context, lambda: calendar_library.list_calendars(self.context.db),
                                  what=translate("CalendarsWindow", "Business-hours calendars"))
        self.names.blockSignals(True)
        self.names.clear()
        for stored in listed.value or []:
            item = QListWidgetItem(stored.name)
            item.setData(Qt.ItemDataRole.UserRole, stored.name)
            item.setToolTip(translate("CalendarsWindow", "Version {version}: {description}").format(
                version=stored.version, description=calendar_forms.describe(stored.definition)))
            self.names.addItem(item)
            if stored.name == select:
                self.names.setCurrentItem(item)
        self.names.blockSignals(False)
        if self.names.currentItem() is None and self.names.count():
            self.names.setCurrentRow(0)
        self._show_chosen()

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None or self._form() == self.loaded:
            self._show_chosen()
            return
        back = previous.data(Qt.ItemDataRole.UserRole) if previous is not None else None

        def stay() -> None:
            self.names.blockSignals(True)
            self.names.setCurrentItem(next((self.names.item(row) for row in range(self.names.count())
                                            if self.names.item(row).data(Qt.ItemDataRole.UserRole) == back), None))
            self.names.blockSignals(False)

        stay()  # until the question is answered
        self.unsaved_box = unless_unsaved(self, self._unsaved_name(), True, self.save_edits,
                                          lambda: (self.names.blockSignals(True), self.names.setCurrentItem(current),
                                                   self.names.blockSignals(False), self._show_chosen()))

    def _show_chosen(self) -> None:
        item = self.names.currentItem()
        if item is None:
            self._fill("", CalendarText(timezone="", weekly={}),
                       translate("CalendarsWindow", "No calendar is stored yet: type one and Save."))
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        read = operations.query(self, self.context, lambda: calendar_library.get_calendar(self.context.db, name),
                                what=translate("CalendarsWindow", "Business-hours calendars"))
        if read.value is not None:
            stored = read.value
            self._fill(stored.name, calendar_forms.as_text(stored.definition),
                       translate("CalendarsWindow", "Version {version}, saved {saved}: {description}").format(
                           version=stored.version, saved=formatting.timestamp(stored.created_at),
                           description=calendar_forms.describe(stored.definition)))

    def _fill(self, name: str, text: CalendarText, summary: str) -> None:
        self.errors.clear()
        self.name.setText(name)
        self.timezone.setText(text.timezone)
        self.country.setText(text.country)
        for day, edit in self.days.items():
            edit.setText(text.weekly.get(day, ""))
        self.holidays.setPlainText(text.holidays)
        self.closures.setPlainText(text.closures)
        self.summary.setText(summary)
        self.loaded = self._form()

    def _form(self) -> tuple[str, CalendarText]:
        return self.name.text().strip(), CalendarText(
            timezone=self.timezone.text(), country=self.country.text(),
            weekly={day: edit.text() for day, edit in self.days.items()},
            holidays=self.holidays.toPlainText(), closures=self.closures.toPlainText(),
        )

    def new_calendar(self) -> None:
        """An empty form with office hours to start from (Mon-Fri 08:00-17:00, the system's zone)."""
        def start() -> None:
            self.names.blockSignals(True)
            self.names.setCurrentItem(None)
            self.names.clearSelection()
            self.names.blockSignals(False)
            self._fill("", CalendarText(timezone=self.timezone.text() or "Europe/Stockholm",
                                        weekly={day: "08:00-17:00" for day in WEEKDAYS[:5]}),
                       translate("CalendarsWindow", "A new calendar: name it, set its hours and Save."))
            self.loaded = ("", CalendarText())  # a new calendar is unsaved until saved
            self.name.setFocus()

        self.unsaved_box = unless_unsaved(self, self._unsaved_name(), self.unsaved_edits() is not None,
                                          self.save_edits, start)

    # Saving

    def save(self) -> bool:
        """Check the form and keep it as the calendar's next version; a mistake is shown beside its field."""
        name, text = self._form()
        saved = operations.change(
            self, self.context, lambda: calendar_library.save_calendar(
                self.context.db, self.context.actor, name, calendar_forms.from_text(text)),
            what=translate("CalendarsWindow", "Save the calendar"), changed=Changed(Area.CATALOGUE), fields=self.errors,
            done=lambda stored: translate("CalendarsWindow", "Calendar {name} saved as version {version}").format(
                name=stored.name, version=stored.version),
        )
        if saved.value is not None:
            self.loaded = ("", CalendarText())
            self.reload(select=saved.value.name)
        return bool(saved)

    # HoldsEdits

    def unsaved_edits(self) -> str | None:
        name, _text = self._form()
        if self._form() == self.loaded:
            return None
        return translate("CalendarsWindow", "Calendar {name}").format(name=name) if name else translate("CalendarsWindow", NEW)

    def _unsaved_name(self) -> str:
        """What the unsaved-edits question names: the calendar, or a new one."""
        return self.unsaved_edits() or translate("CalendarsWindow", NEW)

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        self.loaded = self._form()
        self._show_chosen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved_edits() is None:
            super().closeEvent(event)  # QDialog's: reject(), which hides it and says finished
            return
        event.ignore()
        self.unsaved_box = unless_unsaved(self, self._unsaved_name(), True, self.save_edits, self._close_now)

    def reject(self) -> None:  # Esc, Close and the title bar's button all end here; unsaved edits are asked about
        if self.unsaved_edits() is None:
            super().reject()
            return
        self.unsaved_box = unless_unsaved(self, self._unsaved_name(), True, self.save_edits, self._close_now)

    def _close_now(self) -> None:
        self.loaded = self._form()
        super().reject()
