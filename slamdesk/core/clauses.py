"""The clause library and the clauses of an agreement version.

Legal reviewers keep the library: each clause has a key, a language and
numbered versions (editing adds a version, the old text stays). A draft picks
clauses and may edit its copy; the difference to the library clause it came
from is always visible. The standard clauses are picked when a draft is made.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Agreement, AgreementClause, AgreementVersion, Clause
from . import audit, text as rules
from .concurrency import check_row_version
from .db import Database
from .errors import NotFoundError, TransitionError, ValidationError
from .lifecycle import Status, may
from .roles import Actor, Role, acting, require_role
from .words import _

STANDARD_KEYS: dict[str, str] = {
    "change_management": "Change management during the term",
    "service_credits": "Service credits",
    "termination": "Termination",
    "periodic_review": "Periodic review of the SLA",
}
_LIBRARIANS = {Role.LEGAL_REVIEWER, Role.ADMINISTRATOR}
_DRAFTERS = {Role.REPRESENTATIVE, Role.ADMINISTRATOR, Role.LEGAL_REVIEWER}


def may_maintain_library(actor: Actor) -> bool:
    """Whether ``actor`` may save clauses to the library (legal reviewers and administrators)."""
    return actor.role in _LIBRARIANS


def may_choose_clauses(actor: Actor) -> bool:
    """Whether ``actor`` may pick and edit an agreement's clauses."""
    return actor.role in _DRAFTERS

# The standard wording shipped with slamdesk; legal reviewers revise it in the library.
STANDARD_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "change_management": ("Change management during the term",
                              "Either party may propose a change to the services or targets in writing. A change takes effect only as a signed amendment with its own review."),
        "service_credits": ("Service credits",
                            "If a committed target is missed in a measurement period, the customer receives the service credit set out in the credit schedule, as its sole financial remedy for that miss."),
        "termination": ("Termination",
                        "Either party may terminate the agreement with three months' written notice, or at once if the other party materially breaches it and does not remedy the breach within 30 days."),
        "periodic_review": ("Periodic review of the SLA",
                            "The parties review the agreement, its targets and the measured results at least once every twelve months and record the outcome."),
    },
    "sv": {
        "change_management": ("Ändringshantering under avtalstiden",
                              "Vardera parten kan skriftligen föreslå ändringar av tjänster eller mål. En ändring gäller först som undertecknat tillägg med egen granskning."),
        "service_credits": ("Servicekrediter",
                            "Om ett åtagande inte uppfylls under en mätperiod får kunden den kredit som anges i kreditschemat, som enda ekonomiska ersättning för avvikelsen."),
        "termination": ("Uppsägning",
                        "Vardera parten kan säga upp avtalet med tre månaders skriftligt varsel, eller omedelbart vid väsentligt avtalsbrott som inte åtgärdas inom 30 dagar."),
        "periodic_review": ("Periodisk översyn av avtalet",
                            "Parterna ser över avtalet, dess mål och uppmätta resultat minst en gång var tolfte månad och dokumenterar utfallet."),
    },
    "vi": {
        "change_management": ("Quản lý thay đổi trong thời hạn hợp đồng",
                              "Mỗi bên có thể đề xuất thay đổi dịch vụ hoặc chỉ tiêu bằng văn bản. Thay đổi chỉ có hiệu lực khi được ký thành phụ lục sau khi xem xét."),
        "service_credits": ("Khoản bồi hoàn dịch vụ",
                            "Nếu một chỉ tiêu cam kết không đạt trong kỳ đo lường, khách hàng được hưởng khoản bồi hoàn theo bảng bồi hoàn, là biện pháp tài chính duy nhất cho vi phạm đó."),
        "termination": ("Chấm dứt hợp đồng",
                        "Mỗi bên có thể chấm dứt thỏa thuận với thông báo bằng văn bản trước ba tháng, hoặc ngay lập tức nếu bên kia vi phạm nghiêm trọng và không khắc phục trong 30 ngày."),
        "periodic_review": ("Rà soát định kỳ thỏa thuận",
                            "Các bên rà soát thỏa thuận, các chỉ tiêu và kết quả đo lường ít nhất mười hai tháng một lần và ghi nhận kết quả."),
    },
    "id": {
        "change_management": ("Manajemen perubahan selama masa perjanjian",
                              "Setiap pihak dapat mengusulkan perubahan layanan atau target secara tertulis. Perubahan berlaku hanya sebagai amandemen yang ditandatangani dengan tinjauannya sendiri."),
        "service_credits": ("Kredit layanan",
                            "Jika target yang dijanjikan tidak tercapai dalam suatu periode pengukuran, pelanggan menerima kredit layanan sesuai jadwal kredit, sebagai satu-satunya ganti rugi finansial."),
        "termination": ("Pengakhiran",
                        "Setiap pihak dapat mengakhiri perjanjian dengan pemberitahuan tertulis tiga bulan sebelumnya, atau segera jika pihak lain melakukan pelanggaran material yang tidak diperbaiki dalam 30 hari."),
        "periodic_review": ("Tinjauan berkala SLA",
                            "Para pihak meninjau perjanjian, targetnya dan hasil pengukuran sekurang-kurangnya sekali setiap dua belas bulan dan mencatat hasilnya."),
    },
    "uk": {
        "change_management": ("Управління змінами протягом строку дії",
                              "Кожна сторона може письмово запропонувати зміну послуг або цільових показників. Зміна набирає чинності лише як підписана додаткова угода після власного розгляду."),
        "service_credits": ("Сервісні кредити",
                            "Якщо цільовий показник не досягнуто в періоді вимірювання, замовник отримує сервісний кредит згідно з графіком кредитів як єдину фінансову компенсацію."),
        "termination": ("Припинення дії угоди",
                        "Кожна сторона може припинити угоду, письмово повідомивши за три місяці, або негайно, якщо інша сторона істотно порушила угоду й не усунула порушення протягом 30 днів."),
        "periodic_review": ("Періодичний перегляд угоди",
                            "Сторони переглядають угоду, її цільові показники та виміряні результати щонайменше раз на дванадцять місяців і фіксують підсумки."),
    },
}


@dataclass(frozen=True)
class LibraryClause:
    id: int
    key: str
    language: str
    version: int
    title: str
    text: str


@dataclass(frozen=True)
class ClauseView:
    """A clause as it stands in an agreement version, beside the library text it came from."""

    key: str
    title: str
    text: str
    version: int  # the library version it was picked from (0: written for this agreement)
    library_text: str
    # Whether it was edited, as sealed at signing (None: compare with the library text).
    sealed_edited: bool | None = None

    @property
    def edited(self) -> bool:
        if self.sealed_edited is not None:
            return self.sealed_edited
        return bool(self.library_text) and self.text != self.library_text

    def diff(self) -> list[str]:
        """The change to the library clause, as unified-diff lines (empty when unedited)."""
        if not self.edited:
            return []
        return list(
            difflib.unified_diff(
                self.library_text.split(". "), self.text.split(". "), "library", "agreement", lineterm="", n=0
            )
        )


@dataclass(frozen=True)
class ClausePick:
    clause_id: int | None
    text: str | None = None  # the agreement's own wording; None keeps the library text
    key: str = ""
    title: str = ""


def _info(row: Clause) -> LibraryClause:
    return LibraryClause(row.id, row.key, row.language, row.version, row.title, row.text)


def _latest(session: Session, language: str | None = None) -> list[Clause]:
    newest = (
        select(Clause.key, Clause.language, func.max(Clause.version).label("version"))
        .group_by(Clause.key, Clause.language)
        .subquery()
    )
    query = select(Clause).join(
        newest, (Clause.key == newest.c.key) & (Clause.language == newest.c.language) & (Clause.version == newest.c.version)
    ).order_by(Clause.language, Clause.key)
    if language is not None:
        query = query.where(Clause.language == language)
    return list(session.scalars(query))


def library(db: Database, language: str | None = None) -> list[LibraryClause]:
    """The newest version of every library clause (of one language if given)."""
    with db.read() as session:
        return [_info(row) for row in _latest(session, rules.exact(language) if language is not None else None)]


def history(db: Database, key: str, language: str) -> list[LibraryClause]:
    key, language = rules.exact(key), rules.exact(language)
    with db.read() as session:
        rows = session.scalars(
            select(Clause).where(Clause.key == key, Clause.language == language).order_by(Clause.version)
        )
        return [_info(row) for row in rows]


def save_clause(db: Database, actor: Actor, *, key: str, language: str, title: str, text: str) -> LibraryClause:
    """Add a clause, or the next version of it when the key exists in that language."""
    require_role(actor, _LIBRARIANS, _("maintain the clause library"))
    key = rules.clean(key, field="key", label=_("the clause key"), max_length=rules.SHORT, required=False)
    title = rules.clean(title, field="title", label=_("the clause title"), max_length=rules.NAME,
                        missing=_("a clause needs a title"))
    text = rules.clean(text, field="text", label=_("the clause text"), max_length=rules.TEXT, multiline=True,
                       missing=_("a clause needs its text"))
    if not key or not key.replace("_", "").isalnum():
        raise ValidationError(_("a clause key is letters, digits and _ only"), field="key")
    if language not in STANDARD_TEXTS:
        raise ValidationError(_("clauses are written in {languages}").format(languages=", ".join(STANDARD_TEXTS)), field="language")
    with db.unit_of_work() as session:
        actor = require_role(actor, _LIBRARIANS, _("maintain the clause library"), session=session)
        current = session.scalar(
            select(func.max(Clause.version)).where(Clause.key == key, Clause.language == language)
        ) or 0
        latest = session.scalars(
            select(Clause).where(Clause.key == key, Clause.language == language, Clause.version == current)
        ).first()
        if latest is not None and (latest.title, latest.text) == (title, text):
            return _info(latest)
        row = Clause(key=key, language=language, version=current + 1, title=title, text=text, author_id=actor.id)
        session.add(row)
        session.flush()
        audit.record(session, actor, "clause.save", "clause", row.id, key=key, language=language, version=row.version)
        return _info(row)


def ensure_standard_clauses(db: Database, actor: Actor) -> int:
    """Put the shipped standard clauses in the library where missing; returns how many were added."""
    with db.unit_of_work() as session:
        return add_standard_clauses(session, actor)


def add_standard_clauses(session: Session, actor: Actor) -> int:
    """``ensure_standard_clauses`` in the caller's transaction, each added clause audited under ``actor``
    (a draft adds the shipped wording its clauses are picked from, as part of the draft)."""
    actor = acting(session, actor)  # a real profile, even when nothing is missing
    present = {(row.key, row.language) for row in _latest(session)}
    added = 0
    for language, clauses in STANDARD_TEXTS.items():
        for key, (title, text) in clauses.items():
            if (key, language) not in present:
                row = Clause(key=key, language=language, version=1, title=title, text=text, author_id=actor.id)
                session.add(row)
                session.flush()
                audit.record(session, actor, "clause.save", "clause", row.id, key=key, language=language, version=1)
                added += 1
    return added


def standard_picks(session: Session, language: str) -> list[AgreementClause]:
    """The newest standard clauses of ``language`` (English where it has none), for a new draft."""
    latest = {(row.key, row.language): row for row in _latest(session)}
    rows: list[AgreementClause] = []
    for key in STANDARD_KEYS:
        clause = latest.get((key, language)) or latest.get((key, "en"))
        if clause is not None:
            rows.append(AgreementClause(position=len(rows) + 1, clause_id=clause.id, key=key, title=clause.title, text=clause.text))
    return rows


def _typed(pick: ClausePick, index: int) -> ClausePick:
    """The pick with its typed key, title and wording cleaned (``core.text``); what is left out comes from the library."""
    def typed(value: str, label: str, limit: int, multiline: bool = False) -> str:
        return rules.clean(value, field="clauses", label=label.format(index=index), max_length=limit,
                           multiline=multiline, required=False)

    return ClausePick(
        clause_id=pick.clause_id,
        text=typed(pick.text, _("clause {index}'s text"), rules.TEXT, multiline=True) if pick.text is not None else None,
        key=typed(pick.key, _("clause {index}'s key"), rules.SHORT),
        title=typed(pick.title, _("clause {index}'s title"), rules.NAME),
    )


def set_agreement_clauses(
    db: Database, actor: Actor, version_id: int, picks: Sequence[ClausePick], *, row_version: int
) -> None:
    """Replace a draft version's clauses with ``picks`` (library clauses, maybe edited, or own ones).

    ``row_version`` is the version's as the caller loaded it (``current_clauses``); a
    version changed since is refused with ``ConcurrencyError`` naming who and when.
    """
    require_role(actor, _DRAFTERS, _("choose an agreement's clauses"))
    picks = [_typed(pick, index) for index, pick in enumerate(picks, 1)]
    with db.unit_of_work() as session:
        version = session.get(AgreementVersion, version_id)
        if version is None:
            raise NotFoundError(_("no agreement version with id {version_id}").format(version_id=version_id))
        check_row_version(
            session, version.row_version, row_version,
            what=_("{number} version {version}").format(number=version.agreement.number, version=version.version_no),
            entity_type="agreement_version", entity_id=version.id,
        )
        if not may("edit", Status(version.status)) or version.content_sha256:
            raise TransitionError(_("clauses change only in a draft; amend a signed agreement instead"))
        rows = []
        for index, pick in enumerate(picks, 1):
            source = session.get(Clause, pick.clause_id) if pick.clause_id is not None else None
            if pick.clause_id is not None and source is None:
                raise NotFoundError(_("no library clause with id {clause_id}").format(clause_id=pick.clause_id))
            text = (pick.text if pick.text is not None else source.text if source else "").strip()
            title = (pick.title or (source.title if source else "")).strip()
            key = (pick.key or (source.key if source else "")).strip()
            if not text or not title or not key:
                raise ValidationError(_("clause {index} needs a key, a title and its text").format(index=index), field="clauses")
            rows.append(AgreementClause(position=index, clause_id=pick.clause_id, key=key, title=title, text=text))
        for old in session.scalars(select(AgreementClause).where(AgreementClause.version_id == version_id)):
            session.delete(old)
        session.flush()
        for row in rows:
            row.version_id = version_id
            session.add(row)
        version.row_version = version.row_version + 1  # its clauses are part of it
        audit.record(
            session, actor, "agreement.clauses", "agreement_version", version_id, keys=[r.key for r in rows],
            row_version=version.row_version,
        )


def clauses_of(session: Session, version_id: int) -> tuple[ClauseView, ...]:
    rows = session.execute(
        select(AgreementClause, Clause.version, Clause.text)
        .outerjoin(Clause, Clause.id == AgreementClause.clause_id)
        .where(AgreementClause.version_id == version_id)
        .order_by(AgreementClause.position)
    )
    return tuple(
        ClauseView(row.key, row.title, row.text, library_version or 0, library_text or "")
        for row, library_version, library_text in rows
    )


@dataclass(frozen=True)
class VersionClauses:
    """The clauses of an agreement's current version, read at once with the version's ``row_version``."""

    version_id: int
    row_version: int
    clauses: tuple[ClauseView, ...]


def current_clauses(db: Database, number: str) -> VersionClauses:
    """What an editor of ``number``'s clauses opens: the current version, its row version and its clauses."""
    with db.read() as session:
        version = session.scalars(
            select(AgreementVersion)
            .join(Agreement)
            .where(Agreement.number == number, AgreementVersion.version_no == Agreement.current_version_no)
        ).first()
        if version is None:
            raise NotFoundError(_("no agreement numbered {number!r}").format(number=number))
        return VersionClauses(version.id, version.row_version, clauses_of(session, version.id))
