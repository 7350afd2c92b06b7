"""The device side of the hub that needs no hub: the stored address, the
enrolment's `hub`, the kept outgoing bundle, and failures before anything
is written (a closed port stands for an unreachable hub)."""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import ssl
import threading

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from app.cli import main
from app.services import Services
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync.http import outgoing, transport
from app.sync.http.client import run_round
from app.sync.http.errors import HubUnreachableError, InvalidHubUrlError, NoHubError
from app.sync.http.settings import hub_url, normalise, set_hub_url
from app.sync.identity import accept_enrolment, enrol, init_hq, parse_enrolment


@pytest.mark.parametrize("url, canonical", [
    ("https://HQ.example.org/", "https://hq.example.org"),
    ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
    ("https://hq.example.org/faltbok/", "https://hq.example.org/faltbok"),
    ("  https://[::1]:9000  ", "https://[::1]:9000"),
])
def test_a_hub_address_is_stored_in_one_canonical_form(url, canonical):
    assert normalise(url) == canonical


@pytest.mark.parametrize("url", [
    "", "hq.example.org", "ftp://hq.example.org", "https://", "https://user:pw@hq.org",
    "https://hq.org/?token=1", "https://hq.org/#x", "https://hq.org:99999",
    "https://hq .org", "file:///etc/passwd", "javascript:alert(1)", "https://hq.org:0",
])
def test_a_bad_hub_address_is_refused(url):
    with pytest.raises(InvalidHubUrlError):
        normalise(url)


@given(st.text(max_size=60))
def test_any_text_is_either_refused_or_a_stable_http_address(text_):
    try:
        value = normalise(text_)
    except InvalidHubUrlError:
        return
    assert value.startswith(("http://", "https://")) and normalise(value) == value


@pytest.fixture
def enrolled(tmp_path):
    hq = Database.open(DataPaths(tmp_path / "hq"), create=True, device_name="hq")
    init_hq(hq)

    def make(name: str, hub: str | None = None) -> Database:
        doc = json.loads(enrol(hq, name))
        if hub is not None:
            doc["hub"] = hub
        return accept_enrolment(DataPaths(tmp_path / name),
                                parse_enrolment(json.dumps(doc).encode()))

    yield make
    hq.close()


def test_the_enrolment_files_hub_becomes_the_devices_hub(enrolled):
    device = enrolled("laptop-1", "https://HQ.example.org/")
    assert hub_url(device) == "https://hq.example.org"
    assert hub_url(enrolled("laptop-2")) is None


def test_an_enrolment_naming_a_bad_hub_is_refused_whole(enrolled, tmp_path):
    from app.sync.errors import CorruptFileError

    with pytest.raises(CorruptFileError):
        enrolled("laptop-1", "ftp://hq.example.org")
    assert not (tmp_path / "laptop-1").exists()


def test_hub_set_stores_and_a_bad_address_is_one_line_and_exit_2(enrolled, capsys):
    device = enrolled("laptop-1")
    folder = str(device.paths.root)
    device.close()
    assert main(["--data-dir", folder, "hub", "set", "not a url"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad hub address" in err
    assert main(["--data-dir", folder, "hub", "set", "https://hq.example.org/"]) == 0
    assert main(["--data-dir", folder, "hub", "show"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "https://hq.example.org"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as session:
        return tuple(session.scalar(text(f"SELECT count(*) FROM {t}"))
                     for t in ("change_log", "audit_event", "sync_outbox"))


def test_without_a_hub_address_sync_says_so_and_writes_nothing(enrolled, capsys):
    device = enrolled("laptop-1")
    before = _counts(device)
    with pytest.raises(NoHubError):
        run_round(device)
    assert main(["--data-dir", str(device.paths.root), "sync"]) == 16
    assert "hub set" in capsys.readouterr().err
    assert _counts(device) == before


def test_sync_on_headquarters_or_an_unenrolled_folder_says_what_it_is_not_no_hub(
        tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "hq"), "hq", "init"]) == 0
    assert main(["--data-dir", str(tmp_path / "plain"), "init"]) == 0
    capsys.readouterr()
    for folder, words in (("hq", "is headquarters"), ("plain", "not an enrolled device")):
        assert main(["--data-dir", str(tmp_path / folder), "sync"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err


def test_an_unreachable_hub_is_its_own_line_and_exit_code_and_nothing_is_exported(
        enrolled, capsys):
    device = enrolled("laptop-1", f"http://127.0.0.1:{_closed_port()}")
    Services(device).partners.create(name="Ресурсный центр", country="KG")
    before = _counts(device)
    with pytest.raises(HubUnreachableError):
        run_round(device)
    assert main(["--data-dir", str(device.paths.root), "sync"]) == 10
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot connect to the hub" in err
    assert _counts(device) == before
    assert not outgoing.folder(device).exists()


def test_a_kept_bundle_is_reused_until_a_new_edit_needs_a_new_one(enrolled):
    device = enrolled("laptop-1")
    partners = Services(device).partners
    first = outgoing.current(device)
    assert first is not None and first.fresh and first.path.exists()
    counts = _counts(device)
    again = outgoing.current(device)
    assert (again.bundle_id, again.fresh, again.sha256) == (first.bundle_id, False, first.sha256)
    assert _counts(device) == counts  # reusing writes nothing: no audit event, no export
    partners.create(name="Новый партнёр", country="TJ")
    newer = outgoing.current(device)
    assert newer.bundle_id != first.bundle_id and newer.fresh
    outgoing.clean(device, keep=newer.bundle_id)
    assert [p.name for p in outgoing.folder(device).iterdir()] == [newer.path.name]


def _files(db: Database) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db.paths.database_files() if p.exists()}


def test_a_set_hub_address_that_does_not_change_writes_nothing(enrolled):
    device = enrolled("laptop-1")
    set_hub_url(device, "https://hq.example.org")
    before = _files(device)
    set_hub_url(device, "https://HQ.example.org/")  # the same address: nothing written
    assert _files(device) == before
    set_hub_url(device, "https://other.example.org")
    assert _files(device) != before and hub_url(device) == "https://other.example.org"


def _self_signed(tmp_path) -> ssl.SSLContext:
    """A server context with a certificate no trust store knows."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    return context


def _serve_once(handler) -> int:
    """A loopback listener whose connections go to `handler(conn)` in a thread."""
    server = socket.create_server(("127.0.0.1", 0))

    def accept():
        with server:
            while True:
                try:
                    conn, _ = server.accept()
                except OSError:
                    return
                threading.Thread(target=handler, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return server.getsockname()[1]


def test_a_hub_whose_certificate_fails_verification_is_a_tls_error_exit_12(
        enrolled, tmp_path, capsys):
    context = _self_signed(tmp_path)

    def handshake(conn):
        try:
            with context.wrap_socket(conn, server_side=True) as tls:
                tls.recv(1)
        except OSError:
            conn.close()

    port = _serve_once(handshake)
    device = enrolled("laptop-1", f"https://127.0.0.1:{port}")
    Services(device).partners.create(name="Партнёр", country="KG")
    before = _counts(device)
    assert main(["--data-dir", str(device.paths.root), "sync"]) == 12
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "certificate" in err
    assert _counts(device) == before


def test_a_hub_that_never_answers_is_a_timeout_exit_11(enrolled, capsys, monkeypatch):
    silent = []
    port = _serve_once(silent.append)  # accepts, reads nothing, says nothing
    monkeypatch.setattr(transport, "TIMEOUT", httpx.Timeout(0.5))
    device = enrolled("laptop-1", f"http://127.0.0.1:{port}")
    before = _counts(device)
    assert main(["--data-dir", str(device.paths.root), "sync"]) == 11
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did not answer in time" in err
    assert _counts(device) == before


@pytest.mark.parametrize(("figures", "line"), [
    ((0, 0, 0, 0, 0, True), "nothing new"),
    ((0, 0, 0, 0, 11, False), "merged 11 changes from headquarters"),
    ((1, 1, 1, 1, 0, False),
     "sent 1 change in 1 bundle (1 kB), 1 receipt, nothing new from headquarters"),
    ((1, 61378, 0, 1, 5, False), "sent 61378 changes in 1 bundle (1 kB), 1 receipt, "
                                 "merged 5 changes from headquarters"),
])
def test_a_round_is_said_in_one_line_without_the_parts_that_did_not_happen(figures, line):
    from app.sync.http.client import RoundResult
    from app.sync.http.commands import summary

    bundles, changes, sent, receipts, merged, quiet = figures
    assert summary(RoundResult(bundles, changes, sent, receipts, merged, quiet)) == line
