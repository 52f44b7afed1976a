"""Signatories, the signing order, and signing in that order.

``SignatoriesDialog`` edits who signs for each party and in which group;
``SigningPanel`` shows the order with each signatory's state and records the
signature of the one selected; ``SigningDialog`` puts the two together. The
rules (who may sign, when the order is frozen) are ``core``'s: these widgets
call ``core.agreements`` and show its refusals.

The widgets tell the application about what they changed themselves: after a
use case succeeds they emit ``context.agreements_changed(number)`` and a
``context.message``.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import agreements, settings
from ..core.agreements import PARTIES, AgreementDetail, SignatoryInput, SignatoryView, next_group
from ..core.errors import SlamdeskError
from ..core.lifecycle import SIGNED_STATES, TRANSITIONS
from ..core.roles import Role
from . import feedback, formatting
from .context import AppContext
from .dialogs import SignDialog, UseCaseDialog
from .widgets import Banner, ErrorLabel

TITLE_EXAMPLES = {"provider": "e.g. Account manager", "customer": "e.g. Managing director"}
ORDER_RULE = "Groups sign in ascending order; signatories in the same group may sign in any order."
# The statuses in which signatures are taken (the rule itself is core.lifecycle's).
SIGNABLE = TRANSITIONS["complete_signing"].source
# core's messages about one row of the order start so ("signatory 2: ...").
_ROW_MESSAGE = re.compile(r"^signatory (\d+):")

SIGNED_COLOUR = "#2f855a"
NEXT_COLOUR = "#1a4f8b"
NEXT_BACKGROUND = "#e0efff"
WAITING_COLOUR = "#718096"
GROUP_BACKGROUND = "#edf2f7"
ROW_HEIGHT = 26


def signing_started(detail: AgreementDetail) -> bool:
    """Whether a signature exists, so the version is frozen and its order fixed."""
    return (
        detail.content_sha256 is not None
        or detail.status in SIGNED_STATES
        or bool(detail.signatures)
        or any(s.signed_at is not None for s in detail.signatories)
    )


def party_label(party: str) -> str:
    return PARTIES.get(party, party)


# ---------------------------------------------------------------------------
# Who signs, in which order


class SignatoriesDialog(UseCaseDialog):
    """Edit the signing order of agreement ``number``; OK stores it with ``set_signatories``.

    One table row per signatory: party, full name, role or title, group. Rows
    are prefilled from the stored signatories, or else with the acting
    representative for the provider (group 1) and the customer's contact
    (group 2). Once signing has started the dialog only shows the order.

    Attributes:
        detail: the agreement as read when the dialog opened.
        table: the signatories, one row each (cell widgets: party combo, name, title, group spin box).
        add_button, remove_button, up_button, down_button: edit the rows.
        read_only: signing has started; ``banner`` says so and OK is hidden.
        banner: the read-only explanation (hidden while editable).
        table_error: the red line under the table where ``core``'s validation messages go
            (``errors.message("signatories")``).
    """

    COLUMNS = ("Party", "Full name", "Role or title", "Group")

    def __init__(self, parent: QWidget | None, context: AppContext, number: str) -> None:
        detail = agreements.get_agreement(context.db, number)
        super().__init__(
            parent,
            title=f"Signing order of {number}",
            intro=f"Who signs {number} ({detail.customer_name}) for each party, and in which order.",
            ok_text="Save order",
        )
        self._context, self._number, self.detail = context, number, detail
        self.setMinimumWidth(820)
        self.read_only = signing_started(self.detail)

        rule = QLabel(ORDER_RULE, wordWrap=True)
        rule.setObjectName("orderRule")
        rule.setStyleSheet("color: #4a5568;")
        self.banner = Banner()

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(3, 80)
        self.table.setMinimumHeight(190)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton("&Add")
        self.remove_button = QPushButton("&Remove")
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move &down")
        self.add_button.setToolTip("Add a signatory below the selected one")
        self.remove_button.setToolTip("Remove the selected signatory")
        self.up_button.setToolTip("Move the selected signatory one row up")
        self.down_button.setToolTip("Move the selected signatory one row down")
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)

        around = QHBoxLayout()
        around.setContentsMargins(0, 0, 0, 0)
        around.addWidget(self.table, 1)
        around.addLayout(side)

        # Every message core gives about the order concerns the table: show it right under it.
        self.table_error = ErrorLabel()
        self.errors.register("signatories", self.table_error)
        for field in ("party", "signer_name", "signer_title", "group"):
            self.errors.alias(field, "signatories")

        block = QWidget()
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.addWidget(rule)
        block_layout.addWidget(self.banner)
        block_layout.addLayout(around)
        block_layout.addWidget(self.table_error)
        self.form.addRow(block)

        self._fill(self._initial_rows())
        if self.table.rowCount():
            self.table.setCurrentCell(0, 1)
        self.on_submit(self._save)
        if self.read_only:
            self._make_read_only()
        self._update_buttons()
        self.resize(860, 440)

    # Rows

    def _initial_rows(self) -> list[SignatoryInput]:
        if self.detail.signatories:
            return [SignatoryInput(s.party, s.name, s.title, s.group) for s in self.detail.signatories]
        actor = self._context.actor
        provider = actor.display_name if actor.role in (Role.REPRESENTATIVE, Role.ADMINISTRATOR) else self.detail.author
        return [
            SignatoryInput("provider", provider, "", 1),
            SignatoryInput("customer", self.detail.contact_name, self.detail.contact_title, 2),
        ]

    def party_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, QComboBox)
        return widget

    def name_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QLineEdit)
        return widget

    def title_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, QLineEdit)
        return widget

    def group_spin(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, 3)
        assert isinstance(widget, QSpinBox)
        return widget

    def rows(self) -> list[SignatoryInput]:
        """The order as typed, top to bottom."""
        return [
            SignatoryInput(
                self.party_combo(row).currentData(), self.name_edit(row).text(), self.title_edit(row).text(),
                self.group_spin(row).value(),
            )
            for row in range(self.table.rowCount())
        ]

    def _fill(self, rows: list[SignatoryInput]) -> None:
        self.table.setRowCount(0)
        for item in rows:
            self._append(item)

    def _append(self, item: SignatoryInput, at: int | None = None) -> int:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        party = QComboBox()
        for key, label in PARTIES.items():
            party.addItem(label, key)
        party.setCurrentIndex(max(party.findData(item.party), 0))
        name = QLineEdit(item.name, placeholderText="Full name")
        title = QLineEdit(item.title)
        party.currentIndexChanged.connect(lambda _index: title.setPlaceholderText(TITLE_EXAMPLES[party.currentData()]))
        title.setPlaceholderText(TITLE_EXAMPLES[party.currentData()])
        group = QSpinBox()
        group.setRange(1, 99)
        group.setValue(max(item.group, 1))
        group.setAlignment(Qt.AlignmentFlag.AlignRight)
        for column, widget in enumerate((party, name, title, group)):
            widget.installEventFilter(self)
            self.table.setCellWidget(row, column, widget)
        name.setFrame(False)
        title.setFrame(False)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing in a row's field makes it the selected row (for remove and move)."""
        if event.type() == QEvent.Type.FocusIn:
            row = self._row_of(watched)
            if row is not None and row != self.table.currentRow():
                self.table.setCurrentCell(row, max(self.table.currentColumn(), 0))
        return super().eventFilter(watched, event)

    def _row_of(self, widget: QObject) -> int | None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                if self.table.cellWidget(row, column) is widget:
                    return row
        return None

    def _add(self) -> None:
        current = self.table.currentRow()
        rows = self.rows()
        template = rows[current] if 0 <= current < len(rows) else (rows[-1] if rows else None)
        new = SignatoryInput(
            template.party if template else "customer", "", "", template.group if template else 1
        )
        row = self._append(new, current + 1 if current >= 0 else None)
        self.table.setCurrentCell(row, 1)
        self.name_edit(row).setFocus()
        self._update_buttons()

    def _remove(self) -> None:
        current = self.table.currentRow()
        if current < 0:
            return
        self.table.removeRow(current)
        if self.table.rowCount():
            self.table.setCurrentCell(min(current, self.table.rowCount() - 1), 1)
        self._update_buttons()

    def _move(self, step: int) -> None:
        current = self.table.currentRow()
        target = current + step
        rows = self.rows()
        if current < 0 or not 0 <= target < len(rows):
            return
        rows[current], rows[target] = rows[target], rows[current]
        self._fill(rows)
        self.table.setCurrentCell(target, 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current, count = self.table.currentRow(), self.table.rowCount()
        editable = not self.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and current >= 0)
        self.up_button.setEnabled(editable and current > 0)
        self.down_button.setEnabled(editable and 0 <= current < count - 1)

    def _make_read_only(self) -> None:
        self.banner.say(
            "Signing has started, so the signing order can no longer change. "
            "The signing window shows who has signed and who is next."
        )
        for row in range(self.table.rowCount()):
            self.party_combo(row).setEnabled(False)
            self.group_spin(row).setEnabled(False)
            self.group_spin(row).setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            self.name_edit(row).setReadOnly(True)
            self.title_edit(row).setReadOnly(True)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Close")

    # Saving

    def _save(self) -> None:
        order = self.rows()
        agreements.set_signatories(self._context.db, self._context.actor, self._number, order)
        self._context.agreements_changed.emit(self._number)
        people, groups = len(order), len({item.group for item in order})
        self._context.message.emit(
            f"Signing order of {self._number}: {people} signator{'y' if people == 1 else 'ies'} "
            f"in {groups} group{'' if groups == 1 else 's'}"
        )

    def accept(self) -> None:
        if self.read_only:
            self.reject()
            return
        super().accept()
        message = self.table_error.text()
        found = _ROW_MESSAGE.match(message)
        if found and self.result() != QDialog.DialogCode.Accepted:
            row = int(found.group(1)) - 1
            if 0 <= row < self.table.rowCount():
                self.table.setCurrentCell(row, 1)
                self.name_edit(row).setFocus()


# ---------------------------------------------------------------------------
# Signing one signatory


class SignAsDialog(UseCaseDialog):
    """Confirm one signatory's signature: their name and title, prefilled and editable.

    OK calls ``agreements.sign(..., signatory_id=signatory.id)`` as the acting
    user; ``core`` refuses a signatory whose turn it is not, or a user whose
    role may not sign for that party, and the refusal is shown.

    Attributes:
        signatory: who signs.
        signer_name, signer_title: the typed name and title, as they appear on the agreement.
    """

    def __init__(
        self, parent: QWidget | None, context: AppContext, detail: AgreementDetail, signatory: SignatoryView
    ) -> None:
        actor = context.actor
        super().__init__(
            parent,
            title=f"Sign {detail.number} as {signatory.name}",
            intro=(
                f"Record {signatory.name}'s signature on {detail.number}. Check the name and title as they "
                "appear on the agreement; the first signature freezes this version."
            ),
            ok_text="Sign",
        )
        self.signatory = signatory
        organisation = (
            detail.customer_name if signatory.party == "customer"
            else settings.get_setting(context.db, settings.PROVIDER_NAME)
        )
        party = QLabel(f"{party_label(signatory.party)} · {organisation} · group {signatory.group}")
        recorder = QLabel(f"{actor.display_name} ({actor.role.label.lower()})")
        self.signer_name = QLineEdit(signatory.name)
        self.signer_title = QLineEdit(signatory.title)
        self.add_field("party", "Party:", party)
        self.add_field("signer_name", "Signatory &name:", self.signer_name)
        self.add_field("signer_title", "Signatory &title:", self.signer_title)
        self.add_field("recorded_by", "Recorded by:", recorder)
        self.form.setVerticalSpacing(8)
        self.layout().insertSpacing(1, 6)
        self.errors.alias("signatory", "party")
        self.on_submit(
            lambda: agreements.sign(
                context.db, context.actor, detail.number, party=signatory.party,
                signer_name=self.signer_name.text(), signer_title=self.signer_title.text(),
                signatory_id=signatory.id,
            )
        )


# ---------------------------------------------------------------------------
# The signing order and who is next


class SigningPanel(QWidget):
    """The signing order of one agreement, grouped by group, with who has signed and who is next.

    Each signatory shows party, name, title and a state: "✓ Signed <time>",
    "Next — may sign now" (highlighted) or "Waiting for group N". "Sign as
    selected…" is enabled only for a signatory of the next group; it opens a
    ``SignAsDialog``. An agreement without a signing order is signed with the
    plain party/name/title form (``SignDialog``): one signature per party, in
    any order.

    Signals:
        signed: a signature was recorded (the agreement's number).

    Attributes:
        detail: the agreement shown (``None`` before ``load``).
        tree: the order: one top-level item per group, one child per signatory (``UserRole``: its id).
        summary: "2 of 3 signed · next: …".
        sign_button: "Sign as selected…" ("Sign…" without a signing order).
        dialog: the signing form opened last (``SignAsDialog`` or ``SignDialog``).
    """

    signed = Signal(str)

    COLUMNS = ("Party", "Name", "Title", "State")

    def __init__(self, context: AppContext, number: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.detail: AgreementDetail | None = None
        self.dialog: UseCaseDialog | None = None

        self.summary = QLabel()
        self.summary.setObjectName("signingSummary")
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.rule = QLabel(ORDER_RULE, wordWrap=True)
        self.rule.setStyleSheet(f"color: {WAITING_COLOUR};")

        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels(self.COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)  # so a highlighted row is coloured from its left edge
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(170)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, self.fontMetrics().horizontalAdvance("   Customer") + 24)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.tree.itemDoubleClicked.connect(self._double_clicked)

        self.sign_button = QPushButton("&Sign as selected…")
        self.sign_button.clicked.connect(self.sign_selected)
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(f"color: {WAITING_COLOUR};")
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.rule)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        context.agreements_changed.connect(self._changed)
        if number is not None:
            self.load(agreements.get_agreement(context.db, number))

    # Showing

    def load(self, detail: AgreementDetail) -> None:
        """Show ``detail``'s signing order, keeping the selected signatory where it still exists."""
        kept = self.selected()
        self.detail = detail
        self.tree.clear()
        if detail.signatories:
            self._show_order(detail)
        else:
            self._show_parties(detail)
        self.tree.expandAll()
        self._select_after_load(kept.id if kept else None)
        self._update_button()

    def reload(self) -> None:
        if self.detail is not None:
            self.load(agreements.get_agreement(self._context.db, self.detail.number))

    def _changed(self, number: str) -> None:
        if self.detail is not None and number in ("", self.detail.number):
            self.reload()

    def _can_sign_now(self, detail: AgreementDetail) -> bool:
        return detail.status in SIGNABLE

    def state_text(self, signatory: SignatoryView) -> str:
        """What the list says about ``signatory``."""
        assert self.detail is not None
        if signatory.signed_at is not None:
            return f"✓ Signed {formatting.timestamp(signatory.signed_at)}"
        upcoming = next_group(self.detail.signatories)
        if not self._can_sign_now(self.detail):
            return f"Waiting for approval (now {self.detail.status.label.lower()})"
        if signatory in upcoming:
            return "Next — may sign now"
        return f"Waiting for group {upcoming[0].group}" if upcoming else ""

    def state_of(self, signatory_id: int) -> str:
        """The state shown for the signatory with this id ("" if not listed)."""
        item = self._item_of(signatory_id)
        return item.text(3) if item is not None else ""

    def _show_order(self, detail: AgreementDetail) -> None:
        signed = sum(1 for s in detail.signatories if s.signed_at is not None)
        upcoming = next_group(detail.signatories)
        text = f"{signed} of {len(detail.signatories)} signed"
        if not upcoming:
            text += " · signing complete"
        elif self._can_sign_now(detail):
            text += " · next: " + ", ".join(f"{s.name} ({s.party})" for s in upcoming)
        else:
            text += f" · signing opens once the agreement is approved (now {detail.status.label.lower()})"
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {SIGNED_COLOUR};" if not upcoming else "")
        self.rule.setVisible(True)
        self.sign_button.setText("&Sign as selected…")

        groups: dict[int, list[SignatoryView]] = {}
        for signatory in detail.signatories:
            groups.setdefault(signatory.group, []).append(signatory)
        for group, members in sorted(groups.items()):
            done = all(s.signed_at is not None for s in members)
            label = f"Group {group}"
            if len(members) > 1:
                label += f" · {len(members)} signatories, in any order"
            if done:
                label += " · signed"
            heading = QTreeWidgetItem([label])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setForeground(0, QBrush(QColor("#2d3748")))
            for column in range(len(self.COLUMNS)):
                heading.setBackground(column, QBrush(QColor(GROUP_BACKGROUND)))
            heading.setSizeHint(1, QSize(0, ROW_HEIGHT))  # a stretched column: the width is ignored
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for signatory in members:
                item = QTreeWidgetItem(
                    ["   " + party_label(signatory.party), signatory.name, signatory.title, self.state_text(signatory)]
                )
                item.setSizeHint(1, QSize(0, ROW_HEIGHT))  # a stretched column: the width is ignored
                item.setData(0, Qt.ItemDataRole.UserRole, signatory.id)
                item.setToolTip(3, self.state_text(signatory))
                self._style(item, signatory, upcoming)
                heading.addChild(item)

    def _style(self, item: QTreeWidgetItem, signatory: SignatoryView, upcoming: tuple[SignatoryView, ...]) -> None:
        assert self.detail is not None
        if signatory.signed_at is not None:
            item.setForeground(3, QBrush(QColor(SIGNED_COLOUR)))
        elif signatory in upcoming and self._can_sign_now(self.detail):
            bold = QFont(item.font(3))
            bold.setBold(True)
            for column in range(len(self.COLUMNS)):
                item.setBackground(column, QBrush(QColor(NEXT_BACKGROUND)))
            item.setFont(3, bold)
            item.setFont(1, bold)
            item.setForeground(3, QBrush(QColor(NEXT_COLOUR)))
        else:
            for column in range(len(self.COLUMNS)):
                item.setForeground(column, QBrush(QColor(WAITING_COLOUR)))

    def _show_parties(self, detail: AgreementDetail) -> None:
        """No signing order: one signature per party, in any order (older agreements)."""
        signed = {s.party: s for s in detail.signatures}
        complete = not detail.unsigned_parties
        self.summary.setText(
            f"{len(signed)} of {len(PARTIES)} parties signed · "
            + ("signing complete" if complete else "no signing order set: each party signs once, in any order")
        )
        self.summary.setStyleSheet(f"color: {SIGNED_COLOUR};" if complete else "")
        self.rule.setVisible(False)
        self.sign_button.setText("&Sign…")
        for party, label in PARTIES.items():
            signature = signed.get(party)
            if signature is not None:
                item = QTreeWidgetItem([label, signature.name, signature.title,
                                        f"✓ Signed {formatting.timestamp(signature.signed_at)}"])
                item.setForeground(3, QBrush(QColor(SIGNED_COLOUR)))
            else:
                state = "Not signed yet" if self._can_sign_now(detail) else (
                    f"Waiting for approval (now {detail.status.label.lower()})"
                )
                item = QTreeWidgetItem([label, "—", "—", state])
                for column in range(len(self.COLUMNS)):
                    item.setForeground(column, QBrush(QColor(WAITING_COLOUR)))
            item.setSizeHint(1, QSize(0, ROW_HEIGHT))  # a stretched column: the width is ignored
            self.tree.addTopLevelItem(item)

    def _double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        if self.sign_button.isEnabled():
            self.sign_selected()

    # Selection

    def _item_of(self, signatory_id: int) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            for child in range(heading.childCount()):
                item = heading.child(child)
                if item.data(0, Qt.ItemDataRole.UserRole) == signatory_id:
                    return item
        return None

    def select(self, signatory_id: int) -> bool:
        """Make the signatory with this id the selected one; whether it is listed."""
        item = self._item_of(signatory_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def selected(self) -> SignatoryView | None:
        item = self.tree.currentItem()
        if item is None or self.detail is None:
            return None
        signatory_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((s for s in self.detail.signatories if s.id == signatory_id), None)

    def _select_after_load(self, kept: int | None) -> None:
        """Keep the selected signatory while unsigned; else select the first who may sign now."""
        assert self.detail is not None
        still = next((s for s in self.detail.signatories if s.id == kept and s.signed_at is None), None)
        if still is not None:
            self.select(still.id)
            return
        upcoming = next_group(self.detail.signatories)
        if upcoming:
            self.select(upcoming[0].id)
        else:
            self.tree.setCurrentItem(None)  # type: ignore[arg-type]

    def _update_button(self) -> None:
        detail = self.detail
        if detail is None:
            self.sign_button.setEnabled(False)
            self.hint.setText("")
            return
        if not detail.signatories:
            enabled = self._can_sign_now(detail) and bool(detail.unsigned_parties)
            self.sign_button.setEnabled(enabled)
            if enabled:
                hint = "Sign… records one party's signature; a signing order names each signatory and when they sign."
            elif not detail.unsigned_parties:
                hint = "Both parties have signed."
            else:
                hint = "Signatures are taken once the agreement is approved."
            self.hint.setText(hint)
            return
        chosen = self.selected()
        upcoming = next_group(detail.signatories)
        enabled = chosen is not None and chosen in upcoming and self._can_sign_now(detail)
        self.sign_button.setEnabled(enabled)
        if chosen is None:
            hint = "Select who signs." if upcoming and self._can_sign_now(detail) else ""
        elif chosen.signed_at is not None:
            hint = f"{chosen.name} has signed."
        elif not self._can_sign_now(detail):
            hint = "Signatures are taken once the agreement is approved."
        elif not enabled:
            hint = f"Not {chosen.name}'s turn yet: group {upcoming[0].group} signs first."
        else:
            hint = ""
        self.hint.setText(hint)

    # Signing

    def sign_selected(self) -> None:
        """Open the signing form for the selected signatory (or the plain form without an order)."""
        if self.detail is None:
            return
        if not self.detail.signatories:
            self.sign_plain()
            return
        chosen = self.selected()
        if chosen is not None:
            self.sign_as(chosen.id)

    def sign_as(self, signatory_id: int) -> SignAsDialog | None:
        """Open ``SignAsDialog`` for this signatory, whatever the list allows; ``core`` has the last word."""
        if self.detail is None:
            return None
        signatory = next((s for s in self.detail.signatories if s.id == signatory_id), None)
        if signatory is None:
            return None
        dialog = SignAsDialog(self, self._context, self.detail, signatory)
        self._open(dialog, f"{signatory.name} signed {self.detail.number} for the {signatory.party}")
        return dialog

    def sign_plain(self) -> SignDialog | None:
        """The party/name/title form, for an agreement without a signing order."""
        if self.detail is None:
            return None
        context, number = self._context, self.detail.number
        dialog = SignDialog(self, self.detail, context.actor.display_name)
        dialog.on_submit(
            lambda: agreements.sign(
                context.db, context.actor, number, party=dialog.party.currentData() or "",
                signer_name=dialog.signer_name.text(), signer_title=dialog.signer_title.text(),
            )
        )
        self._open(dialog, f"Signature recorded on {number}")
        return dialog

    def _open(self, dialog: UseCaseDialog, done: str) -> None:
        assert self.detail is not None
        number = self.detail.number
        if self.dialog is not None:
            self.dialog.deleteLater()  # the previous form, closed by now
        dialog.accepted.connect(lambda: self._after_signing(number, done))
        self.dialog = dialog
        dialog.open()

    def _after_signing(self, number: str, done: str) -> None:
        self._context.agreements_changed.emit(number)  # every view re-reads, this panel too
        complete = self.detail is not None and self.detail.status in SIGNED_STATES
        self._context.message.emit(done + (": all signatures recorded" if complete else ""))
        self.signed.emit(number)


# ---------------------------------------------------------------------------
# The signing window


class SigningDialog(QDialog):
    """Sign agreement ``number`` in its signing order, and set that order while nobody has signed.

    Attributes:
        panel: the ``SigningPanel``.
        heading: number, title, customer and status.
        order_button: "Signing order…", enabled until the first signature.
        order_dialog: the ``SignatoriesDialog`` opened last.
    """

    def __init__(self, parent: QWidget | None, context: AppContext, number: str) -> None:
        super().__init__(parent)
        self._context, self._number = context, number
        self.setWindowTitle(f"Sign {number}")
        self.setMinimumSize(760, 360)
        self.order_dialog: SignatoriesDialog | None = None

        self.heading = QLabel(wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.panel = SigningPanel(context, number, self)
        self.order_button = QPushButton("Signing &order…")
        self.order_button.clicked.connect(self.edit_order)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.order_button, QDialogButtonBox.ButtonRole.ResetRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)

        context.agreements_changed.connect(self._changed)
        self.panel.signed.connect(lambda _number: self.refresh())
        self.refresh()
        self.resize(860, 420)

    def _changed(self, number: str) -> None:
        if number in ("", self._number):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the agreement: heading, order button and (if changed elsewhere) the panel."""
        detail = self.panel.detail
        if detail is None:
            return
        colour = formatting.STATUS_COLOURS[detail.status]
        self.heading.setText(
            f"<b>{escape(detail.number)}</b> · {escape(detail.title)}<br>"
            f"{escape(detail.customer_name)} · <b style='color:{colour}'>{escape(detail.status.label)}</b>, "
            f"version {detail.version_no}"
        )
        started = signing_started(detail)
        self.order_button.setEnabled(not started)
        self.order_button.setToolTip(
            "Signing has started: the order can no longer change" if started
            else "Choose who signs for each party and in which group"
        )

    def edit_order(self) -> SignatoriesDialog | None:
        """Open the signing-order editor; the panel follows once it is saved."""
        try:
            dialog = SignatoriesDialog(self, self._context, self._number)
        except SlamdeskError as error:
            feedback.show_error(self, "Signing order", str(error))
            return None
        if self.order_dialog is not None:
            self.order_dialog.deleteLater()  # the previous editor, closed by now
        self.order_dialog = dialog  # once saved, it emits agreements_changed: the panel and heading follow
        dialog.open()
        return dialog
