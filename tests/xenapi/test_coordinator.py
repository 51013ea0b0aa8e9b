"""HOST_IS_SLAVE: where it points, and following it with each host's own pin."""

from __future__ import annotations

import pytest
from xenapi_servers import FakeXapi, XapiFailure

from xencenter.xenapi import CertificateMismatch, HostIsSlave, host_url, located, login_following_coordinator


@pytest.mark.parametrize(
    ("url", "address", "expected"),
    [
        ("https://10.0.0.1", "10.0.0.2", "https://10.0.0.2"),
        ("https://10.0.0.1:4443", "10.0.0.2", "https://10.0.0.2:4443"),
        ("https://10.0.0.1:4443", "10.0.0.2:443", "https://10.0.0.2:443"),
        ("http://10.0.0.1:8080", "10.0.0.2", "http://10.0.0.2:8080"),
        ("10.0.0.1", "xen2.example.org", "https://xen2.example.org"),
        ("https://[fe80::1]:4443", "fe80::2", "https://[fe80::2]:4443"),
        ("https://h", "[fe80::2]:8443", "https://[fe80::2]:8443"),
    ],
)
def test_coordinator_address_forms(url: str, address: str, expected: str) -> None:
    assert host_url(url, address) == expected


@pytest.mark.parametrize(
    ("location", "url", "expected"),
    [
        ("https://127.0.0.2/console?uuid=u", "https://127.0.0.1:4443", "https://127.0.0.2:4443/console?uuid=u"),
        ("https://127.0.0.2/console?uuid=u", "https://127.0.0.1:443", "https://127.0.0.2:443/console?uuid=u"),
        ("https://127.0.0.2/console?uuid=u", "https://h", "https://127.0.0.2/console?uuid=u"),
        ("https://127.0.0.2:9/console?ref=r", "https://127.0.0.1:4443", "https://127.0.0.2:9/console?ref=r"),
        ("https://[fe80::2]/console?uuid=u", "https://[fe80::1]:4443", "https://[fe80::2]:4443/console?uuid=u"),
    ],
)
def test_locations_given_out_without_a_port_take_the_pools(location: str, url: str, expected: str) -> None:
    assert located(location, url) == expected


def member_of(coordinator_address: str) -> FakeXapi:
    def refuse(user: str, password: str, version: str, originator: str) -> str:
        raise XapiFailure("HOST_IS_SLAVE", coordinator_address)

    return FakeXapi(methods={"session.login_with_password": refuse})


def test_login_follows_host_is_slave_with_the_coordinators_own_pin(serve, certificate, other_certificate) -> None:
    coordinator_xapi = FakeXapi()
    coordinator = serve(coordinator_xapi, cert=other_certificate)
    member = serve(member_of(f"127.0.0.1:{coordinator.port}"), cert=certificate)
    pins = {member.url: certificate.sha256_hex, coordinator.url: other_certificate.sha256_hex}
    asked: list[str] = []

    def fingerprint_for(url: str) -> str:
        asked.append(url)
        return pins[url]

    session = login_following_coordinator(member.url, "root", "xenroot", fingerprint_for=fingerprint_for)
    assert session.url == coordinator.url
    assert session.ref in coordinator_xapi.sessions
    assert asked == [member.url, coordinator.url]
    session.logout()


def test_a_bare_ip_keeps_the_scheme_and_port(serve) -> None:
    # A member answering with just an IP means "same port": here the member points at itself.
    member = serve(member_of("127.0.0.1"), tls=False)
    with pytest.raises(HostIsSlave) as caught:
        login_following_coordinator(member.url, "root", "xenroot", max_hops=2)
    assert caught.value.coordinator_address == "127.0.0.1"
    assert len(member.requests) == 3  # the first attempt and two hops, all to the same port


def test_the_coordinator_is_refused_when_its_certificate_does_not_match(serve, certificate, other_certificate) -> None:
    coordinator = serve(FakeXapi(), cert=other_certificate)
    member = serve(member_of(f"127.0.0.1:{coordinator.port}"), cert=certificate)
    with pytest.raises(CertificateMismatch):
        login_following_coordinator(member.url, "root", "xenroot", fingerprint_for=lambda url: certificate.sha256_hex)
