"""The terms arithmetic (``core.renewals.terms``): hand-checked tables for every rule in its docstring, leap years
included, and hypothesis for what must hold whatever the dates (the terms tile time; the notice deadline lies in its
term, before its end)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from slamdesk.core.errors import ValidationError
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Term, Terms, anniversary, notice_deadline

D = dt.date


@pytest.mark.parametrize(("start", "months", "expected"), [
    (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year: the month's last day
    (D(2025, 1, 31), 1, D(2025, 2, 28)),
    (D(2024, 1, 31), 2, D(2024, 3, 31)),  # from the start, not from February
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2024, 2, 29), 48, D(2028, 2, 29)),
    (D(2026, 8, 31), -6, D(2026, 2, 28)),
    (D(2026, 12, 15), 1, D(2027, 1, 15)),
    (D(2026, 3, 31), 0, D(2026, 3, 31)),
])
def test_an_anniversary_is_the_same_day_months_on_or_that_months_last_day(start: dt.date, months: int,
                                                                         expected: dt.date) -> None:
    assert anniversary(start, months) == expected


def test_monthly_terms_from_31_january_of_a_leap_year_end_the_day_before_each_anniversary() -> None:
    terms = Terms(D(2024, 1, 31), 1, Renewal.TACIT, 1, max_renewals=4)
    assert [(term.number, term.start, term.last_day) for term in terms.schedule()] == [
        (0, D(2024, 1, 31), D(2024, 2, 28)),  # the day before 29 February
        (1, D(2024, 2, 29), D(2024, 3, 30)),
        (2, D(2024, 3, 31), D(2024, 4, 29)),
        (3, D(2024, 4, 30), D(2024, 5, 30)),
        (4, D(2024, 5, 31), D(2024, 6, 29)),
    ]
    assert terms.last_day() == D(2024, 6, 29)


def test_yearly_terms_from_29_february_come_back_to_it_every_leap_year() -> None:
    terms = Terms(D(2024, 2, 29), 12, Renewal.TACIT, 12)
    assert [(term.start, term.last_day) for term in terms.schedule(until=D(2028, 3, 1))] == [
        (D(2024, 2, 29), D(2025, 2, 27)), (D(2025, 2, 28), D(2026, 2, 27)), (D(2026, 2, 28), D(2027, 2, 27)),
        (D(2027, 2, 28), D(2028, 2, 28)), (D(2028, 2, 29), D(2029, 2, 27))]


def test_a_renewal_term_of_another_length_follows_the_initial_one() -> None:
    terms = Terms(D(2026, 1, 1), 24, Renewal.EXPRESS, 12, max_renewals=2)
    assert [(term.start, term.last_day) for term in terms.schedule()] == [
        (D(2026, 1, 1), D(2027, 12, 31)), (D(2028, 1, 1), D(2028, 12, 31)), (D(2029, 1, 1), D(2029, 12, 31))]
    assert terms.term(3) is None and terms.term(-1) is None
    assert Terms(D(2026, 1, 1), 24, Renewal.TACIT, 12, max_renewals=0).last_day() == D(2027, 12, 31)


@pytest.mark.parametrize(("last_day", "notice", "unit", "deadline"), [
    (D(2026, 12, 31), 30, NoticeUnit.DAYS, D(2026, 12, 1)),
    (D(2026, 12, 31), 0, NoticeUnit.DAYS, D(2026, 12, 31)),
    (D(2026, 12, 31), 1, NoticeUnit.DAYS, D(2026, 12, 30)),
    (D(2026, 12, 31), 3, NoticeUnit.MONTHS, D(2026, 9, 30)),
    (D(2026, 12, 31), 0, NoticeUnit.MONTHS, D(2026, 12, 31)),
    (D(2024, 3, 30), 1, NoticeUnit.MONTHS, D(2024, 2, 29)),  # 30 February does not exist: its month's last day
    (D(2025, 3, 30), 1, NoticeUnit.MONTHS, D(2025, 2, 28)),
    (D(2026, 5, 30), 3, NoticeUnit.MONTHS, D(2026, 2, 28)),
    (D(2025, 2, 28), 1, NoticeUnit.MONTHS, D(2025, 1, 28)),  # not 31 January: the earlier reading
    (D(2025, 3, 1), 1, NoticeUnit.DAYS, D(2025, 2, 28)),
    (D(2024, 3, 1), 1, NoticeUnit.DAYS, D(2024, 2, 29)),
])
def test_notice_is_counted_back_from_the_midnight_that_ends_the_term(last_day: dt.date, notice: int, unit: NoticeUnit,
                                                                     deadline: dt.date) -> None:
    assert notice_deadline(last_day, notice, unit) == deadline


def test_each_term_has_its_own_notice_deadline() -> None:
    terms = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12, notice=3, notice_unit=NoticeUnit.MONTHS)
    first, second = terms.term(0), terms.term(1)
    assert first == Term(0, D(2026, 1, 1), D(2026, 12, 31), D(2026, 9, 30))
    assert second == Term(1, D(2027, 1, 1), D(2027, 12, 31), D(2027, 9, 30))


def test_the_term_a_day_falls_in_the_next_renewal_and_the_next_review() -> None:
    terms = Terms(D(2026, 1, 31), 12, Renewal.TACIT, 6, max_renewals=1, review_months=6)
    assert terms.term_on(D(2026, 1, 30)) is None
    assert terms.term_on(D(2026, 1, 31)).number == 0  # type: ignore[union-attr]
    assert terms.term_on(D(2027, 1, 30)).number == 0  # type: ignore[union-attr]
    assert terms.term_on(D(2027, 1, 31)).number == 1  # type: ignore[union-attr]
    assert terms.term_on(D(2027, 7, 30)).number == 1  # type: ignore[union-attr]  (31 July's day before)
    assert terms.term_on(D(2027, 7, 31)) is None  # past the last renewal
    assert terms.next_renewal(D(2026, 6, 1)) == D(2027, 1, 31)
    assert terms.next_renewal(D(2027, 2, 1)) is None  # the last term: nothing renews
    assert terms.next_renewal(D(2020, 1, 1)) is None
    assert terms.next_review(D(2026, 1, 31)) == D(2026, 7, 31)  # never the start itself
    assert terms.next_review(D(2026, 7, 31)) == D(2026, 7, 31)  # on the day: due today
    assert terms.next_review(D(2026, 8, 1)) == D(2027, 1, 31)
    assert terms.next_review(D(2027, 7, 31)) is None  # after the schedule's last day (30 July 2027)
    assert Terms(D(2026, 1, 1), 12).next_review(D(2026, 5, 1)) is None  # no periodic review
    assert terms.next_review(D(2025, 1, 1)) == D(2026, 7, 31)


def test_no_renewal_is_one_term_whatever_the_renewal_fields_say() -> None:
    terms = Terms(D(2026, 3, 1), 6, Renewal.NONE, 1, max_renewals=5, notice=60)
    assert [term.last_day for term in terms.schedule()] == [D(2026, 8, 31)]
    assert terms.next_renewal(D(2026, 4, 1)) is None and terms.last_day() == D(2026, 8, 31)


def test_a_schedule_renewing_without_limit_needs_a_last_day() -> None:
    terms = Terms(D(2026, 1, 1), 12, Renewal.TACIT, 12)
    with pytest.raises(ValidationError, match="needs a last day") as refused:
        list(terms.schedule())
    assert refused.value.field == "until"
    assert len(list(terms.schedule(until=D(2125, 12, 31)))) == 100
    assert terms.last_day() is None
    assert terms.term_on(D(9999, 12, 31)) is None  # the term that would hold it ends past the calendar


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"initial_months": 0}, "initial_months", "between 1 and 1200"),
    ({"initial_months": 1201}, "initial_months", "between 1 and 1200"),
    ({"initial_months": True}, "initial_months", "whole number"),
    ({"initial_months": 12.0}, "initial_months", "whole number"),
    ({"initial_months": "12"}, "initial_months", "whole number"),
    ({"renewal": "sometimes"}, "renewal", "not one of none, tacit, express"),
    ({"renewal": Renewal.TACIT, "renewal_months": 0}, "renewal_months", "between 1 and 1200"),
    ({"renewal": Renewal.TACIT, "max_renewals": -1}, "max_renewals", "between 0 and 1000"),
    ({"renewal": Renewal.TACIT, "max_renewals": 1001}, "max_renewals", "between 0 and 1000"),
    ({"notice": -1}, "notice", "between 0 and 3650"),
    ({"notice": 12, "notice_unit": NoticeUnit.MONTHS}, "notice", "as long as a term of 12"),
    ({"notice": 336}, "notice", "past the start of a term of 12 months"),  # 12 x 28 days
    ({"renewal": Renewal.TACIT, "renewal_months": 1, "notice": 28}, "notice", "term of 1 months"),
    ({"renewal": Renewal.TACIT, "renewal_months": 2, "notice": 2, "notice_unit": "months"}, "notice", "term of 2"),
    ({"notice_unit": "weeks"}, "notice_unit", "not one of days, months"),
    ({"notice_by": "nobody"}, "notice_by", "not one of either, customer, provider"),
    ({"review_months": 0}, "review_months", "between 1 and 1200"),
    ({"start": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)}, "start_date", "a date"),
    ({"start": "2026-01-01"}, "start_date", "a date"),
])
def test_each_mistake_is_refused_naming_its_field(changes: dict[str, object], field: str, words: str) -> None:
    fields: dict[str, object] = {"start": D(2026, 1, 1), "initial_months": 12} | changes
    with pytest.raises(ValidationError, match=words) as refused:
        Terms(**fields)  # type: ignore[arg-type]
    assert refused.value.field == field


def test_the_longest_notice_allowed_and_words_as_stored_are_taken() -> None:
    assert Terms(D(2026, 1, 1), 12, notice=335).term(0).notice_deadline == D(2026, 1, 30)  # type: ignore[union-attr]
    assert Terms(D(2026, 1, 1), 12, notice=11, notice_unit=NoticeUnit.MONTHS).term(0).notice_deadline == D(2026, 1, 31)  # type: ignore[union-attr]
    stored = Terms(D(2026, 1, 1), 12, "tacit", 1, None, 27, "days", "customer", 6)  # type: ignore[arg-type]
    assert (stored.renewal, stored.notice_unit, stored.notice_by) == (Renewal.TACIT, NoticeUnit.DAYS, NoticeBy.CUSTOMER)
    assert Terms(D(2026, 1, 1), 12, Renewal.NONE, 1, notice=300).notice == 300  # a renewal term never used is no limit


# Properties ------------------------------------------------------------------------------------------

@st.composite
def some_terms(draw: st.DrawFn) -> Terms:
    initial = draw(st.integers(1, 60))
    renewal = draw(st.sampled_from(list(Renewal)))
    renewal_months = draw(st.integers(1, 60))
    shortest = initial if renewal is Renewal.NONE else min(initial, renewal_months)
    unit = draw(st.sampled_from(list(NoticeUnit)))
    notice = draw(st.integers(0, shortest - 1 if unit is NoticeUnit.MONTHS else min(28 * shortest - 1, 3650)))
    return Terms(draw(st.dates(D(1990, 1, 1), D(2100, 12, 31))), initial, renewal, renewal_months,
                 draw(st.none() | st.integers(0, 30)), notice, unit, draw(st.sampled_from(list(NoticeBy))),
                 draw(st.none() | st.integers(1, 24)))


@settings(max_examples=300, deadline=None)
@given(some_terms())
def test_the_terms_tile_time_and_each_notice_deadline_lies_in_its_term(terms: Terms) -> None:
    found = list(terms.schedule(until=terms.start + dt.timedelta(days=40 * 366)))
    assert found[0].start == terms.start and found[0].number == 0
    for before, after in zip(found, found[1:], strict=False):
        assert after.start == before.last_day + dt.timedelta(days=1)  # no gap, no overlap
        assert after.number == before.number + 1
    for term in found:
        assert term.start <= term.notice_deadline <= term.last_day
        # every term begins on the start's day of the month, or on the month's last day when it is shorter
        assert term.start.day == terms.start.day or (term.start + dt.timedelta(days=1)).day == 1 < term.start.day
        assert term.start.day <= terms.start.day
        length = terms.initial_months if term.number == 0 else terms.renewal_months
        assert 28 * length <= (term.last_day - term.start).days + 1 <= 31 * length


@settings(max_examples=300, deadline=None)
@given(some_terms(), st.integers(-400, 40 * 366))
def test_a_day_falls_in_exactly_the_term_the_schedule_gives_it(terms: Terms, offset: int) -> None:
    day = terms.start + dt.timedelta(days=offset)
    found = terms.term_on(day)
    in_schedule = [term for term in terms.schedule(until=day) if day in term]
    assert ([found] if found is not None else []) == in_schedule
    renews = terms.next_renewal(day)
    if renews is not None:
        assert found is not None and renews == found.last_day + dt.timedelta(days=1)
    review = terms.next_review(day)
    if review is not None:
        assert review >= day and review > terms.start
        every = terms.review_months or 0
        months = (review.year - terms.start.year) * 12 + review.month - terms.start.month
        assert months % every == 0 and review == anniversary(terms.start, months)  # one of the start's review anniversaries
        assert anniversary(terms.start, months - every) < day or months == every  # and the first on or after the day


def test_the_bounds_themselves_are_taken_and_the_defaults_are_no_renewal_and_no_notice() -> None:
    longest = Terms(D(2026, 1, 1), 1200, Renewal.TACIT, 1200, max_renewals=1000, review_months=1200)
    assert longest.term(0).last_day == D(2125, 12, 31)  # type: ignore[union-attr]
    plain = Terms(D(2026, 1, 1), 12)
    assert (plain.renewal, plain.notice, plain.notice_unit, plain.notice_by, plain.review_months) == (
        Renewal.NONE, 0, NoticeUnit.DAYS, NoticeBy.EITHER, None)
    assert plain.term(0).notice_deadline == D(2026, 12, 31)  # type: ignore[union-attr]  (no notice period: the last day)
    assert Terms(D(2026, 1, 1), 12, Renewal.TACIT).term(1).last_day == D(2027, 12, 31)  # type: ignore[union-attr]


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"initial_months": 0}, "initial_months", "^the initial term in months is between 1 and 1200"),
    ({"renewal": Renewal.TACIT, "renewal_months": 0}, "renewal_months", "^the renewal term in months is between"),
    ({"renewal": Renewal.TACIT, "max_renewals": -1}, "max_renewals", "^the number of renewals is between"),
    ({"review_months": 0}, "review_months", "^the review interval in months is between"),
    ({"notice": -1, "notice_unit": NoticeUnit.MONTHS}, "notice", "^the notice period in months is between 0 and 1200"),
    ({"notice": 3651}, "notice", "^the notice period in days is between 0 and 3650"),
    ({"renewal": Renewal.TACIT, "renewal_months": 1.5}, "renewal_months", "^the renewal term in months is a whole number$"),
    ({"renewal": Renewal.TACIT, "max_renewals": "2"}, "max_renewals", "^the number of renewals is a whole number$"),
    ({"review_months": 6.0}, "review_months", "^the review interval in months is a whole number$"),
    ({"notice": 1.5, "notice_unit": NoticeUnit.MONTHS}, "notice", "^the notice period in months is a whole number$"),
    ({"notice": "30"}, "notice", "^the notice period in days is a whole number$"),
    # One month's notice (the singular) on a one-month term.
    ({"initial_months": 1, "notice": 1, "notice_unit": NoticeUnit.MONTHS}, "notice",
     "^a notice period of 1 months is as long as a term of 1: notice could never be given in time$"),
])
def test_each_refusal_names_what_it_is_about(changes: dict[str, object], field: str, words: str) -> None:
    fields: dict[str, object] = {"start": D(2026, 1, 1), "initial_months": 12} | changes
    with pytest.raises(ValidationError, match=words) as refused:
        Terms(**fields)  # type: ignore[arg-type]
    assert refused.value.field == field


def test_a_review_past_the_year_9999_is_none_not_a_crash() -> None:
    assert Terms(D(9999, 1, 1), 1, review_months=6).next_review(D(9999, 12, 1)) is None
