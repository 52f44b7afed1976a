"""Which backups rotation keeps (core/backup.py: to_keep, rotate), on hand-made backup lists and files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from slamdesk.core import backup
from slamdesk.core.backup import BackupFile, Reason, Retention

NOW = dt.datetime(2026, 6, 17, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))  # a Wednesday, 12:00 local


def made(taken: dt.datetime, reason: Reason = Reason.DAILY, number: int = 1) -> BackupFile:
    name = f"live-{taken:%Y%m%d-%H%M%S}-{reason.value}{'' if number == 1 else f'-{number}'}.db"
    return BackupFile(Path("/backups") / name, 1, taken, reason, number)


def names(kept: set[Path]) -> list[str]:
    return sorted(path.name for path in kept)


def at(day: int, hour: int = 9, month: int = 6, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour)


def test_the_newest_of_each_of_the_last_seven_days_is_kept() -> None:
    days = [made(at(day, hour)) for day in range(5, 18) for hour in (8, 11)]  # two a day, 5 to 17 June
    kept = backup.to_keep(days, NOW, Retention(daily=7, weekly=0, monthly=0, per_event=0))
    assert names(kept) == [f"live-202606{day:02d}-110000-daily.db" for day in range(11, 18)]


def test_the_default_keeps_seven_days_four_weeks_twelve_months_and_five_of_each_event() -> None:
    assert backup.DEFAULT_RETENTION == Retention(7, 4, 12, 5)
    daily = [made(at(1) + dt.timedelta(days=n)) for n in range(-400, 17)]  # one a day, up to today 09:00
    kept = backup.to_keep(daily, NOW)
    days = sorted(dt.datetime.strptime(name[5:13], "%Y%m%d").date() for name in names(kept))
    last_week = [dt.date(2026, 6, day) for day in range(11, 18)]
    sundays = [dt.date(2026, 6, 7), dt.date(2026, 5, 31)]  # the newest of the two earlier ISO weeks not in the last 7 days
    month_ends = [dt.date(2026, 5, 31)] + [dt.date(2025, month + 1, 1) - dt.timedelta(days=1) for month in range(7, 12)] \
        + [dt.date(2025, 12, 31)] + [dt.date(2026, month + 1, 1) - dt.timedelta(days=1) for month in range(1, 5)]
    assert days == sorted(set(last_week + sundays + month_ends))
    assert len(days) == 7 + 1 + 11  # this week's and this month's newest are among the last seven days; 31 May ends
    # both a week and a month


def test_the_last_four_iso_weeks_keep_their_newest() -> None:
    backups = [made(at(1) + dt.timedelta(days=n)) for n in range(0, 17)]  # 1 to 17 June
    kept = backup.to_keep(backups, NOW, Retention(daily=0, weekly=4, monthly=0, per_event=0))
    # ISO weeks: 1-7, 8-14, 15-21 June, and the week of 25-31 May (none in it): Sunday the 7th, the 14th, today
    assert names(kept) == ["live-20260607-090000-daily.db", "live-20260614-090000-daily.db",
                           "live-20260617-090000-daily.db"]
    kept = backup.to_keep(backups, NOW, Retention(daily=0, weekly=2, monthly=0, per_event=0))
    assert names(kept) == ["live-20260614-090000-daily.db", "live-20260617-090000-daily.db"]


def test_the_last_twelve_months_keep_their_newest_across_the_new_year() -> None:
    backups = [made(at(1, month=month, year=year)) for year in (2024, 2025, 2026) for month in range(1, 13)
               if dt.datetime(year, month, 1) < NOW.replace(tzinfo=None)]
    kept = backup.to_keep(backups, NOW, Retention(daily=0, weekly=0, monthly=12, per_event=0))
    assert names(kept) == sorted([f"live-2025{month:02d}01-090000-daily.db" for month in range(7, 13)]
                                 + [f"live-2026{month:02d}01-090000-daily.db" for month in range(1, 7)])
    kept = backup.to_keep(backups, NOW, Retention(daily=0, weekly=0, monthly=7, per_event=0))
    assert names(kept)[0] == "live-20251201-090000-daily.db" and len(kept) == 7


def test_the_five_newest_of_each_event_are_kept_whatever_their_age() -> None:
    old = dt.datetime(2020, 1, 1, 9)
    events = [made(old + dt.timedelta(days=n), reason) for reason in backup.EVENT_REASONS for n in range(7)]
    events += [made(old + dt.timedelta(days=n)) for n in range(7)]  # old daily ones: none kept
    kept = backup.to_keep(events, NOW)
    for reason in backup.EVENT_REASONS:
        assert [name for name in names(kept) if reason.value in name] == [
            f"live-202001{day:02d}-090000-{reason.value}.db" for day in range(3, 8)]
    assert not [name for name in names(kept) if "daily" in name]
    assert len(backup.to_keep(events, NOW, Retention(0, 0, 0, per_event=1))) == 3


def test_two_in_one_second_keep_the_later_numbered_one() -> None:
    first, second = made(at(17), Reason.DAILY, 1), made(at(17), Reason.DAILY, 2)
    for order in ([first, second], [second, first]):
        assert backup.to_keep(order, NOW, Retention(1, 0, 0, 0)) == {second.path}


def test_backups_dated_after_now_are_kept_and_one_taken_right_now_counts_as_today() -> None:
    future = made(NOW.replace(tzinfo=None) + dt.timedelta(seconds=1), Reason.DAILY)
    far = made(dt.datetime(2027, 1, 1, 9))
    now_one = made(NOW.replace(tzinfo=None))
    earlier = made(at(17, 8))
    kept = backup.to_keep([future, far, now_one, earlier], NOW, Retention(1, 0, 0, 0))
    assert kept == {future.path, far.path, now_one.path}  # the clock was set back: not ours to judge
    assert backup.to_keep([future], NOW, Retention(0, 0, 0, 0)) == {future.path}
    assert backup.to_keep([now_one, earlier], NOW, Retention(0, 0, 0, 0)) == set()


def test_rotation_deletes_only_what_it_does_not_keep_and_spares_the_protected(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 18):
        (folder / f"live-202606{day:02d}-090000-daily.db").write_bytes(b"x")
    (folder / "other-20260601-090000-daily.db").write_bytes(b"x")  # another database's
    (folder / "live-notes.txt").write_bytes(b"x")
    protected = folder / "live-20260602-090000-daily.db"
    removed = backup.rotate(tmp_path / "live.db", now=NOW, retention=Retention(3, 0, 0, 0), protect=[protected])
    assert sorted(path.name for path in removed) == [f"live-202606{day:02d}-090000-daily.db" for day in range(1, 15)
                                                     if day != 2]
    assert sorted(path.name for path in folder.iterdir()) == [
        "live-20260602-090000-daily.db", "live-20260615-090000-daily.db", "live-20260616-090000-daily.db",
        "live-20260617-090000-daily.db", "live-notes.txt", "other-20260601-090000-daily.db"]
    assert backup.rotate(tmp_path / "live.db", now=NOW, retention=Retention(3, 0, 0, 0)) == [protected]


def test_rotation_uses_the_clock_when_no_time_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in (1, 16, 17):
        (folder / f"live-202606{day:02d}-090000-daily.db").write_bytes(b"x")
    monkeypatch.setattr(backup, "clock", lambda: NOW)
    removed = backup.rotate(tmp_path / "live.db", retention=Retention(2, 0, 0, 0))
    assert [path.name for path in removed] == ["live-20260601-090000-daily.db"]


def test_the_clock_is_the_local_time_with_its_offset() -> None:
    now = backup.clock()
    assert now.utcoffset() == dt.datetime.now().astimezone().utcoffset()
    assert abs(now - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
