"""The contract register as a table model: ``core.register``'s query, a page at a time (``common.paged_model``)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt

from ...core import register
from ...core.db import Database
from ...core.lifecycle import Status
from ...core.register import RegisterFilter, RegisterRow, SortKey
from ..common import formatting
from ..common.i18n import translate
from ..common.paged_model import CACHE_PAGES, PAGE_SIZE, AnyIndex, PagedTableModel


class Column(IntEnum):
    NUMBER = 0
    CUSTOMER = 1
    TITLE = 2
    STATUS = 3
    START = 4
    END = 5
    MONTHLY = 6  # the amount shows its currency: no column of its own
    DOCUMENTS = 7  # the formats exported; their hashes are in the tooltip and the details panel
    EXPERIENCE = 8  # the experience check of the last closed period
    NOTICE = 9  # the notice deadline while notice still stops a tacit renewal
    RENEWS = 10
    REVIEW = 11  # the next periodic review


SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER,
    Column.CUSTOMER: SortKey.CUSTOMER,
    Column.TITLE: SortKey.TITLE,
    Column.STATUS: SortKey.STATUS,
    Column.START: SortKey.START,
    Column.END: SortKey.END,
    Column.MONTHLY: SortKey.MONTHLY,
}

HEADERS: dict[Column, str] = {  # shown through ``translate("RegisterModel", ...)``
    Column.NUMBER: QT_TRANSLATE_NOOP("RegisterModel", "Number"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("RegisterModel", "Customer"),
    Column.TITLE: QT_TRANSLATE_NOOP("RegisterModel", "Title"),
    Column.STATUS: QT_TRANSLATE_NOOP("RegisterModel", "Status"),
    Column.START: QT_TRANSLATE_NOOP("RegisterModel", "Start"),
    Column.END: QT_TRANSLATE_NOOP("RegisterModel", "End"),
    Column.MONTHLY: QT_TRANSLATE_NOOP("RegisterModel", "Monthly value"),
    Column.DOCUMENTS: QT_TRANSLATE_NOOP("RegisterModel", "Documents"),
    Column.EXPERIENCE: QT_TRANSLATE_NOOP("RegisterModel", "Experience"),
    Column.NOTICE: QT_TRANSLATE_NOOP("RegisterModel", "Notice by"),
    Column.RENEWS: QT_TRANSLATE_NOOP("RegisterModel", "Renews"),
    Column.REVIEW: QT_TRANSLATE_NOOP("RegisterModel", "Next review"),
}


def column_title(column: Column) -> str:
    """A column's title in the window's language."""
    return translate("RegisterModel", HEADERS[column])


# The experience check of an agreement's last closed period, as the register shows it (``core.monitoring.experience``).
EXPERIENCE_TEXTS = {
    "watermelon": QT_TRANSLATE_NOOP("RegisterModel", "Green outside, red inside"),
    "missed": QT_TRANSLATE_NOOP("RegisterModel", "Experience missed"),
    "too_few": QT_TRANSLATE_NOOP("RegisterModel", "Too few answers"),
    "met": QT_TRANSLATE_NOOP("RegisterModel", "Experience met"),
    "no_goal": "",
}
EXPERIENCE_TIPS = {
    "watermelon": QT_TRANSLATE_NOOP(
        "RegisterModel", "Every target was met in the last closed period, but the customer's satisfaction or effort "
        "missed its goal"),
    "missed": QT_TRANSLATE_NOOP(
        "RegisterModel", "The customer's satisfaction or effort missed its goal in the last closed period"),
    "too_few": QT_TRANSLATE_NOOP("RegisterModel", "Fewer than 10 survey answers in the last closed period: nothing can be said"),
    "met": QT_TRANSLATE_NOOP("RegisterModel", "The customer's experience goals were met in the last closed period"),
    "no_goal": QT_TRANSLATE_NOOP("RegisterModel", "The requirements record no experience goals"),
    "": QT_TRANSLATE_NOOP("RegisterModel", "No period closed yet"),
}


def experience_text(code: str) -> str:
    """How the register names an experience check (empty when there is nothing to say)."""
    text = EXPERIENCE_TEXTS.get(code, "")
    return translate("RegisterModel", text) if text else ""


def counted(text: str, count: int) -> str:
    """A translated ``%n`` text with its number written as the locale writes it (``1,234``), as Qt writes it plain."""
    return text.replace(str(count), QLocale().toString(count), 1) if abs(count) >= 1000 else text


def _text(row: RegisterRow, column: Column) -> str:
    match column:
        case Column.NUMBER:
            return row.number
        case Column.CUSTOMER:
            return row.customer
        case Column.TITLE:
            return row.title
        case Column.STATUS:
            status = formatting.status_name(row.status)
            return f"{status} · {amendment_text(row.amendment)}" if row.amendment else status
        case Column.START:
            return formatting.date(row.start_date)
        case Column.END:
            return formatting.date(row.end_date)
        case Column.MONTHLY:
            return formatting.money(row.monthly_total, row.currency)
        case Column.DOCUMENTS:
            return formatting.document_formats(row.documents)
        case Column.EXPERIENCE:
            return experience_text(row.experience)
        case Column.NOTICE:
            return formatting.date(row.notice_deadline) if row.notice_deadline else ""
        case Column.RENEWS:
            return formatting.date(row.renews_on) if row.renews_on else _ended(row.term_state)
        case Column.REVIEW:
            return formatting.date(row.next_review) if row.next_review else ""


ENDED_TEXTS = {  # the Renews column of one that has ended
    "expired": QT_TRANSLATE_NOOP("RegisterModel", "Expired"),
    "terminated": QT_TRANSLATE_NOOP("RegisterModel", "Terminated"),
}
AMENDMENT_TEXTS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("RegisterModel", "amendment in draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("RegisterModel", "amendment in review"),
    Status.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("RegisterModel", "amendment with changes requested"),
    Status.APPROVED: QT_TRANSLATE_NOOP("RegisterModel", "amendment approved, to sign"),
}
# The Status column's tooltip with an amendment on its way: one whole sentence for each.
AMENDMENT_TIPS = {
    Status.DRAFT: QT_TRANSLATE_NOOP(
        "RegisterModel", "{status}, version {version} (in force); version {amendment}, an amendment in draft, is on its way"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP(
        "RegisterModel", "{status}, version {version} (in force); version {amendment}, an amendment in review, is on its way"),
    Status.CHANGES_REQUESTED: QT_TRANSLATE_NOOP(
        "RegisterModel", "{status}, version {version} (in force); version {amendment}, an amendment with changes requested, "
        "is on its way"),
    Status.APPROVED: QT_TRANSLATE_NOOP(
        "RegisterModel", "{status}, version {version} (in force); version {amendment}, an amendment approved, to sign, is on "
        "its way"),
}


def _ended(term_state: str) -> str:
    text = ENDED_TEXTS.get(term_state)
    return translate("RegisterModel", text) if text else ""


def amendment_text(status: Status) -> str:
    """How the register names an amendment on its way, beside the status of the version in force."""
    text = AMENDMENT_TEXTS.get(status)
    if text is None:
        return translate("RegisterModel", "amendment: {status}").format(status=formatting.status_name(status))
    return translate("RegisterModel", text)


class RegisterModel(PagedTableModel[RegisterRow]):
    """Agreements matching a register filter, read a page at a time as rows come into view
    (see ``common.paged_model``); filtering and sorting are ``core.register``'s query."""

    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    HEADERS = HEADERS

    def __init__(
        self, db: Database, *, page_size: int = PAGE_SIZE, cache_pages: int = CACHE_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(page_size=page_size, cache_pages=cache_pages, parent=parent)
        self._db = db
        self._criteria = RegisterFilter()
        self.reload()

    # Filtering and sorting

    @property
    def criteria(self) -> RegisterFilter:
        return self._criteria

    def set_filter(self, *, status: Status | None, search: str) -> None:
        self.set_criteria(self._criteria.with_(status=status, search=search.strip()))

    def set_criteria(self, criteria: RegisterFilter) -> None:
        if criteria != self._criteria:
            self._criteria = criteria
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the query (the Documents column has no order)."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.set_criteria(self._criteria.with_(sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    # The paged query

    def count_rows(self) -> int:
        return register.count_agreements(self._db, self._criteria)

    def read_rows(self, limit: int, offset: int) -> list[RegisterRow]:
        return register.list_agreements(self._db, self._criteria, limit=limit, offset=offset)

    def key_of(self, row: RegisterRow) -> str:
        return row.number

    def position_of(self, key: str) -> int | None:
        return register.position_of(self._db, self._criteria, key)

    # QAbstractTableModel

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if section == Column.MONTHLY else None
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return column_title(Column(section))
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == Column.MONTHLY:
            return translate("RegisterModel", "What the agreement's lines come to per month, before tax")
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.column() >= len(Column):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column is Column.MONTHLY else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            return formatting.status_colour(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.EXPERIENCE and row.experience in ("watermelon", "missed"):
            return formatting.warning_colour()
        if role == self.NUMBER_ROLE:
            return row.number
        return None

    @staticmethod
    def _tooltip(row: RegisterRow, column: Column) -> str | None:
        if column is Column.DOCUMENTS:
            return formatting.documents_tooltip(row.documents) or translate("RegisterModel", "Not exported yet")
        if column in (Column.TITLE, Column.CUSTOMER):
            return _text(row, column)
        if column is Column.EXPERIENCE:
            tip = EXPERIENCE_TIPS.get(row.experience)
            return translate("RegisterModel", tip) if tip else None
        if column is Column.STATUS:
            status = formatting.status_name(row.status)
            if row.amendment is None:
                return translate("RegisterModel", "{status}, version {version}").format(status=status, version=row.version_no)
            tip = AMENDMENT_TIPS.get(row.amendment)
            if tip is None:
                return translate("RegisterModel", "{status}, version {version} (in force); version {amendment} is on its way: "
                                 "{what}").format(status=status, version=row.version_no, amendment=row.amendment_version,
                                                  what=amendment_text(row.amendment))
            return translate("RegisterModel", tip).format(status=status, version=row.version_no, amendment=row.amendment_version)
        return None
