"""Scopes (docs/sync.md §6.1, §6.2): a laptop receives only its partners' and
countries' rows, names only where they may travel, and loses what a narrowed
scope drops without anyone else losing it. Real folders, real bundles."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.services import Services
from app.services.audit import record_in
from app.services.dump import dump_lines
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync import hq as hq_ops
from app.sync.device import export_bundle, import_receipt, import_return, record_export
from app.sync.identity import accept_enrolment, enrol, parse_enrolment
from app.sync.scope import ScopeError
from tests.unit.test_sync_world import World

WITHHELD = {"participant": ("name", "contact"), "partner": ("contact",)}


def rows(db: Database, strip_sensitive: bool = True) -> dict[tuple[str, str], dict]:
    """(table, id) -> row, without the row stamp (and without sensitive fields)."""
    out = {}
    for line in dump_lines(db):
        row = json.loads(line)
        row.pop("hlc")
        if strip_sensitive:
            for field in WITHHELD.get(row["table"], ()):
                row.pop(field)
        out[(row["table"], row["id"])] = row
    return out


def business(db: Database) -> list[str]:
    """The dump without devices and audit events (which enrolments and syncs add)."""
    return [line for line in dump_lines(db)
            if '"table":"device"' not in line and '"table":"audit_event"' not in line]


def ids(db: Database, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table}")}


class Org:
    """Headquarters' reference data: partners in two countries, a project each,
    a training with one session per project."""

    def __init__(self, world: World):
        s = Services(world.hq)
        self.partners, self.projects, self.trainings, self.sessions = [], [], [], []
        for name, country, share in (("Ош", "KG", True), ("Худжанд", "TJ", True),
                                     ("Нарын", "KG", False)):
            partner = s.partners.create(name=name, country=country, contact=f"tel {name}")
            project = s.projects.create(partner_id=partner.id, title=f"P {name}",
                                        country=country, share_names=share)
            training = s.trainings.create(project_id=project.id, title=f"T {name}")
            session = s.sessions.create(training_id=training.id, held_on="2026-03-01")
            self.partners.append(partner.id)
            self.projects.append(project.id)
            self.trainings.append(training.id)
            self.sessions.append(session.id)


def enrol_scoped(world: World, name: str, scope: str) -> Database:
    enrolment = parse_enrolment(enrol(world.hq, name, scope=scope))
    device = accept_enrolment(DataPaths(world.root / name), enrolment)
    world.devices.append(device)
    return device


def person(db: Database, org: Org, k: int, name: str) -> str:
    """A participant of partner k, rostered and present at k's session (on `db`)."""
    s = Services(db)
    participant = s.participants.create(code=f"C-{name}", name=name, contact=f"@{name}",
                                        partner_id=org.partners[k])
    s.attendance.add_to_roster(org.trainings[k], participant.id)
    s.attendance.mark(org.sessions[k], participant.id, True)
    return participant.id


@pytest.fixture
def world(tmp_path):
    built = World(tmp_path, devices=1)  # laptop-0: scope all, it does the field work
    org = Org(built)
    built.org = org
    built.round(built.devices[0])
    yield built
    built.close()


def partner_rows(db: Database, org: Org, k: int) -> set[str]:
    """Ids of participants, roster entries and attendance of partner k held by `db`."""
    with db.engine.connect() as conn:
        people = {r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM participant WHERE partner_id = ?", (org.partners[k],))}
        linked = {r[0] for table in ("roster_entry", "attendance") for r in conn.exec_driver_sql(
            f"SELECT id FROM {table} WHERE participant_id IN "
            "(SELECT id FROM participant WHERE partner_id = ?)", (org.partners[k],))}
    return people | linked


def test_a_laptop_scoped_to_one_partner_never_receives_another_partners_people(world):
    org, field = world.org, world.devices[0]
    mine = enrol_scoped(world, "osh", f"partner:{org.partners[0]}")
    tj = enrol_scoped(world, "tj", "country:TJ")
    people = [person(field, org, k, n) for k, n in ((0, "Айгуль"), (1, "Нигина"), (2, "Бакыт"))]
    world.round(field)
    with field.session() as session:  # an audit event of the field laptop reaches HQ
        record_in(session, field.device_id, None, "export", "test")
    world.round(field)
    for _ in range(2):
        world.round(mine)
        world.round(tj)
    assert partner_rows(mine, org, 0) == partner_rows(world.hq, org, 0) != set()
    assert partner_rows(mine, org, 1) == partner_rows(mine, org, 2) == set()
    assert partner_rows(tj, org, 1) == partner_rows(world.hq, org, 1) != set()
    assert partner_rows(tj, org, 0) == partner_rows(tj, org, 2) == set()
    assert ids(mine, "participant") == {people[0]}
    assert ids(mine, "training") == {org.trainings[0]}
    assert ids(tj, "training_session") == {org.sessions[1]}
    assert ids(mine, "partner") == ids(world.hq, "partner")  # reference data for all
    assert ids(field, "audit_event") <= ids(world.hq, "audit_event")
    assert ids(field, "audit_event") and not ids(mine, "audit_event") & ids(field, "audit_event")
    hq_rows = rows(world.hq)
    assert all(hq_rows[key] == row for key, row in rows(mine).items()
               if key[0] != "audit_event")


def test_names_reach_only_a_laptop_in_scope_whose_project_shares_names(world):
    org, field = world.org, world.devices[0]
    osh = enrol_scoped(world, "osh", f"partner:{org.partners[0]}")
    naryn = enrol_scoped(world, "naryn", f"partner:{org.partners[2]}")
    shared = person(field, org, 0, "Айгуль")      # partner 0's project shares names
    unshared = person(field, org, 2, "Бакыт")     # partner 2's does not
    world.round(field)
    s = Services(world.hq)  # HQ types a name itself for an unshared participant
    s.participants.update(unshared, name="Бакыт Х")
    for device in (osh, naryn, osh, naryn):
        world.round(device)
    assert Services(osh).participants.get(shared).name == "Айгуль"
    assert Services(naryn).participants.get(unshared).name == ""   # withheld: never sent
    assert Services(osh).partners.get(org.partners[0]).contact == "tel Ош"
    assert Services(osh).partners.get(org.partners[1]).contact == ""  # not osh's partner
    assert Services(world.hq).participants.get(unshared).name == "Бакыт Х"


def test_a_withheld_name_is_not_sent_blank_over_the_laptops_own(world):
    org = world.org
    naryn = enrol_scoped(world, "naryn", f"partner:{org.partners[2]}")
    world.round(naryn)
    own = person(naryn, org, 2, "Бакыт")  # unshared project: the name stays home
    world.round(naryn)
    Services(world.hq).participants.update(own, organisation="школа")
    world.round(naryn)
    kept = Services(naryn).participants.get(own)
    assert (kept.name, kept.contact, kept.organisation) == ("Бакыт", "@Бакыт", "школа")
    assert Services(world.hq).participants.get(own).name == ""


def test_narrowing_evicts_at_the_next_return_bundle_and_nobody_else_loses_a_row(world):
    org, field = world.org, world.devices[0]
    wide = enrol_scoped(world, "wide", "all")
    for k, name in ((0, "Айгуль"), (1, "Нигина"), (2, "Бакыт")):
        person(field, org, k, name)
    world.round(field)
    world.round(wide)
    assert partner_rows(wide, org, 1) == partner_rows(world.hq, org, 1) != set()
    before_hq, before_field = business(world.hq), business(field)
    hq_ops.set_scope(world.hq, "wide", f"partner:{org.partners[0]}")
    assert partner_rows(wide, org, 1) != set()  # nothing moves before the return bundle
    world.round(wide)
    assert partner_rows(wide, org, 1) == partner_rows(wide, org, 2) == set()
    assert partner_rows(wide, org, 0) == partner_rows(world.hq, org, 0)
    with wide.engine.connect() as conn:  # eviction logged nothing, so nothing travels
        logged = {r[0] for r in conn.exec_driver_sql("SELECT row_id FROM change_log")}
    assert not logged & (partner_rows(world.hq, org, 1) | partner_rows(world.hq, org, 2))
    world.round(wide)
    world.round(field)
    assert business(field) == before_field
    assert business(world.hq) == before_hq


def test_a_row_with_unsent_changes_stays_until_acknowledged_then_leaves(world):
    org, field = world.org, world.devices[0]
    wide = enrol_scoped(world, "wide", "all")
    theirs = person(field, org, 1, "Нигина")
    world.round(field)
    world.round(wide)
    Services(wide).participants.update(theirs, organisation="кружок")  # not yet sent
    hq_ops.set_scope(world.hq, "wide", f"partner:{org.partners[0]}")
    import_return(wide, world.back(wide))  # before the edit reached HQ
    assert theirs in ids(wide, "participant")
    world.round(wide)  # the edit goes, is acknowledged, and the row is evicted
    assert theirs not in ids(wide, "participant")
    assert Services(world.hq).participants.get(theirs).organisation == "кружок"


def test_widening_brings_the_rows_back_whole(world):
    org, field = world.org, world.devices[0]
    laptop = enrol_scoped(world, "laptop", f"partner:{org.partners[0]}")
    person(field, org, 1, "Нигина")
    world.round(field)
    world.round(laptop)
    assert partner_rows(laptop, org, 1) == set()
    hq_ops.set_scope(world.hq, "laptop", "all")
    world.round(laptop)
    world.round(laptop)
    assert partner_rows(laptop, org, 1) == partner_rows(world.hq, org, 1) != set()
    hq_rows = rows(world.hq)
    assert all(hq_rows[key] == row for key, row in rows(laptop).items())


@pytest.mark.parametrize("scope", ["country:XX", "partner:0190f000-0000-7000-8000-000000000000",
                                   "partner:nope", "", "all,country:KG", "region:Ош"])
def test_a_bad_scope_is_refused_and_nothing_is_registered(world, scope):
    before = hq_ops.peers(world.hq)
    with pytest.raises(ScopeError):
        enrol(world.hq, "spare", scope=scope)
    with pytest.raises(ScopeError):
        hq_ops.set_scope(world.hq, "laptop-0", scope)
    assert hq_ops.peers(world.hq) == before


def test_scopes_are_stored_in_one_canonical_spelling(world):
    org = world.org
    doc = json.loads(enrol(world.hq, "x", scope=f" partner:{org.partners[1]},country:TJ"))
    assert doc["scope"] == f"country:TJ,partner:{org.partners[1]}"
    assert json.loads(enrol(world.hq, "y"))["scope"] == "all"  # the default, as before
    peer = hq_ops.set_scope(world.hq, "x", "country:KG,country:KG")
    assert peer.scope == "country:KG"


def test_an_unscoped_device_bundle_path_is_unchanged(world):
    """A laptop of scope `all` still sends and receives everything (old behaviour)."""
    org, field = world.org, world.devices[0]
    other = enrol_scoped(world, "other", "all")
    person(field, org, 1, "Нигина")
    result = export_bundle(field)
    record_export(field, result)
    import_receipt(field, world.to_hq(result.data).encode())
    world.round(other)
    assert partner_rows(other, org, 1) == partner_rows(world.hq, org, 1) != set()


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_gives_changes_and_shows_scopes_and_refuses_bad_ones_in_one_line(tmp_path, capsys):
    hq = str(tmp_path / "hq")
    assert cli(capsys, "--data-dir", hq, "hq", "init")[0] == 0
    db = Database.open(DataPaths(tmp_path / "hq"))
    partner = Services(db).partners.create(name="Ош", country="KG").id
    db.close()
    good = str(tmp_path / "a.enrol")
    code, out, _ = cli(capsys, "--data-dir", hq, "hq", "enrol", "a", "--scope",
                       f"partner:{partner},country:TJ", "--out", good)
    assert code == 0 and f"country:TJ,partner:{partner}" in out
    assert json.loads((tmp_path / "a.enrol").read_text())["scope"] == \
        f"country:TJ,partner:{partner}"
    assert cli(capsys, "--data-dir", hq, "hq", "enrol", "b", "--out",
               str(tmp_path / "b.enrol"))[0] == 0
    listed = cli(capsys, "--data-dir", hq, "hq", "devices")[1]
    assert f"  a  scope country:TJ,partner:{partner}" in listed and "  b  scope all" in listed
    unknown = "partner:0190f000-0000-7000-8000-000000000000"
    for bad in ("country:XX", unknown, "partner:Ош", "all,country:KG"):
        target = tmp_path / "c.enrol"
        code, out, err = cli(capsys, "--data-dir", hq, "hq", "enrol", "c", "--scope", bad,
                             "--out", str(target))
        assert code != 0 and out == "" and len(err.strip().splitlines()) == 1
        assert not target.exists()
        code, out, err = cli(capsys, "--data-dir", hq, "hq", "scope", "a", bad)
        assert code != 0 and out == "" and len(err.strip().splitlines()) == 1
        assert cli(capsys, "--data-dir", hq, "hq", "devices")[1] == listed
    code, out, _ = cli(capsys, "--data-dir", hq, "hq", "scope", "a", "country:KG")
    assert code == 0 and "country:KG" in out
    after = cli(capsys, "--data-dir", hq, "hq", "devices")[1]
    assert "  a  scope country:KG" in after and "  b  scope all" in after
