"""SQLAlchemy models, one module per aggregate. No rules, no Qt."""

from .agreement import Agreement, AgreementLine, AgreementVersion
from .audit import AuditEvent
from .base import Base
from .calendar import BusinessCalendar
from .catalogue import RegionalVariant, Service, ServiceCommitment, ServiceLevel, ServiceTarget, VolumeBand
from .clause import AgreementClause, Clause
from .compliance import ClosedPeriod
from .monitoring import MonitoringImport, Outage, Ticket, TicketHold
from .party import Contact, Customer
from .register import RegisterDocument, RegisterDocumentContent
from .requirements import Requirement, RequirementsDocument
from .review import ReviewDecision
from .review_round import ReviewAssignment, ReviewComment, ReviewRound
from .schedule import AgreementSchedule
from .setting import Setting
from .signature import Signatory, Signature
from .terms import AgreementTermEvent, PeriodicReview
from .user import User

__all__ = [
    "Agreement",
    "AgreementClause",
    "AgreementLine",
    "AgreementSchedule",
    "AgreementTermEvent",
    "AgreementVersion",
    "AuditEvent",
    "Base",
    "BusinessCalendar",
    "Clause",
    "ClosedPeriod",
    "Contact",
    "Customer",
    "MonitoringImport",
    "Outage",
    "PeriodicReview",
    "RegionalVariant",
    "RegisterDocument",
    "RegisterDocumentContent",
    "Requirement",
    "RequirementsDocument",
    "ReviewAssignment",
    "ReviewComment",
    "ReviewDecision",
    "ReviewRound",
    "Service",
    "ServiceCommitment",
    "Setting",
    "ServiceLevel",
    "ServiceTarget",
    "Signatory",
    "Signature",
    "Ticket",
    "TicketHold",
    "User",
    "VolumeBand",
]
