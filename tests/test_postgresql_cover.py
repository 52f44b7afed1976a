"""tools/postgresql_cover.py and tests/statements.py: which PostgreSQL twins the suite may leave out."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from tests.conftest import COVERED_ON_POSTGRESQL
from tests.statements import normal_form
from tests.tools import script

ROOT = Path(__file__).resolve().parent.parent
postgresql_cover = script("postgresql_cover")
Record = postgresql_cover.Record


def test_the_same_code_sends_one_statement_however_many_values_it_lists() -> None:
    three = ("SELECT a.id FROM a WHERE a.id IN (%(id_1_1)s::INTEGER, %(id_1_2)s::INTEGER, %(id_1_3)s::INTEGER)"
             " AND a.kind = %(kind_1)s::VARCHAR")
    one = "SELECT a.id FROM a\n  WHERE a.id IN (%(id_1_1)s::INTEGER) AND a.kind = %(kind_1)s::VARCHAR"
    assert normal_form(three) == normal_form(one)
    rows = ("INSERT INTO t (x, y) SELECT p0::INTEGER, p1::VARCHAR FROM (VALUES (%(x__0)s::INTEGER, %(y__0)s::VARCHAR, 0),"
            " (%(x__1)s::INTEGER, %(y__1)s::VARCHAR, 1)) AS imp_sen(p0, p1, sen_counter) ORDER BY sen_counter")
    row = ("INSERT INTO t (x, y) SELECT p0::INTEGER, p1::VARCHAR FROM (VALUES (%(x__0)s::INTEGER, %(y__0)s::VARCHAR, 0))"
           " AS imp_sen(p0, p1, sen_counter) ORDER BY sen_counter")
    assert normal_form(rows) == normal_form(row)
    assert normal_form("GRANT slamdesk_member TO m_8f32b88e13") == normal_form("GRANT slamdesk_member TO m_0a1b2c3d4e")
    assert normal_form("SAVEPOINT sa_savepoint_1") == normal_form("SAVEPOINT sa_savepoint_12")


def test_statements_that_ask_for_something_else_stay_apart() -> None:
    by_id = "SELECT a.id FROM a WHERE a.id = %(id_1)s::INTEGER"
    assert normal_form(by_id) != normal_form(by_id.replace("a.id =", "a.parent_id ="))
    assert normal_form(by_id) != normal_form(by_id + " ORDER BY a.id")
    assert normal_form(by_id) != normal_form(by_id.replace("::INTEGER", "::BIGINT"))
    raw = "UPDATE agreement SET number = 'SLA-1999-0001' WHERE number = %(n)s"
    assert normal_form(raw) != normal_form(raw.replace("1999", "2000"))  # a forgery's own values are its own


def test_what_must_run_runs_and_the_cheapest_tests_that_send_the_rest_are_kept() -> None:
    records = [
        Record("a", frozenset({"s1", "s2"}), 3.0, False),
        Record("b", frozenset({"s2"}), 0.1, False),
        Record("c", frozenset({"s3"}), 4.0, True),  # starts a process of its own
        Record("d", frozenset({"s1"}), 0.1, False),
        Record("e", frozenset({"s3"}), 0.1, False),
        Record("f", frozenset(), 0.1, False),  # sends nothing of its own: everything it does another test does
    ]
    kept, left_out = postgresql_cover.cover(records)
    assert sorted(record.test for record in kept) == ["b", "c", "d"]
    assert sorted(record.test for record in left_out) == ["a", "e", "f"]


def test_a_test_picked_early_is_left_out_when_later_picks_send_all_it_sends() -> None:
    # "wide" is the best first pick (three statements for 1.2 s); "one" and "two" must be picked for s4 and s5,
    # and between them they send everything "wide" sends.
    records = [
        Record("wide", frozenset({"s1", "s2", "s3"}), 1.2, False),
        Record("one", frozenset({"s1", "s2", "s4"}), 2.0, False),
        Record("two", frozenset({"s3", "s5"}), 2.0, False),
    ]
    kept, left_out = postgresql_cover.cover(records)
    assert sorted(record.test for record in kept) == ["one", "two"]
    assert [record.test for record in left_out] == ["wide"]


statements = st.frozensets(st.sampled_from([f"s{number}" for number in range(12)]), max_size=6)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(statements, st.floats(0.0, 10.0), st.booleans()), max_size=25))
def test_the_kept_tests_send_every_statement_and_none_of_them_is_kept_for_nothing(
    drawn: list[tuple[frozenset[str], float, bool]],
) -> None:
    records = [Record(f"t{index}", sent, seconds, must) for index, (sent, seconds, must) in enumerate(drawn)]
    kept, left_out = postgresql_cover.cover(records)
    assert sorted(record.test for record in kept + left_out) == sorted(record.test for record in records)
    sent_by_kept = set().union(*(record.statements for record in kept))
    assert sent_by_kept == set().union(*(record.statements for record in records))
    assert all(record in kept for record in records if record.must_run)
    for record in kept:
        if not record.must_run:
            others = set().union(*(other.statements for other in kept if other is not record))
            assert not record.statements <= others, f"{record.test} adds nothing"


def test_the_list_names_postgresql_twins_of_modules_not_marked_both_backends() -> None:
    assert COVERED_ON_POSTGRESQL, "tests/postgresql_covered.txt lists no test: run tools/postgresql_cover.py"
    marked = {str(path.relative_to(ROOT)) for path in (ROOT / "tests").rglob("test_*.py")
              if "pytestmark = pytest.mark.both_backends" in path.read_text(encoding="utf-8")}
    assert marked, "no module is marked both_backends"
    for test in COVERED_ON_POSTGRESQL:
        module, _, name = test.partition("::")
        assert "[postgresql" in name and (ROOT / module).is_file(), test
        assert module not in marked, f"{test} is in a module whose every test runs on both backends"
