"""The main window: the contract register at home, details in a dock, actions around it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from ..core import agreements, users
from ..core.errors import SlamdeskError
from ..core.roles import Actor
from . import feedback
from .actions import AgreementActions
from .context import AppContext
from .detail_panel import DetailPanel
from .register_model import PAGE_SIZE
from .register_view import RegisterPanel
from .wizard import AgreementWizard

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
DEFAULT_SIZE = (1280, 800)
STATUS_TIMEOUT_MS = 15_000


class MainWindow(QMainWindow):
    """Register, detail dock, toolbar with the acting user; remembers its layout.

    Attributes:
        register: the filter bar and table.
        detail: the selected agreement in full.
        agreement_actions: lifecycle and export steps on the selected agreement.
        wizard: the open new-agreement wizard, if any.
    """

    def __init__(
        self, context: AppContext, *, settings: QSettings | None = None, page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings if settings is not None else QSettings()
        self.wizard: AgreementWizard | None = None
        self.setWindowTitle(f"{context.db.path.name} — slamdesk")
        self.register = RegisterPanel(context.db, page_size=page_size)
        self.setCentralWidget(self.register)
        self.detail = DetailPanel()
        self.detail_dock = QDockWidget("Agreement details", self)
        self.detail_dock.setObjectName("detailDock")
        self.detail_dock.setWidget(self.detail)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.detail_dock)
        self.agreement_actions = AgreementActions(context, self)
        self._make_app_actions()
        self.acting = self._make_acting_combo()
        self._make_menus()
        self._make_toolbar()
        self.statusBar().showMessage(f"Acting as {context.actor.display_name}")
        self.register.current_changed.connect(self.show_agreement)
        context.agreements_changed.connect(self._on_agreements_changed)
        context.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
        self._restore_layout()
        self.show_agreement(self.register.selected_number())

    # Building

    def _make_app_actions(self) -> None:
        self.new_action = QAction("&New agreement…", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setStatusTip("Start the guided flow: customer, requirements, pricing, review, signing")
        self.new_action.triggered.connect(self.open_wizard)
        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("F5")])
        self.refresh_action.triggered.connect(self.refresh)
        self.find_action = QAction("&Find…", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.refresh_action, self.find_action, self.quit_action):
            self.addAction(action)

    def _make_acting_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("actingAs")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._actors = {actor.username: actor for actor in users.list_actors(self.context.db)}
        for actor in self._actors.values():
            combo.addItem(f"{actor.display_name} ({actor.role.label.lower()})", actor.username)
            if actor == self.context.actor:
                combo.setCurrentIndex(combo.count() - 1)
        combo.currentIndexChanged.connect(lambda: self.set_actor(self._actors[combo.currentData()]))
        return combo

    def _make_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([self.new_action, self.agreement_actions.export])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        agreement_menu = menus.addMenu("&Agreement")
        agreement_menu.addActions(self.agreement_actions.lifecycle)
        view_menu = menus.addMenu("&View")
        view_menu.addActions([self.find_action, self.refresh_action])
        view_menu.addSeparator()
        view_menu.addAction(self.detail_dock.toggleViewAction())

    def _make_toolbar(self) -> None:
        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addActions(self.agreement_actions.lifecycle)
        toolbar.addSeparator()
        toolbar.addAction(self.agreement_actions.export)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(QLabel("Acting as: "))
        toolbar.addWidget(self.acting)
        self.addToolBar(toolbar)

    # Reacting

    def set_actor(self, actor: Actor) -> None:
        self.context.set_actor(actor)
        self.context.message.emit(f"Acting as {actor.display_name} ({actor.role.label.lower()})")

    def show_agreement(self, number: str) -> None:
        row = self.register.selected_row()
        self.agreement_actions.set_current(row)
        if not number or row is None:
            self.detail.show_nothing()
            return
        try:
            self.detail.show_agreement(
                agreements.get_agreement(self.context.db, number), row.documents, self.context.db
            )
        except SlamdeskError as error:
            self.detail.show_nothing()
            feedback.show_error(self, "Agreement details", str(error))

    def _on_agreements_changed(self, number: str) -> None:
        self.register.refresh(select=number)

    def refresh(self) -> None:
        self.register.refresh()
        self.context.message.emit(f"Register refreshed: {self.register.model.total} agreements")

    def focus_search(self) -> None:
        self.register.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.register.search.selectAll()

    def open_wizard(self) -> AgreementWizard:
        """Open the new-agreement wizard (window-modal, without blocking)."""
        wizard = AgreementWizard(self.context, self)
        wizard.finished.connect(lambda _result: self._wizard_closed(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_closed(self, wizard: AgreementWizard) -> None:
        if wizard.number:
            self.register.refresh()
            self.register.reveal(wizard.number)
            row = self.register.selected_row()
            status = row.status.label.lower() if row else "recorded"
            self.context.message.emit(f"{wizard.number} is {status}")
        wizard.deleteLater()
        if self.wizard is wizard:
            self.wizard = None

    # Remembering the layout

    def _restore_layout(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self.settings.value(STATE_KEY)
            if isinstance(state, QByteArray):
                self.restoreState(state)
            return
        self.resize(*DEFAULT_SIZE)
        self.resizeDocks([self.detail_dock], [360], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
