"""The tree's layout arithmetic and the font measurements both renderers size columns with."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from slamdesk.documents.fonts import text_width, widest_word
from slamdesk.documents.tree import Heading, fit_widths


def test_relative_widths_are_scaled_to_the_total() -> None:
    assert fit_widths((1, 3), [0, 0], 400) == [100, 300]
    assert fit_widths((), [0, 0, 0, 0], 400) == [100, 100, 100, 100]
    assert fit_widths((1, -1), [0, 0], 10) == [5, 5]


def test_a_column_narrower_than_its_longest_word_takes_room_from_the_others() -> None:
    widths = fit_widths((8, 1, 1), [0, 60, 10], 400)
    assert widths[1] == pytest.approx(60)
    assert widths[2] == pytest.approx(40 - 20 * 30 / 350)
    assert sum(widths) == pytest.approx(400)


def test_when_the_minimums_cannot_fit_the_relative_widths_stand() -> None:
    assert fit_widths((1, 1), [300, 300], 400) == [200, 200]


@given(
    st.lists(st.floats(min_value=0.1, max_value=10), min_size=1, max_size=8),
    st.data(),
)
def test_fitted_widths_fill_the_total_and_meet_every_minimum(relative: list[float], data: st.DataObject) -> None:
    minimum = data.draw(st.lists(st.floats(min_value=0, max_value=100), min_size=len(relative), max_size=len(relative)))
    widths = fit_widths(relative, minimum, 500)
    assert sum(widths) == pytest.approx(500)
    if sum(minimum) <= 500:
        assert all(w >= m - 0.02 for w, m in zip(widths, minimum))


def test_headings_show_their_number_in_the_outline_text() -> None:
    assert Heading("Pricing", 1, "4").full_text == "4 Pricing"
    assert Heading("Pricing").full_text == "Pricing"


def test_words_are_measured_in_the_embedded_font() -> None:
    assert text_width("Кількість", 10, bold=True) > text_width("Кількість", 10) > 0
    assert widest_word("a Кількість b", 10) == text_width("Кількість", 10)
    assert widest_word("", 10) == 0
