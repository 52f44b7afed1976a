"""The quality check: a checklist run on an agreement version before it may be approved.

Every item is automatic (computed here from the stored agreement); a version
cannot be approved while one fails. An advisory item (``CheckItem.advisory``)
marks what the checker should see without blocking approval: a service or level
the agreement's documents show in the catalogue's language for want of a name in
the agreement's (``core.catalogue_names``). The quality checker sees the same list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..models import AgreementVersion, ServiceLevel
from .catalogue import loosest_internal_minutes, lowest_internal_availability
from .catalogue_names import missing
from .customers import LANGUAGES
from .pricing import SETTLED, LineState
from .requirements import quote_in
from .words import N_, _, ngettext

CHECKS: dict[str, str] = {
    "traced": N_("Every requirement is traced to a service level or marked infeasible"),
    "targets": N_("Every service has measurable targets for every priority it covers"),
    "internal": N_("Internal targets are stricter than the external ones by the buffer"),
    "priced": N_("Every line is priced"),
    "credits": N_("A service-credits clause is present"),
    "termination": N_("A termination clause is present"),
    "names": N_("Every service and level is named in the agreement's language"),
}


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str
    passed: bool
    detail: str
    automatic: bool = True
    advisory: bool = False  # a failing advisory item is a note: it does not block approval


@dataclass(frozen=True)
class Checklist:
    items: tuple[CheckItem, ...]

    @property
    def passed(self) -> bool:
        """Whether the version may be approved: no item fails but advisory ones."""
        return not self.failures

    @property
    def failures(self) -> tuple[CheckItem, ...]:
        return tuple(item for item in self.items if not item.passed and not item.advisory)

    @property
    def notes(self) -> tuple[CheckItem, ...]:
        """The advisory items that do not pass (shown, not blocking)."""
        return tuple(item for item in self.items if not item.passed and item.advisory)

    def summary(self) -> str:
        return "; ".join(f"{item.label.lower()}: {item.detail}" for item in self.failures)


_OPEN: dict[str, str] = {  # a requirement not yet settled (not in SETTLED), by its state in the quote
    LineState.UNMATCHED: N_("requirement {position} is unmatched"),
    LineState.UNPRICED: N_("requirement {position} is unpriced"),
    LineState.BLOCKED: N_("requirement {position} is blocked"),
}


def _item(key: str, problems: list[str], ok: str) -> CheckItem:
    return CheckItem(key, _(CHECKS[key]), not problems, "; ".join(problems) if problems else ok)


def _traced(session: Session, version: AgreementVersion) -> CheckItem:
    document_id = version.agreement.requirements_document_id
    if document_id is None:
        return _item("traced", [_("drafted without a requirements document, so nothing is traced")], "")
    offer = quote_in(session, document_id)  # in the caller's transaction: what approve sees, not what was committed
    open_lines = [_(_OPEN[line.state]).format(position=line.position) for line in offer.lines if line.state not in SETTLED]
    infeasible = sum(1 for line in offer.lines if line.state == LineState.INFEASIBLE)
    count = len(offer.lines)
    return _item("traced", open_lines, ngettext(
        "{count} requirement, {infeasible} marked infeasible with a reason",
        "{count} requirements, {infeasible} marked infeasible with a reason", count).format(count=count, infeasible=infeasible))


def _targets(version: AgreementVersion) -> CheckItem:
    problems = []
    for line in version.lines:
        asked = [p.strip() for p in line.priorities.split(",") if p.strip()]
        have = {target[0] for target in line.targets}
        missing = [p for p in asked if p not in have]
        if missing or not asked:
            problems.append(
                _("line {position} ({service}) has no target for {priorities}").format(
                    position=line.position, service=line.service_name, priorities=", ".join(missing))
                if missing else
                _("line {position} ({service}) has no target for any priority").format(
                    position=line.position, service=line.service_name))
    count = len(version.lines)
    return _item("targets", problems, ngettext("{count} line with response and resolution per priority",
                                               "{count} lines with response and resolution per priority", count).format(count=count))


def _internal(session: Session, version: AgreementVersion) -> CheckItem:
    problems = []
    for line in version.lines:
        level = session.get(ServiceLevel, line.service_level_id)
        if level is None:
            problems.append(_("line {position}: its catalogue level is gone").format(position=line.position))
            continue
        buffer = level.internal_buffer_pct
        for target in level.targets:
            for message, external, internal in (
                (N_("line {position} {priority} internal response is not stricter by {buffer:f} %"),
                 target.response_minutes, target.internal_response_minutes),
                (N_("line {position} {priority} internal resolution is not stricter by {buffer:f} %"),
                 target.resolution_minutes, target.internal_resolution_minutes),
            ):
                if internal > loosest_internal_minutes(external, buffer):
                    problems.append(_(message).format(position=line.position, priority=target.priority,
                                                      buffer=buffer.normalize()))
        if level.internal_availability_pct < lowest_internal_availability(level.availability_pct, buffer):
            problems.append(_("line {position}: internal availability is not stricter than {availability:f} %").format(
                position=line.position, availability=level.availability_pct.normalize()))
    return _item("internal", problems, _("every internal aim beats its commitment by the level's buffer"))


def _priced(version: AgreementVersion) -> CheckItem:
    problems = [_("line {position} ({service}) has no price").format(position=line.position, service=line.service_name)
                for line in version.lines if line.line_total <= 0]
    if not version.lines:
        problems.append(_("the agreement has no lines"))
    count = len(version.lines)
    return _item("priced", problems, ngettext("{count} line priced, monthly total {total:f}", "{count} lines priced, monthly total {total:f}",
                                              count).format(count=count, total=version.monthly_total.normalize()))


def _clause(key: str, clause_key: str, version: AgreementVersion) -> CheckItem:
    present = [c.title for c in version.clauses if c.key == clause_key]
    return _item(key, [] if present else [_(_ADD_CLAUSE[clause_key])], present[0] if present else "")


_ADD_CLAUSE: dict[str, str] = {"service_credits": N_("add the service credits clause"),
                               "termination": N_("add the termination clause")}


def _names(session: Session, version: AgreementVersion) -> CheckItem:
    language = version.agreement.language
    gaps = missing(session, version.lines, language)
    shown = LANGUAGES.get(language, language)
    return CheckItem("names", _(CHECKS["names"]), not gaps,
                     "; ".join(gaps) if gaps else _("every name shows in {language}").format(language=shown),
                     advisory=True)


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
            _names(session, version),
        )
    )
