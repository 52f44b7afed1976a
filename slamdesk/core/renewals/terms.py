"""An agreement's terms in time: when each term ends, the last day notice can be given, when it renews and
when it is next reviewed. Pure date arithmetic (no database, no clock: every question takes its day).

The rules
- Months are calendar months counted from the agreement's start date, never from the previous term's end,
  so terms never drift: the m-th *anniversary* of a start is the same day of the month m months on, or
  that month's last day when it is shorter (31 January + 1 month = 28 or 29 February; + 2 months =
  31 March).
- A term of m months that begins on the n-th anniversary ends on the day before the (n + m)-th: that is
  its *last day* (a one-month term from 31 January 2024 runs to 28 February, the day before 29 February;
  the next runs from 29 February to 30 March). The next term begins the day after, so the terms tile
  time with no gap and no overlap.
- Notice is counted back from the term's last day: the period must have run its whole length by then.
  N days' notice must be given on or before last day - N days (30 days before a term ending 31 December:
  by 1 December); N months, on or before the day N calendar months before the last day, clamped as
  above (3 months before a term ending 31 December: by 30 September; 1 month before one ending 30 March:
  by 28 or 29 February). No notice period (0): the last day itself. That day is the *notice deadline*.
  Where clamping would allow two readings (a term ending 28 February, a month's notice: 28 or 31 January),
  the earlier is taken, so a reminder never comes too late.
- A notice period that could reach back past a term's start is refused (28 days or more for each month of
  the shortest term, or as many months as it has), so the deadline always lies inside its term.
- Renewal is ``none`` (one term), ``tacit`` (the agreement renews itself when a term's notice deadline
  passes without notice) or ``express`` (it renews only when a person confirms before the term ends, and
  expires otherwise). Renewal terms may be longer or shorter than the initial one; at most
  ``max_renewals`` of them (None: no limit). The schedule here is the one in which every renewal happens;
  whether one did is the agreement's history, not arithmetic.
- A periodic review falls every ``review_months`` months from the start (its anniversaries), while the
  schedule lasts; None: no periodic review.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from ..errors import ValidationError
from ..words import N_, _, ngettext

MAX_MONTHS = 1_200  # a term of a hundred years is the longest stored
MAX_RENEWALS = 1_000
MAX_NOTICE_DAYS = 3_650
MONTH_DAYS = 28  # no month is shorter


class Renewal(StrEnum):
    NONE = "none"
    TACIT = "tacit"
    EXPRESS = "express"


class NoticeUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"


class NoticeBy(StrEnum):
    """Who may give notice."""

    EITHER = "either"
    CUSTOMER = "customer"
    PROVIDER = "provider"


def anniversary(start: dt.date, months: int) -> dt.date:
    """The day ``months`` calendar months after ``start`` (before it, for a negative count), clamped to the
    month's last day. (By hand rather than ``dateutil.relativedelta``, which gives the same days ten times slower:
    the register works out 100,000 agreements' terms at once.)"""
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    month += 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def months_spanned(start: dt.date, end: dt.date) -> int:
    """The whole months from ``start`` to the day after ``end``: the most whose anniversary is not after it (at
    least one). How a version stored before the terms existed is read (migration 0012)."""
    after = end + dt.timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    while months > 1 and anniversary(start, months) > after:
        months -= 1
    return max(months, 1)


def notice_deadline(last_day: dt.date, notice: int, unit: NoticeUnit) -> dt.date:
    """The last day notice can be given for a term whose last day is ``last_day`` (the module's rules)."""
    if unit is NoticeUnit.MONTHS:
        return anniversary(last_day, -notice)
    return last_day - dt.timedelta(days=notice)


@dataclass(frozen=True)
class Term:
    """One term of an agreement: the initial one (number 0) or the n-th renewal (number n)."""

    number: int
    start: dt.date
    last_day: dt.date
    notice_deadline: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.last_day


# Each checked number's two refusals (not whole; out of range), marked where written and translated where raised.
_WHOLE: dict[str, tuple[str, str]] = {
    "initial_months": (N_("the initial term in months is a whole number"),
                       N_("the initial term in months is between {low} and {high} (this one is {value})")),
    "renewal_months": (N_("the renewal term in months is a whole number"),
                       N_("the renewal term in months is between {low} and {high} (this one is {value})")),
    "max_renewals": (N_("the number of renewals is a whole number"),
                     N_("the number of renewals is between {low} and {high} (this one is {value})")),
    "review_months": (N_("the review interval in months is a whole number"),
                      N_("the review interval in months is between {low} and {high} (this one is {value})")),
    "notice_months": (N_("the notice period in months is a whole number"),
                      N_("the notice period in months is between {low} and {high} (this one is {value})")),
    "notice_days": (N_("the notice period in days is a whole number"),
                    N_("the notice period in days is between {low} and {high} (this one is {value})")),
}


def _whole(value: object, field: str, low: int, high: int, what: str) -> int:
    """``value`` when it is a whole number from ``low`` to ``high``; ``what``: its refusals' key in ``_WHOLE``."""
    whole, between = _WHOLE[what]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_(whole), field=field)
    if not low <= value <= high:
        raise ValidationError(_(between).format(low=low, high=high, value=value), field=field)
    return value


@dataclass(frozen=True)
class Terms:
    """What an agreement version says about time; checked when made (each mistake names its field)."""

    start: dt.date
    initial_months: int
    renewal: Renewal = Renewal.NONE
    renewal_months: int = 12
    max_renewals: int | None = None
    notice: int = 0
    notice_unit: NoticeUnit = NoticeUnit.DAYS
    notice_by: NoticeBy = NoticeBy.EITHER
    review_months: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.start, dt.date) or isinstance(self.start, dt.datetime):
            raise ValidationError(_("the start is a date"), field="start_date")
        _whole(self.initial_months, "initial_months", 1, MAX_MONTHS, "initial_months")
        for name, kind in (("renewal", Renewal), ("notice_unit", NoticeUnit), ("notice_by", NoticeBy)):
            value = getattr(self, name)
            try:
                object.__setattr__(self, name, kind(value))
            except ValueError:
                raise ValidationError(_("{value!r} is not one of {choices}").format(value=value, choices=", ".join(kind)),
                                      field=name) from None
        _whole(self.renewal_months, "renewal_months", 1, MAX_MONTHS, "renewal_months")
        if self.max_renewals is not None:
            _whole(self.max_renewals, "max_renewals", 0, MAX_RENEWALS, "max_renewals")
        if self.review_months is not None:
            _whole(self.review_months, "review_months", 1, MAX_MONTHS, "review_months")
        shortest = self.initial_months if self.renewal is Renewal.NONE else min(self.initial_months, self.renewal_months)
        if self.notice_unit is NoticeUnit.MONTHS:
            _whole(self.notice, "notice", 0, MAX_MONTHS, "notice_months")
            if self.notice >= shortest:
                raise ValidationError(ngettext(
                    "a notice period of {notice} months is as long as a term of {shortest}: notice could never be given in time",
                    "a notice period of {notice} months is as long as a term of {shortest}: notice could never be given in time",
                    self.notice).format(notice=self.notice, shortest=shortest), field="notice")
        else:
            _whole(self.notice, "notice", 0, MAX_NOTICE_DAYS, "notice_days")
            if self.notice >= MONTH_DAYS * shortest:
                raise ValidationError(ngettext(
                    "a notice period of {notice} days could reach back past the start of a term of {shortest} months",
                    "a notice period of {notice} days could reach back past the start of a term of {shortest} months",
                    shortest).format(notice=self.notice, shortest=shortest), field="notice")

    @property
    def renewals(self) -> int | None:
        """How many renewals the schedule has (None: no limit)."""
        return 0 if self.renewal is Renewal.NONE else self.max_renewals

    def term(self, number: int) -> Term | None:
        """The ``number``-th term of the schedule (0: the initial one); None past the last."""
        return _term(self, number)

    def _term(self, number: int) -> Term | None:
        limit = self.renewals
        if number < 0 or (limit is not None and number > limit):
            return None
        before = 0 if number == 0 else self.initial_months + (number - 1) * self.renewal_months
        months = self.initial_months if number == 0 else self.renewal_months
        try:
            last_day = anniversary(self.start, before + months) - dt.timedelta(days=1)
        except (OverflowError, ValueError):
            return None  # past the year 9999: no calendar has it
        return Term(number, anniversary(self.start, before), last_day,
                    notice_deadline(last_day, self.notice, self.notice_unit))

    def schedule(self, until: dt.date | None = None) -> Iterator[Term]:
        """The terms in order: all of them, or those that begin on or before ``until`` (needed when renewals have
        no limit)."""
        if until is None and self.renewals is None:
            raise ValidationError(_("a schedule without a limit on renewals needs a last day"), field="until")
        number = 0
        while (found := self.term(number)) is not None and (until is None or found.start <= until):
            yield found
            number += 1

    def term_on(self, day: dt.date) -> Term | None:
        """The term ``day`` falls in, if every renewal happens; None before the start or after the last term."""
        if day < self.start:
            return None
        months = (day.year - self.start.year) * 12 + day.month - self.start.month  # at most one past the truth
        number = 0 if months < self.initial_months else 1 + (months - self.initial_months) // self.renewal_months
        for guess in (number, number - 1):
            found = self.term(guess)
            if found is not None and day in found:
                return found
        return None

    def next_renewal(self, day: dt.date) -> dt.date | None:
        """The day the term after ``day``'s begins, if the schedule has one."""
        current = self.term_on(day)
        following = None if current is None else self.term(current.number + 1)
        return None if following is None else following.start

    def last_day(self) -> dt.date | None:
        """The last day of the schedule's last term; None when renewals have no limit."""
        limit = self.renewals
        return None if limit is None else self.term(limit).last_day  # type: ignore[union-attr]

    def next_review(self, day: dt.date) -> dt.date | None:
        """The first periodic review on or after ``day`` (never the start itself), while the schedule lasts."""
        if self.review_months is None:
            return None
        months = max((day.year - self.start.year) * 12 + day.month - self.start.month, 0)
        count = max(months // self.review_months, 1)
        try:
            while (review := anniversary(self.start, count * self.review_months)) < day:
                count += 1
        except (OverflowError, ValueError):
            return None  # past the year 9999
        ends = self.last_day()
        return None if ends is not None and review > ends else review


@functools.lru_cache(maxsize=65_536)
def _term(terms: Terms, number: int) -> Term | None:
    """``Terms.term``, worked out once: most agreements of a register share their terms and their terms' days."""
    return terms._term(number)  # noqa: SLF001 - its own cache


def terms_json(terms: Terms) -> dict[str, object]:
    """``terms`` as plain JSON values: how the signed content seals them (content format 3) and the audit tells them."""
    return {"start": terms.start.isoformat(), "initial_months": terms.initial_months, "renewal": str(terms.renewal),
            "renewal_months": terms.renewal_months, "max_renewals": terms.max_renewals, "notice": terms.notice,
            "notice_unit": str(terms.notice_unit), "notice_by": str(terms.notice_by), "review_months": terms.review_months}


def terms_from_json(values: dict[str, object]) -> Terms:
    """The terms ``terms_json`` wrote (checked again, as any terms are)."""
    start = values["start"]
    if not isinstance(start, str):
        raise ValidationError(_("the terms' start is a date"), field="start")
    return Terms(dt.date.fromisoformat(start), values["initial_months"], Renewal(values["renewal"]),  # type: ignore[arg-type]
                 values["renewal_months"], values["max_renewals"], values["notice"],  # type: ignore[arg-type]
                 NoticeUnit(values["notice_unit"]), NoticeBy(values["notice_by"]), values["review_months"])  # type: ignore[arg-type]


class StoredTerms(Protocol):
    """A stored version's term columns (the ORM row, or a row of just those columns)."""

    start_date: dt.date
    initial_term_months: int
    renewal: str
    renewal_term_months: int
    max_renewals: int | None
    notice_period: int
    notice_unit: str
    notice_by: str
    review_months: int | None


def terms_of(version: StoredTerms) -> Terms:
    """The terms a stored version says."""
    return _terms(version.start_date, version.initial_term_months, version.renewal, version.renewal_term_months,
                  version.max_renewals, version.notice_period, version.notice_unit, version.notice_by, version.review_months)


@functools.lru_cache(maxsize=65_536)
def _terms(*stored: Any) -> Terms:
    """Terms checked once per set of stored values (a register's agreements share most of theirs)."""
    start, initial, renewal, renewal_months, max_renewals, notice, unit, by, review = stored
    return Terms(start, initial, Renewal(renewal), renewal_months, max_renewals, notice, NoticeUnit(unit), NoticeBy(by),
                 review)
