"""The chooser of the agreement to place under or link to: the structure's own agreements first, then a search."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...core import structure
from ...core.agreements import KINDS
from ...core.errors import NotFoundError
from ...core.register import RegisterFilter, SortKey, list_agreements
from ...core.structure import StructureNode
from .. import operations
from ..common.i18n import translate
from ..common.widgets import FieldErrors
from .wording import HINT_COLOUR, PARENT

if TYPE_CHECKING:
    from .structure_view import StructureView

CANDIDATE_LIMIT = 50
CANDIDATE_HEADERS = (QT_TRANSLATE_NOOP("AgreementChooser", "Agreement"), QT_TRANSLATE_NOOP("AgreementChooser", "Title"),
                     QT_TRANSLATE_NOOP("AgreementChooser", "Customer"), QT_TRANSLATE_NOOP("AgreementChooser", "Kind"),
                     QT_TRANSLATE_NOOP("AgreementChooser", "In this structure"), QT_TRANSLATE_NOOP("AgreementChooser", "Status"))


@dataclass(frozen=True)
class Candidate:
    """An agreement offered in the chooser; ``place`` is its level when it is in the structure shown."""

    number: str
    title: str
    customer: str
    kind: str
    status: str
    place: str = ""


class AgreementChooser(QDialog):
    """Choose the agreement to place ``node`` under (``mode`` PARENT) or that it backs (SUPPORTS).

    The list offers sensible candidates from a limited query: customer and
    internal SLAs of the agreement's customer and of the structure shown, or,
    once something is typed, those matching the search. Text that is in no row
    (an agreement number) can be typed and submitted as it is: core decides,
    and its refusal appears beside the field.

    Attributes:
        search: the field: search text, or an agreement number typed whole.
        candidates: the offered agreements (number in column 0).
        errors: the label beside ``search`` (field ``mode``) and ``general`` below the list.
    """

    def __init__(self, view: StructureView, mode: str, node: StructureNode) -> None:
        super().__init__(view)
        self.view, self.mode, self.node = view, mode, node
        self.placing = mode == PARENT
        self.setWindowTitle((translate("AgreementChooser", "Place {number} under…") if self.placing
                             else translate("AgreementChooser", "Link {number} as supporting…")).format(number=node.number))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        now = operations.query(self, view.context, lambda: view.current_link(mode, node.number),
                               what=node.number, in_place=True).value  # unknown: the intro leaves it out
        self.excluded = {node.number, *self._below(node)} if self.placing else {node.number}

        intro = QLabel()
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        what = (
            translate("AgreementChooser", "Choose the agreement to hold it: a customer-level agreement of {customer}, "
                           "or a corporate-level agreement (which can hold several customers' agreements).").format(
                customer=escape(node.customer_name))
            if self.placing else
            translate("AgreementChooser",
                    "Choose the customer or internal SLA it backs; the consistency check then compares their targets.")
        )
        state = (
            (translate("AgreementChooser", "Now under {number}.").format(number=escape(now)) if now
             else translate("AgreementChooser", "Now not under any agreement.")) if self.placing
            else (translate("AgreementChooser", "Now supports {number}.").format(number=escape(now)) if now
                  else translate("AgreementChooser", "Now not linked."))
        )
        intro.setText(
            f"<b>{escape(node.number)}</b> — {escape(node.title)} "
            f"<span style='color:{HINT_COLOUR}'>({escape(node.kind_label)}, {escape(node.customer_name)})</span>"
            f"<br>{what}<br><span style='color:{HINT_COLOUR}'>{state}</span>"
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("AgreementChooser",
                "Search number, title or customer — or type an agreement number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.installEventFilter(self)
        self.errors = FieldErrors()
        field_label = QLabel(translate("AgreementChooser", "&Agreement:") if self.placing
                             else translate("AgreementChooser", "&Backs:"))
        field_label.setBuddy(self.search)
        # Core's refusals run to two hundred characters: they get the field's full width, right under it.
        field_row = QGridLayout()
        field_row.setHorizontalSpacing(8)
        field_row.setVerticalSpacing(4)
        field_row.addWidget(field_label, 0, 0)
        field_row.addWidget(self.search, 0, 1)
        field_row.addWidget(self.errors.label(mode), 1, 1)
        field_row.setColumnStretch(1, 1)

        self.candidates = QTreeWidget()
        self.candidates.setColumnCount(len(CANDIDATE_HEADERS))
        self.candidates.setHeaderLabels([translate("AgreementChooser", header) for header in CANDIDATE_HEADERS])
        self.candidates.setRootIsDecorated(False)
        self.candidates.setUniformRowHeights(True)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.setMinimumHeight(220)
        self.candidates.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.candidates.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (2, 190), (3, 140), (4, 130), (5, 90)):
            header.resizeSection(column, width)
        self.candidates.itemDoubleClicked.connect(lambda *_args: self.submit())
        self.candidates.currentItemChanged.connect(lambda *_args: self._update_warning())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {HINT_COLOUR};")
        self.warning = QLabel()  # what placing under the chosen row would make of it, when that is a big step
        self.warning.setObjectName("placementWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #92400e;")
        self.warning.hide()
        self.confirm_box: QMessageBox | None = None

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("AgreementChooser", "&Place here") if self.placing
                               else translate("AgreementChooser", "&Link"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(field_row)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.warning)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.refresh()

    @staticmethod
    def _below(node: StructureNode) -> set[str]:
        found: set[str] = set()
        stack = list(node.children)
        while stack:
            child = stack.pop()
            found.add(child.number)
            stack.extend(child.children)
        return found

    # ----------------------------------------------------------- candidates

    def _from_structure(self) -> list[Candidate]:
        tree = self.view.structure
        if tree is None:
            return []
        return [
            Candidate(n.number, n.title, n.customer_name, n.kind, n.status.label, n.level_label)
            for n in tree.nodes() if n.kind in structure.SLA_KINDS
        ]

    def _query(self, criteria: RegisterFilter) -> list[Candidate]:
        found: list[Candidate] = []
        for kind in sorted(structure.SLA_KINDS):
            rows = list_agreements(self.view.context.db, criteria.with_(kind=kind), limit=CANDIDATE_LIMIT)
            found.extend(Candidate(r.number, r.title, r.customer, r.kind, r.status.label) for r in rows)
        return found

    def find_candidates(self, text: str) -> list[Candidate]:
        """At most ``CANDIDATE_LIMIT`` agreements worth offering for ``text`` (the structure's first)."""
        text = text.strip()
        if text:
            members = {c.number: c for c in self._from_structure()}
            found = [members.get(c.number, c) for c in self._query(RegisterFilter(search=text))]
            found.sort(key=lambda c: (not c.place, c.number))
        else:
            criteria = (
                RegisterFilter(customer=self.node.customer_name) if self.placing
                else RegisterFilter(sort=SortKey.NUMBER, descending=True)
            )
            found = [*self._from_structure(), *sorted(self._query(criteria), key=lambda c: c.number)]
        unique: dict[str, Candidate] = {}
        for candidate in found:
            if candidate.number not in self.excluded:
                unique.setdefault(candidate.number, candidate)
        return list(unique.values())[:CANDIDATE_LIMIT]

    def refresh(self) -> None:
        """Fill the list for the search text; the first row is chosen."""
        self._timer.stop()
        text = self.search.text().strip()
        read = operations.query(self, self.view.context, lambda: self.find_candidates(text),
                                what=translate("AgreementChooser", "Search"), in_place=True)
        found = read.value or []
        if read.error is not None:
            self.errors.show_general(str(read.error))
        self.candidates.clear()
        for candidate in found:
            item = QTreeWidgetItem([
                candidate.number, candidate.title, candidate.customer,
                KINDS.get(candidate.kind, candidate.kind), candidate.place, candidate.status,
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, candidate.number)
            item.setToolTip(1, candidate.title)
            item.setToolTip(2, candidate.customer)
            self.candidates.addTopLevelItem(item)
        if found:
            self.candidates.setCurrentItem(self.candidates.topLevelItem(0))
        count = len(found)
        full = count >= CANDIDATE_LIMIT
        if text and found:
            self.hint.setText(
                (translate("AgreementChooser", "The first %n matching “{text}” (narrow the search).", None, count) if full
                 else translate("AgreementChooser", "%n matching “{text}”.", None, count)).format(text=text))
        elif text:
            self.hint.setText(translate(
                "AgreementChooser", "No customer or internal SLA matches “{text}”. {button} uses the text as an "
                "agreement number.").format(text=text, button=self.ok_button.text().replace("&", "")))
        elif self.placing:
            self.hint.setText(
                (translate("AgreementChooser",
                        "Showing customer and internal SLAs of {customer} and of this structure (the first "
                                "%n; narrow the search). Type to search every customer and internal SLA.", None,
                           CANDIDATE_LIMIT) if full
                 else translate("AgreementChooser",
                         "Showing customer and internal SLAs of {customer} and of this structure. Type to "
                                     "search every customer and internal SLA.")).format(customer=self.node.customer_name))
        else:
            self.hint.setText(
                translate("AgreementChooser",
                        "Showing SLAs of this structure and the newest customer and internal SLAs (the first %n; "
                               "narrow the search). Type to search every customer and internal SLA.", None, CANDIDATE_LIMIT)
                if full else
                translate("AgreementChooser",
                        "Showing SLAs of this structure and the newest customer and internal SLAs. Type to search "
                               "every customer and internal SLA."))

    def choose(self, number: str) -> bool:
        """Select the row of agreement ``number``."""
        for row in range(self.candidates.topLevelItemCount()):
            item = self.candidates.topLevelItem(row)
            if item.data(0, Qt.ItemDataRole.UserRole) == number:
                self.candidates.setCurrentItem(item)
                return True
        return False

    def offered(self) -> list[str]:
        return [self.candidates.topLevelItem(row).text(0) for row in range(self.candidates.topLevelItemCount())]

    def chosen(self) -> str:
        """The selected row's number, else the text typed."""
        item = self.candidates.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else self.search.text().strip()

    # --------------------------------------------------------------- submit

    def submit(self) -> None:
        """Ask core; close on success, else show why beside the field (or in a message box)."""
        if self._timer.isActive():
            self.refresh()
        target = self.chosen()
        if not target:
            self.errors.label(self.mode).show_message(translate("AgreementChooser", "Choose an agreement, or type its number"))
            return
        warning = self.corporate_warning()
        if warning:  # told before it is done, not after
            self.confirm_box = QMessageBox(
                QMessageBox.Icon.Question, self.windowTitle(), translate("AgreementChooser",
                        "{warning}\n\nPlace {number} there?").format(warning=warning, number=self.node.number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
            )
            self.confirm_box.button(QMessageBox.StandardButton.Yes).setText(translate("AgreementChooser", "&Place here"))
            self.confirm_box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            self.confirm_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.confirm_box.finished.connect(
                lambda answer: self._place(target) if answer == QMessageBox.StandardButton.Yes else None
            )
            self.confirm_box.open()
            return
        self._place(target)

    def corporate_warning(self) -> str:
        """When placing under the chosen row makes another customer's top agreement a corporate-level one: say so."""
        item = self.candidates.currentItem()
        if not self.placing or item is None or item.text(2) == self.node.customer_name:
            return ""
        target = item.data(0, Qt.ItemDataRole.UserRole)
        read = operations.query(self, self.view.context, lambda: self.view.current_link(PARENT, target), what=target,
                                in_place=True)
        if read.error is not None or read.value is not None:
            return ""  # under a customer-level agreement of another customer: core refuses, and says why
        return translate("AgreementChooser",
                "{target} belongs to {customer}, not {own}: placing {number} under it makes {target} "
                              "a corporate-level agreement, holding agreements of both customers.").format(
            target=target, customer=item.text(2), own=self.node.customer_name, number=self.node.number)

    def _update_warning(self) -> None:
        warning = self.corporate_warning()
        self.warning.setText(f"⚠ {warning}" if warning else "")
        self.warning.setVisible(bool(warning))

    def _place(self, target: str) -> None:
        refused = self.view.change(self.mode, self.node.number, target)
        if refused is None:
            self.accept()
        elif isinstance(refused, NotFoundError):  # the number typed names no agreement: said beside it
            self.errors.clear()
            self.errors.label(self.mode).show_message(str(refused))
        else:
            self.errors.clear()
            title = (translate("AgreementChooser", "Cannot place") if self.placing
                     else translate("AgreementChooser", "Cannot link"))
            operations.refuse(self, self.view.context, title, refused, fields=self.errors)

    def message(self) -> str:
        """What is shown beside the field."""
        return self.errors.message(self.mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move through the list, so the keyboard alone will do.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                QCoreApplication.sendEvent(self.candidates, QKeyEvent(event.type(), event.key(), event.modifiers()))
                return True
        return super().eventFilter(watched, event)
