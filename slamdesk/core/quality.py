"""The quality check: a checklist run on an agreement version before it may be approved.

Every item is automatic (computed here from the stored agreement); a version
cannot be approved while one fails. The quality checker sees the same list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..models import AgreementVersion, ServiceLevel
from .catalogue import loosest_internal_minutes, lowest_internal_availability
from .pricing import SETTLED, LineState
from .requirements import quote_in

CHECKS: dict[str, str] = {
    "traced": "Every requirement is traced to a service level or marked infeasible",
    "targets": "Every service has measurable targets for every priority it covers",
    "internal": "Internal targets are stricter than the external ones by the buffer",
    "priced": "Every line is priced",
    "credits": "A service-credits clause is present",
    "termination": "A termination clause is present",
}


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str
    passed: bool
    detail: str
    automatic: bool = True


@dataclass(frozen=True)
class Checklist:
    items: tuple[CheckItem, ...]

    @property
    def passed(self) -> bool:
        return all(item.passed for item in self.items)

    @property
    def failures(self) -> tuple[CheckItem, ...]:
        return tuple(item for item in self.items if not item.passed)

    def summary(self) -> str:
        return "; ".join(f"{item.label.lower()}: {item.detail}" for item in self.failures)


def _count(number: int, noun: str) -> str:
    """"1 line", "3 lines"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _item(key: str, problems: list[str], ok: str) -> CheckItem:
    return CheckItem(key, CHECKS[key], not problems, "; ".join(problems) if problems else ok)


def _traced(session: Session, version: AgreementVersion) -> CheckItem:
    document_id = version.agreement.requirements_document_id
    if document_id is None:
        return _item("traced", ["drafted without a requirements document, so nothing is traced"], "")
    offer = quote_in(session, document_id)  # in the caller's transaction: what approve sees, not what was committed
    open_lines = [f"requirement {line.position} is {line.state}" for line in offer.lines if line.state not in SETTLED]
    infeasible = sum(1 for line in offer.lines if line.state == LineState.INFEASIBLE)
    return _item("traced", open_lines, f"{_count(len(offer.lines), 'requirement')}, {infeasible} marked infeasible with a reason")


def _targets(version: AgreementVersion) -> CheckItem:
    problems = []
    for line in version.lines:
        asked = [p.strip() for p in line.priorities.split(",") if p.strip()]
        have = {target[0] for target in line.targets}
        missing = [p for p in asked if p not in have]
        if missing or not asked:
            problems.append(f"line {line.position} ({line.service_name}) has no target for {', '.join(missing) or 'any priority'}")
    return _item("targets", problems, f"{_count(len(version.lines), 'line')} with response and resolution per priority")


def _internal(session: Session, version: AgreementVersion) -> CheckItem:
    problems = []
    for line in version.lines:
        level = session.get(ServiceLevel, line.service_level_id)
        if level is None:
            problems.append(f"line {line.position}: its catalogue level is gone")
            continue
        buffer = level.internal_buffer_pct
        for target in level.targets:
            for kind, external, internal in (
                ("response", target.response_minutes, target.internal_response_minutes),
                ("resolution", target.resolution_minutes, target.internal_resolution_minutes),
            ):
                if internal > loosest_internal_minutes(external, buffer):
                    problems.append(f"line {line.position} {target.priority} internal {kind} is not stricter by {buffer.normalize():f} %")
        if level.internal_availability_pct < lowest_internal_availability(level.availability_pct, buffer):
            problems.append(f"line {line.position}: internal availability is not stricter than {level.availability_pct.normalize():f} %")
    return _item("internal", problems, "every internal aim beats its commitment by the level's buffer")


def _priced(version: AgreementVersion) -> CheckItem:
    problems = [f"line {line.position} ({line.service_name}) has no price" for line in version.lines if line.line_total <= 0]
    if not version.lines:
        problems.append("the agreement has no lines")
    return _item("priced", problems, f"{_count(len(version.lines), 'line')} priced, monthly total {version.monthly_total.normalize():f}")


def _clause(key: str, clause_key: str, version: AgreementVersion) -> CheckItem:
    present = [c.title for c in version.clauses if c.key == clause_key]
    return _item(key, [] if present else [f"add the {clause_key.replace('_', ' ')} clause"], present[0] if present else "")


def check_version(session: Session, version: AgreementVersion) -> Checklist:
    """The checklist of ``version``, read in the caller's transaction (``session``)."""
    return Checklist(
        (
            _traced(session, version),
            _targets(version),
            _internal(session, version),
            _priced(version),
            _clause("credits", "service_credits", version),
            _clause("termination", "termination", version),
        )
    )
