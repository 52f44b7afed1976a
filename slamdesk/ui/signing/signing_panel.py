"""The signing order of one agreement, grouped, with who has signed and who is next; signs the one selected.

A use case runs through ``operations.change``: every view is told (``context.changed``), the status line says what was done.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
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
from ...core.agreements import PARTIES, AgreementDetail, Party, SignatoryView, next_group
from ...core.lifecycle import SIGNED_STATES
from ..common import formatting
from ..common.dialogs import SignDialog, UseCaseDialog
from ..common.formatting import status_name
from ..common.i18n import translate
from ..context import AppContext
from ..operations import Area, Changed
from .sign_as_dialog import SignAsDialog
from .wording import (
    GROUP_BACKGROUND,
    NEXT_BACKGROUND,
    NEXT_COLOUR,
    ROW_HEIGHT,
    SIGNABLE,
    SIGNED_COLOUR,
    WAITING_COLOUR,
    order_rule,
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

    COLUMNS = (QT_TRANSLATE_NOOP("SigningPanel", "Party"), QT_TRANSLATE_NOOP("SigningPanel", "Name"),
               QT_TRANSLATE_NOOP("SigningPanel", "Title"), QT_TRANSLATE_NOOP("SigningPanel", "State"))

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
        self.rule = QLabel(order_rule(), wordWrap=True)
        self.rule.setStyleSheet(f"color: {WAITING_COLOUR};")

        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([translate("SigningPanel", column) for column in self.COLUMNS])
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
        widest = max(self.fontMetrics().horizontalAdvance(f"   {party_label(party)}") for party in PARTIES)
        self.tree.setColumnWidth(0, widest + 24)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.tree.itemDoubleClicked.connect(self._double_clicked)

        self.sign_button = QPushButton(translate("SigningPanel", "&Sign as selected…"))
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
            return translate("SigningPanel", "✓ Signed {time}").format(time=formatting.timestamp(signatory.signed_at))
        upcoming = next_group(self.detail.signatories)
        if not self._can_sign_now(self.detail):
            return self._waiting(self.detail)
        if signatory in upcoming:
            return translate("SigningPanel", "Next — may sign now")
        return translate("SigningPanel", "Waiting for group {group}").format(group=upcoming[0].group) if upcoming else ""

    @staticmethod
    def _waiting(detail: AgreementDetail) -> str:
        return translate("SigningPanel", "Waiting for approval (now {status})").format(
            status=status_name(detail.status).lower())

    def state_of(self, signatory_id: int) -> str:
        """The state shown for the signatory with this id ("" if not listed)."""
        item = self._item_of(signatory_id)
        return item.text(3) if item is not None else ""

    def _show_order(self, detail: AgreementDetail) -> None:
        signed = sum(1 for s in detail.signatories if s.signed_at is not None)
        upcoming = next_group(detail.signatories)
        counts = dict(signed=signed, count=len(detail.signatories))
        if not upcoming:
            text = translate("SigningPanel", "{signed} of {count} signed · signing complete").format(**counts)
        elif self._can_sign_now(detail):
            text = translate("SigningPanel", "{signed} of {count} signed · next: {names}").format(
                **counts, names=", ".join(
                    translate("SigningPanel", "{name} ({party})").format(name=s.name, party=party_label(s.party).lower())
                    for s in upcoming))
        else:
            text = translate(
                "SigningPanel", "{signed} of {count} signed · signing opens once the agreement is approved (now {status})"
            ).format(**counts, status=status_name(detail.status).lower())
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {SIGNED_COLOUR};" if not upcoming else "")
        self.rule.setVisible(True)
        self.sign_button.setText(translate("SigningPanel", "&Sign as selected…"))

        groups: dict[int, list[SignatoryView]] = {}
        for signatory in detail.signatories:
            groups.setdefault(signatory.group, []).append(signatory)
        for group, members in sorted(groups.items()):
            done = all(s.signed_at is not None for s in members)
            label = translate("SigningPanel", "Group {group}").format(group=group)
            count = len(members)
            if count > 1:
                label += " · " + translate("SigningPanel", "%n signator(y|ies), in any order", None, count)
            if done:
                label += " · " + translate("SigningPanel", "signed")
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
        counts = dict(signed=len(signed), count=len(PARTIES))
        self.summary.setText(
            translate("SigningPanel", "{signed} of {count} parties signed · signing complete").format(**counts)
            if complete else translate(
                "SigningPanel", "{signed} of {count} parties signed · no signing order set: each party signs once, "
                                "in any order").format(**counts)
        )
        self.summary.setStyleSheet(f"color: {SIGNED_COLOUR};" if complete else "")
        self.rule.setVisible(False)
        self.sign_button.setText(translate("SigningPanel", "&Sign…"))
        for party in PARTIES:
            label = party_label(party)
            signature = signed.get(party)
            if signature is not None:
                item = QTreeWidgetItem([label, signature.name, signature.title, translate(
                    "SigningPanel", "✓ Signed {time}").format(time=formatting.timestamp(signature.signed_at))])
                item.setForeground(3, QBrush(QColor(SIGNED_COLOUR)))
            else:
                state = translate("SigningPanel", "Not signed yet") if self._can_sign_now(detail) else self._waiting(detail)
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
                hint = translate("SigningPanel", "Sign… records one party's signature; a signing order names each "
                                                 "signatory and when they sign.")
            elif not detail.unsigned_parties:
                hint = translate("SigningPanel", "Both parties have signed.")
            else:
                hint = translate("SigningPanel", "Signatures are taken once the agreement is approved.")
            self.hint.setText(hint)
            return
        chosen = self.selected()
        upcoming = next_group(detail.signatories)
        enabled = chosen is not None and chosen in upcoming and self._can_sign_now(detail)
        self.sign_button.setEnabled(enabled)
        if chosen is None:
            hint = translate("SigningPanel", "Select who signs.") if upcoming and self._can_sign_now(detail) else ""
        elif chosen.signed_at is not None:
            hint = translate("SigningPanel", "{name} has signed.").format(name=chosen.name)
        elif not self._can_sign_now(detail):
            hint = translate("SigningPanel", "Signatures are taken once the agreement is approved.")
        elif not enabled:
            hint = translate("SigningPanel", "Not {name}'s turn yet: group {group} signs first.").format(
                name=chosen.name, group=upcoming[0].group)
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
        self._open(dialog, (translate("SigningPanel", "{name} signed {number} for the customer")
                            if signatory.party == Party.CUSTOMER
                            else translate("SigningPanel", "{name} signed {number} for the provider")).format(
            name=signatory.name, number=self.detail.number))
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
        self._open(dialog, translate("SigningPanel", "Signature recorded on {number}").format(number=number))
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
        return translate("SigningPanel", "{done}: all signatures recorded").format(done=done) if complete else done
