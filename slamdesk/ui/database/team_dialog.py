"""File ▸ Connect to a team database…: the server, the database and one's own login.

The dialog builds the ``postgresql://`` URL from the server, port, database
and PostgreSQL login (the password is used to connect and never stored: the
server's own ``.pgpass`` or the one typed here), tries to open it through
``core.db``, and shows any refusal in one line under the form (server not
reachable, wrong password, not a slamdesk database). The URL without its
password is remembered for next time.
"""

from __future__ import annotations

import urllib.parse

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.db import Database
from .. import operations
from ..common.i18n import translate
from ..common.widgets import ERROR_STYLE

LAST_URL = "team/last_url"


def team_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """The URL ``core.db`` opens; a host that is a folder is a Unix socket."""
    login = urllib.parse.quote(user.strip(), safe="")
    if password:
        login += ":" + urllib.parse.quote(password, safe="")
    name = urllib.parse.quote(database.strip(), safe="")
    host = host.strip()
    if host.startswith("/"):
        return f"postgresql://{login}@/{name}?host={urllib.parse.quote(host, safe='/')}&port={port}"
    return f"postgresql://{login}@{host}:{port}/{name}"


class TeamDatabaseDialog(QDialog):
    """Asks where the team database is and opens it; ``database`` is the open one after Accept.

    Attributes:
        host, port, name, user, password: the inputs; error: the refusal under the form.
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TeamDatabaseDialog", "Connect to a team database"))
        self.settings = settings
        self.database: Database | None = None
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.example.lan")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.name = QLineEdit("slamdesk")
        self.user = QLineEdit()
        self.user.setPlaceholderText(translate("TeamDatabaseDialog", "your own PostgreSQL login"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("TeamDatabaseDialog", "leave empty to use ~/.pgpass"))
        self._fill_from(str(settings.value(LAST_URL, "") or ""))
        intro = QLabel(translate("TeamDatabaseDialog", "A register that the whole team shares lives on a PostgreSQL server. "
                                 "Sign in with your own login; your slamdesk profile is asked for next."))
        intro.setWordWrap(True)
        form = QFormLayout()
        for label, field in ((translate("TeamDatabaseDialog", "&Server:"), self.host),
                             (translate("TeamDatabaseDialog", "P&ort:"), self.port),
                             (translate("TeamDatabaseDialog", "&Database:"), self.name),
                             (translate("TeamDatabaseDialog", "&Login:"), self.user),
                             (translate("TeamDatabaseDialog", "Pass&word:"), self.password)):
            form.addRow(label, field)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(translate("TeamDatabaseDialog", "&Connect"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.host if not self.host.text() else self.user if not self.user.text() else self.password).setFocus()

    def _fill_from(self, url: str) -> None:
        if not url:
            return
        parsed = urllib.parse.urlsplit(url)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        self.host.setText(query.get("host") or parsed.hostname or "")
        self.port.setValue(int(query.get("port") or parsed.port or 5432))
        self.name.setText(urllib.parse.unquote(parsed.path.lstrip("/")))
        self.user.setText(urllib.parse.unquote(parsed.username or ""))

    def url(self, *, with_password: bool = True) -> str:
        return team_url(self.host.text(), self.port.value(), self.name.text(), self.user.text(),
                        self.password.text() if with_password else "")

    def try_connect(self) -> None:
        """Open the database (migrating a new one); stay open with the reason when it cannot be."""
        missing = [said for said, field in ((translate("TeamDatabaseDialog", "Give the server."), self.host),
                                            (translate("TeamDatabaseDialog", "Give the database."), self.name),
                                            (translate("TeamDatabaseDialog", "Give your login."), self.user))
                   if not field.text().strip()]
        if missing:
            self._say(" ".join(missing))
            return
        opened = operations.query(self, None, lambda: Database.open(self.url()),
                                  what=translate("TeamDatabaseDialog", "Connect"), in_place=True)
        if opened.value is None:
            error = str(opened.error)
            self._say(error.replace(self.password.text(), "…") if self.password.text() else error)
            return
        self.database = opened.value
        self.settings.setValue(LAST_URL, self.url(with_password=False))
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
