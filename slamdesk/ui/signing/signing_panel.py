"""The signing order of one agreement, grouped, with who has signed and who is next; signs the one selected.

A use case runs through ``operations.change``: every view is told (``context.changed``), the status line says what was done.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import agreements
from ...core.agreements import PARTIES, AgreementDetail, SignatoryView, next_group
from ...core.lifecycle import SIGNED_STATES
from ..common import formatting
from ..common.dialogs import SignDialog, UseCaseDialog
from ..context import AppContext
from ..operations import Area, Changed
from .sign_as_dialog import SignAsDialog
from .wording import (
    GROUP_BACKGROUND,
    NEXT_BACKGROUND,
    NEXT_COLOUR,
    ORDER_RULE,
    ROW_HEIGHT,
    SIGNABLE,
    SIGNED_COLOUR,
    WAITING_COLOUR,
    party_label,
)


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

        context.changed.connect(self._changed)
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

    def _changed(self, changed: Changed) -> None:
        if self.detail is not None and changed.about(Area.AGREEMENTS, self.detail.number):
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
        dialog.reports_to(self._context, Changed.agreement(number), lambda _result: self._after_signing(done))
        dialog.accepted.connect(lambda: self.signed.emit(number))
        self.dialog = dialog
        dialog.open()

    def _after_signing(self, done: str) -> str:
        """The status line once every view (this panel too) has read the signature."""
        complete = self.detail is not None and self.detail.status in SIGNED_STATES
        return done + (": all signatures recorded" if complete else "")
