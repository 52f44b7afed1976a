"""The dialogs of an agreement's life in Swedish, Vietnamese, Indonesian and Ukrainian: the quality checklist (passing,
failing, with a note), the review round and decision (blocked too), the plain signature form, the saved filter's
name, the amendment's and termination's reason, the new lines from a requirements document, the batch export's
progress, the version comparison (each tab, one version only) and the term dialogs leave no English word (data
aside: names, numbers, titles, customers, clause titles), and no two texts of one dialog share a mnemonic, in English
as in each language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, catalogue, clauses, requirements, users, versions
from slamdesk.core.renewals import standing
from slamdesk.core.renewals.stored import get_terms
from slamdesk.core.reviews import ReviewerInput
from slamdesk.core.roles import Actor
from slamdesk.ui.common.dialogs import CommentDialog, RedraftDialog, SignDialog
from slamdesk.ui.common.i18n import translate
from slamdesk.ui.context import AppContext
from slamdesk.ui.register.batch_export import BatchProgressDialog
from slamdesk.ui.register.saved_filter_bar import SaveFilterDialog
from slamdesk.ui.renewals.term_dialogs import NoticeDialog, RenewDialog, ReviewHeldDialog, TermsDialog
from slamdesk.ui.review.checklist import ChecklistDialog
from slamdesk.ui.review.decision_dialog import ReviewDecisionDialog
from slamdesk.ui.review.round_dialog import ReviewRoundDialog
from slamdesk.ui.versions.version_compare import VersionCompareDialog
from tests.conftest import DEMO_TODAY
from tests.ui.languages import TRANSLATED, english_left
from tests.ui.review.test_checklist_notes import _without_ukrainian_names
from tests.ui.shots import shoot
from tests.ui.test_mnemonics import clashes, widget_texts

LANGUAGES = pytest.mark.parametrize("language", TRANSLATED)
SIGNED = "SLA-2026-0002"  # signed in the demo (Vietnamese), with its terms
DRAFT = "SLA-2026-0007"  # the demo's draft (Ukrainian)
IN_REVIEW = DRAFT  # submitted below, with a legal reviewer and a quality checker
APPROVED = "SLA-2026-0004"  # approved in the demo, without a signing order: the plain signature form


def _data(context: AppContext, *numbers: str) -> set[str]:
    """What reads the same in every language: people's names, the agreements' numbers, titles, customers and clause
    titles (in the agreement's language), their customers' requirements documents."""
    found = {actor.display_name for actor in users.list_actors(context.db)}
    for number in numbers:
        detail = agreements.get_agreement(context.db, number)
        found |= {number, detail.title, detail.customer_name} | {clause.title for clause in detail.clauses}
        found |= {detail.contact_name, detail.contact_title}
    return found | {document.title for document in requirements.list_documents(context.db)}


def _submitted(context: AppContext, people: dict[str, Actor]) -> None:
    """The draft in review, the quality checker (Budi) acting."""
    due = DEMO_TODAY + dt.timedelta(days=5)
    agreements.submit_for_review(context.db, people["anna"], IN_REVIEW, today=DEMO_TODAY, reviewers=[
        ReviewerInput(people["linh"].id, "legal_reviewer", due), ReviewerInput(people["budi"].id, "quality_checker", due)])
    context.set_actor(people["budi"])


def _failing(context: AppContext, people: dict[str, Actor]) -> None:
    """The draft without its service-credits clause (a check fails), then in review."""
    kept = [clauses.ClausePick(c.id) for c in clauses.library(context.db, "uk") if c.key != "service_credits"]
    opened = clauses.current_clauses(context.db, DRAFT)
    clauses.set_agreement_clauses(context.db, people["anna"], opened.version_id, kept, row_version=opened.row_version)
    _submitted(context, people)


def _noted(context: AppContext, people: dict[str, Actor]) -> None:
    """A service of the draft without its Ukrainian name (the checklist notes it), then in review."""
    services = {line.service_name for line in agreements.get_agreement(context.db, DRAFT).lines}
    code = next(s.code for s in catalogue.list_services(context.db) if s.name in services)
    _without_ukrainian_names(context, people["admin"], code)
    _submitted(context, people)


def _not_a_reviewer(context: AppContext, people: dict[str, Actor]) -> None:
    _submitted(context, people)
    context.set_actor(people["anna"])  # the author: no reviewer in the round, so her decision is blocked


def _amended(context: AppContext, people: dict[str, Actor]) -> None:
    """A second version of the signed agreement: six months' notice instead of three."""
    assert versions.amend(context.db, context.actor, SIGNED, "Six months' notice") == 2
    detail = agreements.get_agreement(context.db, SIGNED)
    picks = [clauses.ClausePick(None, c.text.replace("ba tháng", "sáu tháng"), c.key, c.title) for c in detail.clauses]
    opened = clauses.current_clauses(context.db, SIGNED)
    clauses.set_agreement_clauses(context.db, context.actor, opened.version_id, picks, row_version=opened.row_version)


def _compare(tab: int | None, number: str = SIGNED) -> Callable[[AppContext], QWidget]:
    def make(context: AppContext) -> QWidget:
        dialog = VersionCompareDialog(None, context, number)
        if tab is not None:
            dialog.tabs.setCurrentIndex(tab)
        return dialog
    return make


def _empty_round(context: AppContext) -> QWidget:
    dialog = ReviewRoundDialog(None, context, DRAFT, submit=True, today=DEMO_TODAY)
    while dialog.table.rowCount():
        dialog.remove_reviewer(0)
    return dialog


def _decide(decision: str = "approve") -> Callable[[AppContext], QWidget]:
    return lambda context: ReviewDecisionDialog(None, context, IN_REVIEW, decision=decision, today=DEMO_TODAY)


def _amend(context: AppContext, field: str = "reason") -> CommentDialog:
    """The amendment's form as the agreement's actions open it (its words translated when it is made)."""
    return CommentDialog(
        None, title=translate("AgreementActions", "Amend {number}").format(number=SIGNED),
        ok_text=translate("AgreementActions", "Start amendment"), field=field,
        intro=translate(
            "AgreementActions",
            "Start a new draft version of {number}. The signed version stays in force, unchanged, until the amendment "
            "is reviewed and signed. Say why it is amended.").format(number=SIGNED))


def _terminate(context: AppContext) -> CommentDialog:
    return CommentDialog(
        None, title=translate("AgreementActions", "Terminate {number}").format(number=SIGNED),
        ok_text=translate("AgreementActions", "Terminate"), field="reason",
        intro=translate("AgreementActions", "Terminate {number}. The reason is kept in the audit trail.").format(
            number=SIGNED))


def _redraft(context: AppContext) -> RedraftDialog:
    detail = agreements.get_agreement(context.db, DRAFT)
    documents = [d for d in requirements.list_documents(context.db) if d.customer_name == detail.customer_name]
    assert documents, "the draft's customer has a requirements document"
    current = agreements.requirements_document_of(context.db, DRAFT)
    return RedraftDialog(None, DRAFT, detail.customer_name, documents, current)


def _progress(state: str) -> Callable[[AppContext], QWidget]:
    def make(_context: AppContext) -> QWidget:
        dialog = BatchProgressDialog(None)
        if state == "exporting":
            dialog.show_progress(1, 3, SIGNED)
        elif state == "done":
            dialog.show_progress(3, 3, "")
        elif state == "cancelling":
            dialog.show_progress(1, 3, SIGNED)
            dialog.canceled.emit()
        return dialog
    return make


def _terms(context: AppContext) -> TermsDialog:
    terms, row_version = get_terms(context.db, DRAFT)
    return TermsDialog(None, context, DRAFT, terms, row_version)


def _term(dialog: type) -> Callable[[AppContext], QWidget]:
    return lambda context: dialog(None, context, standing.standing(context.db, SIGNED, DEMO_TODAY), DEMO_TODAY)


Setup = Callable[[AppContext, dict[str, Actor]], None]
# Each dialog as it opens, after the demo is brought to where it opens there (None: the demo as it is).
DIALOGS: dict[str, tuple[Setup | None, Callable[[AppContext], QWidget]]] = {
    "checklist": (_submitted, lambda context: ChecklistDialog(None, context, IN_REVIEW)),
    "checklist fails": (_failing, lambda context: ChecklistDialog(None, context, IN_REVIEW)),
    "checklist notes": (_noted, lambda context: ChecklistDialog(None, context, IN_REVIEW)),
    "submit round": (None, lambda context: ReviewRoundDialog(None, context, DRAFT, submit=True, today=DEMO_TODAY)),
    "no reviewer yet": (None, _empty_round),
    "start round": (_submitted, lambda context: ReviewRoundDialog(None, context, IN_REVIEW, submit=False,
                                                                  today=DEMO_TODAY)),
    "approve": (_submitted, _decide()),
    "approve blocked": (_failing, _decide()),
    "approve noted": (_noted, _decide()),
    "not a reviewer": (_not_a_reviewer, _decide()),
    "request changes": (_submitted, _decide("request_changes")),
    "sign": (None, lambda context: SignDialog(None, agreements.get_agreement(context.db, APPROVED),
                                              context.actor.display_name)),
    "save filter": (None, lambda _context: SaveFilterDialog(None, "", ["Mine"])),
    "amend": (None, _amend),
    "comment": (None, lambda context: _amend(context, "comment")),
    "terminate": (None, _terminate),
    "redraft": (None, _redraft),
    "batch starting": (None, _progress("starting")),
    "batch exporting": (None, _progress("exporting")),
    "batch done": (None, _progress("done")),
    "batch cancelling": (None, _progress("cancelling")),
    "compare": (_amended, _compare(None)),
    "compare terms": (_amended, _compare(0)),
    "compare lines": (_amended, _compare(1)),
    "one version": (None, _compare(None, DRAFT)),
    "terms": (None, _terms),
    "notice": (None, _term(NoticeDialog)),
    "renew": (None, _term(RenewDialog)),
    "review held": (None, _term(ReviewHeldDialog)),
}
# Translated, and spelled as the English word is.
SAME = {"sv": {"Version", "Status", "Status:", "Start"}, "id": {"Status", "Status:"}}
EXAMPLES = {"Anna Lindqvist Iryna Kovalenko"}  # the review's attendees as the placeholder shows them: two names
# Pictured in Vietnamese and Ukrainian (/tmp/ui_shots/dialog_<name>_<language>.png), to look at for cut-off text.
SHOTS = {"approve blocked", "compare", "checklist fails", "notice", "batch exporting", "batch cancelling", "redraft",
         "save filter", "sign"}


@pytest.fixture
def prepared(context: AppContext, people: dict[str, Actor]) -> Callable[[str], Callable[[], QWidget]]:
    """``make`` of a dialog, the demo first brought to where the dialog opens."""
    def prepare(name: str) -> Callable[[], QWidget]:
        setup, make = DIALOGS[name]
        if setup is not None:
            setup(context, people)
        return lambda: make(context)
    return prepare


def _shown(qtbot: QtBot, make: Callable[[], QWidget]) -> Callable[[], QWidget]:
    def made() -> QWidget:
        dialog = make()
        qtbot.addWidget(dialog)
        return dialog
    return made


@LANGUAGES
@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_english_is_left_and_no_two_mnemonics_share_a_letter(
    qtbot: QtBot, context: AppContext, prepared: Callable[[str], Callable[[], QWidget]], language: str, name: str
) -> None:
    """Each dialog, built once in English and once in ``language``: every text translated, and in both languages no
    two of its mnemonics on one letter."""
    make = prepared(name)
    allowed = _data(context, SIGNED, DRAFT, APPROVED) | SAME.get(language, set()) | EXAMPLES

    def mnemonics(dialog: QWidget, code: str) -> None:
        named = widget_texts(dialog) + [("tab", tabs.tabText(index)) for tabs in dialog.findChildren(QTabWidget)
                                        if tabs.isVisibleTo(dialog) and not tabs.documentMode()
                                        for index in range(tabs.count())]
        assert clashes(named) == {}, code
        if name in SHOTS and code in ("vi", "uk"):
            shoot(dialog, f"dialog_{name.replace(' ', '_')}_{code}")

    assert english_left(_shown(qtbot, make), language, allowed, each=mnemonics) == []
