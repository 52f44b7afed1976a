"""The consistency check: where the OLAs and underpinning contracts behind an SLA promise less
than it does (``consistency_check``; ``core.structure`` re-exports it)."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Agreement, AgreementLine
from .coverage import covers
from .db import Database
from .errors import ValidationError
from .structure_queries import (
    SUPPORTING_KINDS,
    current_version,
    duration,
    find_agreement,
    percent,
    same_text,
    short_name,
    supporters_of,
    targets_of,
)
from .words import N_, _


@dataclass(frozen=True)
class ConsistencyWarning:
    """A supporting agreement promises less than the agreement it backs.

    ``measure`` is ``response``, ``resolution``, ``availability``, ``coverage``
    or ``missing_priority``; ``priority`` is empty for availability and coverage;
    ``supporting_value`` is empty when the supporting agreement has no target.
    """

    backed_number: str
    supporting_number: str
    supporting_kind: str
    service_name: str
    site: str
    measure: str
    priority: str
    supporting_value: str
    backed_value: str
    message: str


def is_looser(supporting_minutes: int, supporting_business: bool, backed_minutes: int, backed_business: bool) -> bool:
    """Whether a supporting time target promises less than the one it backs.

    Minutes are compared, with one simple rule for the clocks: a business-hours
    clock never runs faster than the calendar and stops outside working time,
    so a business-hours target of the same number of minutes as a calendar one
    is looser. A shorter business-hours target is not flagged even though it can
    run over a weekend past a calendar deadline: working that out needs both
    calendars; the coverage check catches the usual case (office-hours support
    behind a 24x7 commitment). Two business-hours targets on different calendars
    are compared by minutes.
    """
    if supporting_business and not backed_business:
        return supporting_minutes >= backed_minutes
    return supporting_minutes > backed_minutes


def consistency_check(db: Database, number: str) -> list[ConsistencyWarning]:
    """Where the agreements that support ``number`` promise less than it does.

    For a customer or internal SLA, each of its lines is compared with the
    lines of every OLA and underpinning contract linked to it that have the same
    service name, and the same site when both name one. A supporting agreement
    with no line for a service does not back that service and is not compared.
    A warning is raised when the supporting line

    - has a longer response or resolution time for a priority (see ``is_looser``
      for business against calendar hours),
    - has no target at all for a priority the SLA commits to,
    - has a lower availability, or
    - covers fewer hours (e.g. Mon-Fri 08:00-17:00 behind 24x7).

    Called with an OLA or underpinning contract, the same check runs against
    the one agreement it supports. Only current versions are compared.
    """
    with db.read() as session:
        agreement = find_agreement(session, number)
        if agreement.kind in SUPPORTING_KINDS:
            if agreement.supports_id is None:
                return []
            backed = session.get(Agreement, agreement.supports_id)
            assert backed is not None
            pairs = [(backed, agreement)]
        else:
            pairs = [(agreement, supporter) for supporter in supporters_of(session, agreement.id)]
        warnings: list[ConsistencyWarning] = []
        for backed, supporting in pairs:
            backed_lines = current_version(session, backed).lines
            warnings.extend(_compare(backed, backed_lines, supporting, current_version(session, supporting).lines))
        return warnings


def _compare(
    backed: Agreement, backed_lines: list[AgreementLine], supporting: Agreement, supporting_lines: list[AgreementLine]
) -> list[ConsistencyWarning]:
    who = f"{short_name(supporting)} ({supporting.title})"
    warnings: list[ConsistencyWarning] = []
    for line in backed_lines:
        for other in supporting_lines:
            if not same_text(other.service_name, line.service_name):
                continue
            if line.site.strip() and other.site.strip() and not same_text(other.site, line.site):
                continue
            site = line.site.strip() if other.site.strip() else ""
            where = _("{service} at {site}").format(service=line.service_name, site=site) if site else line.service_name
            # (measure, priority, supporting value, backed value, message)
            found: list[tuple[str, str, str, str, str]] = []
            if _narrower(other.coverage, line.coverage):
                found.append(("coverage", "", other.coverage, line.coverage,
                              _("{who} covers {offered} for {where}, less than {number}'s {required}").format(
                                  who=who, offered=other.coverage, where=where, number=backed.number,
                                  required=line.coverage)))
            if other.availability_pct < line.availability_pct:
                ours, theirs = percent(other.availability_pct), percent(line.availability_pct)
                found.append(("availability", "", ours, theirs,
                              _("{who} availability {ours} for {where} is lower than {number}'s {theirs}").format(
                                  who=who, ours=ours, where=where, number=backed.number, theirs=theirs)))
            offered = {target[0]: target for target in targets_of(other)}
            for priority, response, resolution, business in targets_of(line):
                target = offered.get(priority)
                if target is None:
                    committed = _("response {response}, resolution {resolution}").format(
                        response=duration(response, business), resolution=duration(resolution, business))
                    found.append(("missing_priority", priority, "", committed,
                                  _("{who} has no {priority} target for {where}; {number} commits to {priority} "
                                    "{committed}").format(who=who, priority=priority, where=where,
                                                          number=backed.number, committed=committed)))
                    continue
                _priority, their_response, their_resolution, their_business = target
                for measure, mine, committed_minutes in (
                    ("response", their_response, response), ("resolution", their_resolution, resolution)
                ):
                    if is_looser(mine, their_business, committed_minutes, business):
                        ours, theirs = duration(mine, their_business), duration(committed_minutes, business)
                        found.append((measure, priority, ours, theirs,
                                      _(_LOOSER[measure]).format(who=who, priority=priority, ours=ours, where=where,
                                                                 number=backed.number, theirs=theirs)))
            warnings.extend(
                ConsistencyWarning(
                    backed_number=backed.number,
                    supporting_number=supporting.number,
                    supporting_kind=supporting.kind,
                    service_name=line.service_name,
                    site=site,
                    measure=measure,
                    priority=priority,
                    supporting_value=ours,
                    backed_value=theirs,
                    message=message,
                )
                for measure, priority, ours, theirs, message in found
            )
    return warnings


_LOOSER = {
    "response": N_("{who} {priority} response {ours} for {where} is looser than {number}'s {theirs}"),
    "resolution": N_("{who} {priority} resolution {ours} for {where} is looser than {number}'s {theirs}"),
}


def _narrower(offered: str, required: str) -> bool:
    try:
        return not covers(offered, required)
    except ValidationError:
        return False  # a coverage text the catalogue would refuse: nothing sensible to compare
