"""The command line's team-database commands: ``slamdesk team add-member`` and ``slamdesk db copy``."""

from __future__ import annotations

import argparse
import sys

from .core import copy, team
from .core.db import Database
from .core.errors import PermissionDenied, SlamdeskError
from .core.paths import database_target
from .core.roles import Actor, Role


def add_member(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    if args.print_only or db.dialect != "postgresql":
        if db.dialect != "postgresql":
            raise SlamdeskError("team members are logins of a team database (--db postgresql://...); this is a file")
        print(";\n".join(team.member_sql(db.engine.url.database or "", args.login)) + ";")
        return 0
    assert actor is not None  # team add-member writes: sign_in ran
    try:
        member = team.add_member(db, actor, login=args.login, display_name=args.display_name or args.login,
                                 role=Role(args.role))
    except PermissionDenied as error:
        print(f"slamdesk: {error}; an administrator of the server can run:", file=sys.stderr)
        print(";\n".join(team.member_sql(db.engine.url.database or "", args.login)) + ";")
        return 1
    print(f"{member.username} may now sign in to the team database and acts as {member.display_name} "
          f"({member.role.label.lower()}); give them a password on the server (ALTER ROLE ... PASSWORD)")
    return 0


def copy_register(args: argparse.Namespace) -> int:
    source = Database.open(database_target(args.source))
    try:
        destination = Database.open(database_target(args.destination))
        try:
            report = copy.copy_database(source, destination)
        finally:
            destination.close()
    finally:
        source.close()
    print(f"copied {sum(report.rows.values()):,} rows ({report.rows.get('agreement', 0):,} agreements, "
          f"{report.sealed:,} signed versions with their seals checked, {report.audit_events:,} audit events "
          f"in an intact chain, {report.documents:,} exported documents) from {source.location} "
          f"to {destination.location}")
    if report.missing:
        print(f"{len(report.missing):,} exported documents were not found at the source with the SHA-256 recorded "
              f"at export (exported at another desk?), their records were copied: {', '.join(report.missing[:5])}"
              + (" ..." if len(report.missing) > 5 else ""), file=sys.stderr)
    return 0
