"""Lost updates: a save made against what someone else has changed since is refused, never silently lost.

Each mutable aggregate (a requirements document, an agreement version's
clauses, a catalogue service) is tested with two processes: a child process
loads and saves between this process's load and save; this process's save is
refused with who changed it and when (local time, to the minute), and the
child's data is what is stored. Every use case that saves such an aggregate is
also tested for a stale save in one process.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from slamdesk.core import catalogue, clauses, requirements, structure, users
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError, ValidationError
from slamdesk.core.roles import Actor, Role
from tests.raw import raw

from .helpers import draft
from .test_structure import build_structure

pytestmark = pytest.mark.both_backends

LOCAL_ZONE = "Asia/Ho_Chi_Minh"  # UTC+7 all year: a time shown in UTC would not match
OTHER = ("bo", "Bo Ekström")

CHILD_PRELUDE = """
import sys
from decimal import Decimal
from slamdesk.core import catalogue, clauses, requirements, structure, users
from slamdesk.core.clauses import ClausePick
from slamdesk.core.db import Database
db = Database.open(sys.argv[1])
other = users.get_actor(db, "bo")
"""


@pytest.fixture(autouse=True)
def local_zone() -> Iterator[None]:
    """The machine's local time zone is UTC+7 while a test runs."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = LOCAL_ZONE
    time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


@pytest.fixture
def other(demo_db: Database) -> Actor:
    """A second representative, the person saving from elsewhere."""
    return users.ensure_user(demo_db, OTHER[0], OTHER[1], Role.REPRESENTATIVE)


def in_other_process(db: Database, code: str, *args: object) -> tuple[dt.datetime, dt.datetime]:
    """Run ``code`` as ``bo`` in a child process on the same database file; returns the time around it."""
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    result = subprocess.run(
        [sys.executable, "-c", CHILD_PRELUDE + textwrap.dedent(code), str(db.target), *map(str, args)],
        capture_output=True, text=True, timeout=60, env=os.environ.copy(),
    )
    assert result.returncode == 0, result.stderr
    return before, dt.datetime.now(dt.UTC)


def local_minute(moment: dt.datetime) -> str:
    return moment.astimezone(ZoneInfo(LOCAL_ZONE)).strftime("%Y-%m-%d %H:%M")


def assert_refused_by_other(error: ConcurrencyError, window: tuple[dt.datetime, dt.datetime]) -> None:
    """The refusal names the other person and the local time of their save, and says what to do."""
    message = str(error)
    assert error.changed_by == OTHER[1]
    assert error.changed_at is not None and window[0] <= error.changed_at <= window[1]
    assert f"changed by {OTHER[1]} at {local_minute(error.changed_at)} since you opened it" in message
    assert "reload to see their changes" in message
    assert "\n" not in message


def _draft_document(db: Database) -> requirements.RequirementsView:
    """A draft of two requirements every level can price: the next version of one a signed agreement was drafted
    from (that one is approved and read-only, as signing left it)."""
    found = next(d for d in requirements.list_documents(db) if d.status == "approved" and d.requirements >= 2)
    signed = requirements.get_requirements(db, found.id)
    return requirements.new_version(db, users.get_actor(db), found.id, row_version=signed.row_version)


def _inputs(view: requirements.RequirementsView) -> list[requirements.RequirementInput]:
    return [item.as_input() for item in view.items]


def _level(db: Database, view: requirements.RequirementsView, row: int, *, chosen: bool = False) -> int:
    """A level that can serve requirement ``row`` (a different one from the chosen level unless ``chosen``)."""
    line = requirements.quote(db, view.id).lines[row]
    offered = [o.level_id for o in line.options if not o.problems]
    if chosen:
        return offered[0]
    return next(level for level in offered if level != line.chosen_level_id)


# ------------------------------------------------------------------ two processes


def test_requirements_saved_in_another_process_are_not_overwritten(demo_db: Database, people: dict[str, Actor],
                                                                   other: Actor) -> None:
    mine = _draft_document(demo_db)
    window = in_other_process(demo_db, """
        from dataclasses import replace
        view = requirements.get_requirements(db, int(sys.argv[2]))
        items = [item.as_input() for item in view.items]
        items[0] = replace(items[0], need="Their words")
        requirements.update_requirements(db, other, view.id, row_version=view.row_version,
                                         requirements=items, title="Their title", tax_rate_pct=Decimal("25"))
    """, mine.id)
    with pytest.raises(ConcurrencyError) as caught:
        requirements.update_requirements(
            demo_db, people["anna"], mine.id, row_version=mine.row_version, requirements=_inputs(mine),
            title="My title", tax_rate_pct=Decimal("0"),
        )
    assert_refused_by_other(caught.value, window)
    stored = requirements.get_requirements(demo_db, mine.id)
    assert (stored.title, stored.tax_rate_pct, stored.items[0].need) == ("Their title", Decimal("25"), "Their words")


def test_a_level_chosen_in_another_process_is_not_overwritten(demo_db: Database, people: dict[str, Actor],
                                                              other: Actor) -> None:
    mine = _draft_document(demo_db)
    theirs = _level(demo_db, mine, 0, chosen=True)
    window = in_other_process(demo_db, """
        view = requirements.get_requirements(db, int(sys.argv[2]))
        requirements.mark_infeasible(db, other, view.id, view.items[1].id, "technical", "No fibre there",
                                     row_version=view.row_version)
        view = requirements.get_requirements(db, view.id)
        requirements.choose_levels(db, other, view.id, {view.items[0].id: int(sys.argv[3])},
                                   row_version=view.row_version)
    """, mine.id, theirs)
    with pytest.raises(ConcurrencyError) as caught:
        requirements.update_requirements(
            demo_db, people["anna"], mine.id, row_version=mine.row_version, requirements=_inputs(mine),
            title="Mine", tax_rate_pct=Decimal("0"),
        )
    assert_refused_by_other(caught.value, window)
    with pytest.raises(ConcurrencyError, match=f"changed by {OTHER[1]}"):
        requirements.choose_levels(demo_db, people["anna"], mine.id, {mine.items[0].id: None},
                                   row_version=mine.row_version)
    stored = requirements.get_requirements(demo_db, mine.id)
    assert stored.items[0].level_id == theirs
    assert (stored.items[1].infeasible_kind, stored.items[1].infeasible_reason) == ("technical", "No fibre there")


def test_clauses_saved_in_another_process_are_not_overwritten(demo_db: Database, people: dict[str, Actor],
                                                              other: Actor) -> None:
    number = draft(demo_db, people["anna"])
    mine = clauses.current_clauses(demo_db, number)
    assert len(mine.clauses) >= 2
    window = in_other_process(demo_db, """
        opened = clauses.current_clauses(db, sys.argv[2])
        first = opened.clauses[0]
        clauses.set_agreement_clauses(db, other, opened.version_id,
                                      [ClausePick(None, first.text + " Their addition.", first.key, first.title)],
                                      row_version=opened.row_version)
    """, number)
    kept = [clauses.ClausePick(None, c.text, c.key, c.title) for c in mine.clauses[1:]]
    with pytest.raises(ConcurrencyError) as caught:
        clauses.set_agreement_clauses(demo_db, people["anna"], mine.version_id, kept, row_version=mine.row_version)
    assert_refused_by_other(caught.value, window)
    stored = clauses.current_clauses(demo_db, number)
    assert [c.key for c in stored.clauses] == [mine.clauses[0].key]
    assert stored.clauses[0].text.endswith("Their addition.")


def test_a_service_saved_in_another_process_is_not_overwritten(demo_db: Database, admin: Actor, other: Actor) -> None:
    desk = next(s for s in catalogue.list_services(demo_db) if s.code == "SD")
    window = in_other_process(demo_db, """
        desk = next(s for s in catalogue.list_services(db) if s.code == "SD")
        catalogue.update_service(db, other, desk.id, row_version=desk.row_version, code="SD",
                                 name="Their service desk", description=desk.description,
                                 levels=[catalogue.level_input(level) for level in desk.levels])
    """)
    with pytest.raises(ConcurrencyError) as caught:
        catalogue.update_service(
            demo_db, admin, desk.id, row_version=desk.row_version, code="SD", name="My service desk",
            description=desk.description, levels=[catalogue.level_input(level) for level in desk.levels],
        )
    assert_refused_by_other(caught.value, window)
    assert catalogue.get_service(demo_db, desk.id).name == "Their service desk"


def test_a_link_changed_in_another_process_is_not_undone_over_it(demo_db: Database, people: dict[str, Actor],
                                                                 other: Actor) -> None:
    """Undoing a link (or a placement) names what it undoes; a link someone changed since is left as they set it."""
    built = build_structure(demo_db, people["anna"])
    window = in_other_process(demo_db, """
        structure.link_supporting(db, other, sys.argv[2], sys.argv[3])
    """, built.uc, built.customer)
    with pytest.raises(ConcurrencyError) as caught:
        structure.link_supporting(demo_db, people["anna"], built.uc, None, expected=built.service)
    assert_refused_by_other(caught.value, window)
    backed = structure.structure_tree(demo_db, built.customer).find(built.customer)
    assert backed is not None and built.uc in [node.number for node in backed.supporting]


def test_a_placement_changed_since_is_refused_and_left_as_it_is(demo_db: Database, people: dict[str, Actor],
                                                               other: Actor) -> None:
    built = build_structure(demo_db, people["anna"])
    structure.set_parent(demo_db, other, built.service, None)
    with pytest.raises(ConcurrencyError, match=f"{built.service} was changed by {OTHER[1]} at .* since you opened it"):
        structure.set_parent(demo_db, people["anna"], built.service, built.corporate, expected=built.customer)
    assert structure.structure_tree(demo_db, built.service).root.number == built.service
    structure.set_parent(demo_db, people["anna"], built.service, built.customer, expected=None)
    assert structure.structure_tree(demo_db, built.service).root.number == built.corporate


RACE = """
import json, pathlib, time
from dataclasses import replace
barrier = pathlib.Path(sys.argv[2])
desk = next(s for s in catalogue.list_services(db) if s.code == "SD")
levels = [catalogue.level_input(level) for level in desk.levels]
(barrier / ("ready-" + sys.argv[4])).touch()  # both have read the service before either saves
deadline = time.time() + 60
while len(list(barrier.glob("ready-*"))) < 2 and time.time() < deadline:
    time.sleep(0.005)
try:
    if sys.argv[3] == "add":
        catalogue.add_service(db, other, code="RACE", name="Race " + sys.argv[4], description="",
                              levels=[replace(level, id=None) for level in levels])
    else:
        catalogue.update_service(db, other, desk.id, row_version=desk.row_version, code="SD",
                                 name="Desk " + sys.argv[4], description="", levels=levels)
    print(json.dumps(["saved", sys.argv[4]]))
except Exception as error:  # the test reads what a person would see
    print(json.dumps([type(error).__name__, str(error)]))
"""


def _race(db: Database, what: str, barrier: Path) -> list[list[str]]:
    import json

    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD_PRELUDE + RACE, str(db.target), str(barrier), what, name],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
        )
        for name in ("one", "two")
    ]
    outcomes = []
    for child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        outcomes.append(json.loads(out.strip().splitlines()[-1]))
    return sorted(outcomes, key=lambda outcome: outcome[0] != "saved")


def test_two_processes_adding_one_service_code_at_once_one_wins_the_other_is_told(
    demo_db: Database, other: Actor, tmp_path: Path,
) -> None:
    winner, loser = _race(demo_db, "add", tmp_path)
    assert winner[0] == "saved"
    assert loser == ["ValidationError", "a service with code 'RACE' exists already"]
    assert [s.name for s in catalogue.list_services(demo_db) if s.code == "RACE"] == [f"Race {winner[1]}"]


def test_two_processes_saving_one_service_at_once_one_wins_the_other_is_told(
    demo_db: Database, other: Actor, tmp_path: Path,
) -> None:
    winner, loser = _race(demo_db, "update", tmp_path)
    assert winner[0] == "saved"
    assert loser[0] == "ConcurrencyError" and f"changed by {OTHER[1]}" in loser[1] and "\n" not in loser[1]
    desk = next(s for s in catalogue.list_services(demo_db) if s.code == "SD")
    assert desk.name == f"Desk {winner[1]}"


# ---------------------------------------------------------------- one process, stale


def _stale_document(db: Database, me: Actor, other: Actor) -> requirements.RequirementsView:
    """A draft as I opened it, which ``other`` has changed since (a level chosen: a change of one row only)."""
    view = _draft_document(db)
    fresh = requirements.get_requirements(db, view.id)
    requirements.choose_levels(db, other, view.id, {fresh.items[0].id: _level(db, fresh, 0)},
                               row_version=fresh.row_version)
    return view


STALE_REQUIREMENTS: dict[str, Callable[[Database, Actor, requirements.RequirementsView], object]] = {
    "update_requirements": lambda db, me, view: requirements.update_requirements(
        db, me, view.id, row_version=view.row_version, requirements=_inputs(view), title="x", tax_rate_pct=Decimal(0)),
    "send_requirements": lambda db, me, view: requirements.send_requirements(
        db, me, view.id, row_version=view.row_version),
    "new_version": lambda db, me, view: requirements.new_version(db, me, view.id, row_version=view.row_version),
    "mark_infeasible": lambda db, me, view: requirements.mark_infeasible(
        db, me, view.id, view.items[1].id, "commercial", "Too far", row_version=view.row_version),
    "choose_levels": lambda db, me, view: requirements.choose_levels(
        db, me, view.id, {view.items[0].id: None}, row_version=view.row_version),
    "set_price_override": lambda db, me, view: requirements.set_price_override(
        db, me, view.id, view.items[0].id, None, row_version=view.row_version),
}


@pytest.mark.parametrize("use_case", sorted(STALE_REQUIREMENTS))
def test_each_save_of_a_requirements_document_refuses_a_stale_version(
    demo_db: Database, people: dict[str, Actor], other: Actor, use_case: str,
) -> None:
    view = _stale_document(demo_db, people["anna"], other)
    before = requirements.get_requirements(demo_db, view.id)
    documents = len(requirements.list_documents(demo_db))
    with pytest.raises(ConcurrencyError, match=f"changed by {OTHER[1]} at .* since you opened it"):
        STALE_REQUIREMENTS[use_case](demo_db, people["anna"], view)
    assert requirements.get_requirements(demo_db, view.id) == before
    assert len(requirements.list_documents(demo_db)) == documents


def test_recording_the_customers_approval_refuses_a_stale_version(
    demo_db: Database, people: dict[str, Actor], other: Actor,
) -> None:
    view = _draft_document(demo_db)
    sent = requirements.send_requirements(demo_db, other, view.id, row_version=view.row_version)
    with pytest.raises(ConcurrencyError, match=f"changed by {OTHER[1]}"):
        requirements.record_customer_approval(demo_db, people["anna"], view.id, "Karin Berg",
                                              row_version=view.row_version)
    approved = requirements.record_customer_approval(demo_db, people["anna"], view.id, "Karin Berg",
                                                     row_version=sent.row_version)
    assert approved.status == "approved"


def test_each_successful_save_moves_the_version_on_so_ones_own_next_save_is_accepted(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    """Every save, even of one requirement's level or price, is a new version; saving on from it works."""
    me = people["anna"]
    view = _draft_document(demo_db)
    level = _level(demo_db, view, 0)
    saved = requirements.update_requirements(demo_db, me, view.id, row_version=view.row_version,
                                             requirements=_inputs(view), title="v2", tax_rate_pct=Decimal(0))
    assert saved.row_version == view.row_version + 1
    requirements.choose_levels(demo_db, me, view.id, {view.items[0].id: level}, row_version=saved.row_version)
    chosen = requirements.get_requirements(demo_db, view.id)
    assert chosen.row_version == saved.row_version + 1
    requirements.set_price_override(demo_db, me, view.id, view.items[0].id, "99", "Framework rate",
                                    row_version=chosen.row_version)
    priced = requirements.get_requirements(demo_db, view.id)
    assert priced.row_version == chosen.row_version + 1
    traced = requirements.mark_infeasible(demo_db, me, view.id, view.items[1].id, "technical", "No fibre",
                                          row_version=priced.row_version)
    assert traced.row_version == priced.row_version + 1
    with pytest.raises(ConcurrencyError, match="changed by Anna Lindqvist"):  # my own older screen is stale too
        requirements.update_requirements(demo_db, me, view.id, row_version=saved.row_version,
                                         requirements=_inputs(saved), title="old", tax_rate_pct=Decimal(0))
    sent = requirements.send_requirements(demo_db, me, view.id, row_version=traced.row_version)
    assert sent.status == "sent" and sent.row_version == traced.row_version + 1


def test_a_stale_clause_save_is_refused(demo_db: Database, people: dict[str, Actor], other: Actor) -> None:
    number = draft(demo_db, people["anna"])
    opened = clauses.current_clauses(demo_db, number)
    picks = [clauses.ClausePick(None, c.text, c.key, c.title) for c in opened.clauses]
    clauses.set_agreement_clauses(demo_db, other, opened.version_id, picks[:1], row_version=opened.row_version)
    after = clauses.current_clauses(demo_db, number)
    assert after.row_version == opened.row_version + 1
    with pytest.raises(ConcurrencyError, match=f"changed by {OTHER[1]} at .* since you opened it"):
        clauses.set_agreement_clauses(demo_db, people["anna"], opened.version_id, picks, row_version=opened.row_version)
    assert clauses.current_clauses(demo_db, number) == after


def test_a_stale_service_save_is_refused_with_who_and_when(demo_db: Database, admin: Actor, other: Actor) -> None:
    desk = next(s for s in catalogue.list_services(demo_db) if s.code == "SD")
    levels = [catalogue.level_input(level) for level in desk.levels]
    saved = catalogue.update_service(demo_db, other, desk.id, row_version=desk.row_version, code="SD",
                                     name="Theirs", description="", levels=levels)
    with pytest.raises(ConcurrencyError, match=f"changed by {OTHER[1]} at .* since you opened it") as caught:
        catalogue.update_service(demo_db, admin, desk.id, row_version=desk.row_version, code="SD",
                                 name="Mine", description="", levels=levels)
    assert caught.value.changed_by == OTHER[1]
    assert catalogue.get_service(demo_db, desk.id) == saved


def test_a_change_nobody_audited_is_still_refused(demo_db: Database, people: dict[str, Actor]) -> None:
    """Raw SQL leaves no audit event: the refusal cannot name anyone but still refuses."""
    view = _draft_document(demo_db)
    with raw(demo_db) as connection:
        connection.execute(
            "UPDATE requirements_document SET title = 'by hand', row_version = row_version + 1 WHERE id = ?",
            (view.id,),
        )
    with pytest.raises(ConcurrencyError, match="changed elsewhere since you opened it") as caught:
        requirements.update_requirements(demo_db, people["anna"], view.id, row_version=view.row_version,
                                         requirements=_inputs(view), title="mine", tax_rate_pct=Decimal(0))
    assert caught.value.changed_by is None
    assert requirements.get_requirements(demo_db, view.id).title == "by hand"


def test_an_export_is_not_a_change(demo_db: Database, people: dict[str, Actor], other: Actor) -> None:
    """The name given is of the person who changed the document, not of someone who only exported it since."""
    from slamdesk.core import export

    view = _stale_document(demo_db, people["anna"], other)
    export.export_requirements(demo_db, people["admin"], view.id)
    with pytest.raises(ConcurrencyError, match=f"changed by {OTHER[1]}"):
        requirements.send_requirements(demo_db, people["anna"], view.id, row_version=view.row_version)


def test_a_new_service_with_a_taken_code_is_a_message_not_a_traceback(demo_db: Database, admin: Actor) -> None:
    desk = next(s for s in catalogue.list_services(demo_db) if s.code == "SD")
    levels = [replace(catalogue.level_input(level), id=None) for level in desk.levels]
    with pytest.raises(ValidationError, match="a service with code 'SD' exists already") as caught:
        catalogue.add_service(demo_db, admin, code="SD", name="Copy", description="", levels=levels)
    assert caught.value.field == "code"


def test_a_change_nobody_audited_to_a_document_just_made_or_copied_is_not_put_on_its_author(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    """Making a document and copying it to its next version record the row version they left, as every save does."""
    copied = _draft_document(demo_db)  # the next version of an approved document
    made = requirements.create_requirements(demo_db, people["anna"], customer_id=copied.customer_id,
                                            requirements=_inputs(copied))
    for view in (copied, made):
        with raw(demo_db) as connection:
            connection.execute("UPDATE requirements_document SET title = 'by hand', row_version = row_version + 1 "
                               "WHERE id = ?", (view.id,))
        with pytest.raises(ConcurrencyError, match="changed elsewhere since you opened it") as caught:
            requirements.send_requirements(demo_db, people["anna"], view.id, row_version=view.row_version)
        assert caught.value.changed_by is None
