"""The requirements editor's rows: each row's draft as typed, and the table model that edits them.

Save hands the drafts to ``core`` (which checks every rule); a refused field is marked in its cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...core.catalogue import COVERAGE_OPTIONS, PRIORITIES, ServiceInfo
from ...core.errors import ValidationError
from ...core.money import parse_amount
from ...core.requirements import VOLUME_FIELDS, RequirementInput, RequirementView
from ..common import formatting
from ..common.i18n import translate
from .labels import priority_label

ERROR_BACKGROUND = QColor("#fde2e2")
READ_ONLY_STYLE = (
    "QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] { background: #f3f4f6; color: #374151; }"
)
MUTED_TEXT = QColor("#6b7280")
NO_SERVICE = QT_TRANSLATE_NOOP("RequirementsModel", "— none in the catalogue —")
NEW_PRIORITIES = ("P2", "P3")
PRIORITIES_FIRST = next(iter(PRIORITIES))
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NEED = 0
    SERVICE = 1
    SITE = 2
    REGION = 3
    COVERAGE = 4
    PRIORITIES = 5
    USERS = 6
    DEVICES = 7
    SITES = 8
    TICKETS = 9
    ITEMS = 10
    CSAT = 11
    EFFORT = 12


# Each column's header and its tool tip (translated where shown).
HEADERS: dict[Column, tuple[str, str]] = {
    Column.NEED: (QT_TRANSLATE_NOOP("RequirementsModel", "Need"),
                  QT_TRANSLATE_NOOP("RequirementsModel", "What the customer needs, in their own words")),
    Column.SERVICE: (QT_TRANSLATE_NOOP("RequirementsModel", "Service"),
                     QT_TRANSLATE_NOOP("RequirementsModel", "The catalogue service that meets the need, or none")),
    Column.SITE: (QT_TRANSLATE_NOOP("RequirementsModel", "Site"),
                  QT_TRANSLATE_NOOP("RequirementsModel", "Where the service is delivered")),
    Column.REGION: (QT_TRANSLATE_NOOP("RequirementsModel", "Region"),
                    QT_TRANSLATE_NOOP("RequirementsModel", "Some levels are offered in some regions only")),
    Column.COVERAGE: (QT_TRANSLATE_NOOP("RequirementsModel", "Hours of coverage"),
                      QT_TRANSLATE_NOOP("RequirementsModel", "24x7, or like Mon-Fri 08:00-17:00")),
    Column.PRIORITIES: (QT_TRANSLATE_NOOP("RequirementsModel", "Priorities"), QT_TRANSLATE_NOOP(
                        "RequirementsModel", "Priority categories the customer needs (edit them below the table)")),
    Column.USERS: (QT_TRANSLATE_NOOP("RequirementsModel", "Users"),
                   QT_TRANSLATE_NOOP("RequirementsModel", "Number of users")),
    Column.DEVICES: (QT_TRANSLATE_NOOP("RequirementsModel", "Devices"),
                     QT_TRANSLATE_NOOP("RequirementsModel", "Number of devices")),
    Column.SITES: (QT_TRANSLATE_NOOP("RequirementsModel", "Sites"),
                   QT_TRANSLATE_NOOP("RequirementsModel", "Number of sites (at least 1)")),
    Column.TICKETS: (QT_TRANSLATE_NOOP("RequirementsModel", "Tickets/mo"),
                     QT_TRANSLATE_NOOP("RequirementsModel", "Expected tickets per month")),
    Column.ITEMS: (QT_TRANSLATE_NOOP("RequirementsModel", "Items/mo"),
                   QT_TRANSLATE_NOOP("RequirementsModel", "Expected delivered items (e.g. visits) per month")),
    Column.CSAT: (QT_TRANSLATE_NOOP("RequirementsModel", "CSAT %"),
                  QT_TRANSLATE_NOOP("RequirementsModel", "Customer satisfaction goal, in percent (up to 100)")),
    Column.EFFORT: (QT_TRANSLATE_NOOP("RequirementsModel", "Effort"),
                    QT_TRANSLATE_NOOP("RequirementsModel", "Customer effort goal, a score from 1 (easy) to 7")),
}
# The row attribute each column edits; the same names ``core`` uses in ``ValidationError.field``.
FIELD_OF: dict[Column, str] = {
    Column.NEED: "need",
    Column.SERVICE: "service",
    Column.SITE: "site",
    Column.REGION: "region",
    Column.COVERAGE: "coverage",
    Column.PRIORITIES: "priorities",
    Column.USERS: "users",
    Column.DEVICES: "devices",
    Column.SITES: "sites",
    Column.TICKETS: "tickets_per_month",
    Column.ITEMS: "items_per_month",
    Column.CSAT: "csat_target_pct",
    Column.EFFORT: "effort_target",
}
COLUMN_OF = {name: column for column, name in FIELD_OF.items()}
NUMBER_COLUMNS = frozenset({Column.USERS, Column.DEVICES, Column.SITES, Column.TICKETS, Column.ITEMS,
                            Column.CSAT, Column.EFFORT})
WIDTHS: dict[Column, int] = {
    Column.SERVICE: 170, Column.SITE: 150, Column.REGION: 70, Column.COVERAGE: 140, Column.PRIORITIES: 84,
    Column.USERS: 54, Column.DEVICES: 62, Column.SITES: 50, Column.TICKETS: 80, Column.ITEMS: 72,
    Column.CSAT: 60, Column.EFFORT: 54,
}


def no_service() -> str:
    """What the Service column says of a requirement no catalogue service meets."""
    return translate("RequirementsModel", NO_SERVICE)


def _amount_or_text(text: str) -> Decimal | str | None:
    """A Decimal when ``core`` reads it as one; else the text, which ``core`` then refuses with its message."""
    if not text.strip():
        return None
    try:
        return parse_amount(text, "")
    except ValidationError:
        return text.strip()


@dataclass
class RowDraft:
    """One requirement as typed: numbers stay text until ``core`` reads them."""

    id: int | None = None
    service_id: int | None = None
    need: str = ""
    outcome: str = ""
    site: str = ""
    region: str = ""
    coverage: str = COVERAGE_OPTIONS[0]
    priorities: tuple[str, ...] = NEW_PRIORITIES
    priority_notes: dict[str, str] = field(default_factory=dict)
    users: str = "0"
    devices: str = "0"
    sites: str = "1"
    tickets_per_month: str = "0"
    items_per_month: str = "0"
    csat_target_pct: str = ""
    effort_target: str = ""

    @classmethod
    def of(cls, item: RequirementView) -> RowDraft:
        return cls(
            id=item.id, service_id=item.service_id, need=item.need, outcome=item.outcome, site=item.site,
            region=item.region, coverage=item.coverage, priorities=item.priorities,
            priority_notes=dict(item.priority_notes),
            csat_target_pct=formatting.decimal_text(item.csat_target_pct),
            effort_target=formatting.decimal_text(item.effort_target),
            **{name: str(getattr(item.volumes, name)) for name in VOLUME_FIELDS},
        )

    def to_input(self) -> RequirementInput:
        values: dict[str, Any] = {name: formatting.whole_number(getattr(self, name)) for name in VOLUME_FIELDS}
        return RequirementInput(
            id=self.id, service_id=self.service_id, site=self.site, coverage=self.coverage,
            priorities=tuple(p for p in PRIORITIES if p in self.priorities), need=self.need, region=self.region,
            outcome=self.outcome,
            priority_notes={p: note for p, note in self.priority_notes.items() if p in self.priorities},
            csat_target_pct=_amount_or_text(self.csat_target_pct),  # type: ignore[arg-type]
            effort_target=_amount_or_text(self.effort_target),  # type: ignore[arg-type]
            **values,
        )


class RequirementsModel(QAbstractTableModel):
    """The document's rows as drafts, editable until the document is sent.

    Signals:
        edited: a row was changed, added, removed or moved.

    Attributes:
        error_cell: (row, column) of the cell ``core`` refused, shown in red until edited.
    """

    edited = Signal()

    def __init__(self, services: list[ServiceInfo]) -> None:
        super().__init__()
        self.rows: list[RowDraft] = []
        self.read_only = False
        self.error_cell: tuple[int, Column] | None = None
        self._error_message = ""
        self._services = {service.id: service.name for service in services}

    def load(self, rows: list[RowDraft], *, read_only: bool, services: list[ServiceInfo]) -> None:
        self.beginResetModel()
        self.rows, self.read_only = rows, read_only
        self._services = {service.id: service.name for service in services}
        self.error_cell = None
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            label, tip = HEADERS[Column(section)]
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("RequirementsModel", label)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("RequirementsModel", tip)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or Column(index.column()) is Column.PRIORITIES:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return row.service_id if column is Column.SERVICE else self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return formatting.NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.BackgroundRole and self.error_cell == (index.row(), column):
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.SERVICE and row.service_id is None:
            return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.error_cell == (index.row(), column):
                return self._error_message
            if column is Column.NEED:
                outcome = translate("RequirementsModel", "Outcome: {outcome}").format(outcome=row.outcome) if row.outcome else ""
                return "\n\n".join(text for text in (row.need, outcome) if text)
            if column is Column.PRIORITIES:
                return "\n".join(f"{priority_label(p)}: {row.priority_notes.get(p) or '—'}" for p in row.priorities)
            return self._display(row, column) or None
        return None

    def _display(self, row: RowDraft, column: Column) -> str:
        if column is Column.SERVICE:
            return self._services.get(row.service_id, no_service()) if row.service_id is not None else no_service()
        if column is Column.PRIORITIES:
            return ", ".join(p for p in PRIORITIES if p in row.priorities)
        value: str = getattr(row, FIELD_OF[column])
        return value

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        column = Column(index.column())
        if column is Column.PRIORITIES:
            return False
        if column is Column.SERVICE:
            self.update_row(index.row(), service_id=value)
        else:
            self.update_row(index.row(), **{FIELD_OF[column]: "" if value is None else str(value)})
        return True

    def update_row(self, row: int, **changes: Any) -> bool:
        """Change attributes of row ``row``; the error mark goes when the refused cell changes."""
        draft = self.rows[row]
        changed = {name: value for name, value in changes.items() if getattr(draft, name) != value}
        if not changed or self.read_only:
            return False
        for name, value in changed.items():
            setattr(draft, name, value)
        if self.error_cell is not None and self.error_cell[0] == row:
            refused = "service_id" if self.error_cell[1] is Column.SERVICE else FIELD_OF[self.error_cell[1]]
            if refused in changed or (refused == "priorities" and "priority_notes" in changed):
                self.mark_error(None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.edited.emit()
        return True

    def mark_error(self, cell: tuple[int, Column] | None, message: str = "") -> None:
        previous, self.error_cell, self._error_message = self.error_cell, cell, message
        for changed in (previous, cell):
            if changed is not None:
                index = self.index(changed[0], changed[1])
                self.dataChanged.emit(index, index)

    def insert(self, position: int, draft: RowDraft) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, draft)
        self.endInsertRows()
        self.mark_error(None)
        self.edited.emit()

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.endRemoveRows()
        self.mark_error(None)
        self.edited.emit()

    def move(self, position: int, offset: int) -> bool:
        target = position + offset
        if not (0 <= position < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        # Qt's destination is the row before which the moved row lands.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(position))
        self.endMoveRows()
        self.mark_error(None)
        self.edited.emit()
        return True
