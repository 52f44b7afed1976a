"""Step 4b: a reviewer other than the author approves the draft."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from ...core import agreements, users
from ...core.lifecycle import TRANSITIONS
from ...core.roles import Actor, Role
from ..context import AppContext
from .base import StepPage, roomy_form
from .state import WizardState


class ReviewPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title="Review",
            subtitle="A legal reviewer or quality checker, not the author, reads the draft and approves it.",
        )
        self.intro = QLabel(wordWrap=True)
        self.reviewer = QComboBox()
        self.reviewer.setMinimumContentsLength(30)
        self.comment = QPlainTextEdit(placeholderText="What was checked, and anything the signatories should know")
        self.comment.setMinimumHeight(110)
        form = roomy_form()
        form.addRow("", self.intro)
        form.addRow("Re&viewer:", self.errors.field("reviewer", self.reviewer))
        form.addRow("&Comment:", self.errors.field("comment", self.comment))
        self.body.addLayout(form)
        self.finish_layout()
        self.setCommitPage(True)
        self.set_commit_text("&Approve as reviewer")

    def reviewers(self) -> list[Actor]:
        """Profiles allowed to approve (by ``core``'s lifecycle rules), the author excepted."""
        allowed = TRANSITIONS["approve"].roles
        candidates = [a for a in users.list_actors(self.context.db) if a.role in allowed and a != self.context.actor]
        # Dedicated reviewers first, administrators last.
        return sorted(candidates, key=lambda actor: (actor.role is Role.ADMINISTRATOR, actor.id))

    def initializePage(self) -> None:
        named = self.state.reviewer
        self.intro.setText(
            f"<b>{self.state.number}</b> is in review"
            + (f"; {named.display_name} is the reviewer named in its round." if named else ".")
        )
        self.reviewer.clear()
        for actor in [named] if named else self.reviewers():
            self.reviewer.addItem(f"{actor.display_name} ({actor.role.label.lower()})", actor)
        if not self.reviewer.count():
            self.errors.show_general("No other profile may review; add a legal reviewer or a quality checker.")

    def validatePage(self) -> bool:
        number, reviewer = self.state.number, self.reviewer.currentData()
        assert number is not None
        if self.state.approved:
            return True
        if reviewer is None:
            self.errors.show_general("Choose who reviews the agreement.")
            return False
        if not self.attempt(lambda: agreements.approve(self.context.db, reviewer, number, self.comment.toPlainText())):
            return False
        self.state.approved = True
        return True
