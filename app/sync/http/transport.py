"""Signed HTTP requests to the hub, and every way they fail turned into a
typed `HubError` (errors.py).

One `httpx.Client` per round: TLS verified against the system's trust
store (never switched off), system proxies honoured (`trust_env`), no
redirects followed (a signature covers the exact URL), every wait bounded.
Each request but the health check carries an RFC 9421 signature by the
device key (`app.sync.httpsig.sign_request`) and, until headquarters has
pinned that key, the `Faltbok-Enrol` proof (docs/hub.md, Authentication).
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass

import httpx

from app.sync.http.errors import (
    HubProtocolError,
    HubRefusedError,
    HubTimeoutError,
    HubTlsError,
    HubUnreachableError,
)
from app.sync.httpsig import ENROL_HEADER, sign_request

API = "/v1"
TIMEOUT = httpx.Timeout(connect=15.0, read=60.0, write=60.0, pool=15.0)
USER_AGENT = "faltbok-sync/1"
TUS_VERSION = "1.0.0"


@dataclass(frozen=True)
class Answer:
    """A hub's answer, its body read (up to the request's cap)."""

    status: int
    headers: httpx.Headers
    content: bytes


class Hub:
    """The hub at `base` (a normalised URL), spoken to as one device."""

    def __init__(self, base: str, device_id: str | None = None, private_key: bytes | None = None,
                 enrol: str | None = None, timeout: httpx.Timeout | float | None = None):
        self.base = base
        self.device_id, self.private_key, self.enrol = device_id, private_key, enrol
        self.client = httpx.Client(
            timeout=TIMEOUT if timeout is None else timeout, verify=_tls(), trust_env=True,
            follow_redirects=False, headers={"User-Agent": USER_AGENT})

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def url(self, path: str) -> str:
        """The absolute URL of an API path ("/health") or a Location the hub gave."""
        if path.startswith(("http://", "https://")):
            return path
        return str(httpx.URL(self.base + API + path))

    def request(self, method: str, path: str, *, body: bytes | None = None,
                headers: dict[str, str] | None = None, signed: bool = True,
                cap: int = 1 << 20) -> Answer:
        """Send one request; the answer's body is read up to `cap` bytes.

        Connection, timeout and TLS failures raise their HubError; so do 401,
        403, 5xx and 429 answers. Other statuses are the caller's to judge.
        """
        url = self.url(path)
        sent = dict(headers or {})
        if signed:
            sent.update(sign_request(method, url, device_id=self.device_id,
                                     private_key=self.private_key, body=body))
            if self.enrol:
                sent[ENROL_HEADER] = self.enrol
        try:
            request = self.client.build_request(method, url, content=body, headers=sent)
            response = self.client.send(request, stream=True)
            try:
                content = bytearray()
                for piece in response.iter_bytes():
                    content += piece
                    if len(content) > cap:
                        raise HubProtocolError("the hub's answer is larger than allowed")
                answer = Answer(response.status_code, response.headers, bytes(content))
            finally:
                response.close()
        except httpx.TimeoutException as error:
            raise HubTimeoutError(f"the hub did not answer in time ({_what(error)})") from None
        except httpx.ConnectError as error:
            if _is_tls(error):
                raise HubTlsError(f"the hub's certificate was refused ({_what(error)})") from None
            raise HubUnreachableError(f"cannot connect to the hub ({_what(error)})") from None
        except (httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError) as error:
            if _is_tls(error):
                raise HubTlsError(f"TLS with the hub failed ({_what(error)})") from None
            raise HubUnreachableError(f"the connection to the hub dropped ({_what(error)})") \
                from None
        except httpx.UnsupportedProtocol as error:
            raise HubUnreachableError(f"cannot reach the hub ({_what(error)})") from None
        _raise_for_refusal(answer)
        return answer


_TLS: list[ssl.SSLContext] = []


def _tls() -> ssl.SSLContext:
    """httpx's verifying context (its CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR),
    made once per process: loading the CA bundle costs tens of milliseconds."""
    if not _TLS:
        _TLS.append(httpx.create_ssl_context(verify=True, trust_env=True))
    return _TLS[0]


def error_code(response: Answer) -> tuple[str, str]:
    """(error, detail) of a JSON error answer (docs/hub.md), or ("", "")."""
    try:
        doc = json.loads(response.content)
        return str(doc.get("error", "")), str(doc.get("detail", ""))
    except (ValueError, AttributeError):
        return "", ""


def json_of(response: Answer) -> dict:
    try:
        doc = json.loads(response.content)
    except ValueError:
        doc = None
    if not isinstance(doc, dict):
        raise HubProtocolError(f"the hub answered {response.status} without JSON")
    return doc


def unexpected(response: Answer) -> HubProtocolError:
    code, detail = error_code(response)
    said = f": {code} {detail}".rstrip() if code else ""
    return HubProtocolError(f"the hub answered {response.status}{said}")


def _raise_for_refusal(response: Answer) -> None:
    status = response.status
    if status == 401:
        code, detail = error_code(response)
        if code == "unknown_key":
            raise HubRefusedError("unknown", detail)
        if code == "stale":
            raise HubRefusedError("signature", "the clock of this laptop differs from "
                                  "headquarters' by more than five minutes")
        raise HubRefusedError("signature", detail or code)
    if status == 403:
        raise HubRefusedError("revoked", error_code(response)[1])
    if status in (502, 503, 504):
        raise HubUnreachableError(f"the hub is unavailable right now ({status})")
    if status >= 500 or status == 429:
        raise unexpected(response)


def _is_tls(error: BaseException) -> bool:
    seen = error
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    text = str(error)
    return "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text


def _what(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text and text[0] else type(error).__name__
