"""What ``tests/conftest.py`` remembers across tests to keep the suite fast gives the answers a test would get
without it: scrypt's keys, and statements compiled once for every engine of a backend."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core import users
from slamdesk.core.db import Database
from slamdesk.core.roles import Role
from slamdesk.models.user import User

PASSWORD = "lång lösenfras".encode()


def test_scrypt_remembers_each_question_apart_and_never_a_refusal() -> None:
    salt = os.urandom(16)
    asked = {"salt": salt, "n": 2**10, "r": 8, "p": 1, "dklen": 32}
    first = hashlib.scrypt(PASSWORD, **asked)
    assert hashlib.scrypt(PASSWORD, **asked) is first  # remembered
    real = hashlib.scrypt.__wrapped__
    assert first == real(PASSWORD, **asked)
    for changed in ({"salt": os.urandom(16)}, {"n": 2**11}, {"r": 4}, {"p": 2}, {"dklen": 64}):
        other = {**asked, **changed}
        assert hashlib.scrypt(PASSWORD, **other) == real(PASSWORD, **other) != first
    assert hashlib.scrypt(b"another", **asked) == real(b"another", **asked) != first
    for _ in range(2):  # refused each time it is asked: a refusal is not an answer to remember
        with pytest.raises(ValueError):
            hashlib.scrypt(PASSWORD, **asked, maxmem=1024)


def test_the_engines_of_one_backend_compile_a_statement_once_and_read_their_own_database(
    db: Database, tmp_path: Path,
) -> None:
    other = Database.open(tmp_path / "other.db" if db.dialect == "sqlite" else db.target, daily_backup=False)
    try:
        assert other.engine is not db.engine and other.engine.pool is not db.engine.pool
        assert other.engine.dialect is db.engine.dialect
        cache = db.engine._compiled_cache  # noqa: SLF001
        assert other.engine._compiled_cache is cache  # noqa: SLF001
        users.ensure_user(db, "ada", "Ada", Role.REPRESENTATIVE)
        users.ensure_user(other, "zoe", "Zoë", Role.REPRESENTATIVE)
        query = select(User.username).where(User.username.in_(["ada", "zoe"])).order_by(User.username)
        with db.read() as session:
            mine = session.scalars(query).all()
        kept = len(cache)
        with other.read() as session:
            theirs = session.scalars(query).all()
        assert len(cache) == kept  # compiled for the first engine, found for the second
        if db.dialect == "sqlite":  # each engine still reads its own file
            assert (mine, theirs) == (["ada"], ["zoe"])
        else:  # one team database, opened twice
            assert mine == theirs == ["ada", "zoe"]
    finally:
        other.close()
