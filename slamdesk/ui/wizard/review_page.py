"""Step 4b: the named reviewer, not the author, approves the draft, as themselves."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from ...core import agreements, users
from ...core.lifecycle import TRANSITIONS
from ...core.roles import Actor, Role
from ..context import AppContext
from .base import StepPage, roomy_form
from .state import WizardState


class ReviewPage(StepPage):
    """The reviewer approves here, in person: Approve hands the step to their profile.

    Attributes:
        reviewer: who must approve (the one named in the round; a choice only when none was named).
        acting: the line that says who acts and how they prove it.
        signed_in: the reviewer's Actor once they signed in for this step (None before).
    """

    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title="Review",
            subtitle="A legal reviewer or quality checker, not the author, reads the draft and approves it "
                     "as themselves.",
        )
        self.signed_in: Actor | None = None
        self.intro = QLabel(wordWrap=True)
        self.reviewer = QComboBox()
        self.reviewer.setMinimumContentsLength(30)
        self.reviewer.currentIndexChanged.connect(self._reviewer_changed)
        self.acting = QLabel(wordWrap=True)
        self.acting.setObjectName("reviewActing")
        self.comment = QPlainTextEdit(placeholderText="What was checked, and anything the signatories should know")
        self.comment.setMinimumHeight(110)
        form = roomy_form()
        form.addRow("", self.intro)
        form.addRow("Re&viewer:", self.errors.field("reviewer", self.reviewer))
        form.addRow("Who acts:", self.acting)
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
            f"<b>{escape(self.state.number or '')}</b> is in review"
            + (f"; {escape(named.display_name)} is the reviewer named in its round." if named else ".")
        )
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        for actor in [named] if named else self.reviewers():
            self.reviewer.addItem(f"{actor.display_name} ({actor.role.label.lower()})", actor)
        self.reviewer.setEnabled(named is None and self.reviewer.count() > 1)
        self.reviewer.blockSignals(False)
        self._reviewer_changed()
        if not self.reviewer.count():
            self.errors.show_general("No other profile may review; add a legal reviewer or a quality checker.")

    def _reviewer_changed(self) -> None:
        reviewer: Actor | None = self.reviewer.currentData()
        if self.signed_in is not None and self.signed_in != reviewer:
            self.signed_in = None
        if self.state.approved:
            return
        if reviewer is None:
            self.acting.setText("")
            self.set_commit_text("&Approve as reviewer")
            return
        me = self.context.actor
        if reviewer == me or self.signed_in == reviewer:
            self.acting.setText(f"{escape(reviewer.display_name)} is signed in and approves now.")
        else:
            self.acting.setText(
                f"Only <b>{escape(reviewer.display_name)}</b> can approve; {escape(me.display_name)} drafted it. "
                f"Approving hands over: {escape(reviewer.display_name)} signs in to their own profile "
                "(with its passphrase, if it has one) and the approval is theirs."
            )
        self.set_commit_text(f"&Approve as {reviewer.display_name}…" if reviewer != me else "&Approve")

    def validatePage(self) -> bool:
        number, reviewer = self.state.number, self.reviewer.currentData()
        assert number is not None
        if self.state.approved:
            return True
        if reviewer is None:
            self.errors.show_general("Choose who reviews the agreement.")
            return False
        acting = self.context.actor if reviewer == self.context.actor else self.signed_in
        if acting is None or acting.id != reviewer.id:
            self.errors.clear()
            self.hand_over(
                reviewer,
                f"{reviewer.display_name} approves {number}: sign in as {reviewer.display_name} to act. "
                "The approval is recorded under this profile.",
                self._signed_in,
            )
            return False
        if not self.attempt(lambda: agreements.approve(self.context.db, acting, number, self.comment.toPlainText())):
            return False
        self.state.approved = True
        self.acting.setText(f"Approved by {escape(acting.display_name)}.")
        self.signed_in = None  # the hand-over lasts for this step only
        return True

    def _signed_in(self, actor: Actor) -> None:
        self.signed_in = actor
        self._reviewer_changed()
