"""Periodic reviews: when one is due, and recording one held (who attended, what was decided, the notes, the
amendment it led to). A review held is history: appended to ``periodic_review`` (migration 0015, whose triggers
refuse changing or removing one) and to the agreement's audit trail.

The rule for what is due: reviews fall on the start's review anniversaries (``Terms.next_review``). The latest
anniversary up to a day is *overdue* until a review is held on or after it; otherwise the next anniversary (on or
after the day; after it, when a review was held that very day) is the one due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from ...models import Agreement, AgreementVersion, PeriodicReview, User
from .. import audit, clock, text
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..roles import Actor, Role, require_role
from ..words import _, ngettext
from .terms import Terms, anniversary

DECISIONS = ("keep", "change_level", "amend_terms", "terminate")
HOLDERS = frozenset({Role.REPRESENTATIVE, Role.QUALITY_CHECKER, Role.ADMINISTRATOR})
MAX_ATTENDEES = 50


def review_due(terms: Terms, day: dt.date, held: Iterable[dt.date]) -> dt.date | None:
    """The review due as of ``day`` (the module's rule): an overdue anniversary (asked only while it runs), or the next
    one; None without periodic reviews, or when the next would fall after the schedule's end."""
    if terms.review_months is None:
        return None
    held = sorted(held)
    latest, count = None, 1
    while (review := anniversary(terms.start, count * terms.review_months)) <= day:
        latest, count = review, count + 1
    if latest is not None and not any(when >= latest for when in held):
        return latest
    if held and held[-1] >= day:
        return terms.next_review(day + dt.timedelta(days=1))
    return terms.next_review(day)


@dataclass(frozen=True)
class HeldReview:
    number: str
    held_on: dt.date
    attendees: tuple[str, ...]
    decision: str
    notes: str
    amendment_version: int | None
    recorded_by: str


def record_review(
    db: Database, actor: Actor, number: str, *, held_on: dt.date, attendees: Sequence[str], decision: str,
    notes: str = "", amendment_version: int | None = None, today: dt.date | None = None,
) -> HeldReview:
    """Record a periodic review of signed agreement ``number`` held on ``held_on``; its notes go into the agreement's
    history (the audit trail) and its next report."""
    require_role(actor, HOLDERS, _("record periodic reviews"))
    if decision not in DECISIONS:
        raise ValidationError(_("the decision is one of {choices}").format(choices=", ".join(DECISIONS)), field="decision")
    if held_on > (today or clock.today()):
        raise ValidationError(_("a review is recorded once it has been held: the day is in the future"), field="held_on")
    names = [text.clean(name, field="attendees", label=_("an attendee's name"), max_length=text.NAME) for name in attendees]
    if not names:
        raise ValidationError(_("name who attended the review"), field="attendees")
    if len(names) > MAX_ATTENDEES or len({name.casefold() for name in names}) != len(names):
        raise ValidationError(ngettext("name each attendee once (at most {count})", "name each attendee once (at most {count})",
                                       MAX_ATTENDEES).format(count=MAX_ATTENDEES), field="attendees")
    notes = text.clean(notes, field="notes", label=_("the notes"), max_length=text.COMMENT, multiline=True, required=False)
    if amendment_version is not None and decision not in ("change_level", "amend_terms"):
        raise ValidationError(_("only a review that changed the level or the terms leads to an amendment"),
                              field="amendment_version")
    with db.unit_of_work() as session:
        actor = require_role(actor, HOLDERS, _("record periodic reviews"), session=session)
        agreement = session.scalars(select(Agreement).where(Agreement.number == text.exact(number))).first()
        if agreement is None:
            raise NotFoundError(_("no agreement {number}").format(number=text.quoted(number)))
        versions = dict(session.execute(select(AgreementVersion.version_no, AgreementVersion.status)
                                        .where(AgreementVersion.agreement_id == agreement.id)).all())
        signed = [no for no, status in versions.items() if status in ("signed", "active", "terminated")]
        if not signed:
            raise ValidationError(_("{number} is not signed yet: there is nothing to review").format(number=agreement.number),
                                  field="number")
        if amendment_version is not None and (amendment_version not in versions or amendment_version <= max(signed)):
            raise ValidationError(_("{number} has no amendment version {amendment} after the version in force "
                                    "({in_force})").format(number=agreement.number, amendment=amendment_version,
                                                           in_force=max(signed)), field="amendment_version")
        row = PeriodicReview(agreement_id=agreement.id, held_on=held_on, attendees="\n".join(names), decision=decision,
                             notes=notes, amendment_version_no=amendment_version, actor_id=actor.id)
        session.add(row)
        session.flush()
        audit.record(session, actor, "agreement.periodic_review", "agreement", agreement.id, number=agreement.number,
                     held_on=held_on.isoformat(), attendees=names, decision=decision, notes=notes,
                     amendment_version=amendment_version)
        from . import schedule  # the register's standing: the review is no longer due

        schedule.refresh_in(session, [agreement.id], clock.today())
        return HeldReview(agreement.number, held_on, tuple(names), decision, notes, amendment_version, actor.display_name)


def reviews_held(db: Database, number: str) -> list[HeldReview]:
    """The periodic reviews held of agreement ``number``, oldest first."""
    with db.read() as session:
        found = session.execute(
            select(Agreement.number, PeriodicReview, User.display_name)
            .join(PeriodicReview, PeriodicReview.agreement_id == Agreement.id)
            .join(User, User.id == PeriodicReview.actor_id)
            .where(Agreement.number == text.exact(number)).order_by(PeriodicReview.held_on, PeriodicReview.id)
        ).all()
        return [HeldReview(found_number, row.held_on, tuple(row.attendees.split("\n")), row.decision, row.notes,
                           row.amendment_version_no, name) for found_number, row, name in found]
