"""The main window's tool windows: each loads when first opened (not at start-up) and is kept until closed.

A mixin of ``MainWindow`` (it uses the window's ``context``, ``register``, ``windows`` and
``show_agreement``); opening an agreement from a tool window selects it in the register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore  # QtCore.Qt when used: its enums load after the frame has painted
from PySide6.QtWidgets import QMainWindow, QWidget

from .common.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction

    from .catalogue.editor_window import CatalogueEditor
    from .clauses.clause_library import ClauseLibraryDialog
    from .context import AppContext
    from .database.team_dialog import TeamDatabaseDialog
    from .main_window import MainWindow
    from .monitoring.monitoring_window import MonitoringWindow
    from .register.register_view import RegisterPanel
    from .requirements.documents_dialog import RequirementsDocumentsDialog
    from .review.board_window import ReviewBoardWindow
    from .structure.structure_view import StructureView
    from .wizard import AgreementWizard

KeptWindow = TypeVar("KeptWindow", bound=QWidget)


class ToolWindows(QMainWindow):
    """Opening the wizard, the requirements documents, the catalogue, the clause library, the review board,
    an agreement's structure and the monitoring window; and another database (a team's) in a new main window."""

    context: AppContext
    register: RegisterPanel
    windows: list[QWidget]
    wizard: AgreementWizard | None
    settings: QSettings
    team_dialog: TeamDatabaseDialog | None
    successor: MainWindow
    new_action: QAction

    def show_agreement(self, number: str) -> None:  # the main window's
        raise NotImplementedError

    def open_wizard(self) -> AgreementWizard | None:
        """Open the new-agreement wizard (window-modal, without blocking); for a person who may not draft, say why
        in the status line instead (the register's empty state offers it too)."""
        from .wizard import AgreementWizard

        if not self.new_action.isEnabled():
            self.context.message.emit(self.new_action.toolTip())
            return None

        wizard = AgreementWizard(self.context, self)
        wizard.finished.connect(lambda _result: self._wizard_closed(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_requirements(self) -> RequirementsDocumentsDialog:
        from .requirements.documents_dialog import RequirementsDocumentsDialog

        dialog = RequirementsDocumentsDialog(self.context, self)
        dialog.open()
        return dialog

    def open_catalogue(self) -> CatalogueEditor:
        from .catalogue.editor_window import CatalogueEditor

        return self._keep(CatalogueEditor(self.context, self))

    def open_clause_library(self) -> ClauseLibraryDialog:
        from .clauses.clause_library import ClauseLibraryDialog

        return self._keep(ClauseLibraryDialog(self, self.context))

    def open_review_board(self) -> ReviewBoardWindow:
        """The quality checker's board; opening an agreement there selects it in the register."""
        from .review.board_window import ReviewBoardWindow

        board = ReviewBoardWindow(self, self.context)
        board.setWindowFlag(QtCore.Qt.WindowType.Window)
        board.resize(1200, 720)
        board.open_agreement.connect(self._go_to_agreement)
        return self._keep(board)

    def open_monitoring(self) -> MonitoringWindow:
        """The monitoring window, one at a time: it shows the agreement selected in the register and follows it."""
        from .monitoring.monitoring_window import MonitoringWindow

        for window in self.windows:
            if isinstance(window, MonitoringWindow):
                window.show_number(self.register.selected_number())
                window.raise_()
                window.activateWindow()
                return window
        monitoring = MonitoringWindow(self.context, self.register.selected_number(), parent=self)
        monitoring.open_agreement.connect(self._go_to_agreement)
        self.register.current_changed.connect(monitoring.show_number)  # Qt drops the connection with the window
        return self._keep(monitoring)

    def _go_to_agreement(self, number: str) -> None:
        """Another window asked for an agreement: select it in the register and bring this window up."""
        self.register.reveal(number)
        self.show_agreement(number)
        self.raise_()
        self.activateWindow()

    def open_structure(self) -> StructureView | None:
        """The selected agreement's structure, supporting agreements and consistency warnings."""
        number = self.register.selected_number()
        if not number:
            self.context.message.emit(translate("MainWindow", "Select an agreement first."))
            return None
        from .structure.structure_view import StructureView

        view = StructureView(self.context, number)
        view.resize(1100, 700)
        view.open_agreement.connect(self._go_to_agreement)
        return self._keep(view)

    def _keep(self, window: KeptWindow) -> KeptWindow:
        """Show a tool window and hold it until it is closed."""
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: self.windows.remove(window) if window in self.windows else None)
        self.windows.append(window)
        window.show()
        return window

    def _wizard_closed(self, wizard: AgreementWizard) -> None:
        if wizard.number:
            from .common.formatting import status_name

            self.register.refresh()
            self.register.reveal(wizard.number)
            row = self.register.selected_row()
            said = (translate("MainWindow", "{number} is {status}").format(
                number=wizard.number, status=status_name(row.working_status).lower()) if row
                else translate("MainWindow", "{number} is recorded").format(number=wizard.number))
            self.context.message.emit(said)
        wizard.deleteLater()
        if self.wizard is wizard:
            self.wizard = None

    # Another database

    def connect_team(self) -> MainWindow | None:
        """Open a team database in a new window, as a profile of that database; this one closes."""
        from .database.team_dialog import TeamDatabaseDialog

        dialog = TeamDatabaseDialog(self.settings, self)
        self.team_dialog = dialog
        try:
            if dialog.exec() != dialog.DialogCode.Accepted or dialog.database is None:
                return None
        finally:
            self.team_dialog = None
        from .app import choose_actor  # app builds the main window
        from .context import AppContext
        from .main_window import MainWindow

        actor = choose_actor(dialog.database, settings=self.settings)
        if actor is None:
            dialog.database.close()
            return None
        self.successor = MainWindow(AppContext(dialog.database, actor), settings=self.settings)
        self.successor.resize(self.size())
        self.successor.show()
        self.close()
        return self.successor
