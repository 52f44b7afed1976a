"""The main window: the contract register at home, details in a dock, actions around it.

It is built in two steps, so that it appears at once: ``MainWindow(title=...)`` is its
frame (the title, the saved size and place, the menu bar and an "Opening..." page),
which needs nothing but Qt and paints before the database layer is even imported;
``fill(context)`` then builds the register, the details and every action over the open
database (``app.start`` does both, asking who acts in between). ``MainWindow(context)``
does both at once. This module imports the register, the actions and ``core`` only in
``fill`` and the methods that use them, for that reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt where used: its ~1,200 enum members take 45 ms to make, after the paint
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from .acting import ActingProfile
from .common.i18n import translate
from .tool_windows import ToolWindows
from .window_actions import WindowActions

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QComboBox, QDialog, QDockWidget, QMessageBox

    from ..core.register import RegisterRow
    from ..core.views import AgreementDetail
    from ..core.watch import ChangeWatcher
    from .actions import AgreementActions
    from .common.login_dialog import LoginDialog
    from .context import AppContext
    from .database.backup_actions import BackupActions
    from .operations import Changed
    from .register.batch_export import BatchExport
    from .register.detail_panel import DetailPanel
    from .register.register_view import RegisterPanel
    from .register.view_export import ViewExport
    from .renewals.term_actions import TermActions

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
DEFAULT_SIZE = (1280, 800)
DETAIL_HEIGHT = 200  # the details panel's first height: at 1280×800 the register shows 15 rows and more
STATUS_TIMEOUT_MS = 15_000
CHECKPOINT_CHECK_MS = 10 * 60 * 1000  # audit.checkpoint_if_due seals at most hourly
WATCH_MS = 3000  # how often to look for changes saved elsewhere
MENUS = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Agreement"),
         QT_TRANSLATE_NOOP("MainWindow", "&Review"), QT_TRANSLATE_NOOP("MainWindow", "Re&gister"),
         QT_TRANSLATE_NOOP("MainWindow", "&View"), QT_TRANSLATE_NOOP("MainWindow", "&Settings"),
         QT_TRANSLATE_NOOP("MainWindow", "&Help"))  # the keys of ``menus``; shown translated


class MainWindow(ActingProfile, ToolWindows, WindowActions):
    """Register, detail dock, toolbar, the acting user at the menu bar's end; remembers its layout.

    Attributes (from ``fill`` on):
        register: the filter bar and table.
        detail: the selected agreement in full.
        agreement_actions: lifecycle, export and preview steps on the selected agreement.
        term_actions: notice, renewal, periodic review and the notice letter (Agreement ▸ Term and renewal).
        view_export: the register view to CSV or XLSX.
        batch: the batch export of the view's signed agreements.
        backups: File ▸ Back up now… and Restore… (``backup_actions``).
        wizard: the open new-agreement wizard, if any.

    Signals:
        painted: the first time the window has been painted (its frame, at start-up).
        filled: the register and the actions are in place over the open database.
    """

    painted = Signal()
    filled = Signal()

    register: RegisterPanel
    detail: DetailPanel
    detail_dock: QDockWidget
    agreement_actions: AgreementActions
    term_actions: TermActions
    view_export: ViewExport
    batch: BatchExport
    backups: BackupActions
    watcher: ChangeWatcher
    acting: QComboBox

    def __init__(
        self, context: AppContext | None = None, *, title: str = "", settings: QSettings | None = None,
        page_size: int | None = None, watch_ms: int = WATCH_MS, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.wizard = None
        self.login_dialog: LoginDialog | None = None
        self.unsaved_box: QMessageBox | None = None  # the question about unsaved edits, while it is asked
        self._leaving = False  # quitting was confirmed
        self._page_size, self._watch_ms = page_size, watch_ms
        self._is_filled = self._was_painted = False
        self.windows: list[QWidget] = []
        self.menus = {name: self.menuBar().addMenu(translate("MainWindow", name)) for name in MENUS}  # filled later
        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.setWindowTitle(f"{title} — slamdesk" if title else "slamdesk")
        self.opening = QLabel(translate("MainWindow", "Opening {title}…").format(title=title) if title
                              else translate("MainWindow", "Opening the register…"))
        self.opening.setObjectName("openingPage")
        self.opening.setEnabled(False)  # drawn in the style's muted text colour
        self.setCentralWidget(_centred(self.opening))
        geometry = self.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        if context is not None:
            self.fill(context)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._was_painted:
            self._was_painted = True
            QTimer.singleShot(0, self.painted.emit)  # once this paint has reached the screen

    @property
    def is_filled(self) -> bool:
        return self._is_filled

    def fill(self, context: AppContext) -> None:
        """Build the register, the details and every action over ``context``'s open database."""
        from PySide6.QtWidgets import QDockWidget

        from ..core import audit
        from ..core.watch import ChangeWatcher
        from .actions import AgreementActions
        from .database.backup_actions import BackupActions
        from .register.batch_export import BatchExport
        from .register.detail_panel import DetailPanel
        from .register.register_model import PAGE_SIZE
        from .register.register_view import RegisterPanel
        from .register.view_export import ViewExport
        from .renewals.reminders_panel import RemindersPanel
        from .renewals.term_actions import TermActions

        self.context = context
        where = context.db.path.name if context.db.dialect == "sqlite" else context.db.location
        self.setWindowTitle(translate("MainWindow", "{database} (read-only) — slamdesk").format(database=where)
                            if context.db.read_only else f"{where} — slamdesk")
        self.register = RegisterPanel(context.db, page_size=self._page_size or PAGE_SIZE, actor=context.actor)
        self.setCentralWidget(self.register)  # the opening page goes with it
        self.detail = DetailPanel()
        self.detail_dock = QDockWidget(translate("MainWindow", "Agreement details"), self)
        self.detail_dock.setObjectName("detailDock")
        self.detail_dock.setWidget(self.detail)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, self.detail_dock)
        self.reminders = RemindersPanel(context, self.settings, self)
        self.reminders_dock = QDockWidget(translate("MainWindow", "Reminders"), self)
        self.reminders_dock.setObjectName("remindersDock")
        self.reminders_dock.setWidget(self.reminders)
        self.tabifyDockWidget(self.detail_dock, self.reminders_dock)  # a tab beside the details, not more height
        self.detail_dock.raise_()
        self.reminders.open_agreement.connect(self._go_to_agreement)
        self.agreement_actions = AgreementActions(context, self)
        self.term_actions = TermActions(context, self)
        self.detail.preview_button.setDefaultAction(self.agreement_actions.preview)
        self.view_export = ViewExport(context, self, self.settings)
        self.batch = BatchExport(context, self)
        self.backups = BackupActions(context, self)
        self._make_app_actions()
        self.allow_new()
        self._make_register_actions()
        self.acting = self._make_acting_combo()
        self._make_menus()
        self._make_toolbar()
        self._decorate()
        self.statusBar().showMessage(translate("MainWindow", "Acting as {name}").format(name=context.actor.display_name))
        if context.db.read_only:
            self.read_only_label = QLabel(translate("MainWindow", "Read-only: {reason}; changes cannot be saved").format(
                reason=context.db.read_only))
            self.read_only_label.setStyleSheet("color: #9b2c2c; font-weight: 600; padding: 0 6px;")
            self.statusBar().addPermanentWidget(self.read_only_label)
        # The audit log's head is sealed into the log at least hourly while the window is open.
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setInterval(CHECKPOINT_CHECK_MS)
        self.checkpoint_timer.timeout.connect(lambda: audit.checkpoint_if_due(context.db))
        self.checkpoint_timer.start()
        # Others' changes (another desk, another window) appear without F5; 0 turns the watch off.
        self.watcher = ChangeWatcher(context.db)
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(self._watch_ms)
        self.watch_timer.timeout.connect(self.read_others_changes)
        if self._watch_ms > 0:
            self.watch_timer.start()
        self.register.current_changed.connect(self.show_agreement)
        self.register.new_requested.connect(self.open_wizard)
        self.register.demo_requested.connect(self.load_demo)
        self.register.saved.message.connect(context.message)
        self.view_export.running_changed.connect(lambda running: self.export_view_action.setEnabled(not running))
        self.batch.running_changed.connect(self._batch_running)
        context.changed.connect(self._on_changed)
        context.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
        self._restore_layout()
        self.show_agreement(self.register.selected_number())
        if self._watch_ms > 0:  # what falls due, in a process of its own once the window is up (tests ask for it)
            QTimer.singleShot(0, self.reminders, self.reminders.read)  # not if the window is gone first
        self._is_filled = True
        self.filled.emit()

    # Building

    def _make_menus(self) -> None:
        from .common.help import AboutDialog, ShortcutsDialog, help_actions
        from .common.language_menu import language_menu

        file_menu, agreement_menu, review_menu, register_menu, view_menu, settings_menu, help_menu = self.menus.values()
        settings_menu.addMenu(language_menu(self, self.settings))
        file_menu.addActions([self.new_action, self.requirements_action, self.catalogue_action,
                              self.clause_library_action, self.agreement_actions.export])
        file_menu.addSeparator()
        file_menu.addActions([self.export_view_action, self.batch_action])
        file_menu.addSeparator()
        file_menu.addActions(self.backups.actions)
        file_menu.addSeparator()
        file_menu.addAction(self.team_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        agreement_menu.addActions(self.agreement_actions.lifecycle)
        agreement_menu.addSeparator()
        agreement_menu.addActions([self.agreement_actions.clauses, self.agreement_actions.compare,
                                   self.agreement_actions.amend, self.agreement_actions.redraft])
        agreement_menu.addSeparator()
        agreement_menu.addActions([self.agreement_actions.preview, self.agreement_actions.export])
        agreement_menu.addAction(self.structure_action)
        agreement_menu.addSeparator()
        self.term_menu = agreement_menu.addMenu(self.term_actions.menu_title)
        self.term_menu.addActions(self.term_actions.actions)
        review_menu.addAction(self.review_board_action)
        review_menu.addSeparator()
        review_menu.addActions([self.agreement_actions.start_round, self.agreement_actions.checklist])
        register_menu.addActions([self.find_action, self.register.clear_action])
        register_menu.addSeparator()
        self.saved_menu = register_menu.addMenu(translate("MainWindow", "&Apply saved filter"))
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        register_menu.addActions([self.register.saved.save_action, self.register.saved.delete_action])
        register_menu.addSeparator()
        register_menu.addActions([self.export_view_action, self.batch_action])
        register_menu.addSeparator()
        register_menu.addAction(self.monitoring_action)
        view_menu.addActions([self.find_action, self.refresh_action])
        view_menu.addSeparator()
        view_menu.addAction(self.filters_action)
        view_menu.addActions([self.detail_dock.toggleViewAction(), self.reminders_dock.toggleViewAction()])
        self.shortcuts_action, self.about_action = help_actions(self)
        self.shortcuts_action.triggered.connect(lambda: self._show_help(ShortcutsDialog(self.menuBar(), self)))
        self.about_action.triggered.connect(lambda: self._show_help(AboutDialog(self.context.db, self)))
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _show_help(self, dialog: QDialog) -> None:
        self.help_dialog = dialog
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _make_toolbar(self) -> None:
        toolbar = self.toolbar
        toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addActions([a for a in self.agreement_actions.lifecycle if a is not self.agreement_actions.signing_order])
        toolbar.addSeparator()
        toolbar.addAction(self.agreement_actions.preview)
        toolbar.addAction(self.agreement_actions.export)
        # Who acts, at the menu bar's right end: in a language whose steps read long the tool bar fills up, and
        # the list would go behind its overflow button.
        self.acting_corner = acting = QWidget(self.menuBar())  # (held: the menu bar does not keep it from Python)
        row = QHBoxLayout(acting)
        row.setContentsMargins(0, 2, 6, 2)
        label = QLabel(translate("MainWindow", "Acting as:"))
        label.setBuddy(self.acting)
        row.addWidget(label)
        row.addWidget(self.acting)
        self.menuBar().setCornerWidget(acting, QtCore.Qt.Corner.TopRightCorner)

    # Reacting

    def _fill_saved_menu(self) -> None:
        self.saved_menu.clear()
        names = self.register.saved.names
        for name in names:
            action = self.saved_menu.addAction(name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, name=name: self.register.saved.apply(name))
        if not names:
            self.saved_menu.addAction(translate("MainWindow", "No saved filters yet")).setEnabled(False)

    def show_agreement(self, number: str) -> None:
        from ..core import agreements
        from . import operations

        row = self.register.selected_row()
        if not number or row is None:
            self._follow_row(None)
            self.detail.show_nothing()
            return
        read = operations.query(self, self.context, lambda: agreements.get_agreement(self.context.db, number),
                                what=translate("MainWindow", "Agreement details"))
        self._follow_row(row, read.value)
        if read.value is None:
            self.detail.show_nothing()
        else:
            self.detail.show_agreement(read.value, row.documents, self.context.db)

    def load_demo(self) -> None:
        """The empty register's offer (core loads it only into a register that holds nothing yet)."""
        from ..core import demo
        from . import operations
        from .operations import Area, Changed

        def done(loaded: demo.DemoResult) -> str:
            count = loaded.agreements
            return (translate("MainWindow", "Demo portfolio loaded: %n agreement(s)", None, count) if loaded.created
                    else translate("MainWindow", "The register already holds data: no demo was added"))

        operations.change(self, self.context, lambda: demo.load_demo(self.context.db),
                          what=translate("MainWindow", "Load the demo portfolio"), changed=Changed(Area.EVERYTHING), done=done)

    def _on_changed(self, changed: Changed) -> None:
        from .operations import Area

        if changed.about(Area.AGREEMENTS):
            self.register.refresh(select=changed.key if changed.area is Area.AGREEMENTS else "")

    def read_others_changes(self) -> bool:
        """Read again when the database changed since the last look; True when it had."""
        from . import operations
        from .operations import Area, Changed

        if not self.watcher.poll():
            return False
        operations.notify(self.context, Changed(Area.EVERYTHING))
        self.context.message.emit(translate("MainWindow", "Updated with changes saved elsewhere"))
        return True

    def refresh(self) -> None:
        self.register.refresh()
        total = self.register.model.total  # lupdate reads a plain name as the count, not an attribute
        self.context.message.emit(translate("MainWindow", "Register refreshed: %n agreement(s)", None, total))

    def export_view(self) -> None:
        """Ask for a .csv or .xlsx file and write the register view to it."""
        model = self.register.model
        self.view_export.ask(model.criteria, model.total)

    def batch_export(self) -> None:
        """Export every signed agreement of the view not yet in the register (asks for the passphrase)."""
        model = self.register.model
        if model.total == 0:
            from .common import feedback

            self.context.message.emit(translate("MainWindow", "Batch export: this view shows no agreements."))
            feedback.show_error(self, translate("MainWindow", "Batch export"),
                                translate("MainWindow", "This view shows no agreements: change the filters first."))
            return
        self.batch.ask(model.criteria, model.total)

    def _batch_running(self, running: bool) -> None:
        self.batch_action.setEnabled(not running)
        self._follow_row(self.register.selected_row())

    def _follow_row(self, row: RegisterRow | None, detail: AgreementDetail | None = None) -> None:
        """Enable the steps the selected agreement allows the acting person (no single export while a batch writes)."""
        from ..core import agreements
        from . import operations

        if row is not None and detail is None:
            detail = operations.query(self, self.context, lambda: agreements.get_agreement(self.context.db, row.number),
                                      what=translate("MainWindow", "Agreement details"), in_place=True).value
        self.agreement_actions.set_current(row, detail)
        self.term_actions.set_current(row)
        if self.batch.is_running():
            self.agreement_actions.export.setEnabled(False)

    def focus_search(self) -> None:
        self.register.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.register.search.selectAll()

    # Remembering the layout

    def _restore_layout(self) -> None:
        """The docks and toolbar as they were left (the frame has already taken its size and place)."""
        state = self.settings.value(STATE_KEY)
        if isinstance(self.settings.value(GEOMETRY_KEY), QByteArray) and isinstance(state, QByteArray):
            self.restoreState(state)
            return
        self.resizeDocks([self.detail_dock], [DETAIL_HEIGHT], QtCore.Qt.Orientation.Vertical)

    def _quit_now(self) -> None:
        self._leaving = True
        self.close()

    def save_layout(self) -> None:
        if not self._is_filled:
            return  # closed while opening: the layout left last time stays
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit: unsaved edits in open editors are asked about first (closing takes their windows with it)."""
        from .common.unsaved import before_leaving, editors_with_unsaved_edits

        if not self._is_filled:  # closed while the database was opening
            super().closeEvent(event)
            return
        editors = [] if self._leaving else editors_with_unsaved_edits(self)
        if editors:
            event.ignore()
            self.unsaved_box = before_leaving(self, translate("MainWindow", "quitting"), editors, self._quit_now)
            return
        self.batch.stop()  # the agreement in hand is finished and recorded; no other is started
        self.backups.stop()  # a copy in hand is finished (it cannot stop halfway)
        self.view_export.stop()
        self.reminders.stop()
        self.save_layout()
        self.watch_timer.stop()
        self.watcher.close()
        super().closeEvent(event)


def _centred(label: QLabel) -> QWidget:
    """``label`` in the middle of a page, by stretches around it (no alignment flag: see the imports)."""
    page = QWidget()
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(label)
    row.addStretch()
    column = QVBoxLayout(page)
    column.addStretch()
    column.addLayout(row)
    column.addStretch()
    return page
