"""TLS trust: pinning accepts exactly one certificate, an unpinned self-signed one asks the user."""

from __future__ import annotations

import warnings
from datetime import datetime, timezone
from urllib.parse import parse_qs, urlsplit

import pytest
from xenapi_servers import FakeXapi, Reply, Request

from xencenter.xenapi import (
    CertificateMismatch,
    CertificateUntrusted,
    Session,
    SessionInvalid,
    fetch_certificate,
    format_fingerprint,
)


@pytest.mark.parametrize("spelling", [str.lower, str.upper, format_fingerprint])
def test_the_pinned_certificate_is_accepted_in_any_spelling(serve, certificate, spelling) -> None:
    xapi = FakeXapi()
    server = serve(xapi)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no InsecureRequestWarning: a pinned connection is a verified one
        with Session(server.url, fingerprint=spelling(certificate.sha256_hex)) as session:
            session.login_with_password("root", "xenroot")
    assert xapi.calls[0][1] == "session.login_with_password"


def test_another_certificate_is_refused_naming_both_fingerprints(serve, certificate, other_certificate) -> None:
    xapi = FakeXapi()
    server = serve(xapi, cert=other_certificate)
    session = Session(server.url, fingerprint=certificate.sha256_hex)
    with pytest.raises(CertificateMismatch) as caught:
        session.login_with_password("root", "xenroot")
    expected, actual = format_fingerprint(certificate.sha256_hex), format_fingerprint(other_certificate.sha256_hex)
    assert (caught.value.expected, caught.value.actual) == (expected, actual)
    assert expected in str(caught.value) and actual in str(caught.value)
    assert xapi.calls == []  # not a byte of the login reached the impostor


def test_an_unpinned_self_signed_certificate_is_untrusted_with_its_details(serve, certificate) -> None:
    xapi = FakeXapi()
    server = serve(xapi)
    session = Session(server.url)
    with pytest.raises(CertificateUntrusted) as caught:
        session.login_with_password("root", "xenroot")
    info = caught.value.info
    assert info.sha256 == format_fingerprint(certificate.sha256_hex)
    assert "CN=xapi-test" in info.subject and "CN=xapi-test" in info.issuer
    assert info.system_trusted is False
    assert xapi.calls == []


def test_fetch_certificate_describes_what_the_host_presents(serve, certificate) -> None:
    server = serve(FakeXapi())
    info = fetch_certificate("127.0.0.1", server.port, timeout=5)
    assert info.sha256 == format_fingerprint(certificate.sha256_hex)
    assert info.subject == "CN=xapi-test"
    now = datetime.now(timezone.utc)
    assert info.not_before < now < info.not_after
    assert info.not_before.tzinfo is not None
    assert info.system_trusted is False


def test_http_get_carries_the_session_over_the_pinned_connection(serve, certificate) -> None:
    xapi = FakeXapi()
    seen: list[Request] = []

    def handler(request: Request) -> Reply:
        if request.method == "GET":
            seen.append(request)
            query = parse_qs(urlsplit(request.path).query)
            ok = query.get("session_id", [""])[0] in xapi.sessions
            return Reply(200 if ok else 401, "application/json", b'{"meta":{}}')
        return xapi(request)

    server = serve(handler)
    session = Session(server.url, fingerprint=certificate.sha256_hex)
    session.login_with_password("root", "xenroot")
    response = session.http_get("/rrd_updates", {"start": 10, "json": "true"})
    assert response.json() == {"meta": {}}
    assert urlsplit(seen[0].path).path == "/rrd_updates"
    assert parse_qs(urlsplit(seen[0].path).query) == {"session_id": [session.ref], "start": ["10"], "json": ["true"]}
    xapi.sessions.clear()
    with pytest.raises(SessionInvalid):
        session.http_get("/rrd_updates", {"start": 10})
