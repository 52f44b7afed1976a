"""The review board's words and colours: reviewers' status, lateness, tooltips and a round as an HTML table."""

from __future__ import annotations

import datetime as dt
from html import escape

from ...core.reviews import (
    REVIEW_ROLES,
    AssignmentView,
    BoardRow,
    Decision,
    RoundView,
)
from ..common import formatting

OVERDUE_COLOUR = "#c53030"
OVERDUE_TINT = "#fff1f0"  # the background of a row with an overdue reviewer
APPROVED_COLOUR = "#2f855a"
CHANGES_COLOUR = "#c05621"
PENDING_COLOUR = "#4a5568"
MUTED_COLOUR = "#718096"
SEPARATOR = " · "

# How a reviewer's role is written in the one-line summary.
ROLE_SHORT: dict[str, str] = {
    "legal_reviewer": "legal",
    "quality_checker": "quality",
    "customer_representative": "customer",
}
DECISIONS: dict[str, str] = {Decision.APPROVED: "✓ approved", Decision.CHANGES_REQUESTED: "✗ changes requested"}
NO_ROUND = "No reviewers named yet"


def role_label(role: str) -> str:
    return REVIEW_ROLES.get(role, role.replace("_", " ").capitalize())


def role_short(role: str) -> str:
    return ROLE_SHORT.get(role, role_label(role).lower())


def reviewer_status(assignment: AssignmentView, today: dt.date) -> str:
    """``Budi Santoso (quality) due 2026-11-20 OVERDUE``, or ``Trần Thị Linh (legal) ✓ approved``."""
    who = f"{assignment.reviewer} ({role_short(assignment.role)})"
    if assignment.decision is not None:
        return f"{who} {DECISIONS.get(assignment.decision, assignment.decision)}"
    late = " OVERDUE" if assignment.overdue(today) else ""
    return f"{who} due {formatting.date(assignment.due_date)}{late}"


def reviewers_text(row: BoardRow, today: dt.date) -> str:
    """Every reviewer's status in one line (the table wraps it onto the row's lines)."""
    if not row.assignments:
        return NO_ROUND
    return SEPARATOR.join(reviewer_status(assignment, today) for assignment in row.assignments)


def pending(row: BoardRow) -> list[AssignmentView]:
    return [a for a in row.assignments if a.decision is None]


def next_due(row: BoardRow) -> dt.date | None:
    """The earliest due date of a reviewer who has not decided yet."""
    dates = [a.due_date for a in pending(row)]
    return min(dates) if dates else None


def days_late(row: BoardRow, today: dt.date) -> int:
    """How many days the longest-waiting overdue decision is late (0: nothing overdue)."""
    late = [(today - a.due_date).days for a in row.assignments if a.overdue(today)]
    return max(late) if late else 0


def late_text(days: int) -> str:
    return "" if days <= 0 else f"{days} day{'s' if days != 1 else ''} late"


def decided(row: BoardRow) -> bool:
    return bool(row.assignments) and not pending(row)


def row_tooltip(row: BoardRow, today: dt.date) -> str:
    """Each reviewer on a line: role, and the decision or the due date (and how late)."""
    if not row.assignments:
        return f"{row.number}: submitted for review without a review round"
    lines = [f"{row.number}, version {row.version_no}, review round {row.round_no}"]
    for a in row.assignments:
        if a.decision is not None:
            when = f" on {formatting.timestamp(a.decided_at)}" if a.decided_at else ""
            status = f"{DECISIONS.get(a.decision, a.decision)}{when}"
        else:
            late = (today - a.due_date).days
            status = f"waiting, due {formatting.date(a.due_date)}" + (f" — {late_text(late)}" if a.overdue(today) else "")
        lines.append(f"{a.reviewer} — {role_label(a.role)}: {status}")
    return "\n".join(lines)


def section_label(section: str) -> str:
    """``line:2`` as ``Line 2``, ``clause:termination`` as ``Clause “termination”``, ``pricing`` as ``Pricing``."""
    kind, _, name = section.partition(":")
    if kind == "line":
        return f"Line {name}"
    if kind == "clause":
        return f"Clause “{name.replace('_', ' ')}”"
    return section.capitalize()


def round_table(review_round: RoundView, today: dt.date) -> str:
    """A review round as an HTML table: each reviewer, role, due date, decision and comments."""
    cells = "".join(
        f"<th align='left' style='padding:3px 10px 3px 0'>{name}</th>"
        for name in ("Reviewer", "Role", "Due", "Decision", "Decided at")
    )
    rows = [f"<tr style='color:{MUTED_COLOUR}'>{cells}</tr>"]
    for a in review_round.assignments:
        if a.decision is not None:
            colour = APPROVED_COLOUR if a.decision == Decision.APPROVED else CHANGES_COLOUR
            decision = f"<span style='color:{colour}'>{escape(DECISIONS.get(a.decision, a.decision))}</span>"
        elif a.overdue(today):
            late = late_text((today - a.due_date).days)
            decision = f"<span style='color:{OVERDUE_COLOUR}'><b>waiting — {late}</b></span>"
        else:
            decision = f"<span style='color:{PENDING_COLOUR}'>waiting</span>"
        due_style = f" style='color:{OVERDUE_COLOUR}'" if a.overdue(today) else ""
        decided_at = formatting.timestamp(a.decided_at) if a.decided_at else "—"
        rows.append(
            "<tr>"
            f"<td style='padding:3px 10px 3px 0'>{escape(a.reviewer)}</td>"
            f"<td style='padding:3px 10px 3px 0'>{escape(role_label(a.role))}</td>"
            f"<td style='padding:3px 10px 3px 0'><span{due_style}>{formatting.date(a.due_date)}</span></td>"
            f"<td style='padding:3px 10px 3px 0'>{decision}</td>"
            f"<td style='padding:3px 10px 3px 0'>{decided_at}</td>"
            "</tr>"
        )
        for comment in a.comments:
            rows.append(
                "<tr><td></td>"
                f"<td colspan='4' style='padding:0 0 4px 0'><span style='color:{MUTED_COLOUR}'>"
                f"{escape(section_label(comment.section))}:</span> {escape(comment.text)}</td></tr>"
            )
    return f"<table cellspacing='0'>{''.join(rows)}</table>"
