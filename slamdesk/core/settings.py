"""Settings kept in the database, shared by every face."""

from __future__ import annotations

from ..models import Setting
from . import audit
from .db import Database
from .errors import ValidationError
from .roles import Actor, Role, require_role

PROVIDER_NAME = "provider_name"
DEFAULTS = {PROVIDER_NAME: "Your company"}


def get_setting(db: Database, key: str) -> str:
    with db.read() as session:
        setting = session.get(Setting, key)
        return setting.value if setting else DEFAULTS[key]


def set_setting(db: Database, actor: Actor, key: str, value: str) -> None:
    require_role(actor, {Role.ADMINISTRATOR}, "change settings")
    if key not in DEFAULTS:
        raise ValidationError(f"unknown setting {key!r}", field=key)
    if not value.strip():
        raise ValidationError("the value cannot be empty", field=key)
    with db.unit_of_work() as session:
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=value.strip()))
        else:
            setting.value = value.strip()
        audit.record(session, actor, "setting.change", "setting", 0, key=key, value=value.strip())
