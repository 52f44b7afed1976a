"""The review board's words and colours: reviewers' status, lateness, tooltips and a round as an HTML table.

Role, decision, round status and section labels are tables of ``QT_TRANSLATE_NOOP`` texts (context
``ReviewWording``), translated where they are shown.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from ...core.reviews import (
    REVIEW_ROLES,
    AssignmentView,
    BoardRow,
    Decision,
    RoundStatus,
    RoundView,
)
from ..common import formatting
from ..common.i18n import translate

OVERDUE_COLOUR = "#c53030"
OVERDUE_TINT = "#fff1f0"  # the background of a row with an overdue reviewer
APPROVED_COLOUR = "#2f855a"
CHANGES_COLOUR = "#c05621"
PENDING_COLOUR = "#4a5568"
MUTED_COLOUR = "#718096"
SEPARATOR = " · "

# A reviewer's role in a round (``core.reviews.REVIEW_ROLES``' codes) as the window writes it.
ROLE_LABELS: dict[str, str] = {
    "legal_reviewer": QT_TRANSLATE_NOOP("ReviewWording", "Legal reviewer"),
    "quality_checker": QT_TRANSLATE_NOOP("ReviewWording", "Quality checker"),
    "customer_representative": QT_TRANSLATE_NOOP("ReviewWording", "Customer representative"),
}
# How a reviewer's role is written in the one-line summary.
ROLE_SHORT: dict[str, str] = {
    "legal_reviewer": QT_TRANSLATE_NOOP("ReviewWording", "legal"),
    "quality_checker": QT_TRANSLATE_NOOP("ReviewWording", "quality"),
    "customer_representative": QT_TRANSLATE_NOOP("ReviewWording", "customer"),
}
DECISIONS: dict[str, str] = {
    Decision.APPROVED: QT_TRANSLATE_NOOP("ReviewWording", "✓ approved"),
    Decision.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("ReviewWording", "✗ changes requested"),
}
ROUND_STATUSES: dict[str, str] = {
    RoundStatus.OPEN: QT_TRANSLATE_NOOP("ReviewWording", "open"),
    RoundStatus.APPROVED: QT_TRANSLATE_NOOP("ReviewWording", "approved"),
    RoundStatus.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("ReviewWording", "changes requested"),
}
# The sections of an agreement a comment is anchored to besides its lines and clauses.
SECTION_NAMES: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("ReviewWording", "General"),
    "parties": QT_TRANSLATE_NOOP("ReviewWording", "Parties"),
    "scope": QT_TRANSLATE_NOOP("ReviewWording", "Scope"),
    "pricing": QT_TRANSLATE_NOOP("ReviewWording", "Pricing"),
    "credits": QT_TRANSLATE_NOOP("ReviewWording", "Credits"),
    "signatures": QT_TRANSLATE_NOOP("ReviewWording", "Signatures"),
}
NO_ROUND = QT_TRANSLATE_NOOP("ReviewWording", "No reviewers named yet")


def numbered(text: str, count: int) -> str:
    """A translated ``%n`` text with its number grouped as the locale groups it ("1,234"): Qt writes it plain."""
    return text.replace(str(count), QLocale().toString(count), 1) if abs(count) >= 1000 else text


def role_label(role: str) -> str:
    """A review role as the window writes it: ``Legal reviewer``."""
    if role in ROLE_LABELS:
        return translate("ReviewWording", ROLE_LABELS[role])
    return REVIEW_ROLES.get(role, role.replace("_", " ").capitalize())


def role_short(role: str) -> str:
    return translate("ReviewWording", ROLE_SHORT[role]) if role in ROLE_SHORT else role_label(role).lower()


def profile_role(role: str) -> str:
    """A profile's role in lower case, to follow a name: ``quality checker``."""
    return formatting.role_name(role).lower()


def profile_text(name: str, role: str) -> str:
    """``Budi Santoso (quality checker)``: a profile in a pick list."""
    return translate("ReviewWording", "{name} ({role})").format(name=name, role=profile_role(role))


def decision_text(decision: str) -> str:
    """``✓ approved``, ``✗ changes requested``."""
    return translate("ReviewWording", DECISIONS[decision]) if decision in DECISIONS else decision


def round_status(status: str) -> str:
    return translate("ReviewWording", ROUND_STATUSES[status]) if status in ROUND_STATUSES else status.replace("_", " ")


def reviewer_status(assignment: AssignmentView, today: dt.date) -> str:
    """``Budi Santoso (quality) due 2026-11-20 OVERDUE``, or ``Trần Thị Linh (legal) ✓ approved``."""
    who, role = assignment.reviewer, role_short(assignment.role)
    if assignment.decision is not None:
        return translate("ReviewWording", "{reviewer} ({role}) {decision}").format(
            reviewer=who, role=role, decision=decision_text(assignment.decision))
    due = formatting.date(assignment.due_date)
    if assignment.overdue(today):
        return translate("ReviewWording", "{reviewer} ({role}) due {date} OVERDUE").format(reviewer=who, role=role, date=due)
    return translate("ReviewWording", "{reviewer} ({role}) due {date}").format(reviewer=who, role=role, date=due)


def reviewers_text(row: BoardRow, today: dt.date) -> str:
    """Every reviewer's status in one line (the table wraps it onto the row's lines)."""
    if not row.assignments:
        return translate("ReviewWording", NO_ROUND)
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
    return "" if days <= 0 else numbered(translate("ReviewWording", "%n day(s) late", None, days), days)


def decided(row: BoardRow) -> bool:
    return bool(row.assignments) and not pending(row)


def row_tooltip(row: BoardRow, today: dt.date) -> str:
    """Each reviewer on a line: role, and the decision or the due date (and how late)."""
    if not row.assignments:
        return translate("ReviewWording", "{number}: submitted for review without a review round").format(number=row.number)
    lines = [translate("ReviewWording", "{number}, version {version}, review round {round}").format(
        number=row.number, version=row.version_no, round=row.round_no)]
    for a in row.assignments:
        if a.decision is not None and a.decided_at:
            status = translate("ReviewWording", "{decision} on {when}").format(
                decision=decision_text(a.decision), when=formatting.timestamp(a.decided_at))
        elif a.decision is not None:
            status = decision_text(a.decision)
        elif a.overdue(today):
            status = translate("ReviewWording", "waiting, due {date} — {late}").format(
                date=formatting.date(a.due_date), late=late_text((today - a.due_date).days))
        else:
            status = translate("ReviewWording", "waiting, due {date}").format(date=formatting.date(a.due_date))
        lines.append(f"{a.reviewer} — {role_label(a.role)}: {status}")
    return "\n".join(lines)


def section_label(section: str) -> str:
    """``line:2`` as ``Line 2``, ``clause:termination`` as ``Clause “termination”``, ``pricing`` as ``Pricing``."""
    kind, _, name = section.partition(":")
    if kind == "line":
        return translate("ReviewWording", "Line {number}").format(number=name)
    if kind == "clause":
        return translate("ReviewWording", "Clause “{name}”").format(name=name.replace("_", " "))
    return translate("ReviewWording", SECTION_NAMES[section]) if section in SECTION_NAMES else section.capitalize()


def round_table(review_round: RoundView, today: dt.date) -> str:
    """A review round as an HTML table: each reviewer, role, due date, decision and comments."""
    names = (translate("ReviewWording", "Reviewer"), translate("ReviewWording", "Role"), translate("ReviewWording", "Due"),
             translate("ReviewWording", "Decision"), translate("ReviewWording", "Decided at"))
    cells = "".join(f"<th align='left' style='padding:3px 10px 3px 0'>{escape(name)}</th>" for name in names)
    rows = [f"<tr style='color:{MUTED_COLOUR}'>{cells}</tr>"]
    for a in review_round.assignments:
        if a.decision is not None:
            colour = APPROVED_COLOUR if a.decision == Decision.APPROVED else CHANGES_COLOUR
            decision = f"<span style='color:{colour}'>{escape(decision_text(a.decision))}</span>"
        elif a.overdue(today):
            late = translate("ReviewWording", "waiting — {late}").format(late=late_text((today - a.due_date).days))
            decision = f"<span style='color:{OVERDUE_COLOUR}'><b>{escape(late)}</b></span>"
        else:
            waiting = translate("ReviewWording", "waiting")
            decision = f"<span style='color:{PENDING_COLOUR}'>{escape(waiting)}</span>"
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
