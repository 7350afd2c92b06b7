"""Two devices and headquarters driven only through `faltbok` commands and files."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from app.cli import main


def run(capsys, *argv) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def dump(capsys, folder) -> str:
    return run(capsys, "--data-dir", str(folder), "dump")


@pytest.fixture
def places(tmp_path):
    return {name: tmp_path / name for name in ("hq", "a", "b")}


def test_device_data_reaches_everyone_but_names_and_contacts_stay_home(tmp_path, capsys,
                                                                      places):
    hq, a, b = (str(places[n]) for n in ("hq", "a", "b"))
    files = {n: str(tmp_path / n) for n in ("a.enrol", "b.enrol", "a1", "b1", "a2", "b2",
                                           "ra", "rb", "ra2", "rb2")}
    run(capsys, "--data-dir", hq, "hq", "init")
    run(capsys, "--data-dir", hq, "hq", "enrol", "laptop-a", "--out", files["a.enrol"])
    run(capsys, "--data-dir", hq, "hq", "enrol", "laptop-b", "--out", files["b.enrol"])
    run(capsys, "--data-dir", a, "init")  # an existing database, then enrolled
    run(capsys, "--data-dir", a, "import", files["a.enrol"])
    run(capsys, "--data-dir", b, "import", files["b.enrol"])  # enrolment creates it
    run(capsys, "--data-dir", a, "demo", "--size", "small", "--seed", "2")
    run(capsys, "--data-dir", a, "export", "--to", files["a1"])
    run(capsys, "--data-dir", b, "export", "--to", files["b1"])
    receipts = tmp_path / "receipts"
    out = run(capsys, "--data-dir", hq, "hq", "import", files["a1"], files["b1"],
              "--receipts", str(receipts))
    assert str(receipts) in out
    for receipt in sorted(receipts.iterdir()):
        for device in (a, b):  # a receipt for the other device is refused, harmlessly
            main(["--data-dir", device, "import", str(receipt)])
    capsys.readouterr()
    run(capsys, "--data-dir", hq, "hq", "export", "--device", "laptop-a", "--to", files["ra"])
    run(capsys, "--data-dir", hq, "hq", "export", "--device", "laptop-b", "--to", files["rb"])
    run(capsys, "--data-dir", a, "import", files["ra"])
    run(capsys, "--data-dir", b, "import", files["rb"])
    # The demo's participant names stay on device a (no project shares them); b edits a
    # record it received from a, and one more round brings everyone level.
    run(capsys, "--data-dir", b, "export", "--to", files["b2"])
    run(capsys, "--data-dir", hq, "hq", "import", files["b2"])
    run(capsys, "--data-dir", hq, "hq", "export", "--device", "laptop-a", "--to", files["ra2"])
    run(capsys, "--data-dir", a, "import", files["ra2"])
    dumps = {name: dump(capsys, places[name]) for name in ("hq", "a", "b")}
    assert dumps["hq"] == dumps["b"]
    named = [line for line in dumps["a"].splitlines() if '"table":"participant"' in line]
    assert named and all('"name":""' not in line for line in named)

    def shareable(text):  # participants' names and partners' contacts do not travel
        return [line for line in text.splitlines()
                if '"table":"participant"' not in line and '"table":"partner"' not in line]

    assert shareable(dumps["a"]) == shareable(dumps["hq"])
    assert len(shareable(dumps["hq"])) > 10_000


def test_two_devices_and_headquarters_end_with_identical_dumps(tmp_path, capsys, places):
    hq, a, b = (str(places[n]) for n in ("hq", "a", "b"))
    f = {n: str(tmp_path / n) for n in ("ea", "eb", "a1", "b1", "ra", "rb", "a2", "ra2")}
    run(capsys, "--data-dir", hq, "hq", "init")
    run(capsys, "--data-dir", hq, "demo", "--size", "small", "--seed", "5")
    run(capsys, "--data-dir", hq, "hq", "enrol", "laptop-a", "--out", f["ea"])
    run(capsys, "--data-dir", hq, "hq", "enrol", "laptop-b", "--out", f["eb"])
    run(capsys, "--data-dir", a, "import", f["ea"])
    run(capsys, "--data-dir", b, "import", f["eb"])
    run(capsys, "--data-dir", a, "export", "--to", f["a1"])
    run(capsys, "--data-dir", b, "export", "--to", f["b1"])
    run(capsys, "--data-dir", hq, "hq", "import", f["a1"], f["b1"])
    run(capsys, "--data-dir", hq, "hq", "export", "--device", "laptop-a", "--to", f["ra"])
    run(capsys, "--data-dir", hq, "hq", "export", "--device", "laptop-b", "--to", f["rb"])
    run(capsys, "--data-dir", a, "import", f["ra"])
    run(capsys, "--data-dir", b, "import", f["rb"])
    run(capsys, "--data-dir", a, "export", "--to", f["a2"])
    run(capsys, "--data-dir", hq, "hq", "import", f["a2"])
    run(capsys, "--data-dir", hq, "hq", "export", "--device", "laptop-a", "--to", f["ra2"])
    run(capsys, "--data-dir", a, "import", f["ra2"])
    run(capsys, "--data-dir", hq, "hq", "export", "--device", "laptop-b", "--to", f["rb"])
    run(capsys, "--data-dir", b, "import", f["rb"])
    dumps = [dump(capsys, places[n]) for n in ("hq", "a", "b")]
    # Names HQ typed stay at HQ: no demo project shares names (docs/sync.md §6.1).
    assert any(',"name":"",' not in line for line in dumps[0].splitlines()
               if '"table":"participant"' in line)
    assert all('"contact":"","deleted"' in line and ',"name":"",' in line
               for text in dumps[1:] for line in text.splitlines()
               if '"table":"participant"' in line)
    nameless = [re.sub(r'"contact":"[^"]*","deleted"', '"contact":"","deleted"',
                       re.sub(r',"name":"[^"]*",', ',"name":"",', line))
                if '"table":"participant"' in line else line
                for line in dumps[0].splitlines()]
    assert nameless == dumps[1].splitlines() == dumps[2].splitlines()
    assert dumps[0].count("\n") > 10_000


@pytest.mark.parametrize("argv", [
    ["import", "{missing}"],
    ["import", "{garbage}"],
    ["hq", "import", "{garbage}"],
    ["hq", "export", "--device", "nobody", "--to", "{out}"],
    ["hq", "revoke", "nobody"],
    ["export", "--to", "{out}"],
])
def test_every_bad_command_is_one_line_and_a_failure(tmp_path, capsys, argv):
    hq = str(tmp_path / "hq")
    run(capsys, "--data-dir", hq, "hq", "init")
    (tmp_path / "garbage").write_bytes(b"age-encryption.org/v1\nnot really")
    names = {"missing": str(tmp_path / "missing"), "garbage": str(tmp_path / "garbage"),
             "out": str(tmp_path / "out")}
    code = main(["--data-dir", hq, *[a.format(**names) for a in argv]])
    _, err = capsys.readouterr()
    assert code != 0 and err.startswith("faltbok: ") and err.count("\n") == 1


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command-line tool is not "
                    "installed (Debian package 'age')")
def test_the_age_tool_decrypts_an_exported_bundle_with_the_hq_identity(tmp_path, capsys,
                                                                       places):
    hq, a = str(places["hq"]), str(places["a"])
    run(capsys, "--data-dir", hq, "hq", "init")
    run(capsys, "--data-dir", hq, "hq", "enrol", "laptop-a", "--out", str(tmp_path / "e"))
    run(capsys, "--data-dir", a, "import", str(tmp_path / "e"))
    run(capsys, "--data-dir", a, "export", "--to", str(tmp_path / "bundle"))
    plain = subprocess.run(["age", "-d", "-i", str(places["hq"] / "keys" / "hq-age.key"),
                            str(tmp_path / "bundle")], capture_output=True, check=True).stdout
    import io
    import zipfile

    names = zipfile.ZipFile(io.BytesIO(plain)).namelist()
    assert names[:3] == ["manifest.json", "manifest.sig", "changes.col.xz"]
