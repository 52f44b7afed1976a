"""Signed export from the register: the passphrase dialog, and the signature badge in the details."""

from __future__ import annotations

from pathlib import Path

from slamdesk.core import export, register
from slamdesk.core.roles import Actor
from slamdesk.core.verification import verify_document
from slamdesk.ui.common.dialogs import PassphraseDialog
from slamdesk.ui.main_window import MainWindow

NUMBER = "SLA-2026-0002"  # signed in the demo portfolio, not exported yet
PASSPHRASE = "Lösenord für den Schlüssel"


def open_export(window: MainWindow) -> PassphraseDialog:
    assert window.register.select_agreement(NUMBER)
    window.agreement_actions.export.trigger()
    dialog = window.agreement_actions.dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    return dialog


def pdfs(window: MainWindow) -> list[register.DocumentRef]:
    row = register.list_agreements(window.context.db, search=NUMBER)[0]
    return [d for d in row.documents if d.format == "pdf"]


def badge_of(window: MainWindow, path: str) -> str:
    """The badge after the register re-reads the agreement (the files are checked afresh)."""
    window.register.refresh(select=NUMBER)
    window.show_agreement(NUMBER)
    return window.detail.badges[path].text


def test_first_export_asks_twice_and_signs_the_pdf(window: MainWindow, shown_errors: list[tuple[str, str]]) -> None:
    dialog = open_export(window)
    assert dialog.first_use and dialog.confirm is not None and dialog.sign_box.isChecked()
    assert dialog.passphrase.echoMode() is dialog.passphrase.EchoMode.Password
    dialog.passphrase.setText("short")
    dialog.confirm.setText("short")
    dialog.accept()
    assert dialog.isVisible() and "at least 8 characters" in dialog.errors.message("passphrase")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE + "!")
    dialog.accept()
    assert dialog.isVisible() and dialog.errors.message("confirm") == "the two passphrases differ"
    assert pdfs(window) == []
    dialog.confirm.setText(PASSPHRASE)
    dialog.accept()
    assert not dialog.isVisible() and not shown_errors
    assert dialog.passphrase.text() == dialog.confirm.text() == ""  # never kept
    (pdf,) = pdfs(window)
    assert verify_document(window.context.db, Path(pdf.path)).ok
    assert window.statusBar().currentMessage().startswith(f"Exported {NUMBER} (signed)")
    assert window.detail.badges[pdf.path].text == "Signed, intact"
    assert "Signed, intact" in window.detail.toPlainText()


def test_wrong_passphrase_stays_in_the_dialog_and_records_nothing(
    window: MainWindow, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    export.export_agreement(window.context.db, people["anna"], NUMBER, ("pdf",), passphrase=PASSPHRASE)
    before = pdfs(window)
    files_before = sorted(Path(before[0].path).parent.iterdir())
    dialog = open_export(window)
    assert not dialog.first_use and dialog.confirm is None
    dialog.passphrase.setText("not the passphrase")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.message("passphrase") == "wrong passphrase for the provider's signing key"
    assert not shown_errors
    assert pdfs(window) == before
    assert sorted(Path(before[0].path).parent.iterdir()) == files_before
    dialog.passphrase.setText(PASSPHRASE)  # retry in the same dialog
    dialog.accept()
    assert not dialog.isVisible() and dialog.errors.message("passphrase") == ""
    assert len(pdfs(window)) == 2


def test_unsigned_export_and_badges_for_tampered_or_missing_files(window: MainWindow, people: dict[str, Actor]) -> None:
    dialog = open_export(window)
    dialog.sign_box.setChecked(False)
    assert not dialog.passphrase.isEnabled()
    dialog.accept()
    assert not dialog.isVisible()
    (unsigned,) = pdfs(window)
    assert badge_of(window, unsigned.path) == "Unsigned"

    (signed,) = export.export_agreement(window.context.db, people["anna"], NUMBER, ("pdf",), passphrase=PASSPHRASE)
    assert badge_of(window, str(signed.path)) == "Signed, intact"
    data = bytearray(signed.path.read_bytes())
    data[len(data) // 5] ^= 0x01
    signed.path.write_bytes(bytes(data))
    assert badge_of(window, str(signed.path)) == "Changed after signing"
    assert "Changed after signing" in window.detail.toPlainText()

    Path(unsigned.path).unlink()
    assert badge_of(window, unsigned.path) == "File missing"


def test_exporting_again_what_the_register_holds_to_the_byte_says_so_and_writes_nothing(window: MainWindow) -> None:
    dialog = open_export(window)
    dialog.sign_box.setChecked(False)
    dialog.accept()
    assert window.statusBar().currentMessage().startswith(f"Exported {NUMBER} (unsigned) into ")
    before = sorted(p.name for p in Path(pdfs(window)[0].path).parent.iterdir())
    again = open_export(window)
    again.sign_box.setChecked(False)
    again.accept()
    assert not again.isVisible()
    said = window.statusBar().currentMessage()
    assert said.startswith(f"{NUMBER} is already in the register, the same to the byte: nothing was written (")
    assert sorted(p.name for p in Path(pdfs(window)[0].path).parent.iterdir()) == before  # no "-2" copies
