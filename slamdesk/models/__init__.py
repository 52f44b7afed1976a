"""SQLAlchemy models, one module per aggregate. No rules, no Qt."""

from .agreement import Agreement, AgreementLine, AgreementVersion
from .audit import AuditEvent
from .base import Base
from .catalogue import RegionalVariant, Service, ServiceCommitment, ServiceLevel, ServiceTarget, VolumeBand
from .party import Contact, Customer
from .register import RegisterDocument
from .requirements import Requirement, RequirementsDocument
from .review import ReviewDecision
from .setting import Setting
from .signature import Signature
from .user import User

__all__ = [
    "Agreement",
    "AgreementLine",
    "AgreementVersion",
    "AuditEvent",
    "Base",
    "Contact",
    "Customer",
    "RegionalVariant",
    "RegisterDocument",
    "Requirement",
    "RequirementsDocument",
    "ReviewDecision",
    "Service",
    "ServiceCommitment",
    "Setting",
    "ServiceLevel",
    "ServiceTarget",
    "Signature",
    "User",
    "VolumeBand",
]
