"""The new-agreement wizard; one module per step."""

from .wizard import AgreementWizard

__all__ = ["AgreementWizard"]
