"""An agreement version's terms as stored (``agreement_version``'s term columns, migration 0012), and changing
them on a draft.

A draft's end date is always the last day of its initial term: setting the terms sets it, so the register's
"ends within" and the document's dates keep telling the same story. A signed version's terms are frozen with
the rest of it (the database's trigger refuses any change, whatever the client).
"""

from __future__ import annotations

from .. import audit
from ..concurrency import check_row_version
from ..db import Database
from ..drafting import _numbered_version, current_version
from ..errors import TransitionError
from ..lifecycle import Status, may
from ..roles import Actor, Role, require_role
from ..words import _
from .terms import Terms, terms_json, terms_of

EDITORS = frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR})
TERM_COLUMNS = ("initial_term_months", "renewal", "renewal_term_months", "max_renewals", "notice_period", "notice_unit",
                "notice_by", "review_months")  # an amendment's draft starts with its version's


def get_terms(db: Database, number: str, version_no: int | None = None) -> tuple[Terms, int]:
    """The terms of ``number``'s current version (or of ``version_no``), with the row version to save against."""
    with db.read() as session:
        version = current_version(session, number) if version_no is None else _numbered_version(session, number, version_no)
        return terms_of(version), version.row_version


def set_terms(db: Database, actor: Actor, number: str, terms: Terms, *, row_version: int | None = None) -> int:
    """Store ``terms`` on ``number``'s draft (its end date becomes the initial term's last day); returns the new
    row version. Refused on anything but a draft, and when the draft changed since ``row_version`` was read."""
    require_role(actor, EDITORS, _("change an agreement's terms"))
    with db.unit_of_work() as session:
        actor = require_role(actor, EDITORS, _("change an agreement's terms"), session=session)
        version = current_version(session, number)
        if not may("edit", Status(version.status)) or version.content_sha256:
            raise TransitionError(_("only a draft's terms change; {number} version {version} is {status} (amend it to start a "
                                    "new draft)").format(number=version.agreement.number, version=version.version_no,
                                                     status=Status(version.status).said))
        if row_version is not None:
            what = _("{number}'s terms").format(number=version.agreement.number)
            check_row_version(session, version.row_version, row_version, what=what,
                              entity_type="agreement_version", entity_id=version.id)
        first = terms.term(0)
        assert first is not None  # every schedule has its initial term
        before = terms_json(terms_of(version))
        version.start_date, version.end_date = terms.start, first.last_day
        version.initial_term_months, version.renewal = terms.initial_months, str(terms.renewal)
        version.renewal_term_months, version.max_renewals = terms.renewal_months, terms.max_renewals
        version.notice_period, version.notice_unit = terms.notice, str(terms.notice_unit)
        version.notice_by, version.review_months = str(terms.notice_by), terms.review_months
        session.flush()
        audit.record(session, actor, "agreement.terms", "agreement_version", version.id, number=version.agreement.number,
                     version=version.version_no, before=before, after=terms_json(terms), row_version=version.row_version)
        return version.row_version
