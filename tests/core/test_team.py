"""A team of three on one register: three processes, three people who each sign in with their passphrase.

On a team database each of them also signs in to the server with their own
login, and acts only as the profile of that name.

The representative submits a draft to the legal reviewer and signs for the
provider once it is approved; the reviewer approves it when it arrives; the
customer's signatory signs last. Each works in their own process (their own
desk) on the same database, seeing the others' work as it lands, and only
their own steps are theirs to take.
"""

from __future__ import annotations

import os
import subprocess
import sys

from slamdesk.core import agreements, audit, register, team, users
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor

PASSPHRASES = {"anna": "anna's long passphrase", "linh": "linh's long passphrase", "sofia": "sofia's long passphrase"}

DESK = """
import datetime as dt, sys, time
from slamdesk.core import agreements, users
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import ReviewerInput

target, who, passphrase, number = sys.argv[1:5]
db = Database.open(target)
me = users.login(db, who, passphrase)  # a wrong passphrase would stop here


def wait_for(status):
    deadline = time.monotonic() + 60
    while agreements.get_agreement(db, number).status is not status:
        assert time.monotonic() < deadline, f"{who} waited in vain for {status}"
        time.sleep(0.05)


if who == "anna":
    linh = next(a for a in users.list_actors(db) if a.username == "linh")
    agreements.submit_for_review(db, me, number, [ReviewerInput(linh.id, "legal_reviewer", dt.date.today())])
    print("submitted", flush=True)
    wait_for(Status.APPROVED)
    agreements.sign(db, me, number, party="provider", signer_name=me.display_name, signer_title="Account manager")
    print("signed for the provider", flush=True)
elif who == "linh":
    wait_for(Status.IN_REVIEW)
    agreements.approve(db, me, number, "Read and approved.")
    print("approved", flush=True)
else:
    while not agreements.get_agreement(db, number).signatures:
        time.sleep(0.05)
    agreements.sign(db, me, number, party="customer", signer_name="Oksana Melnyk", signer_title="Director")
    print("signed for the customer", flush=True)
"""


def _desk(db: Database, people: dict[str, Actor], who: str) -> str:
    """Where ``who`` connects from their desk: the file, or the team database as their own server login."""
    if db.dialect != "postgresql":
        return str(db.target)
    team.add_member(db, people["admin"], login=who, display_name=people[who].display_name, role=people[who].role)
    scheme, rest = str(db.target).split("://", 1)
    return f"{scheme}://{who}@{rest.split('@', 1)[1]}"


def test_three_people_at_three_desks_take_a_draft_to_signed(demo_db: Database, people: dict[str, Actor]) -> None:
    for username, passphrase in PASSPHRASES.items():
        users.set_passphrase(demo_db, people["admin"], username, passphrase)
    number = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.DRAFT)
    with demo_db.read() as session:
        before = session.query(audit.AuditEvent).count()
    desks = [
        subprocess.Popen([sys.executable, "-c", DESK, _desk(demo_db, people, who), who, passphrase, number],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())
        for who, passphrase in PASSPHRASES.items()
    ]
    said = [desk.communicate(timeout=120) for desk in desks]
    assert [desk.returncode for desk in desks] == [0, 0, 0], [err[-600:] for _, err in said]
    assert [out.split("\n")[:-1] for out, _ in said] == [
        ["submitted", "signed for the provider"], ["approved"], ["signed for the customer"]]

    detail = agreements.get_agreement(demo_db, number)
    assert detail.status is Status.SIGNED and detail.content_sha256 is not None
    assert [(r.reviewer, r.decision) for r in detail.reviews][-1] == ("Trần Thị Linh", "approved")
    assert {s.party: s.name for s in detail.signatures} == {"provider": "Anna Lindqvist", "customer": "Oksana Melnyk"}
    with demo_db.read() as session:
        steps = [(e.actor, e.action) for e in session.query(audit.AuditEvent).order_by(audit.AuditEvent.id)[before:]
                 if e.action.startswith("agreement.") or e.action == "login"]
    assert ("anna", "login") in steps and ("linh", "login") in steps and ("sofia", "login") in steps
    assert ("anna", "agreement.submit") in steps and ("linh", "agreement.approve") in steps
    assert [actor for actor, action in steps if action == "agreement.sign"] == ["anna", "sofia"]
    assert audit.check_log(demo_db).intact


def test_a_desk_with_the_wrong_passphrase_does_nothing(demo_db: Database, people: dict[str, Actor]) -> None:
    users.set_passphrase(demo_db, people["admin"], "linh", PASSPHRASES["linh"])
    number = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.IN_REVIEW)
    desk = subprocess.run([sys.executable, "-c", DESK, str(demo_db.target), "linh", "not linh's passphrase", number],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=120, check=False)
    assert desk.returncode != 0 and "wrong passphrase" in desk.stderr
    assert agreements.get_agreement(demo_db, number).status is Status.IN_REVIEW
