"""`faltbok hq enrol --hub` and `faltbok hq serve` refusals, through the CLI."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.sync.identity import parse_enrolment


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_enrolment_file_names_the_hub_and_still_imports(tmp_path, capsys):
    hq, device, enrolment = str(tmp_path / "hq"), str(tmp_path / "dev"), tmp_path / "a.enrol"
    assert run(capsys, "--data-dir", hq, "hq", "init")[0] == 0
    code, _, err = run(capsys, "--data-dir", hq, "hq", "enrol", "Osh laptop", "--out",
                       str(enrolment), "--hub", "https://hub.example.org:8443")
    assert code == 0, err
    assert json.loads(enrolment.read_bytes())["hub"] == "https://hub.example.org:8443"
    assert parse_enrolment(enrolment.read_bytes()).device_name == "Osh laptop"
    assert run(capsys, "--data-dir", device, "import", str(enrolment))[0] == 0


def test_an_enrolment_without_hub_has_no_hub_field(tmp_path, capsys):
    hq, enrolment = str(tmp_path / "hq"), tmp_path / "a.enrol"
    run(capsys, "--data-dir", hq, "hq", "init")
    run(capsys, "--data-dir", hq, "hq", "enrol", "laptop", "--out", str(enrolment))
    assert "hub" not in json.loads(enrolment.read_bytes())


@pytest.mark.parametrize("url", ["ftp://hub", "hub.example.org", "http://", "http://h/?x=1",
                                 "http://user:pw@h", "http://h:99999", "http://h/ x"])
def test_a_bad_hub_url_is_refused_in_one_line_and_enrols_nothing(tmp_path, capsys, url):
    hq, enrolment = str(tmp_path / "hq"), tmp_path / "a.enrol"
    run(capsys, "--data-dir", hq, "hq", "init")
    code, _, err = run(capsys, "--data-dir", hq, "hq", "enrol", "laptop", "--out",
                       str(enrolment), "--hub", url)
    assert code == 1 and err.count("\n") == 1 and "not a hub URL" in err
    assert not enrolment.exists()
    assert run(capsys, "--data-dir", hq, "hq", "devices")[1] == ""


def test_serving_a_folder_that_is_not_headquarters_is_one_line(tmp_path, capsys):
    folder = str(tmp_path / "dev")
    run(capsys, "--data-dir", folder, "init")
    code, out, err = run(capsys, "--data-dir", folder, "hq", "serve", "--port", "0")
    assert code == 1 and out == "" and err.count("\n") == 1 and "headquarters" in err
