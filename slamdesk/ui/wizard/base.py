"""The common shape of a wizard step: a form, its error labels, one core call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWizard, QWizardPage

from ...core import users
from ...core.errors import ValidationError
from ...core.roles import Actor
from .. import operations
from ..common.i18n import translate
from ..common.login_dialog import LoginDialog
from ..common.widgets import FieldErrors
from ..context import AppContext
from .state import WizardState


def roomy_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(16)
    return form


class StepPage(QWizardPage):
    """A wizard page whose ``validatePage`` records its step through ``core``.

    Attributes:
        context: database and acting user.
        state: what earlier steps recorded.
        errors: labels beside this page's fields, plus a general one at the bottom.
        step_name: the step's name ("Pricing"); the title adds where it is in the wizard ("Step 3 of 7 · Pricing").
    """

    def __init__(self, context: AppContext, state: WizardState, *, title: str, subtitle: str) -> None:
        super().__init__()
        self.context, self.state = context, state
        self.errors = FieldErrors()
        self.step_name = title
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(12)
        self.login_dialog: LoginDialog | None = None

    def set_step(self, number: int, total: int) -> None:
        """Say in the title which step of the wizard this page is."""
        self.setTitle(translate("StepPage", "Step {number} of {total} · {name}").format(
            number=number, total=total, name=self.step_name))

    def finish_layout(self, *, stretch: bool = True) -> None:
        """Call after adding the page's widgets: the general message goes last.

        Args:
            stretch: push the content up (pages whose own widget grows pass False).
        """
        if stretch:
            self.body.addStretch(1)
        self.body.addWidget(self.errors.general)

    def attempt(self, call: Callable[[], object], errors: FieldErrors | None = None) -> bool:
        """Run one use case; show a refusal beside its field and return whether it worked."""
        errors = errors or self.errors
        errors.clear()
        done = operations.change(self, None, call, what=self.step_name, changed=None, in_place=True)
        if isinstance(done.error, ValidationError):
            errors.show(done.error)
        elif done.error is not None:
            errors.show_general(str(done.error))  # a wizard says everything on its page, never in a box
        return bool(done)

    def hand_over(self, person: Actor, purpose: str, then: Callable[[Actor], None]) -> LoginDialog | None:
        """Let ``person`` take this step: they sign in as themselves, with their passphrase when they have one.

        Opens a sign-in listing only ``person``'s profile (``core.users.login``
        checks it; a wrong passphrase keeps the dialog open). Once accepted,
        ``then`` gets the checked Actor and the wizard moves on; quitting it
        leaves the step undone. The application's acting profile stays as it was.
        """
        profile = next((p for p in users.list_profiles(self.context.db) if p.actor.id == person.id), None)
        if profile is None:
            self.errors.show_general(translate(
                "StepPage", "{name}'s profile is no longer active; nobody can act as them.").format(name=person.display_name))
            return None
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
        dialog = LoginDialog(
            self.context.db, [profile], preferred=profile.actor, parent=self, purpose=purpose, remember=False
        )
        dialog.accepted.connect(lambda: self._handed_over(dialog, then))
        self.login_dialog = dialog
        dialog.open()
        return dialog

    def _handed_over(self, dialog: LoginDialog, then: Callable[[Actor], None]) -> None:
        if dialog.actor is None:
            return
        then(dialog.actor)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def set_commit_text(self, text: str) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton, text)
