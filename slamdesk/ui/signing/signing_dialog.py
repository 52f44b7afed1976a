"""Signing an agreement in its signing order, and setting that order while nobody has signed.

``SignatoriesDialog`` edits who signs for each party and in which group; ``SigningPanel``
shows the order with each signatory's state and records the signature of the one
selected; ``SigningDialog`` puts the two together.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import operations
from ..common import formatting
from ..common.formatting import status_name
from ..common.i18n import translate
from ..context import AppContext
from ..operations import Area, Changed
from .signatories_dialog import SignatoriesDialog
from .signing_panel import SigningPanel
from .wording import signing_started


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
        self.setWindowTitle(translate("SigningDialog", "Sign {number}").format(number=number))
        self.setMinimumSize(760, 360)
        self.order_dialog: SignatoriesDialog | None = None

        self.heading = QLabel(wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.panel = SigningPanel(context, number, self)
        self.order_button = QPushButton(translate("SigningDialog", "Signing &order…"))
        self.order_button.clicked.connect(self.edit_order)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.order_button, QDialogButtonBox.ButtonRole.ResetRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)

        context.changed.connect(self._changed)
        self.panel.signed.connect(lambda _number: self.refresh())
        self.refresh()
        self.resize(860, 420)

    def _changed(self, changed: Changed) -> None:
        if changed.about(Area.AGREEMENTS, self._number):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the agreement: heading, order button and (if changed elsewhere) the panel."""
        detail = self.panel.detail
        if detail is None:
            return
        colour = formatting.STATUS_COLOURS[detail.status]
        self.heading.setText(
            f"<b>{escape(detail.number)}</b> · {escape(detail.title)}<br>"
            + translate("SigningDialog", "{customer} · {status}, version {version}").format(
                customer=escape(detail.customer_name), version=detail.version_no,
                status=f"<b style='color:{colour}'>{escape(status_name(detail.status))}</b>")
        )
        started = signing_started(detail)
        self.order_button.setEnabled(not started)
        self.order_button.setToolTip(
            translate("SigningDialog", "Signing has started: the order can no longer change") if started
            else translate("SigningDialog", "Choose who signs for each party and in which group")
        )

    def edit_order(self) -> SignatoriesDialog | None:
        """Open the signing-order editor; the panel follows once it is saved."""
        opened = operations.query(self, self._context, lambda: SignatoriesDialog(self, self._context, self._number),
                                  what=translate("SigningDialog", "Signing order"))
        dialog = opened.value
        if dialog is None:
            return None
        if self.order_dialog is not None:
            self.order_dialog.deleteLater()  # the previous editor, closed by now
        self.order_dialog = dialog  # once saved, it notifies every view: the panel and heading follow
        dialog.open()
        return dialog
