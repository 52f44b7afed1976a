"""Amendments and version comparison.

A signed version never changes; an amendment is a new draft version copied
from it, with its own review and signatures. Any two versions compare clause
by clause and line by line.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..models import Agreement, AgreementClause, AgreementLine, AgreementVersion
from . import audit, search_index, text
from .content import LINE_FIELDS
from .db import Database
from .errors import NotFoundError, TransitionError
from .lifecycle import Status, may
from .renewals.stored import TERM_COLUMNS
from .roles import Actor, Role, require_role
from .words import _, ngettext

COMPARED = ("level_name", "coverage", "priorities", "quantity", "unit_price", "line_total", "availability_pct", "targets")
# What an added or removed line shows of itself (the side it is missing from is "").
OUTLINED = ("level_name", "quantity", "unit_price", "line_total")


@dataclass(frozen=True)
class FieldChange:
    name: str
    before: str
    after: str


@dataclass(frozen=True)
class LineChange:
    kind: str  # added, removed, changed
    service: str
    site: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ClauseChange:
    kind: str  # added, removed, changed
    key: str
    title: str
    diff: tuple[str, ...]


@dataclass(frozen=True)
class VersionDiff:
    before: int
    after: int
    terms: tuple[FieldChange, ...]
    lines: tuple[LineChange, ...]
    clauses: tuple[ClauseChange, ...]

    @property
    def unchanged(self) -> bool:
        return not (self.terms or self.lines or self.clauses)


def _number(number: str) -> str:
    return text.lookup(number, field="number", label=_("the agreement number"), max_length=text.CODE)


def amend(db: Database, actor: Actor, number: str, reason: str) -> int:
    """Start an amendment of a signed agreement: a new draft version; returns its number."""
    require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, _("amend agreements"))
    number = _number(number)
    reason = text.clean(reason, field="reason", label=_("the reason"), max_length=text.COMMENT, multiline=True,
                        missing=_("say why the agreement is amended"))
    with db.unit_of_work() as session:
        actor = require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, _("amend agreements"), session=session)
        agreement = session.scalars(
            select(Agreement).options(selectinload(Agreement.versions)).where(Agreement.number == number)
        ).first()
        if agreement is None:
            raise NotFoundError(_("no agreement numbered {number!r}").format(number=number))
        current = agreement.versions[-1]
        if not may("amend", Status(current.status)):
            raise TransitionError(_("only a signed or active agreement is amended; change a draft directly"))
        copy = AgreementVersion(
            version_no=current.version_no + 1, status=Status.DRAFT.value, start_date=current.start_date,
            end_date=current.end_date, monthly_total=current.monthly_total, tax_rate_pct=current.tax_rate_pct,
            author_id=actor.id, **{name: getattr(current, name) for name in TERM_COLUMNS},
            lines=[AgreementLine(**{f: getattr(line, f) for f in (*LINE_FIELDS, "requirement_id", "service_level_id")})
                   for line in current.lines],
            clauses=[AgreementClause(position=c.position, clause_id=c.clause_id, key=c.key, title=c.title, text=c.text)
                     for c in current.clauses],
        )
        agreement.versions.append(copy)
        agreement.current_version_no = copy.version_no
        session.flush()
        search_index.refresh(session, [agreement.id])
        audit.record(session, actor, "agreement.amend", "agreement", agreement.id, number=number,
                     version=copy.version_no, reason=reason.strip())
        return copy.version_no


def _text(value: object) -> str:
    return ", ".join("/".join(str(part) for part in item) for item in value) if isinstance(value, list) else str(value)


def compare_versions(db: Database, number: str, before: int, after: int) -> VersionDiff:
    number = _number(number)
    with db.read() as session:
        versions = {
            v.version_no: v
            for v in session.scalars(
                select(AgreementVersion)
                .join(Agreement)
                .where(Agreement.number == number, AgreementVersion.version_no.in_((before, after)))
                .options(selectinload(AgreementVersion.lines), selectinload(AgreementVersion.clauses))
            )
        }
        missing = [str(n) for n in dict.fromkeys((before, after)) if n not in versions]  # each named once
        if missing:
            raise NotFoundError(ngettext("{number} has no version {missing}", "{number} has no version {missing}",
                                         len(missing)).format(number=number, missing=", ".join(missing)))
        old, new = versions[before], versions[after]
        terms = tuple(
            FieldChange(name, str(getattr(old, name)), str(getattr(new, name)))
            for name in ("start_date", "end_date", "monthly_total", "tax_rate_pct")
            if getattr(old, name) != getattr(new, name)
        )
        old_lines = {(line.service_name, line.site): line for line in old.lines}
        new_lines = {(line.service_name, line.site): line for line in new.lines}
        lines = []
        for key in dict.fromkeys([*old_lines, *new_lines]):
            a, b = old_lines.get(key), new_lines.get(key)
            if a is None or b is None:
                outline = tuple(
                    FieldChange(name, "" if a is None else _text(getattr(a, name)), "" if b is None else _text(getattr(b, name)))
                    for name in OUTLINED
                )
                lines.append(LineChange("added" if a is None else "removed", key[0], key[1], outline))
                continue
            fields = tuple(
                FieldChange(name, _text(getattr(a, name)), _text(getattr(b, name)))
                for name in COMPARED
                if getattr(a, name) != getattr(b, name)
            )
            if fields:
                lines.append(LineChange("changed", key[0], key[1], fields))
        old_clauses = {c.key: c for c in old.clauses}
        new_clauses = {c.key: c for c in new.clauses}
        clauses = []
        for clause_key in dict.fromkeys([*old_clauses, *new_clauses]):
            was, now = old_clauses.get(clause_key), new_clauses.get(clause_key)
            if was is None or now is None:
                clauses.append(ClauseChange("added" if was is None else "removed", clause_key, (now or was).title, ()))  # type: ignore[union-attr]
            elif (was.title, was.text) != (now.title, now.text):
                diff = difflib.unified_diff([was.title, *was.text.split(". ")], [now.title, *now.text.split(". ")],
                                            f"v{before}", f"v{after}", lineterm="", n=0)
                clauses.append(ClauseChange("changed", clause_key, now.title, tuple(diff)))
        return VersionDiff(before, after, terms, tuple(lines), tuple(clauses))


@dataclass(frozen=True)
class VersionSummary:
    """One version of an agreement, for choosing it (by ``version_no``) or changing it (by ``id``)."""

    id: int
    version_no: int
    status: Status
    frozen: bool  # its content was fixed by a signature and never changes again


def list_versions(db: Database, number: str) -> tuple[VersionSummary, ...]:
    """Every version of agreement ``number``, oldest first."""
    number = _number(number)
    with db.read() as session:
        agreement_id = session.scalar(select(Agreement.id).where(Agreement.number == number))
        if agreement_id is None:
            raise NotFoundError(_("no agreement numbered {number!r}").format(number=number))
        rows = session.scalars(
            select(AgreementVersion).where(AgreementVersion.agreement_id == agreement_id)
            .order_by(AgreementVersion.version_no)
        )
        return tuple(VersionSummary(v.id, v.version_no, Status(v.status), v.content_sha256 is not None) for v in rows)


def current_version_id(db: Database, number: str) -> int:
    """The row id of the current version of ``number`` (what ``set_agreement_clauses`` takes)."""
    number = _number(number)
    with db.read() as session:
        found = session.scalar(
            select(AgreementVersion.id)
            .join(Agreement)
            .where(Agreement.number == number, AgreementVersion.version_no == Agreement.current_version_no)
        )
    if found is None:
        raise NotFoundError(_("no agreement numbered {number!r}").format(number=number))
    return found
