"""Turning network failures (requests' or raw sockets') into the family's errors with human messages."""

from __future__ import annotations

import http.client
import socket
import ssl
from collections.abc import Iterator

import requests
import urllib3

from .errors import (
    CertificateMismatch,
    CertificateUntrusted,
    TransportError,
    XenAPIError,
)
from .tls import fetch_certificate, speaks_plain_http, speaks_tls


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (cause, context, urllib3's ``reason``, exception args)."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        linked = (e.__cause__, e.__context__, getattr(e, "reason", None), *e.args)
        stack.extend(x for x in linked if isinstance(x, BaseException))


def _first(exc: BaseException, kind: type[BaseException] | tuple[type[BaseException], ...]) -> BaseException | None:
    return next((e for e in _causes(exc) if isinstance(e, kind)), None)


def _seconds(value: float) -> str:
    return f"{value:g} s"


def network_error(
    exc: BaseException,
    host: str,
    port: int,
    *,
    connect_timeout: float,
    read_timeout: float | None = None,
    secure: bool | None = None,
) -> XenAPIError:
    """The family's error for a failed request or socket operation on ``host:port``. ``secure`` (the URL's
    scheme, None when unknown) lets a scheme that does not match the port be named instead of its symptom."""
    where = f"{host}:{port}"
    if (wrong := _wrong_scheme(exc, host, port, connect_timeout, secure)) is not None:
        return wrong
    if (mismatch := _first(exc, CertificateMismatch)) is not None:
        assert isinstance(mismatch, CertificateMismatch)
        return mismatch
    if _first(exc, ssl.SSLCertVerificationError) is not None:
        try:
            return CertificateUntrusted(fetch_certificate(host, port, connect_timeout), host)
        except TransportError as e:
            return e
    if isinstance(exc, requests.ConnectTimeout):
        return TransportError(f"Timed out after {_seconds(connect_timeout)} connecting to {where}",
                              maybe_delivered=False)
    if isinstance(exc, requests.ReadTimeout) or _first(exc, TimeoutError) is not None:
        waited = read_timeout if read_timeout is not None else connect_timeout
        return TransportError(f"Timed out after {_seconds(waited)} waiting for {where}")
    if _first(exc, ConnectionRefusedError) is not None:
        return TransportError(f"Connection refused by {where}", maybe_delivered=False)
    if _first(exc, socket.gaierror) is not None:
        return TransportError(f"Cannot resolve the host name {host!r}", maybe_delivered=False)
    not_connected = _first(exc, urllib3.exceptions.NewConnectionError) is not None
    if (tls := _first(exc, ssl.SSLError)) is not None:
        assert isinstance(tls, ssl.SSLError)
        if getattr(tls, "in_handshake", False):
            return TransportError(f"TLS handshake with {where} failed: {tls.reason or tls}", maybe_delivered=False)
        # an EOF in the middle of an answer is an SSLError too: the request may have gone through
        return TransportError(f"Connection to {where} broke off: {tls.reason or tls}")
    if isinstance(os_error := _first(exc, OSError), OSError):
        reason = os_error.strerror or str(os_error) or type(os_error).__name__
        return TransportError(f"Connection to {where} failed: {reason}", maybe_delivered=not not_connected)
    return TransportError(f"Connection to {where} failed ({type(exc).__name__})")


_CUT_OFF = (ConnectionResetError, ConnectionAbortedError, BrokenPipeError, http.client.RemoteDisconnected,
            http.client.BadStatusLine)


def _wrong_scheme(exc: BaseException, host: str, port: int, timeout: float, secure: bool | None) -> XenAPIError | None:
    """http:// to a TLS port (the server cuts the plain request off) or https:// to a plain HTTP port (the
    handshake reads an HTTP answer): probe the port once and say which scheme it speaks."""
    where = f"{host}:{port}"
    if secure is False and _first(exc, _CUT_OFF) is not None and speaks_tls(host, port, timeout):
        return TransportError(f"{where} speaks HTTPS, not plain HTTP: use https://{where}", maybe_delivered=False)
    tls = _first(exc, ssl.SSLError)
    if (secure is True and tls is not None and getattr(tls, "in_handshake", False)
            and speaks_plain_http(host, port, timeout)):
        return TransportError(f"{where} answered in plain HTTP, not HTTPS: use http://{where} only on a network "
                              "you trust (the password then travels unencrypted)", maybe_delivered=False)
    return None
