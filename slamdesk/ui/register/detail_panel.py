"""The selected agreement in full: lines, reviews, signatures and register documents."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QToolButton, QWidget

from ...core.agreements import PARTIES, AgreementDetail
from ...core.db import Database
from ...core.errors import NotFoundError
from ...core.register import DocumentRef
from ...core.register_files import local_copy
from .. import operations
from ..common import formatting
from ..common.i18n import translate

EMPTY = "<p style='color:#718096'>{text}</p>"
# How the details name a reviewer's decision (``core`` stores codes; statuses, roles and parties: ``formatting``).
DECISION_NAMES = {"approved": QT_TRANSLATE_NOOP("AgreementDetail", "approved"),
                  "changes_requested": QT_TRANSLATE_NOOP("AgreementDetail", "changes requested")}


def _named(names: Mapping[str, str], code: str) -> str:
    """A stored code as the details name it (a code without a name reads as itself, its underscores spaces)."""
    text = names.get(str(code))
    return translate("AgreementDetail", text) if text else str(code).replace("_", " ")

_STYLE = """
<style>
h2 { margin: 0 0 4px 0; }
h3 { margin: 12px 0 4px 0; color: #2d3748; }
th { text-align: left; background: #edf2f7; padding: 3px 8px; }
td { padding: 3px 8px; vertical-align: top; }
td.num { text-align: right; }
td.key { color: #4a5568; padding-left: 0; }
.hash { font-family: 'DejaVu Sans Mono', monospace; }
.muted { color: #718096; }
.badge { font-weight: bold; white-space: nowrap; }
</style>
"""


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: frozenset[int] = frozenset()) -> str:
    """An HTML table; ``rows`` hold ready (escaped) cell HTML, ``numeric`` columns align right."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)

    def cells(row: Sequence[str]) -> str:
        return "".join(f"<td{' class=num' if i in numeric else ''}>{cell}</td>" for i, cell in enumerate(row))

    body = "".join(f"<tr>{cells(row)}</tr>" for row in rows)
    return f"<table cellspacing=0><tr>{head}</tr>{body}</table>"


def _overview(detail: AgreementDetail) -> str:
    colour = formatting.STATUS_COLOURS[detail.status]
    status = f"<b style='color:{colour}'>{escape(formatting.status_name(detail.status))}</b>"
    facts = [
        (translate("AgreementDetail", "Status"),
         translate("AgreementDetail", "{status}, version {version}").format(status=status, version=detail.version_no)),
        (translate("AgreementDetail", "Customer"), f"{escape(detail.customer_name)} ({escape(detail.customer_country)})"),
        (translate("AgreementDetail", "Contact"),
         escape(", ".join(filter(None, (detail.contact_name, detail.contact_title, detail.contact_email))))),
        (translate("AgreementDetail", "Period"), translate("AgreementDetail", "{start} to {end}").format(
            start=formatting.date(detail.start_date), end=formatting.date(detail.end_date))),
        (translate("AgreementDetail", "Monthly value"), translate("AgreementDetail", "{amount} before tax").format(
            amount=f"<b>{escape(formatting.money(detail.monthly_total, detail.currency))}</b>")),
        (translate("AgreementDetail", "Drafted by"), escape(detail.author)),
    ]
    if detail.content_sha256:
        facts.append((translate("AgreementDetail", "Content SHA-256"), f"<span class=hash>{detail.content_sha256}</span>"))
    rows = "".join(f"<tr><td class=key>{escape(key)}</td><td>{value}</td></tr>" for key, value in facts)
    title = escape(translate("AgreementDetail", "Overview"))
    return f"<h3>{title}</h3><table cellspacing=0>{rows}</table>"


def _lines(detail: AgreementDetail) -> str:
    rows = [
        (
            str(line.position),
            escape(line.service_name),
            f"<b>{escape(line.level_name)}</b>",
            escape(line.site),
            escape(line.coverage),
            escape(line.priorities),
            str(line.quantity),
            escape(formatting.money(line.unit_price, detail.currency)),
            escape(formatting.money(line.line_total, detail.currency)),
            f"{line.availability_pct.normalize():f} %",
        )
        for line in detail.lines
    ]
    headers = (
        "#", translate("AgreementDetail", "Service"), translate("AgreementDetail", "Level"),
        translate("AgreementDetail", "Site"), translate("AgreementDetail", "Coverage"),
        translate("AgreementDetail", "Priorities"), translate("AgreementDetail", "Qty"),
        translate("AgreementDetail", "Unit price"), translate("AgreementDetail", "Per month"),
        translate("AgreementDetail", "Availability"),
    )
    title = escape(translate("AgreementDetail", "Services"))
    return f"<h3>{title}</h3>" + _table(headers, rows, numeric=frozenset({6, 7, 8, 9}))


def _reviews(detail: AgreementDetail) -> str:
    title = "<h3>" + escape(translate("AgreementDetail", "Reviews")) + "</h3>"
    if not detail.reviews:
        return title + "<p class=muted>" + escape(translate("AgreementDetail", "No review decisions yet.")) + "</p>"
    no_comment = "<span class=muted>" + escape(translate("AgreementDetail", "no comment")) + "</span>"
    rows = [
        (
            escape(review.reviewer),
            escape(formatting.role_name(review.role)),
            escape(_named(DECISION_NAMES, review.decision)),
            escape(review.comment) or no_comment,
            formatting.timestamp(review.decided_at),
        )
        for review in detail.reviews
    ]
    headers = (translate("AgreementDetail", "Reviewer"), translate("AgreementDetail", "Role"),
               translate("AgreementDetail", "Decision"), translate("AgreementDetail", "Comment"),
               translate("AgreementDetail", "When"))
    return title + _table(headers, rows)


def _signatures(detail: AgreementDetail) -> str:
    def party(code: str) -> str:
        return escape(formatting.party_name(code) if code in formatting.PARTY_NAMES else PARTIES.get(code, code))

    rows: list[tuple[str, ...]] = [
        (party(s.party), escape(s.name), escape(s.title), formatting.timestamp(s.signed_at))
        for s in detail.signatures
    ]
    not_signed = "<span class=muted>" + escape(translate("AgreementDetail", "not signed")) + "</span>"
    rows += [(party(code), not_signed, "", "") for code in detail.unsigned_parties]
    headers = (translate("AgreementDetail", "Party"), translate("AgreementDetail", "Signatory"),
               translate("AgreementDetail", "Title"), translate("AgreementDetail", "Signed"))
    return "<h3>" + escape(translate("AgreementDetail", "Signatures")) + "</h3>" + _table(headers, rows)


@dataclass(frozen=True)
class SignatureBadge:
    """How an exported PDF's signature looks now: a short label, its colour, and why."""

    text: str
    colour: str
    detail: str = ""


SIGNED_INTACT_COLOUR, CHANGED_COLOUR, UNSIGNED_COLOUR, MISSING_COLOUR = "#2f855a", "#c53030", "#718096", "#b7791f"


def signature_badge(db: Database, path: Path) -> SignatureBadge:
    """Verify one PDF (about 60 ms: its text is read back too): signed and intact, changed, unsigned, or missing."""
    from ...core.verification import verify_document  # pyHanko loads with the first badge, not at start-up

    try:
        read = operations.query(None, None, lambda: verify_document(db, path), what="Verify", in_place=True)
    except FileNotFoundError:
        read = operations.Outcome(error=NotFoundError(f"no file at {path}"))
    except OSError as error:
        return SignatureBadge(translate("SignatureBadge", "File unreadable"), MISSING_COLOUR, error.strerror or str(error))
    verdict = read.value
    if isinstance(read.error, NotFoundError):  # the file, or its record, is gone
        return SignatureBadge(translate("SignatureBadge", "File missing"), MISSING_COLOUR,
                              translate("SignatureBadge", "no file at {path}").format(path=path))
    if verdict is None:
        return SignatureBadge(translate("SignatureBadge", "Not verified"), CHANGED_COLOUR, str(read.error))
    check = verdict.signature
    if verdict.ok:
        return SignatureBadge(translate("SignatureBadge", "Signed, intact"), SIGNED_INTACT_COLOUR)
    if not check.signed:
        return SignatureBadge(translate("SignatureBadge", "Unsigned"), UNSIGNED_COLOUR)
    if check.intact and check.covers_whole_file:  # intact, yet not our certificate or not the signed content
        return SignatureBadge(translate("SignatureBadge", "Signature not trusted"), CHANGED_COLOUR, verdict.message)
    return SignatureBadge(translate("SignatureBadge", "Changed after signing"), CHANGED_COLOUR, check.message)


def signature_badges(db: Database, documents: Sequence[DocumentRef]) -> dict[str, SignatureBadge]:
    """Badges of the PDFs among ``documents`` (one agreement's), keyed by path."""
    return {doc.path: signature_badge(db, local_copy(db, doc.path)) for doc in documents if doc.format == "pdf"}


def _badge_html(badge: SignatureBadge | None) -> str:
    if badge is None:
        return "<span class=muted>–</span>"
    return f"<span class=badge style='color:{badge.colour}'>● {escape(badge.text)}</span>"


def _documents(documents: Sequence[DocumentRef], badges: Mapping[str, SignatureBadge]) -> str:
    title = "<h3>" + escape(translate("AgreementDetail", "Register documents")) + "</h3>"
    if not documents:
        return title + "<p class=muted>" + escape(translate("AgreementDetail", "Not exported into the register yet.")) + "</p>"
    headers = (translate("AgreementDetail", "Format"), translate("AgreementDetail", "Signature"), "SHA-256",
               translate("AgreementDetail", "Size"), translate("AgreementDetail", "Exported"))
    head = "<tr>" + "".join(f"<th>{escape(text)}</th>" for text in headers) + "</tr>"

    def rows(doc: DocumentRef) -> str:
        badge = badges.get(doc.path)
        why = f"<br>{escape(badge.detail)}" if badge is not None and badge.detail else ""
        return (
            f"<tr><td><b>{escape(doc.format.upper())}</b></td><td>{_badge_html(badge)}</td>"
            f"<td class=hash style='white-space: nowrap'>{doc.sha256}</td>"
            f"<td class=num>{formatting.file_size(doc.size_bytes)}</td>"
            f"<td>{formatting.timestamp(doc.created_at)}</td></tr>"
            f"<tr><td></td><td colspan=4 class=muted>{escape(doc.path)}{why}</td></tr>"
        )

    body = "".join(rows(doc) for doc in documents)
    return f"{title}<table cellspacing=0>{head}{body}</table>"


def agreement_html(
    detail: AgreementDetail, documents: Sequence[DocumentRef], badges: Mapping[str, SignatureBadge] | None = None
) -> str:
    """Overview beside the review record, then services and documents at full width."""
    title = f"<h2>{escape(detail.number)} · {escape(detail.title)}</h2>"
    top = (
        "<table width='100%' cellspacing=0><tr>"
        f"<td width='52%' style='padding-left:0'>{_overview(detail)}</td>"
        f"<td style='padding-left:24px'>{_reviews(detail)}{_signatures(detail)}</td>"
        "</tr></table>"
    )
    return _STYLE + title + top + _lines(detail) + _documents(documents, badges or {})


BUTTON_STRIP_HEIGHT = 34


class DetailPanel(QTextBrowser):
    """Read-only, selectable rendering of one agreement (hashes can be copied).

    Attributes:
        preview_button: "Preview PDF…" in a strip above the text; the main window gives it its action.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDetail")
        self.setOpenLinks(False)
        self.document().setDocumentMargin(12)
        self.badges: dict[str, SignatureBadge] = {}
        self.preview_button = QToolButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setText(translate("DetailPanel", "Preview PDF…"))
        self.preview_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # its words, not an icon alone
        self.preview_button.setEnabled(False)
        self._strip = QWidget(self)
        self._strip.setObjectName("detailButtons")
        strip_layout = QHBoxLayout(self._strip)
        strip_layout.setContentsMargins(12, 6, 12, 0)
        strip_layout.addStretch(1)
        strip_layout.addWidget(self.preview_button)
        self.setViewportMargins(0, BUTTON_STRIP_HEIGHT, 0, 0)
        self.show_nothing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        frame = self.frameWidth()
        self._strip.setGeometry(frame, frame, self.width() - 2 * frame, BUTTON_STRIP_HEIGHT)

    def show_nothing(self) -> None:
        self.badges = {}
        self.setHtml(EMPTY.format(
            text=escape(translate("DetailPanel", "Select an agreement in the register to see its details."))))

    def show_agreement(
        self, detail: AgreementDetail, documents: Sequence[DocumentRef], db: Database | None = None
    ) -> None:
        """Show one agreement; with ``db`` its PDFs' signatures are verified (only these few files)."""
        self.badges = signature_badges(db, documents) if db is not None else {}
        self.setHtml(agreement_html(detail, documents, self.badges))
