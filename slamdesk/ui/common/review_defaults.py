"""Who usually reviews what and when a review is due: the defaults the review forms start from."""

from __future__ import annotations

import datetime as dt

from ...core.roles import Role

REVIEW_WORKING_DAYS = 5
# The review role a profile usually takes, to pre-fill a row.
ROLE_OF_PROFILE: dict[Role, str] = {
    Role.LEGAL_REVIEWER: "legal_reviewer",
    Role.QUALITY_CHECKER: "quality_checker",
    Role.CUSTOMER_SIGNATORY: "customer_representative",
}


def add_working_days(day: dt.date, days: int) -> dt.date:
    """``day`` moved on by ``days`` working days (Monday to Friday)."""
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day
