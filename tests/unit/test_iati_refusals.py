"""An IATI export that cannot be valid writes nothing and says why in one line."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.cli import main
from app.reports import iati_settings
from app.reports.iati import InvalidIatiError, NothingToPublishError, export_iati
from app.storage.database import Database


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def project(services):
    partner = services.partners.create(name="Seed Keepers Osh", country="KG")
    return services.projects.create(partner_id=partner.id, title="Keyline water design",
                                    country="KG", themes=["permaculture_food_sovereignty"],
                                    start_date="2026-01-01", end_date="2026-12-31",
                                    budget="100000", status="active")


def iati(folder, *args) -> int:
    return main(["--data-dir", str(folder), "iati", *args])


def one_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("faltbok: ")
    return err


def test_without_an_organisation_reference_it_says_how_to_set_one(
        db, project, paths, tmp_path, capsys):
    out = tmp_path / "iati.xml"
    assert iati(paths.root, "--out", str(out)) == 1
    assert "--org-ref" in one_line(capsys) and not out.exists()


@pytest.mark.parametrize("ref", ["SE 0 1234", "SE-0/1234", "SE", "-SE-1", "SE-1?x"])
def test_a_malformed_organisation_reference_is_refused(db, project, paths, tmp_path, capsys,
                                                       ref):
    out = tmp_path / "iati.xml"
    assert iati(paths.root, "--out", str(out), f"--org-ref={ref}") == 1
    assert "not an IATI organisation reference" in one_line(capsys) and not out.exists()


def test_a_project_the_schema_cannot_take_writes_no_file_and_keeps_the_old_one(
        db, services, project, paths, tmp_path, capsys):
    out = tmp_path / "iati.xml"
    assert iati(paths.root, "--out", str(out), "--org-ref", "SE-0-1234") == 0
    before = out.read_bytes()
    undated = services.projects.create(partner_id=project.partner_id, title="No dates yet",
                                       country="KG")
    assert iati(paths.root, "--out", str(out), "--org-ref", "SE-0-1234") == 1
    line = one_line(capsys)
    assert undated.id in line and "activity-date" in line
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "iati.xml"]  # no temp left


def test_text_xml_cannot_hold_stops_the_export_at_that_project(db, project, tmp_path):
    with db.session() as session:  # as a merge from an older laptop could leave it
        session.execute(text("UPDATE project SET title = :t, hlc = hlc || 'z' WHERE id = :i"),
                        {"t": "Bell \x07 title", "i": project.id})
    out = tmp_path / "iati.xml"
    with pytest.raises(InvalidIatiError) as refused:
        export_iati(db, out, org_ref="SE-0-1234")
    assert refused.value.project_id == project.id and not out.exists()


def test_a_folder_that_does_not_exist_is_one_line_naming_the_target(
        db, project, paths, tmp_path, capsys):
    out = tmp_path / "missing" / "iati.xml"
    assert iati(paths.root, "--out", str(out), "--org-ref", "SE-0-1234") == 1
    assert f"No such file or directory: {out}\n" in one_line(capsys)


def test_no_projects_no_file(db, tmp_path):
    with pytest.raises(NothingToPublishError):
        export_iati(db, tmp_path / "iati.xml", org_ref="SE-0-1234")
    assert not (tmp_path / "iati.xml").exists()


def test_the_stored_reference_and_name_are_used_and_a_bad_one_is_never_stored(
        db, project, paths, tmp_path, capsys):
    with pytest.raises(iati_settings.InvalidOrgRefError):
        iati_settings.set_org(db, "SE 0 1")
    assert iati_settings.org_ref(db) is None
    assert iati_settings.set_org(db, " SE-ON-802005-9839 ", "CAG") == ("SE-ON-802005-9839",
                                                                      "CAG")
    out = tmp_path / "iati.xml"
    assert iati(paths.root, "--out", str(out)) == 0
    assert "wrote 1 IATI activity to" in capsys.readouterr().out
    data = out.read_bytes().decode()
    assert f"SE-ON-802005-9839-{project.id}" in data and "<narrative>CAG</narrative>" in data
    assert iati_settings.set_org(db, "", "") == (None, iati_settings.DEFAULT_ORG_NAME)


def test_the_setting_lives_in_the_data_folder(db, project, paths):
    iati_settings.set_org(db, "SE-0-1234")
    db.close()
    again = Database.open(paths)
    assert iati_settings.org_ref(again) == "SE-0-1234"
    again.close()
