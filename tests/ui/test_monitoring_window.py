"""The monitoring window: figures, trend chart, breaches, credits, suggestions and tickets at risk, read in a worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from slamdesk.core import clock
from slamdesk.core.db import Database
from slamdesk.core.monitoring import periods
from slamdesk.core.roles import Actor
from slamdesk.ui.common import formatting
from slamdesk.ui.common.rows_table import RowsTable
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.monitoring.monitoring_window import MonitoringWindow, Portfolio, period_choices
from tests.core.monitoring.test_periods import NUMBER, _import, add_ticket, at
from tests.ui.shots import shoot

TODAY = dt.date(2026, 11, 23)


def _october(db: Database, people: dict[str, Actor]) -> None:
    run = _import(db, people["anna"])
    add_ticket(db, run, "T-1", "Service desk", at(5, 8), at(5, 8, 20), at(5, 11))  # resolved late
    add_ticket(db, run, "T-3", "Service desk", at(6, 10), at(6, 10, 5), at(6, 11))
    # Open, on the round-the-clock line (P1: answer in 5 minutes): at risk at any hour the test runs; on the Service
    # desk's line (weekdays 07:00-19:00 in Stockholm) it would not be, evenings and weekends.
    add_ticket(db, run, "T-8", "Network monitoring", dt.datetime.now(dt.UTC) - dt.timedelta(minutes=29), None, None)


def _texts(table: RowsTable, column: int) -> list[str]:
    return [table.text(row, column) for row in range(table.rowCount())]


def test_the_periods_offered_are_the_last_twelve_months_and_four_quarters() -> None:
    names = [name for _shown, name in period_choices(TODAY)]
    assert names[:2] == ["2026-10", "2026-09"] and names[11] == "2025-11" and names[12:] == [
        "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4"]


def test_the_window_shows_the_selected_agreement_and_follows_the_register(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor],
) -> None:
    _october(window.context.db, people)
    window.register.select_agreement(NUMBER)
    window.monitoring_action.trigger()
    monitoring = next(w for w in window.windows if isinstance(w, MonitoringWindow))
    assert monitoring.number == NUMBER and monitoring.period.currentData() == periods.last_month(clock.today()).name
    monitoring.period.setCurrentIndex(monitoring.period.findData("2026-10"))
    qtbot.waitUntil(lambda: monitoring.state.text().startswith("2026-10"), timeout=20_000)
    assert _texts(monitoring.figures, 0) == ["1. Service desk, Göteborg", "2. Network monitoring, Fjällbacka hamn"]
    assert _texts(monitoring.figures, 4)[0] == "1"  # T-1 resolved late
    assert monitoring.figures.model().data(monitoring.figures.model().index(0, 4), Qt.ItemDataRole.ForegroundRole) \
        == formatting.warning_colour()  # a line that breached is drawn in the warning colour
    assert "provisional" in monitoring.state.text()
    assert not monitoring.close_button.isEnabled()  # a representative does not close periods
    (bars,) = [series for series in monitoring.chart.series() if isinstance(series, QBarSeries)]
    assert [bar_set.label() for bar_set in bars.barSets()] == ["Service desk", "Network monitoring"]
    assert bars.barSets()[0].count() == 12
    assert _texts(monitoring.breaches, 0) == ["T-1"]
    assert "Credits owed for 2026-10" in monitoring.summary.text()
    qtbot.waitUntil(lambda: monitoring.at_risk.rowCount() >= 1, timeout=20_000)
    assert "T-8" in _texts(monitoring.at_risk, 1)
    assert len(monitoring.chart.axes()) == 2 and monitoring.chart.axes()[0].titleText() == "2025-11 to 2026-10"
    qtbot.wait(300)  # the chart lays its axes out on the next paint
    shoot(monitoring, "monitoring_agreement")
    window.register.select_agreement("SLA-2026-0002")  # the window follows the register
    qtbot.waitUntil(lambda: monitoring.number == "SLA-2026-0002" and monitoring.data is not None
                    and monitoring.data.figures.number == "SLA-2026-0002", timeout=20_000)
    window.monitoring_action.trigger()  # one window at a time
    assert sum(isinstance(w, MonitoringWindow) for w in window.windows) == 1
    monitoring.agreement.setCurrentIndex(monitoring.agreement.findData(""))
    qtbot.waitUntil(lambda: isinstance(monitoring.data, Portfolio), timeout=20_000)
    assert {"SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"} <= set(_texts(monitoring.figures, 0))
    assert monitoring.breaches.model().headerData(0, Qt.Orientation.Horizontal) == "Agreement"
    assert [row[:3] for row in monitoring.breaches.rows.rows] == [("SLA-2026-0001", "T-1", "Service desk")]
    assert "select one in the register" in monitoring.summary.text() and "first 500" not in monitoring.summary.text()
    monitoring.tabs.setCurrentWidget(monitoring.breaches)
    shoot(monitoring, "monitoring_portfolio_breaches")
    portfolio_shown = monitoring.data
    assert isinstance(portfolio_shown, Portfolio)
    assert _texts(monitoring.figures, 6) == [formatting.money(amount, currency)
                                             for amount, currency in portfolio_shown.credits]  # each one's credits
    assert "Credits owed for 2026-10" in monitoring.summary.text() and "(s)" not in monitoring.summary.text()
    assert "1 target breached" in monitoring.summary.text()  # T-1, of SLA-2026-0001
    monitoring.close()


def test_a_quality_checker_closes_the_period_after_confirming(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor],
) -> None:
    _october(demo_db, people)
    monitoring = MonitoringWindow(AppContext(demo_db, people["budi"]), NUMBER, today=TODAY, refresh_ms=3_600_000)
    qtbot.addWidget(monitoring)
    monitoring.show()
    qtbot.waitUntil(lambda: monitoring.data is not None, timeout=20_000)
    assert monitoring.period.currentData() == "2026-10" and monitoring.close_button.isEnabled()
    with qtbot.waitSignal(monitoring.shown_figures, timeout=20_000):
        monitoring.close_now()
    assert "closed" in monitoring.state.text() and "budi" in monitoring.state.text()
    assert not monitoring.close_button.isEnabled()  # closed once, for good
    assert periods.agreement_figures(demo_db, NUMBER, periods.period("2026-10"),
                                     dt.datetime(2026, 11, 23, tzinfo=dt.UTC)).closed_by == "budi"
    shoot(monitoring, "monitoring_closed")
    monitoring.close()


def test_the_portfolio_is_read_in_another_process_which_a_cancel_stops(demo_db: Database, tmp_path: object) -> None:
    from slamdesk.ui.monitoring import portfolio_process

    now = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    found = portfolio_process.portfolio(demo_db.target, periods.period("2026-10"), now, lambda: False)
    # those monitored in October: the demo's three that have ended had ended before it
    assert found is not None and found.numbers == ["SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"]
    assert len(found.rows) == len(found.numbers) and all(len(row) == 7 for row in found.rows)
    from slamdesk.core.monitoring.credits_owed import credits_for

    owed = [credits_for(demo_db, number, periods.period("2026-10"), now) for number in found.numbers]
    assert found.credits == [(statement.total, statement.currency) for statement in owed]  # each agreement's own
    assert portfolio_process.portfolio(demo_db.target, periods.period("2026-10"), now, lambda: True) is None


def test_reports_for_every_agreement_are_written_in_the_background_and_can_be_cancelled(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor],
) -> None:
    from sqlalchemy import select

    from slamdesk.models import RegisterDocument

    monitoring = MonitoringWindow(AppContext(demo_db, people["linh"]), NUMBER, today=TODAY, refresh_ms=3_600_000)
    qtbot.addWidget(monitoring)
    monitoring.show()
    qtbot.waitUntil(lambda: monitoring.data is not None, timeout=20_000)
    job = monitoring.write_reports()
    assert not monitoring.reports_button.isEnabled() and monitoring.reports_progress.isVisible()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert monitoring.reports_message == "3 reports of 2026-10 written; 2 ended before it"  # the signed and active ones
    assert monitoring.reports_button.isEnabled()
    with demo_db.read() as session:
        assert len(session.scalars(select(RegisterDocument.id).where(RegisterDocument.kind == "report")).all()) == 6
    cancelled = monitoring.write_reports()
    cancelled.cancel()  # before the first agreement: nothing is begun
    qtbot.waitUntil(lambda: not cancelled.is_running(), timeout=60_000)
    assert "cancelled" in monitoring.reports_message and "not begun" in monitoring.reports_message
    monitoring.close()


def test_the_import_dialog_previews_the_first_rows_then_imports_in_the_background(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], tmp_path: Path,
) -> None:
    from slamdesk.ui.monitoring.import_dialog import ImportDialog

    data = Path(__file__).parents[1] / "data" / "tickets" / "template.csv"
    dialog = ImportDialog(AppContext(demo_db, people["anna"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(data))
    dialog.show_preview()
    assert dialog.table.rowCount() >= 3 and dialog.table.text(0, 0) == "line 2"
    assert dialog.table.rows.headers[1] == "external_id" and dialog.table.text(0, 1) == "T-1001"
    assert "no time zone" in dialog.table.text(2, len(dialog.table.rows.headers) - 1)  # T-1003 "2026-10-07 10:00"
    assert "would be refused" in dialog.problem.text()
    shoot(dialog, "import_preview")
    job = dialog.start_import()  # refused whole: the naive time has no zone
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert "has no time zone" in dialog.problem.text() and dialog.result is None
    dialog.timezone.setText("Asia/Jakarta")
    dialog.file.setText(str(data.with_name("bad_rows.csv")))
    job = dialog.start_import()  # refused for its bad rows: each listed with its line and why
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert "was not imported" in dialog.problem.text() and dialog.bad.isVisible() and dialog.bad.rowCount() >= 2
    assert dialog.bad.text(0, 0).startswith("line ")
    shoot(dialog, "import_refused")
    dialog.file.setText(str(data))
    dialog.show_preview()
    assert not dialog.problem.text()
    job = dialog.start_import()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert dialog.result is not None and dialog.result.added >= 3 and dialog.problem.text().startswith("Imported:")
    assert dialog.rows_read == len(data.read_text(encoding="utf-8").splitlines()) - 1  # told as it went: every row
    missing = tmp_path / "nothing.csv"
    dialog.file.setText(str(missing))
    dialog.show_preview()
    assert "nothing.csv" in dialog.problem.text() and dialog.table.rowCount() == 0
    dialog.kind.setCurrentIndex(dialog.kind.findData("outages"))
    assert [dialog.preset.itemData(i) for i in range(dialog.preset.count())] == ["template", "plain"]
    dialog.reject()


def test_this_agreements_report_credit_note_and_what_if_are_a_menu_away(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor],
) -> None:
    from sqlalchemy import select

    from slamdesk.models import RegisterDocument
    from slamdesk.ui.monitoring.what_if_dialog import WhatIfDialog

    _october(demo_db, people)
    monitoring = MonitoringWindow(AppContext(demo_db, people["linh"]), NUMBER, today=TODAY, refresh_ms=3_600_000)
    qtbot.addWidget(monitoring)
    monitoring.show()
    qtbot.waitUntil(lambda: monitoring.data is not None, timeout=20_000)
    assert monitoring.documents_button.isEnabled() and monitoring.report_action.isEnabled()
    assert not monitoring.credit_note_action.isEnabled()  # October is still open: the menu says so before anyone tries
    assert "close 2026-10 first" in monitoring.credit_note_action.toolTip()

    job = monitoring.write_report()
    assert job is not None and not monitoring.report_action.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert monitoring.documents_message.startswith(f"KPI report of {NUMBER} for 2026-10 written into ")
    assert "PDF " in monitoring.documents_message and "DOCX " in monitoring.documents_message
    assert monitoring.state.text() == monitoring.documents_message and monitoring.report_action.isEnabled()
    with demo_db.read() as session:
        kinds = session.scalars(select(RegisterDocument.kind).where(RegisterDocument.kind.in_(("report", "credit_note")))
                                ).all()
    assert sorted(kinds) == ["report", "report"]

    dialog = monitoring.show_what_if()
    assert isinstance(dialog, WhatIfDialog)
    qtbot.waitUntil(lambda: bool(dialog.found) or bool(dialog.state.text()) and "Reading" not in dialog.state.text(),
                    timeout=30_000)
    assert dialog.line.count() == len(dialog.found) == 2 and dialog.line.currentText().startswith("1. Service desk")
    levels = [dialog.table.text(row, 0) for row in range(dialog.table.rowCount())]
    assert sum(level.endswith("(signed)") for level in levels) == 1 and len(levels) >= 2
    signed = next(row for row, level in enumerate(levels) if level.endswith("(signed)"))
    assert dialog.table.text(signed, 3) == "1"  # T-1 resolved late at the level signed, as the figures say
    dialog.line.setCurrentIndex(1)
    assert dialog.table.text(0, 0) != "" and dialog.table.rowCount() >= 1
    shoot(dialog, "monitoring_what_if")
    dialog.reject()

    periods.close_period(demo_db, people["budi"], NUMBER, periods.period("2026-10"), dt.datetime.now(dt.UTC))
    with qtbot.waitSignal(monitoring.shown_figures, timeout=20_000):
        monitoring.reload()
    assert monitoring.credit_note_action.isEnabled()
    note = monitoring.export_credit_note()
    assert note is not None and "credit note of" in note.windowTitle()
    note.sign_box.setChecked(False)
    note.accept()
    assert monitoring.documents_message.startswith(f"Credit note of {NUMBER} for 2026-10 written into ")
    with demo_db.read() as session:
        assert session.scalars(select(RegisterDocument.kind).where(RegisterDocument.kind == "credit_note")).all() == [
            "credit_note", "credit_note"]

    monitoring.agreement.setCurrentIndex(monitoring.agreement.findData(""))  # the portfolio has no one agreement
    assert not monitoring.documents_button.isEnabled()
    assert "Select an agreement" in monitoring.documents_button.toolTip()
    monitoring.close()


def test_cancelling_an_import_stores_nothing_of_the_file_and_a_second_cancel_closes_the_dialog(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], tmp_path: Path,
) -> None:
    from sqlalchemy import func, select

    from slamdesk.models import Ticket
    from slamdesk.ui.monitoring.import_dialog import ImportDialog

    data = Path(__file__).parents[1] / "data" / "tickets" / "template.csv"
    header = data.read_text(encoding="utf-8").splitlines()[0]
    big = tmp_path / "many.csv"  # long enough to be running when Cancel is pressed
    big.write_text("\n".join([header] + [
        f"C-{n},SLA-2026-0001,,Service desk,Göteborg,P3,2026-10-05T09:12:00+02:00,,,,,," for n in range(20_000)]) + "\n",
        encoding="utf-8")
    with demo_db.read() as session:
        before = session.scalar(select(func.count()).select_from(Ticket))
    dialog = ImportDialog(AppContext(demo_db, people["anna"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(big))
    job = dialog.start_import()
    assert dialog.busy.isVisible() and not dialog.import_button.isEnabled()
    dialog.cancel_button.click()  # while it runs: the import stops, the dialog stays
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert dialog.problem.text() == "Cancelled: nothing of the file was stored." and dialog.result is None
    assert dialog.isVisible() and not dialog.busy.isVisible() and dialog.import_button.isEnabled()
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == before
    dialog.cancel_button.click()  # nothing running: Cancel closes
    assert not dialog.isVisible()
    dialog.table.set_rows([])
    qtbot.wait(dialog._later.interval() + 200)  # noqa: SLF001  # the preview the typing asked for is not run once closed
    assert dialog.table.rowCount() == 0


def test_the_what_if_of_an_agreement_not_signed_says_why_in_the_dialog(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor],
) -> None:
    from slamdesk.ui.monitoring.what_if_dialog import WhatIfDialog

    dialog = WhatIfDialog(AppContext(demo_db, people["anna"]), "SLA-2026-0007", periods.period("2026-10"))  # a draft
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        dialog.show()
    assert dialog.state.text().startswith("Could not measure the levels: ") and "SLA-2026-0007" in dialog.state.text()
    assert dialog.found == [] and dialog.line.count() == 0 and dialog.table.rowCount() == 0


def test_the_portfolio_has_its_own_trend_which_fills_in_after_the_table(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor],
) -> None:
    from slamdesk.core.monitoring import portfolio_compliance

    _october(demo_db, people)
    monitoring = MonitoringWindow(AppContext(demo_db, people["anna"]), "", today=TODAY, refresh_ms=3_600_000)
    qtbot.addWidget(monitoring)
    monitoring.resize(1180, 760)
    monitoring.show()
    with qtbot.waitSignal(monitoring.shown_trend, timeout=40_000):
        qtbot.waitUntil(lambda: isinstance(monitoring.data, Portfolio), timeout=20_000)
    expected = portfolio_compliance.portfolio_trend(demo_db, periods.period("2026-10"), dt.datetime.now(dt.UTC))
    assert expected is not None and monitoring.trend is not None
    assert [(p.period.name, p.met, p.counted) for p in monitoring.trend] == [
        (p.period.name, p.met, p.counted) for p in expected]
    (bars,) = [series for series in monitoring.chart.series() if isinstance(series, QBarSeries)]
    (portfolio_bars,) = bars.barSets()
    assert portfolio_bars.label() == "Portfolio" and portfolio_bars.count() == 12
    assert expected[-1].share is not None and portfolio_bars.at(11) == round(float(expected[-1].share), 1)
    assert 0 < portfolio_bars.at(11) < 100  # T-1 breached, T-3 met
    assert monitoring.chart.title() == "Targets met across the portfolio, last twelve periods (%)"
    headers = [monitoring.figures.model().headerData(column, Qt.Orientation.Horizontal) for column in range(8)]
    assert headers[:2] == ["Agreement", "Period"] and headers[7] == "Experience"
    assert _texts(monitoring.figures, 7) == ["no experience goals recorded"] * 3  # the demo records none
    assert monitoring.chart.axes()[0].titleText() == "2025-11 to 2026-10"
    qtbot.wait(300)  # the chart lays its axes out on the next paint
    shoot(monitoring, "monitoring_portfolio_trend")
    # A newer choice drops a reading still to come: the agreement's lines stay in the chart.
    monitoring.read_trend()
    assert monitoring.chart.title() == "Reading the portfolio's last twelve periods…" and not monitoring.chart.series()
    with qtbot.waitSignal(monitoring.shown_figures, timeout=20_000):
        monitoring.show_number(NUMBER)
    qtbot.wait(1_500)  # long enough for the dropped reading's process to have answered, had it been let
    (bars,) = [series for series in monitoring.chart.series() if isinstance(series, QBarSeries)]
    assert [bar_set.label() for bar_set in bars.barSets()] == ["Service desk", "Network monitoring"]
    assert monitoring.trend is None
    monitoring.close()


def test_the_portfolios_suggestions_name_each_agreement_and_an_agreements_own_do_not(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor],
) -> None:
    from decimal import Decimal

    from tests.core.monitoring.test_review_adjust import desk_down_three_months

    desk_down_three_months(demo_db, people)  # its availability missed three times
    monitoring = MonitoringWindow(AppContext(demo_db, people["anna"]), "", today=TODAY, refresh_ms=3_600_000)
    qtbot.addWidget(monitoring)
    monitoring.show()
    qtbot.waitUntil(lambda: isinstance(monitoring.data, Portfolio), timeout=20_000)
    figures = monitoring.figures  # eight columns in the table's share of the window: the numbers are never cut
    assert figures.columnWidth(0) >= figures.fontMetrics().horizontalAdvance("SLA-2026-0001")
    table = monitoring.suggestions
    assert [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Agreement", "#", "Service"]
    assert table.rows.rows == [(NUMBER, "1", "Service desk", "availability consistently missed",
                                "2026-10, 2026-09, 2026-08", "Gold", formatting.money(Decimal("1105.00"), "EUR"))]
    monitoring.tabs.setCurrentWidget(table)
    shoot(monitoring, "monitoring_portfolio_suggestions")
    monitoring.show_number(NUMBER)
    qtbot.waitUntil(lambda: monitoring.data is not None and not isinstance(monitoring.data, Portfolio), timeout=20_000)
    assert table.model().headerData(0, Qt.Orientation.Horizontal) == "#" and table.rows.rows[0][0] == "1"
    monitoring.close()


def test_the_portfolio_says_when_its_breaches_tab_lists_only_the_first_of_them(qapp: object) -> None:
    from slamdesk.core.monitoring.compliance import Escalation, Measure, State, TargetKind
    from slamdesk.core.monitoring.portfolio_compliance import BREACHES_LISTED
    from slamdesk.ui.monitoring.wording import portfolio_summary

    late = Measure("T-1", "P1", TargetKind.RESPONSE, 300, 900, dt.datetime(2026, 10, 5, tzinfo=dt.UTC), State.BREACHED,
                   Escalation.BREACHED)
    def counted(breaches: int, listed: int) -> Portfolio:
        return Portfolio(["SLA-2026-0001"], [("SLA-2026-0001", "open", "9", "1/2", str(breaches), "", "")], set(),
                         [(1, 1)], breached=[("SLA-2026-0001", "Service desk", late)] * listed)

    assert "first" not in portfolio_summary(counted(BREACHES_LISTED - 1, BREACHES_LISTED - 1), "2026-10")
    assert "first" not in portfolio_summary(counted(BREACHES_LISTED, BREACHES_LISTED), "2026-10")  # all of them
    every = counted(BREACHES_LISTED + 1, BREACHES_LISTED)
    assert "The Breaches tab lists the first 500; an agreement's own view lists all of its own." in portfolio_summary(
        every, "2026-10")
