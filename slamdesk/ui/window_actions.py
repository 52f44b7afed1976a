"""The main window's own actions: new agreement, refresh, find, the tool windows, the team database, quit, and
the register's exports and filters (a mixin of ``MainWindow``, built in its ``fill``).

Like the main window, this module imports ``QAction`` only where the actions are made: the frame paints first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from .common.i18n import translate

if TYPE_CHECKING:
    from .actions import AgreementActions
    from .database.backup_actions import BackupActions
    from .register.register_view import RegisterPanel


class WindowActions(QMainWindow):
    """The actions that belong to the window rather than to the selected agreement."""

    register: RegisterPanel
    agreement_actions: AgreementActions
    backups: BackupActions

    def _make_app_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        self.new_action = QAction(translate("MainWindow", "&New agreement…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setStatusTip(
            translate("MainWindow", "Start the guided flow: customer, requirements, pricing, review, signing"))
        self.new_action.triggered.connect(self.open_wizard)  # type: ignore[attr-defined]
        self.refresh_action = QAction(translate("MainWindow", "&Refresh"), self)
        self.refresh_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("F5")])
        self.refresh_action.triggered.connect(self.refresh)  # type: ignore[attr-defined]
        self.find_action = QAction(translate("MainWindow", "&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)  # type: ignore[attr-defined]
        self.team_action = QAction(translate("MainWindow", "Connect to a &team database…"), self)
        self.team_action.setStatusTip(
            translate("MainWindow", "Work on the register your team shares on a PostgreSQL server"))
        self.team_action.triggered.connect(self.connect_team)  # type: ignore[attr-defined]
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.requirements_action = QAction(translate("MainWindow", "&Requirements documents…"), self)
        self.requirements_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.requirements_action.setStatusTip(
            translate("MainWindow", "Customers' requirements: trace them to the catalogue and price them"))
        self.requirements_action.triggered.connect(self.open_requirements)  # type: ignore[attr-defined]
        self.catalogue_action = QAction(translate("MainWindow", "Service &catalogue…"), self)
        self.catalogue_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.catalogue_action.setStatusTip(translate("MainWindow", "Services, levels, targets and price models"))
        self.catalogue_action.triggered.connect(self.open_catalogue)  # type: ignore[attr-defined]
        self.structure_action = QAction(translate("MainWindow", "Structure an&d supporting agreements…"), self)
        self.structure_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.structure_action.triggered.connect(self.open_structure)  # type: ignore[attr-defined]
        self.clause_library_action = QAction(translate("MainWindow", "C&lause library…"), self)
        self.clause_library_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.clause_library_action.setStatusTip(
            translate("MainWindow", "Standard clauses in every language; legal reviewers keep them"))
        self.clause_library_action.triggered.connect(self.open_clause_library)  # type: ignore[attr-defined]
        self.review_board_action = QAction(translate("MainWindow", "Review &board…"), self)
        self.review_board_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.review_board_action.setStatusTip(
            translate("MainWindow", "Every agreement under review, each reviewer's status, what is overdue"))
        self.review_board_action.triggered.connect(self.open_review_board)  # type: ignore[attr-defined]
        self.monitoring_action = QAction(translate("MainWindow", "&Monitoring…"), self)
        self.monitoring_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.monitoring_action.setStatusTip(
            translate("MainWindow", "How signed agreements keep their targets: figures, trend, breaches, credits"))
        self.monitoring_action.triggered.connect(self.open_monitoring)  # type: ignore[attr-defined]
        for action in (
            self.new_action, self.refresh_action, self.find_action, self.quit_action,
            self.requirements_action, self.catalogue_action, self.structure_action, self.clause_library_action,
            self.review_board_action, self.monitoring_action,
        ):
            self.addAction(action)

    def _make_register_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        self.export_view_action = QAction(translate("MainWindow", "Export &view to CSV or Excel…"), self)
        self.export_view_action.setObjectName("action_export_view")
        self.export_view_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_view_action.setStatusTip(translate(
            "MainWindow", "Write the agreements this view shows, as filtered and sorted, to a CSV or XLSX file"))
        self.export_view_action.triggered.connect(self.export_view)  # type: ignore[attr-defined]
        self.batch_action = QAction(translate("MainWindow", "&Batch export signed agreements…"), self)
        self.batch_action.setObjectName("action_batch_export")
        self.batch_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.batch_action.setStatusTip(translate(
            "MainWindow", "Write PDF and DOCX of every signed agreement in this view that is not in the register yet"))
        self.batch_action.triggered.connect(self.batch_export)  # type: ignore[attr-defined]
        self.filters_action = QAction(translate("MainWindow", "Fi&lters"), self)
        self.filters_action.setObjectName("action_show_filters")
        self.filters_action.setCheckable(True)
        self.filters_action.setChecked(True)
        self.filters_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.filters_action.setStatusTip(translate("MainWindow", "Show or hide the filters above the register"))
        self.filters_action.toggled.connect(self.register.filter_frame.setVisible)
        for action in (self.export_view_action, self.batch_action, self.filters_action, self.register.clear_action,
                       self.register.saved.save_action, self.register.saved.delete_action,
                       self.agreement_actions.preview):
            self.addAction(action)

    def _decorate(self) -> None:
        """The menus' icons, from the desktop's theme (``common.icons``)."""
        from .common.icons import decorate

        decorate({
            "new": self.new_action, "refresh": self.refresh_action, "find": self.find_action, "quit": self.quit_action,
            "team": self.team_action, "requirements": self.requirements_action, "catalogue": self.catalogue_action,
            "clauses": self.clause_library_action, "review_board": self.review_board_action,
            "monitoring": self.monitoring_action, "export": self.agreement_actions.export,
            "preview": self.agreement_actions.preview, "export_view": self.export_view_action,
            "backup": self.backups.back_up_action, "restore": self.backups.restore_action,
            "shortcuts": self.shortcuts_action, "about": self.about_action,
        })
