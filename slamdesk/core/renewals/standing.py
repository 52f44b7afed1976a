"""Where a signed agreement stands in its terms on a day, what falls due, and the steps that change it: an express
renewal confirmed, notice given, tacit renewals recorded as they pass.

The rules (on top of ``terms``'):
- The version in force (the newest signed one) says the terms. Its term 0 always runs; term k + 1 follows term k
  when the schedule has it, no notice was given for term k, and the renewal is tacit (it renews by itself once
  term k's notice deadline has passed) or express and a person confirmed it before term k ended.
- An agreement whose current term will not be followed (no renewal, the last one allowed, notice given, an express
  renewal not yet confirmed) is *ending* on that term's last day; after it, *terminated* when notice ended it and
  *expired* otherwise. One terminated for cause (by the lifecycle) is *terminated*, whatever its terms say.
- An agreement that has ended is served through its term's last day (in each line's own zone), or until the moment
  it was terminated for cause (the audited step's time) when that came first: ``Ending``, which monitoring stops at.
  One terminated with no such step in the log (a generated portfolio's, written in bulk; or a status changed past
  slamdesk) is served to its current term's end, as its terms say.
- Notice is given by a party the terms allow, on or before the notice deadline of the term it ends (the current one
  unless a later term's end is named), for a reason from ``REASONS``; once given it is never withdrawn or changed
  (``agreement_term_event`` is append-only) and a term takes at most one notice and one renewal.
- What falls due: the notice deadline (tacit renewal not yet stopped), the renewal day, an express renewal to
  confirm (by the term's last day), the end of an ending agreement, and the periodic review due
  (``periodic_review.review_due``: an anniversary with no review held since is overdue, and listed whatever the
  window).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Agreement, AgreementTermEvent, AgreementVersion, AuditEvent, Customer, PeriodicReview
from .. import audit, clock, text
from ..db import Database
from ..errors import NotFoundError, TransitionError, ValidationError
from ..lifecycle import SIGNED_STATES, Status
from ..roles import Actor, Role, require_role
from ..states import Party
from ..words import N_, _, ngettext
from .periodic_review import review_due
from .terms import NoticeBy, Renewal, Term, Terms, terms_of

EDITORS = frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR})
REASONS = ("price", "service_quality", "no_longer_needed", "changed_provider", "other")
RENEWED, NOTICE = "renewed", "notice"


class State(StrEnum):
    RUNNING = "running"  # and will renew
    ENDING = "ending"  # on its current term's last day, unless renewed first (express)
    EXPIRED = "expired"
    TERMINATED = "terminated"


class Due(StrEnum):
    NOTICE = "notice deadline"
    RENEWS = "renews"
    CONFIRM = "confirm renewal"
    ENDS = "ends"
    REVIEW = "review"


@dataclass(frozen=True)
class Standing:
    """An agreement's place in its terms on ``day``."""

    number: str
    customer: str
    day: dt.date
    terms: Terms
    term: Term  # the current term (the last one, once ended)
    state: State
    renews_on: dt.date | None  # the next term's first day, when it will follow
    notice: tuple[str, dt.date, dt.date] | None  # (party, given on, effective) for the current term
    held: tuple[dt.date, ...] = ()  # the days periodic reviews were held (``periodic_review``)
    for_cause: bool = False  # terminated for cause (by the lifecycle), whatever its terms say

    @property
    def review(self) -> dt.date | None:
        """The periodic review due (overdue when before ``day``), while the agreement runs on to it."""
        if self.state not in (State.RUNNING, State.ENDING):
            return None
        due = review_due(self.terms, self.day, self.held)
        return due if due is not None and (self.state is State.RUNNING or due <= self.term.last_day) else None


@dataclass(frozen=True, order=True)
class Deadline:
    """Something that falls due on ``day`` for agreement ``number``."""

    day: dt.date
    number: str
    customer: str
    due: Due
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "number": self.number, "customer": self.customer, "due": str(self.due),
                "detail": self.detail}


def standing_on(number: str, customer: str, terms: Terms, events: Iterable[tuple[str, int, str, dt.date, dt.date]],
                day: dt.date, *, terminated: bool = False, held: Iterable[dt.date] = ()) -> Standing:
    """Where an agreement with ``terms`` and its recorded ``events`` ((kind, term, party, given on, effective)) stands on
    ``day`` (the module's rules); pure."""
    renewed = {term for kind, term, *_rest in events if kind == RENEWED}
    notices = {term: (party, given, effective) for kind, term, party, given, effective in events if kind == NOTICE}
    number_now = 0
    if terms.renewal is Renewal.TACIT and not notices and day >= terms.start:  # every term renewed: jump to the day's
        found = terms.term_on(day)
        number_now = found.number if found is not None else (terms.renewals or 0)
    while True:
        term = terms.term(number_now)
        assert term is not None  # term 0 always exists, and a later one only once the schedule had it
        following = terms.term(number_now + 1)
        follows = following is not None and number_now not in notices and (
            terms.renewal is Renewal.TACIT or (terms.renewal is Renewal.EXPRESS and number_now + 1 in renewed))
        if day <= term.last_day or not follows:
            break
        number_now += 1
    if terminated:
        state = State.TERMINATED
    elif day > term.last_day:
        state = State.TERMINATED if number_now in notices else State.EXPIRED
    else:
        state = State.RUNNING if follows else State.ENDING
    return Standing(number, customer, day, terms, term, state, following.start if follows and following else None,
                    notices.get(number_now), tuple(sorted(held)), terminated)


@dataclass(frozen=True)
class Ending:
    """When an ended agreement stopped being served: after its term's ``last_day``, or at the ``moment`` it was
    terminated for cause."""

    last_day: dt.date | None = None
    moment: dt.datetime | None = None

    def at(self, zone: dt.tzinfo) -> dt.datetime:
        """The first moment not served, for a line timed in ``zone``."""
        if self.moment is not None:
            return self.moment
        assert self.last_day is not None
        return dt.datetime.combine(self.last_day + dt.timedelta(days=1), dt.time(), zone)

    def __str__(self) -> str:
        return f"was terminated at {self.moment:%Y-%m-%d %H:%M} UTC" if self.moment is not None \
            else f"ended on {self.last_day}"


def due_within(standing: Standing, within: int) -> list[Deadline]:
    """What falls due from ``standing.day`` to ``within`` days after it, soonest first."""
    if standing.state in (State.EXPIRED, State.TERMINATED):
        return []
    try:
        last = standing.day + dt.timedelta(days=within)
    except OverflowError:
        last = dt.date.max
    terms, term = standing.terms, standing.term
    found: list[tuple[dt.date, Due, str]] = []
    following = terms.term(term.number + 1)
    if standing.state is State.RUNNING and standing.renews_on is not None:
        if terms.renewal is Renewal.TACIT:
            found.append((term.notice_deadline, Due.NOTICE,
                          _("last day to give notice, or it renews on {day}").format(day=standing.renews_on)))
        found.append((standing.renews_on, Due.RENEWS, _("term {number} begins").format(number=term.number + 1)))
    elif terms.renewal is Renewal.EXPRESS and following is not None and standing.notice is None:
        found.append((term.last_day, Due.CONFIRM, _("renew by then, or it expires; term {number} would begin {day}").format(
            number=term.number + 1, day=following.start)))
    else:
        found.append((term.last_day, Due.ENDS, _("notice given") if standing.notice else _("no renewal follows")))
    review = standing.review
    months = terms.review_months or 0
    if review is not None and review < standing.day:  # shown whatever the window
        found.append((review, Due.REVIEW, ngettext("overdue: every {count} months", "overdue: every {count} months",
                                                   months).format(count=terms.review_months)))
    elif review is not None:
        found.append((review, Due.REVIEW, ngettext("every {count} months", "every {count} months",
                                                   months).format(count=terms.review_months)))
    return sorted(Deadline(day, standing.number, standing.customer, due, detail)
                  for day, due, detail in found if (due is Due.REVIEW and day < standing.day) or standing.day <= day <= last)


# Reading -----------------------------------------------------------------------------------------------------------


def _signed(session: Session, number: str | None = None, ids: list[int] | None = None,
            ) -> list[tuple[int, str, str, Any]]:
    """(agreement id, number, customer, version in force) of every agreement with a signed version (or of ``number``,
    or of those ``ids``)."""
    query = (select(Agreement.id, Agreement.number, Customer.name, *_VERSION_COLUMNS)
             .join(Customer, Customer.id == Agreement.customer_id)
             .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
             .where(AgreementVersion.status.in_([str(state) for state in SIGNED_STATES]))
             .order_by(Agreement.number, AgreementVersion.version_no))
    if number is not None:
        query = query.where(Agreement.number == text.exact(number))
    if ids is not None:
        query = query.where(Agreement.id.in_(ids))
    newest: dict[int, tuple[int, str, str, Any]] = {}
    for row in session.execute(query):
        newest[row[0]] = (row[0], row[1], row[2], row)  # ordered: the newest comes last
    return list(newest.values())


# What a standing reads of the version in force (not the sealed content: a register of 100,000 is read at once).
_VERSION_COLUMNS = (AgreementVersion.status, AgreementVersion.author_id, AgreementVersion.start_date,
                    AgreementVersion.initial_term_months, AgreementVersion.renewal, AgreementVersion.renewal_term_months,
                    AgreementVersion.max_renewals, AgreementVersion.notice_period, AgreementVersion.notice_unit,
                    AgreementVersion.notice_by, AgreementVersion.review_months)


def _events(session: Session, ids: list[int]) -> dict[int, list[tuple[str, int, str, dt.date, dt.date]]]:
    found: dict[int, list[tuple[str, int, str, dt.date, dt.date]]] = defaultdict(list)
    for chunk in range(0, len(ids), 5_000):
        for agreement_id, kind, term, party, given, effective in session.execute(
            select(AgreementTermEvent.agreement_id, AgreementTermEvent.kind, AgreementTermEvent.term_no,
                   AgreementTermEvent.party, AgreementTermEvent.given_on, AgreementTermEvent.effective)
            .where(AgreementTermEvent.agreement_id.in_(ids[chunk:chunk + 5_000]))
        ):
            found[agreement_id].append((kind, term, party, given, effective))
    return found


def standings(session: Session, day: dt.date, number: str | None = None, ids: list[int] | None = None, *,
              drafted_by: int | None = None) -> list[tuple[int, Standing]]:
    """(agreement id, standing on ``day``) of every signed agreement, or of ``number``, or of those ``ids`` (of those
    whose version in force user ``drafted_by`` wrote, when given)."""
    signed = [found for found in _signed(session, number, ids) if drafted_by is None or found[3].author_id == drafted_by]
    events = _events(session, [agreement_id for agreement_id, *_rest in signed])
    held = _held(session, [agreement_id for agreement_id, *_rest in signed])
    return [(agreement_id, standing_on(found_number, customer, terms_of(version), events.get(agreement_id, []), day,
                                       terminated=version.status == Status.TERMINATED, held=held.get(agreement_id, ())))
            for agreement_id, found_number, customer, version in signed]


def _held(session: Session, ids: list[int]) -> dict[int, list[dt.date]]:
    found: dict[int, list[dt.date]] = defaultdict(list)
    for chunk in range(0, len(ids), 5_000):
        for agreement_id, held_on in session.execute(
            select(PeriodicReview.agreement_id, PeriodicReview.held_on)
            .where(PeriodicReview.agreement_id.in_(ids[chunk:chunk + 5_000]))
        ):
            found[agreement_id].append(held_on)
    return found


def endings(session: Session, day: dt.date, number: str | None = None, ids: list[int] | None = None,
            ) -> dict[int, Ending]:
    """(agreement id -> its ``Ending``) of every signed agreement (or ``number``, or those ``ids``) that has ended by
    ``day``."""
    found = {agreement_id: _ending(session, agreement_id, one) for agreement_id, one in standings(session, day, number, ids)}
    return {agreement_id: ending for agreement_id, ending in found.items() if ending is not None}


def last_days(session: Session, day: dt.date) -> dict[int, dt.date]:
    """(agreement id -> the last day it is served, as it stands on ``day``) of every signed agreement: the day it
    ended, its current term's last day while it is ending, ``date.max`` while it renews (tickets are matched to the
    agreement that served that day)."""
    found: dict[int, dt.date] = {}
    for agreement_id, one in standings(session, day):
        ending = _ending(session, agreement_id, one)
        if ending is not None:
            found[agreement_id] = ending.last_day if ending.last_day is not None else ending.at(dt.UTC).date()
        else:
            found[agreement_id] = dt.date.max if one.state is State.RUNNING else one.term.last_day
    return found


def _ending(session: Session, agreement_id: int, one: Standing) -> Ending | None:
    ran_out = one.day > one.term.last_day  # its terms had it end (expired, or ended by notice)
    moment = _terminated_at(session, agreement_id) if one.for_cause else None
    if moment is not None and not (ran_out and one.term.last_day < moment.date()):
        return Ending(moment=moment)
    # (a termination the log does not show, as a generated portfolio's written in bulk: where its terms end it)
    return Ending(last_day=one.term.last_day) if ran_out or one.for_cause else None


def _terminated_at(session: Session, agreement_id: int) -> dt.datetime | None:
    """When the agreement was terminated for cause: its audited step (the chained log, not a column one could edit)."""
    versions = select(AgreementVersion.id).where(AgreementVersion.agreement_id == agreement_id)
    return session.scalars(select(AuditEvent.at).where(
        AuditEvent.action == "agreement.terminate", AuditEvent.entity_type == "agreement_version",
        AuditEvent.entity_id.in_(versions)).order_by(AuditEvent.id).limit(1)).first()


def standing(db: Database, number: str, day: dt.date) -> Standing:
    """Where agreement ``number`` stands on ``day``; refused when it has no signed version."""
    with db.read() as session:
        found = standings(session, day, number)
    if not found:
        raise NotFoundError(_("{number} is not a signed agreement").format(number=text.quoted(number)))
    return found[0][1]


def deadlines(db: Database, day: dt.date, within: int = 90, *, drafted_by: int | None = None) -> list[Deadline]:
    """Everything that falls due in the ``within`` days from ``day``, over every signed agreement (or those whose
    version in force user ``drafted_by`` wrote: the agreements a representative looks after), soonest first."""
    if isinstance(within, bool) or not isinstance(within, int) or not 0 <= within <= 3_660:
        raise ValidationError(_("look ahead between 0 and 3660 days"), field="within")
    with db.read() as session:
        found = standings(session, day, drafted_by=drafted_by)
    return sorted(deadline for _id, one in found for deadline in due_within(one, within))


# Changing ----------------------------------------------------------------------------------------------------------


def _one(session: Session, actor: Actor, number: str, day: dt.date, action: str) -> tuple[Actor, int, Standing]:
    actor = require_role(actor, EDITORS, action, session=session)
    found = standings(session, day, number)
    if not found:
        raise NotFoundError(_("{number} is not a signed agreement").format(number=text.quoted(number)))
    agreement_id, one = found[0]
    if one.state in (State.EXPIRED, State.TERMINATED):
        raise TransitionError(_(_OVER[one.state]).format(number=one.number))
    return actor, agreement_id, one


_OVER = {  # an agreement that has ended, refused any further step
    State.EXPIRED: N_("{number} is expired: nothing more can be renewed or given notice"),
    State.TERMINATED: N_("{number} is terminated: nothing more can be renewed or given notice"),
}


def renew(db: Database, actor: Actor, number: str, day: dt.date) -> Standing:
    """Confirm the express renewal of ``number``'s current term on ``day`` (before the term ends); returns the new
    standing."""
    require_role(actor, EDITORS, _("renew agreements"))
    with db.unit_of_work() as session:
        actor, agreement_id, one = _one(session, actor, number, day, _("renew agreements"))
        following = one.terms.term(one.term.number + 1)
        if one.terms.renewal is not Renewal.EXPRESS:
            raise TransitionError((_("{number} renews by itself: only an express renewal is confirmed")
                                   if one.terms.renewal is Renewal.TACIT else
                                   _("{number} renews never: only an express renewal is confirmed")).format(number=one.number))
        if following is None:
            raise TransitionError(_("{number}'s terms allow no more renewals after the term ending {last_day}").format(
                number=one.number, last_day=one.term.last_day))
        if one.notice is not None:
            raise TransitionError(_("notice was given on {given}: {number} ends on {effective}").format(
                given=one.notice[1], number=one.number, effective=one.notice[2]))
        if one.state is State.RUNNING:
            raise TransitionError(_("{number} is already renewed: term {term} begins {day}").format(
                number=one.number, term=following.number, day=following.start))
        session.add(AgreementTermEvent(agreement_id=agreement_id, kind=RENEWED, term_no=following.number, party="",
                                       given_on=day, effective=following.start, reason="express", detail="",
                                       actor_id=actor.id))
        session.flush()
        audit.record(session, actor, "agreement.renew", "agreement", agreement_id, number=one.number,
                     term=following.number, begins=following.start.isoformat(), confirmed_on=day.isoformat())
        _reindex(session, [agreement_id])
    return standing(db, number, day)


def give_notice(
    db: Database, actor: Actor, number: str, *, by: str, given_on: dt.date, reason: str, detail: str = "",
    effective: dt.date | None = None,
) -> Standing:
    """Record that party ``by`` gave notice on ``given_on`` to end ``number`` at the end of its current term (or of the
    later term ending on ``effective``); returns the standing on that day."""
    require_role(actor, EDITORS, _("record notice"))
    if by not in (Party.CUSTOMER, Party.PROVIDER):
        raise ValidationError(_("notice is given by the customer or the provider"), field="by")
    if reason not in REASONS:
        raise ValidationError(_("the reason is one of {choices}").format(choices=", ".join(REASONS)), field="reason")
    detail = text.clean(detail, field="detail", label=_("the details"), max_length=text.COMMENT, multiline=True,
                        required=False)
    with db.unit_of_work() as session:
        actor, agreement_id, one = _one(session, actor, number, given_on, _("record notice"))
        allowed = one.terms.notice_by
        if allowed is not NoticeBy.EITHER and str(allowed) != by:
            raise ValidationError((_("only the customer may give notice under {number}'s terms") if allowed is NoticeBy.CUSTOMER
                                   else _("only the provider may give notice under {number}'s terms")).format(number=one.number),
                                  field="by")
        term = one.term
        while effective is not None and term.last_day < effective:
            later = one.terms.term(term.number + 1)
            if later is None:
                break
            term = later
        if effective is not None and term.last_day != effective:
            raise ValidationError(_("notice takes effect at the end of a term: {number}'s current term ends on "
                                    "{last_day}").format(number=one.number, last_day=one.term.last_day), field="effective")
        if one.notice is not None and term.number == one.term.number:
            raise TransitionError(_("notice was already given on {given}: {number} ends on {effective}").format(
                given=one.notice[1], number=one.number, effective=one.notice[2]))
        if given_on > term.notice_deadline:
            following = one.terms.term(term.number + 1)
            late = _("too late for the term ending {last_day}: notice had to be given by {deadline}") if following is None \
                else _("too late for the term ending {last_day}: notice had to be given by {deadline}; the next end it can "
                       "take effect is {next_day} (notice by {next_deadline})")
            raise ValidationError(late.format(last_day=term.last_day, deadline=term.notice_deadline,
                                              next_day=following.last_day if following else None,
                                              next_deadline=following.notice_deadline if following else None),
                                  field="given_on")
        session.add(AgreementTermEvent(agreement_id=agreement_id, kind=NOTICE, term_no=term.number, party=by,
                                       given_on=given_on, effective=term.last_day, reason=reason, detail=detail,
                                       actor_id=actor.id))
        session.flush()
        audit.record(session, actor, "agreement.notice", "agreement", agreement_id, number=one.number, by=by,
                     given_on=given_on.isoformat(), effective=term.last_day.isoformat(), reason=reason)
        _reindex(session, [agreement_id])
    return standing(db, number, given_on)


def record_tacit_renewals(db: Database, actor: Actor, day: dt.date) -> int:
    """Record, as audited events, every tacit renewal that has happened by ``day`` and is not recorded yet; returns how
    many. Running it twice, or in two processes at once, records each renewal once."""
    require_role(actor, set(Role), _("record renewals"))
    with db.unit_of_work() as session:
        return record_tacit_in(session, actor, standings(session, day))


def record_tacit_in(session: Session, actor: Actor, found: Iterable[tuple[int, Standing]]) -> int:
    """``record_tacit_renewals`` over the standings ``found``, in the caller's unit of work (``schedule.refresh``
    records them with the day's rows)."""
    actor = require_role(actor, set(Role), _("record renewals"), session=session)
    written = 0
    for agreement_id, one in found:
        if one.terms.renewal is not Renewal.TACIT or one.term.number == 0 or one.state is State.TERMINATED:
            continue  # (a terminated agreement renews no more: its renewals before are recorded by the days before)
        recorded = set(session.scalars(select(AgreementTermEvent.term_no).where(
            AgreementTermEvent.agreement_id == agreement_id, AgreementTermEvent.kind == RENEWED)))
        for number_now in range(1, one.term.number + 1):
            if number_now in recorded:
                continue
            term = one.terms.term(number_now)
            before = one.terms.term(number_now - 1)
            assert term is not None and before is not None
            session.add(AgreementTermEvent(agreement_id=agreement_id, kind=RENEWED, term_no=number_now, party="",
                                           given_on=before.notice_deadline + dt.timedelta(days=1),
                                           effective=term.start, reason="tacit", detail="", actor_id=actor.id))
            audit.record(session, actor, "agreement.renew", "agreement", agreement_id, number=one.number,
                         term=number_now, begins=term.start.isoformat(), tacit=True)
            written += 1
    session.flush()
    return written


def _reindex(session: Session, ids: list[int]) -> None:
    """The register's copy of these agreements' standing, made again for today (``schedule``)."""
    from . import schedule

    session.flush()
    schedule.refresh_in(session, ids, clock.today())
