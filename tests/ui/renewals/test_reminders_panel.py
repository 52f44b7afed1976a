"""The reminders panel: what falls due for the agreements one looks after, read in a process, one key from the
agreement; the main window's Reminders tab and the register's filters on the same standings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from slamdesk.core import clock
from slamdesk.core.db import Database
from slamdesk.core.register import RegisterFilter
from slamdesk.core.renewals.terms import NoticeUnit, Renewal, Terms
from slamdesk.core.roles import Actor
from slamdesk.models import AgreementSchedule
from slamdesk.ui.common import formatting
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.renewals.reminders_panel import RemindersPanel
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import events
from tests.ui.shots import shoot

TODAY = clock.today()


def day(iso: str) -> str:
    """An ISO date as the window writes it in the locale the test runs under."""
    return formatting.date(dt.date.fromisoformat(iso))


def _read(panel: RemindersPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.shown, timeout=60_000):
        panel.read()


def test_what_falls_due_is_listed_soonest_first_and_opens_the_agreement(db: Database, qtbot: QtBot, settings: QSettings,
                                                                         ) -> None:
    terms = Terms(TODAY - dt.timedelta(days=320), 12, Renewal.TACIT, 12, notice=30, review_months=3)
    people, number = _signed_with(db, terms)
    first = terms.term(0)
    assert first is not None
    panel = RemindersPanel(AppContext(db, people["anna"]), settings)
    qtbot.addWidget(panel)
    panel.resize(900, 260)
    panel.show()
    assert panel.mine.isChecked()  # a representative sees the agreements she drafted
    chosen = panel.within.findData(60)
    panel.within.setCurrentIndex(chosen)  # reads again
    qtbot.waitUntil(lambda: not panel.reading() and panel.state.text().startswith(("1 item", "2 items", "3 items")),
                    timeout=60_000)
    due = [(item.due, item.day) for item in panel.found]
    assert ("notice deadline", first.notice_deadline) in [(str(d), day) for d, day in due]
    assert ("renews", first.last_day + dt.timedelta(days=1)) in [(str(d), day) for d, day in due]
    assert [item.day for item in panel.found] == sorted(item.day for item in panel.found)
    row = next(i for i, item in enumerate(panel.found) if str(item.due) == "notice deadline")
    days = (first.notice_deadline - TODAY).days
    assert panel.table.text(row, 0) == f"{formatting.date(first.notice_deadline)} (in {days} day{'' if days == 1 else 's'})"
    assert (panel.table.text(row, 1), panel.table.text(row, 2)) == (number, "notice deadline")
    assert settings.value("reminders/within") == 60
    shoot(panel, "reminders_panel")
    with qtbot.waitSignal(panel.open_agreement) as opened:
        panel.table.setFocus()
        panel.table.setCurrentIndex(panel.table.model().index(row, 0))
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [number]
    panel.mine.setChecked(False)  # every agreement: the same one here
    qtbot.waitUntil(lambda: not panel.reading(), timeout=60_000)
    assert [item.number for item in panel.found] == [number] * len(due)
    panel.stop()


def test_someone_who_drafted_nothing_sees_nothing_of_theirs(db: Database, qtbot: QtBot, settings: QSettings) -> None:
    people, _number = _signed_with(db, Terms(TODAY - dt.timedelta(days=320), 12, Renewal.TACIT, 12, notice=30))
    panel = RemindersPanel(AppContext(db, people["admin"]), settings)
    qtbot.addWidget(panel)
    panel.mine.setChecked(True)
    qtbot.waitUntil(lambda: not panel.reading() and panel.state.text() != "Reading…", timeout=60_000)
    assert panel.found == [] and panel.state.text() == "Nothing falls due in the next 30 days"
    panel.stop()


def test_the_main_window_has_a_reminders_tab_that_takes_you_to_the_agreement(db: Database, qtbot: QtBot,
                                                                             settings: QSettings) -> None:
    terms = Terms(TODAY - dt.timedelta(days=320), 12, Renewal.TACIT, 12, notice=1, notice_unit=NoticeUnit.MONTHS)
    people, number = _signed_with(db, terms)
    window = MainWindow(AppContext(db, people["anna"]), settings=settings, watch_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabifiedDockWidgets(window.detail_dock) == [window.reminders_dock]
    window.reminders_dock.raise_()
    _read(window.reminders, qtbot)
    assert {item.number for item in window.reminders.found} == {number}
    shoot(window, "main_window_reminders")
    window.reminders.open_agreement.emit(number)
    assert window.register.selected_number() == number
    window.register.filters.notice_within.setValue(400)
    qtbot.waitUntil(lambda: window.register.model.criteria == RegisterFilter(notice_within_days=400), timeout=5_000)
    assert [window.register.model.row_data(r).number for r in range(window.register.model.rowCount())] == [number]
    assert not window.register.table.isColumnHidden(9)  # the Notice by column shows the filter's answer
    shoot(window, "register_notice_filter")
    window.close()


def test_opening_the_window_records_the_tacit_renewals_of_the_day_as_its_user(db: Database, qtbot: QtBot,
                                                                             settings: QSettings) -> None:
    people, number = _signed_with(db, Terms(TODAY - dt.timedelta(days=400), 12, Renewal.TACIT, 12, notice=30))
    with db.unit_of_work() as session:  # as on a morning after the renewal: yesterday's rows
        session.execute(update(AgreementSchedule).values(computed_on=TODAY - dt.timedelta(days=1)))
    panel = RemindersPanel(AppContext(db, people["budi"]), settings)
    qtbot.addWidget(panel)
    _read(panel, qtbot)
    assert [(actor, detail["number"], detail["term"]) for actor, *_rest, detail in events(db, "agreement.renew")] == [
        ("budi", number, 1)]
    _read(panel, qtbot)  # again the same day: nothing more
    assert len(events(db, "agreement.renew")) == 1
    panel.stop()


def test_an_overdue_review_says_how_long_ago_it_fell_due(db: Database, qtbot: QtBot, settings: QSettings) -> None:
    terms = Terms(TODAY - dt.timedelta(days=200), 24, Renewal.TACIT, 12, notice=30, review_months=3)
    people, number = _signed_with(db, terms)
    panel = RemindersPanel(AppContext(db, people["anna"]), settings)
    qtbot.addWidget(panel)
    _read(panel, qtbot)
    row = next(i for i, item in enumerate(panel.found) if str(item.due) == "review")
    due = panel.found[row].day
    ago = (TODAY - due).days
    assert ago > 1 and panel.table.text(row, 0) == f"{formatting.date(due)} ({ago} days ago)"
    panel.stop()


def test_the_demo_shows_a_representative_each_kind_of_reminder_and_nothing_of_what_ended(
    demo_db: Database, qtbot: QtBot, settings: QSettings, people: dict[str, Actor],
) -> None:
    panel = RemindersPanel(AppContext(demo_db, people["anna"]), settings)
    qtbot.addWidget(panel)
    panel.resize(1000, 300)
    panel.show()
    panel.within.setCurrentIndex(panel.within.findData(30))
    qtbot.waitUntil(lambda: not panel.reading(), timeout=60_000)
    _read(panel, qtbot)
    assert panel.state.text() == "5 items in the next 30 days"
    shown = [(panel.table.text(row, 0), panel.table.text(row, 1), panel.table.text(row, 2))
             for row in range(len(panel.found))]
    # on the day the demo was made (23 November 2026): three reviews overdue, a notice deadline in nine days, an
    # express renewal to confirm in twenty; none of the three that have ended
    assert shown == [
        (f"{day('2026-03-03')} (265 days ago)", "SLA-2026-0002", "review"),
        (f"{day('2026-06-14')} (162 days ago)", "SLA-2026-0003", "review"),
        (f"{day('2026-11-01')} (22 days ago)", "SLA-2026-0001", "review"),
        (f"{day('2026-12-02')} (in 9 days)", "SLA-2026-0002", "notice deadline"),
        (f"{day('2026-12-13')} (in 20 days)", "SLA-2026-0003", "confirm renewal"),
    ]
    shoot(panel, "reminders_demo")
    panel.stop()
