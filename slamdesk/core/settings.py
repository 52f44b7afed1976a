"""Settings kept in the database, shared by every face.

Two kinds live in the one ``setting`` table: shared settings (``DEFAULTS``;
only administrators change them, each change audited) and personal ones,
which every user keeps for themselves under ``<name>.<user id>`` (saved
register filters, say). Personal settings are read and written inside the
caller's unit of work, so a read-modify-write is one transaction.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..models import Setting
from . import audit, text
from .db import Database
from .errors import ValidationError
from .roles import Actor, Role, acting, require_role
from .words import N_, _

PROVIDER_NAME = "provider_name"
DEFAULTS = {PROVIDER_NAME: "Your company"}
LABELS = {PROVIDER_NAME: N_("the provider's name")}


def get_setting(db: Database, key: str) -> str:
    with db.read() as session:
        return setting_value(session, key)


def setting_value(session: Session, key: str) -> str:
    """A shared setting, read in the caller's transaction."""
    setting = session.get(Setting, key)
    return setting.value if setting else DEFAULTS[key]


def set_setting(db: Database, actor: Actor, key: str, value: str) -> None:
    require_role(actor, {Role.ADMINISTRATOR}, N_("change settings"))
    if key not in DEFAULTS:
        raise ValidationError(_("unknown setting {key!r}").format(key=key), field=key)
    value = text.clean(value, field=key, label=_(LABELS[key]), max_length=text.NAME,
                       missing=_("the value cannot be empty"))
    with db.unit_of_work() as session:
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value
        audit.record(session, actor, "setting.change", "setting", 0, key=key, value=value)


def personal_key(name: str, actor: Actor) -> str:
    return f"{name}.{actor.id}"


def read_personal(session: Session, actor: Actor, name: str) -> str | None:
    """The actor's own setting ``name``, or None when they have none (a made-up actor has none to read)."""
    actor = acting(session, actor)
    setting = session.get(Setting, personal_key(name, actor))
    return setting.value if setting else None


def write_personal(session: Session, actor: Actor, name: str, value: str) -> None:
    """Keep ``value`` as the actor's own setting ``name`` (no role needed: it is theirs, if they are real)."""
    actor = acting(session, actor)
    setting = session.get(Setting, personal_key(name, actor))
    if setting is None:
        session.add(Setting(key=personal_key(name, actor), value=value))
    else:
        setting.value = value
