"""The experience check: an agreement green on its targets while its customers are unhappy.

The rules:

* A ticket may carry a satisfaction answer (CSAT, 1 to 5; 4 and 5 count as *satisfied*) and
  an effort answer (CES, 1 to 7; lower is easier). A period's *satisfaction* is the share
  of the CSAT answers that are satisfied (percent, to 0.1, half up); its *effort* is the
  mean of the CES answers (to 0.01, half up). Answers are counted per line with the
  period's other figures (``periods``) and frozen with them when the period is closed.
* The agreement's experience goals are the ones its requirements record (the satisfaction
  goal in percent, the effort goal as the highest acceptable mean); where lines record
  different goals, the strictest stands (the highest satisfaction, the lowest effort).
* A goal is judged on at least ``MIN_ANSWERS`` answers; with fewer the check says so
  ("too few answers") and never guesses. With no goal recorded there is nothing to judge.
* The agreement is *green outside* when every line met its availability target and no
  ticket breached a response or resolution target; *red inside* when a goal judged was
  missed. Both at once is the flag the source articles warn of: "green outside, red inside".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Agreement, AgreementLine, AgreementVersion, Requirement

if TYPE_CHECKING:
    from ..db import Database
    from .compliance import Ticket
    from .periods import AgreementFigures

MIN_ANSWERS = 10
# What a period's check comes to, as stored with a closed period and filtered on in the register.
SUMMARIES = {
    "watermelon": "green outside, red inside",
    "missed": "experience goals missed",
    "too_few": "too few survey answers to judge",
    "met": "experience goals met",
    "no_goal": "no experience goals recorded",
}
SATISFIED = 4  # CSAT 4 and 5 of 5
_PERCENT = Decimal("0.1")
_MEAN = Decimal("0.01")


@dataclass(frozen=True)
class Survey:
    """The survey answers of a group of tickets."""

    csat_answers: int = 0
    satisfied: int = 0
    ces_answers: int = 0
    ces_total: int = 0

    def __add__(self, other: Survey) -> Survey:
        return Survey(self.csat_answers + other.csat_answers, self.satisfied + other.satisfied,
                      self.ces_answers + other.ces_answers, self.ces_total + other.ces_total)

    @property
    def satisfaction(self) -> Decimal | None:
        """Percent of the CSAT answers that are 4 or 5; None without answers."""
        if not self.csat_answers:
            return None
        return (Decimal(100) * self.satisfied / self.csat_answers).quantize(_PERCENT, rounding=ROUND_HALF_UP)

    @property
    def effort(self) -> Decimal | None:
        """The mean CES answer; None without answers."""
        if not self.ces_answers:
            return None
        return (Decimal(self.ces_total) / self.ces_answers).quantize(_MEAN, rounding=ROUND_HALF_UP)

    def to_json(self) -> dict[str, int]:
        return {"csat_answers": self.csat_answers, "satisfied": self.satisfied, "ces_answers": self.ces_answers,
                "ces_total": self.ces_total}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Survey:
        """What ``to_json`` wrote; figures closed before surveys were counted have none."""
        if not data:
            return cls()
        return cls(int(data["csat_answers"]), int(data["satisfied"]), int(data["ces_answers"]), int(data["ces_total"]))


def survey(tickets: Sequence[Ticket]) -> Survey:
    """The answers the tickets carry."""
    csat = [ticket.csat for ticket in tickets if ticket.csat is not None]
    ces = [ticket.ces for ticket in tickets if ticket.ces is not None]
    return Survey(len(csat), sum(answer >= SATISFIED for answer in csat), len(ces), sum(ces))


@dataclass(frozen=True)
class Goals:
    """The experience goals the agreement's requirements record (None: none recorded)."""

    satisfaction: Decimal | None = None  # percent satisfied, at least
    effort: Decimal | None = None  # mean effort, at most


def goals_for(session: Session, version_id: int) -> Goals:
    """The strictest goals recorded by the requirements the version's lines were drafted from."""
    rows = session.execute(
        select(Requirement.csat_target_pct, Requirement.effort_target)
        .join(AgreementLine, AgreementLine.requirement_id == Requirement.id)
        .where(AgreementLine.version_id == version_id)
    ).all()
    satisfaction = [_plain(value) for value, _ in rows if value is not None]
    effort = [_plain(value) for _, value in rows if value is not None]
    return Goals(max(satisfaction, default=None), min(effort, default=None))


def _plain(value: Decimal) -> Decimal:
    """``85.0000`` as stored, as ``85``."""
    return Decimal(format(value.normalize(), "f"))


def agreement_goals(session: Session, number: str, version_no: int) -> Goals:
    """The goals of agreement ``number``'s version ``version_no`` (none when it has no such version)."""
    version_id = session.scalars(
        select(AgreementVersion.id).join(Agreement, Agreement.id == AgreementVersion.agreement_id)
        .where(Agreement.number == number, AgreementVersion.version_no == version_no)
    ).first()
    return Goals() if version_id is None else goals_for(session, version_id)


class Verdict(StrEnum):
    MET = "met"
    MISSED = "missed"
    TOO_FEW = "too few answers"
    NO_GOAL = "no goal"


@dataclass(frozen=True)
class Judged:
    """One goal against the period's answers."""

    goal: Decimal | None
    measured: Decimal | None
    answers: int
    verdict: Verdict

    def to_json(self) -> dict[str, Any]:
        return {"goal": None if self.goal is None else str(self.goal),
                "measured": None if self.measured is None else str(self.measured),
                "answers": self.answers, "verdict": str(self.verdict)}


@dataclass(frozen=True)
class ExperienceCheck:
    """An agreement's experience in one period against its goals."""

    number: str
    period: str
    satisfaction: Judged
    effort: Judged
    targets_met: bool  # green outside: availability met everywhere, no target breached

    @property
    def experience_missed(self) -> bool:
        return Verdict.MISSED in (self.satisfaction.verdict, self.effort.verdict)

    @property
    def watermelon(self) -> bool:
        """Green outside, red inside."""
        return self.targets_met and self.experience_missed

    @property
    def too_few(self) -> bool:
        """No goal could be judged because answers were too few (and none was missed)."""
        verdicts = {self.satisfaction.verdict, self.effort.verdict}
        return Verdict.TOO_FEW in verdicts and Verdict.MISSED not in verdicts

    @property
    def code(self) -> str:
        """``watermelon``, ``missed``, ``too_few``, ``met`` or ``no_goal`` (``SUMMARIES`` says each in words)."""
        if self.watermelon:
            return "watermelon"
        if self.experience_missed:
            return "missed"
        if self.too_few:
            return "too_few"
        if Verdict.MET in (self.satisfaction.verdict, self.effort.verdict):
            return "met"
        return "no_goal"

    @property
    def summary(self) -> str:
        return SUMMARIES[self.code]

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "period": self.period, "targets_met": self.targets_met,
                "satisfaction": self.satisfaction.to_json(), "effort": self.effort.to_json(),
                "watermelon": self.watermelon, "code": self.code, "summary": self.summary}


def judge(goals: Goals, answers: Survey) -> tuple[Judged, Judged]:
    """Each goal against the answers (the module's rules)."""
    return (
        _judged(goals.satisfaction, answers.satisfaction, answers.csat_answers, lambda m, g: m >= g),
        _judged(goals.effort, answers.effort, answers.ces_answers, lambda m, g: m <= g),
    )


def _judged(goal: Decimal | None, measured: Decimal | None, answers: int, kept: Any) -> Judged:
    if goal is None:
        return Judged(None, measured, answers, Verdict.NO_GOAL)
    if answers < MIN_ANSWERS or measured is None:
        return Judged(goal, measured, answers, Verdict.TOO_FEW)
    return Judged(goal, measured, answers, Verdict.MET if kept(measured, goal) else Verdict.MISSED)


def check(figures: AgreementFigures, goals: Goals) -> ExperienceCheck:
    """The experience check of an agreement's figures for one period."""
    answers = sum((line.survey for line in figures.lines), Survey())
    satisfaction, effort = judge(goals, answers)
    targets_met = bool(figures.lines) and all(line.availability_met and not line.breaches for line in figures.lines)
    return ExperienceCheck(figures.number, figures.period, satisfaction, effort, targets_met)


_CHUNK = 5_000  # agreement numbers in one IN (...): well under SQLite's limit of bound parameters


def portfolio_checks(db: Database, found: Sequence[AgreementFigures]) -> dict[str, ExperienceCheck]:
    """``check`` for each agreement's figures of one period (``portfolio_compliance.portfolio_figures``), by number,
    with every version's goals read in a few queries rather than one an agreement."""
    rows: dict[tuple[str, int], list[tuple[Decimal | None, Decimal | None]]] = {}
    numbers = [figures.number for figures in found]
    with db.read() as session:
        for start in range(0, len(numbers), _CHUNK):
            for number, version_no, csat, ces in session.execute(
                select(Agreement.number, AgreementVersion.version_no, Requirement.csat_target_pct, Requirement.effort_target)
                .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
                .join(AgreementLine, AgreementLine.version_id == AgreementVersion.id)
                .join(Requirement, Requirement.id == AgreementLine.requirement_id)
                .where(Agreement.number.in_(numbers[start:start + _CHUNK]))
            ):
                rows.setdefault((number, version_no), []).append((csat, ces))
    checks = {}
    for figures in found:
        goals = rows.get((figures.number, figures.version_no), [])
        satisfaction = [_plain(value) for value, _ in goals if value is not None]
        effort = [_plain(value) for _, value in goals if value is not None]
        checks[figures.number] = check(figures, Goals(max(satisfaction, default=None), min(effort, default=None)))
    return checks
