"""Roles that hold: an intern cannot become or make a coordinator without the
coordinator PIN or the passphrase, in the services and on the command line;
wrong PINs are counted and limited; every reveal of a name or contact is audited."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.cli import main
from app.domain.system import LocalState
from app.services import Services, roles
from app.services.audit import AuditService
from app.services.current_user import current_user, set_current_user
from app.services.privacy import NamesHiddenError, reveal_fields, reveal_names
from app.services.roles import RoleSecretRequiredError, WrongRoleSecretError
from app.storage.database import Database
from app.storage.paths import DataPaths
from tests.unit.dump_events import without_dump_events

PIN = "246810"
PASSPHRASE = "tri medvedya v lesu"
FAST = 10  # scrypt N = 2^10 for the PINs of these tests (the app uses 2^16)


def make_team(db: Database) -> dict:
    services = Services(db)
    team = {role: services.users.create(name=f"{role} person", role=role)
            for role in ("coordinator", "field_staff", "intern")}
    set_current_user(db, team["coordinator"].id)
    roles.set_pin(db, team["coordinator"], PIN, log_n=FAST)
    set_current_user(db, team["intern"].id)
    return team


@pytest.fixture
def team(db):
    return make_team(db)


def role_changes(db) -> list:
    return AuditService(db).list(action="role_change")


def test_without_pin_or_passphrase_roles_are_not_protected(db, services):
    intern = services.users.create(name="Ina", role="intern")
    set_current_user(db, intern.id)
    assert not roles.protected(db)
    boss = services.users.create(name="Boss", role="coordinator")  # nothing to ask for
    assert set_current_user(db, boss.id).role == "coordinator"


def test_an_intern_cannot_become_a_coordinator_without_the_secret(db, team):
    with pytest.raises(RoleSecretRequiredError):
        set_current_user(db, team["coordinator"].id)
    assert current_user(db).id == team["intern"].id
    with pytest.raises(RoleSecretRequiredError):  # field staff see names: also a raise
        set_current_user(db, team["field_staff"].id)
    assert current_user(db).id == team["intern"].id and role_changes(db) == []


def test_an_intern_cannot_create_or_promote_a_coordinator_without_the_secret(db, team):
    users = Services(db).users
    before = len(users.list())
    with pytest.raises(RoleSecretRequiredError):
        users.create(name="Fake boss", role="coordinator")
    with pytest.raises(RoleSecretRequiredError):
        users.update(team["intern"].id, role="coordinator")
    with pytest.raises(RoleSecretRequiredError):
        users.delete(team["coordinator"].id)
    assert len(users.list()) == before
    assert users.get(team["intern"].id).role == "intern"


def test_wrong_pins_are_counted_and_the_pin_is_blocked_at_the_limit(db, team):
    for n in range(1, roles.DEFAULT_ATTEMPT_LIMIT + 1):
        with pytest.raises(WrongRoleSecretError) as raised:
            set_current_user(db, team["coordinator"].id, "000000")
        assert raised.value.failures == n
    assert raised.value.blocked and roles.pin_failures(db) == roles.DEFAULT_ATTEMPT_LIMIT
    with pytest.raises(WrongRoleSecretError):  # blocked: even the right PIN is refused
        set_current_user(db, team["coordinator"].id, PIN)
    assert current_user(db).id == team["intern"].id and role_changes(db) == []


def test_the_right_pin_works_resets_the_count_and_is_audited(db, team):
    with pytest.raises(WrongRoleSecretError):
        set_current_user(db, team["coordinator"].id, "999999")
    set_current_user(db, team["coordinator"].id, PIN)
    assert current_user(db).id == team["coordinator"].id
    assert roles.pin_failures(db) == 0
    [event] = role_changes(db)
    assert event.user_id == team["coordinator"].id
    assert team["coordinator"].id in event.detail and "pin" in event.detail
    assert "coordinator person" not in event.detail


def test_the_pin_is_stored_only_as_a_salted_slow_hash(db, team):
    with db.session() as session:
        stored = session.get(LocalState, roles.PIN_KEY).value
    assert PIN not in stored and stored.startswith(f"scrypt${FAST}$")
    other = make_team(Database.open(DataPaths(db.paths.root.parent / "other"), create=True))
    assert other  # a second laptop with the same PIN stores another hash (fresh salt)
    with Database.open(DataPaths(db.paths.root.parent / "other")).session() as session:
        assert session.get(LocalState, roles.PIN_KEY).value != stored


def test_an_intern_cannot_set_the_pin_once_roles_are_protected(db, team):
    with pytest.raises(roles.NotCoordinatorError):
        roles.set_pin(db, current_user(db), "135790", log_n=FAST)
    set_current_user(db, team["coordinator"].id, PIN)
    assert role_changes(db)  # the PIN still works: not replaced


def test_a_created_coordinator_with_the_pin_is_audited(db, team):
    users = Services(db).users
    made = users.create(name="New boss", role="coordinator", secret=PIN)
    [event] = role_changes(db)
    assert made.id in event.detail and event.user_id == team["intern"].id


def test_the_passphrase_opens_the_role_too_and_a_synced_coordinator_still_needs_it(paths):
    db = Database.open(paths, create=True, passphrase=PASSPHRASE)
    services = Services(db)
    intern = services.users.create(name="Ina", role="intern")
    set_current_user(db, intern.id)
    assert roles.protected(db) and not roles.pin_is_set(db)
    # a coordinator record arriving by sync is written by the merge, not the service
    with db.session() as session:
        from app.domain.system import AppUser

        session.add(AppUser(name="HQ boss", role="coordinator"))
    hq_boss = next(u for u in services.users.list() if u.role == "coordinator")
    with pytest.raises(RoleSecretRequiredError):
        set_current_user(db, hq_boss.id)
    with pytest.raises(WrongRoleSecretError):
        set_current_user(db, hq_boss.id, "not it")
    set_current_user(db, hq_boss.id, PASSPHRASE)
    assert current_user(db).id == hq_boss.id and "passphrase" in role_changes(db)[0].detail
    db.close()


@pytest.mark.parametrize("role", ["coordinator", "field_staff", "intern"])
def test_every_reveal_of_a_name_or_a_contact_is_audited_for_each_role(db, team, role):
    services = Services(db)
    if role != "intern":
        set_current_user(db, team[role].id, PIN if role != "intern" else None)
    partner = services.partners.create(name="Rainbow Centre", country="TJ",
                                       contact="+992 55 555 0101")
    participant = services.participants.create(code="P-7", name="Zarina Q", gender="female",
                                               age_band="25_34", contact="zq@example.org")
    before = len(AuditService(db).list(action="view_names"))
    if role == "intern":
        with pytest.raises(NamesHiddenError):
            reveal_names(db, [participant.id])
        with pytest.raises(NamesHiddenError):
            reveal_fields(db, "partner", partner.id)
        assert len(AuditService(db).list(action="view_names")) == before
        return
    assert reveal_fields(db, "partner", partner.id) == {"contact": "+992 55 555 0101"}
    assert reveal_fields(db, "participant", participant.id)["name"] == "Zarina Q"
    events = AuditService(db).list(action="view_names")[:2]
    assert len(AuditService(db).list(action="view_names")) == before + 2
    assert {e.user_id for e in events} == {team[role].id}
    details = " ".join(e.detail for e in events)
    assert partner.id in details and participant.id in details
    assert not any(secret in details for secret in (  # (a short "555" turned up in ids)
        "Zarina", "+992 55 555 0101", "zq@example.org", "Rainbow"))


# -- the command line -----------------------------------------------------------
def run(folder, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FALTBOK_")}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(folder), *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          env={**clean, **(env or {})}, timeout=300)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    for name in ("FALTBOK_PASSPHRASE", "FALTBOK_COORDINATOR_SECRET"):
        monkeypatch.delenv(name, raising=False)
    root = tmp_path / "data"
    assert main(["--data-dir", str(root), "init"]) == 0
    db = Database.open(DataPaths(root))
    team = make_team(db)
    db.close()
    return root, team


def dump(root) -> str:
    """Every row (an intern's dump is without names), less the dumps' own audit events."""
    out = run(root, "dump", "--without-names").stdout
    assert out
    return "".join(without_dump_events(out.splitlines(keepends=True)))


def test_cli_refuses_switch_create_promote_in_one_line_nothing_changed(folder):
    root, team = folder
    before = dump(root)
    for args in (("user", "switch", team["coordinator"].id),
                 ("user", "create", "Fake", "--role", "coordinator"),
                 ("user", "role", team["intern"].id, "coordinator"),
                 ("record", "create", "app_user", "name=Fake", "role=coordinator"),
                 ("record", "update", "app_user", team["intern"].id, "role=coordinator")):
        done = run(root, *args)
        assert done.returncode == 1, args
        assert len(done.stderr.strip().splitlines()) == 1 and "PIN" in done.stderr, args
    assert dump(root) == before
    listed = run(root, "user", "list").stdout
    assert f"* {team['intern'].id}" in listed


def test_cli_counts_a_wrong_pin_and_accepts_the_right_one(folder):
    root, team = folder
    wrong = run(root, "user", "switch", team["coordinator"].id,
                env={"FALTBOK_COORDINATOR_SECRET": "111111"})
    assert wrong.returncode == 1 and "1 wrong" in wrong.stderr
    done = run(root, "user", "switch", "coordinator person",
               env={"FALTBOK_COORDINATOR_SECRET": PIN})
    assert done.returncode == 0, done.stderr
    assert f"* {team['coordinator'].id}" in run(root, "user", "list").stdout
    db = Database.open(DataPaths(root))
    assert [e.user_id for e in role_changes(db)] == [team["coordinator"].id]
    assert roles.pin_failures(db) == 0
    db.close()
