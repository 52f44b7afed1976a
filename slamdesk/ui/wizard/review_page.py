"""Step 4b: the named reviewer, not the author, approves the draft, as themselves."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from ...core import agreements, users
from ...core.lifecycle import TRANSITIONS
from ...core.roles import Actor, Role
from ..common.formatting import person_with_role
from ..common.i18n import translate
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
            context, state, title=translate("ReviewPage", "Review"),
            subtitle=translate("ReviewPage", "A legal reviewer or quality checker, not the author, reads the draft "
                                             "and approves it as themselves."),
        )
        self.signed_in: Actor | None = None
        self.intro = QLabel(wordWrap=True)
        self.reviewer = QComboBox()
        self.reviewer.setMinimumContentsLength(30)
        self.reviewer.currentIndexChanged.connect(self._reviewer_changed)
        self.acting = QLabel(wordWrap=True)
        self.acting.setObjectName("reviewActing")
        self.comment = QPlainTextEdit(
            placeholderText=translate("ReviewPage", "What was checked, and anything the signatories should know"))
        self.comment.setMinimumHeight(110)
        form = roomy_form()
        form.addRow("", self.intro)
        form.addRow(translate("ReviewPage", "Re&viewer:"), self.errors.field("reviewer", self.reviewer))
        form.addRow(translate("ReviewPage", "Who acts:"), self.acting)
        form.addRow(translate("ReviewPage", "&Comment:"), self.errors.field("comment", self.comment))
        self.body.addLayout(form)
        self.finish_layout()
        self.setCommitPage(True)
        self.set_commit_text(translate("ReviewPage", "&Approve as reviewer"))

    def reviewers(self) -> list[Actor]:
        """Profiles allowed to approve (by ``core``'s lifecycle rules), the author excepted."""
        allowed = TRANSITIONS["approve"].roles
        candidates = [a for a in users.list_actors(self.context.db) if a.role in allowed and a != self.context.actor]
        # Dedicated reviewers first, administrators last.
        return sorted(candidates, key=lambda actor: (actor.role is Role.ADMINISTRATOR, actor.id))

    def initializePage(self) -> None:
        named = self.state.reviewer
        number = escape(self.state.number or "")
        self.intro.setText(
            translate("ReviewPage", "<b>{number}</b> is in review; {name} is the reviewer named in its round.").format(
                number=number, name=escape(named.display_name)) if named
            else translate("ReviewPage", "<b>{number}</b> is in review.").format(number=number))
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        for actor in [named] if named else self.reviewers():
            self.reviewer.addItem(person_with_role(actor.display_name, actor.role), actor)
        self.reviewer.setEnabled(named is None and self.reviewer.count() > 1)
        self.reviewer.blockSignals(False)
        self._reviewer_changed()
        if not self.reviewer.count():
            self.errors.show_general(
                translate("ReviewPage", "No other profile may review; add a legal reviewer or a quality checker."))

    def _reviewer_changed(self) -> None:
        reviewer: Actor | None = self.reviewer.currentData()
        if self.signed_in is not None and self.signed_in != reviewer:
            self.signed_in = None
        if self.state.approved:
            return
        if reviewer is None:
            self.acting.setText("")
            self.set_commit_text(translate("ReviewPage", "&Approve as reviewer"))
            return
        me = self.context.actor
        if reviewer == me or self.signed_in == reviewer:
            self.acting.setText(translate("ReviewPage", "{name} is signed in and approves now.").format(
                name=escape(reviewer.display_name)))
        else:
            self.acting.setText(translate(
                "ReviewPage", "Only <b>{reviewer}</b> can approve; {author} drafted it. Approving hands over: {reviewer} "
                              "signs in to their own profile (with its passphrase, if it has one) and the approval is theirs."
            ).format(reviewer=escape(reviewer.display_name), author=escape(me.display_name)))
        self.set_commit_text(translate("ReviewPage", "&Approve as {name}…").format(name=reviewer.display_name)
                             if reviewer != me else translate("ReviewPage", "&Approve"))

    def validatePage(self) -> bool:
        number, reviewer = self.state.number, self.reviewer.currentData()
        assert number is not None
        if self.state.approved:
            return True
        if reviewer is None:
            self.errors.show_general(translate("ReviewPage", "Choose who reviews the agreement."))
            return False
        acting = self.context.actor if reviewer == self.context.actor else self.signed_in
        if acting is None or acting.id != reviewer.id:
            self.errors.clear()
            self.hand_over(
                reviewer,
                translate("ReviewPage", "{name} approves {number}: sign in as {name} to act. "
                                        "The approval is recorded under this profile.").format(
                    name=reviewer.display_name, number=number),
                self._signed_in,
            )
            return False
        if not self.attempt(lambda: agreements.approve(self.context.db, acting, number, self.comment.toPlainText())):
            return False
        self.state.approved = True
        self.acting.setText(translate("ReviewPage", "Approved by {name}.").format(name=escape(acting.display_name)))
        self.signed_in = None  # the hand-over lasts for this step only
        return True

    def _signed_in(self, actor: Actor) -> None:
        self.signed_in = actor
        self._reviewer_changed()
