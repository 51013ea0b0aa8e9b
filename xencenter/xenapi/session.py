"""A XAPI session over one ``requests.Session``: JSON-RPC first, XML-RPC for hosts too old for it.

Calls read like the official SDK (``session.xenapi.VM.get_all_records()``); the session ref is inserted
for every method whose first parameter is a session. Results come back typed by the datamodel, the same
whichever protocol carried them. A Session may be used from several threads at once: each request in
flight has a ``requests.Session`` of its own (see ``_HttpPool``).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests

from xencenter import ORIGINATOR

from . import jsonrpc_codec, secrets, xmlrpc_codec
from .address import host_url, normalize_url
from .errors import Failure, HostIsSlave, ProtocolError, SessionInvalid, XenAPIError
from .events import EventBatch, events_from_json, parse_event_batch
from .tls import TLSAdapter, format_fingerprint
from .transport import network_error
from .values import NULL_REF, methods_without_session, typed_result

log = logging.getLogger("xencenter.xenapi")

PROTOCOLS = ("jsonrpc", "xmlrpc")
#: Bytes per read of a streamed reply (event.from is decoded while it arrives).
STREAM_CHUNK = 1 << 18


class _Namespace:
    """``session.xenapi.VM.start`` builds the method name; calling it performs the call."""

    __slots__ = ("_session", "_name")

    def __init__(self, session: Session, name: str) -> None:
        self._session = session
        self._name = name

    def __getattr__(self, name: str) -> _Namespace:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Namespace(self._session, f"{self._name}.{name}" if self._name else name)

    def __call__(self, *params: Any) -> Any:
        return self._session.call(self._name, *params)

    def __repr__(self) -> str:
        return f"<XenAPI method {self._name or '(root)'}>"


class _HttpPool:
    """``requests.Session`` objects lent one per request in flight.

    A ``requests.Session`` is not made for two threads at once (its cookie jar and adapters are shared
    state), and one lock around every request would queue a heartbeat behind a 30 s ``event.from``. So each
    request borrows an idle one (keeping its kept-alive connections) or a new one, and gives it back after
    its reply was read. ``close`` closes the idle ones now and the lent ones when they come back."""

    def __init__(self, make: Callable[[], requests.Session]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._idle: list[requests.Session] = []
        self._generation = 0

    @contextlib.contextmanager
    def lend(self) -> Iterator[requests.Session]:
        with self._lock:
            http = self._idle.pop() if self._idle else None
            generation = self._generation
        if http is None:
            http = self._make()
        try:
            yield http
        finally:
            with self._lock:
                keep = generation == self._generation
                if keep:
                    self._idle.append(http)
            if not keep:
                http.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._generation += 1
        for http in idle:
            http.close()


class Session:
    """One logged-in (or not yet) connection to a XAPI host; safe to share between threads."""

    def __init__(
        self,
        url: str,
        *,
        fingerprint: str | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        protocol: str | None = None,
    ) -> None:
        if protocol not in (None, *PROTOCOLS):
            raise ValueError(f"protocol must be one of {PROTOCOLS}")
        self.url = normalize_url(url)
        parts = urlsplit(self.url)
        self.host: str = parts.hostname or ""
        self.port: int = parts.port or (443 if parts.scheme == "https" else 80)
        self.fingerprint = format_fingerprint(fingerprint) if fingerprint else None
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.protocol = protocol
        self._ref: str | None = None
        self._ids = itertools.count(1)
        self._ids_lock = threading.Lock()
        self._negotiation = threading.Lock()
        self._pool = _HttpPool(self._new_http)

    def _new_http(self) -> requests.Session:
        http = requests.Session()
        http.trust_env = False  # no proxy or CA bundle from the environment: trust is ours to decide
        http.headers["User-Agent"] = ORIGINATOR
        http.mount("https://", TLSAdapter(self.fingerprint))
        return http

    def _next_id(self) -> int:
        with self._ids_lock:
            return next(self._ids)

    @classmethod
    def resume(cls, url: str, ref: str, **options: Any) -> Session:
        """A Session for an existing session ref on ``url`` (any host of its pool): to go on using it there,
        or to log out a session left behind when its own host could not be reached."""
        session = cls(url, **options)
        session._ref = ref
        return session

    def __repr__(self) -> str:
        return f"<Session {self.url} protocol={self.protocol} ref={self._ref}>"

    def __enter__(self) -> Session:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        try:
            self.logout()
        except XenAPIError:
            if exc_type is None:
                raise
            log.debug("%s: logout after an error failed too", self.host)  # the first error matters
        finally:
            self.close()

    @property
    def ref(self) -> str | None:
        """The session's OpaqueRef once logged in."""
        return self._ref

    @property
    def xenapi(self) -> _Namespace:
        return _Namespace(self, "")

    def login_with_password(self, user: str, password: str) -> str:
        """Log in (``HostIsSlave`` on a pool member, ``AuthenticationFailed`` on bad credentials)."""
        secrets.remember(password)
        ref = self._rpc("session.login_with_password", [user, password, "1.1", ORIGINATOR])
        if not isinstance(ref, str) or not ref.startswith("OpaqueRef:"):
            raise ProtocolError("the login answer is not a session reference")
        secrets.remember(ref)
        self._ref = ref
        return ref

    def logout(self) -> None:
        """End the session on the server (xapi caps sessions per user, so never leak them).

        When the server could not be told (network, garbled answer) the error is raised and ``ref`` stays
        set, so that the caller can try again later; a session the server no longer knows is simply gone.
        """
        ref, self._ref = self._ref, None
        if ref:
            try:
                self._rpc("session.logout", [ref])
            except SessionInvalid:
                pass  # already gone: nothing to end
            except XenAPIError:
                self._ref = ref
                raise

    def close(self) -> None:
        """Close the HTTP connections (does not log out; a later call opens new ones)."""
        self._pool.close()

    def call(self, method: str, *params: Any, read_timeout: float | None = None) -> Any:
        """Call ``method`` with the session ref inserted first (unless it is a login)."""
        if method.removeprefix("Async.") not in methods_without_session():
            if not self._ref:
                raise SessionInvalid(params=[NULL_REF])
            params = (self._ref, *params)
        if method == "secret.create" and params and isinstance(params[-1], dict):
            secrets.remember(params[-1].get("value"))
        elif method.endswith("_external_auth") and len(params) > 1 and isinstance(params[1], dict):
            secrets.remember(params[1].get("pass"))  # the domain user's password
        if read_timeout is None and method == "event.from" and params:
            read_timeout = float(params[-1]) + self.timeout
        return self._rpc(method, list(params), read_timeout)

    def event_from(self, classes: Iterable[str], token: str, timeout: float) -> EventBatch:
        """``event.from``: the changes since ``token`` (``""``: every object as an ``add``)."""
        raw = self.call("event.from", list(classes), token, float(timeout))
        return parse_event_batch(raw)

    def http_get(
        self, path: str, params: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> requests.Response:
        """GET a side channel (``/rrd_updates``) with the session id, over the same trusted TLS.

        Raises SessionInvalid on 401/403; any other status is left to the caller.
        """
        query = {"session_id": self._ref or NULL_REF, **(params or {})}
        read_timeout = self.timeout if timeout is None else timeout
        try:
            with self._pool.lend() as http:
                response = http.get(self.url + path, params=query, timeout=(self.connect_timeout, read_timeout))
        except XenAPIError:
            raise
        except requests.RequestException as e:
            raise self._network_error(e, read_timeout) from None
        if response.status_code in (401, 403):
            raise SessionInvalid(params=[self._ref or NULL_REF])
        return response

    # -- the wire ---------------------------------------------------------------------------------

    def _rpc(self, method: str, params: list[Any], read_timeout: float | None = None) -> Any:
        started = time.monotonic()
        outcome = "ok"
        try:
            value = self._exchange(method, params, self.timeout if read_timeout is None else read_timeout)
            return typed_result(method, value)
        except XenAPIError as e:
            outcome = e.code
            raise
        finally:
            if log.isEnabledFor(logging.DEBUG):
                log.debug("%s %s %s in %.3f s", self.host, method, outcome, time.monotonic() - started)

    def _exchange(self, method: str, params: list[Any], read_timeout: float) -> Any:
        with self._pool.lend() as http:
            if self.protocol is None:
                with self._negotiation:
                    if self.protocol is None:
                        return self._negotiate(http, method, params, read_timeout)
            if self.protocol == "jsonrpc":
                return self._jsonrpc(http, method, params, read_timeout)
            return self._xmlrpc(http, method, params, read_timeout)

    def _negotiate(self, http: requests.Session, method: str, params: list[Any], read_timeout: float) -> Any:
        """First call: try JSON-RPC; a ``text/xml`` answer means the host only speaks XML-RPC."""
        request_id = self._next_id()
        body = jsonrpc_codec.encode_request(method, params, request_id)
        response = self._post(http, "/jsonrpc", body, jsonrpc_codec.CONTENT_TYPE, read_timeout)
        if _content_type(response).startswith("text/xml"):
            log.info("%s does not speak JSON-RPC, using XML-RPC", self.host)
            self.protocol = "xmlrpc"
            return self._xmlrpc(http, method, params, read_timeout)
        try:
            value = self._decode_json(response, request_id, method, read_timeout)
        except Failure:
            self.protocol = "jsonrpc"  # a well-formed xapi failure proves JSON-RPC works too
            raise
        self.protocol = "jsonrpc"
        return value

    def _jsonrpc(self, http: requests.Session, method: str, params: list[Any], read_timeout: float) -> Any:
        request_id = self._next_id()
        body = jsonrpc_codec.encode_request(method, params, request_id)
        streamed = method == "event.from"
        response = self._post(http, "/jsonrpc", body, jsonrpc_codec.CONTENT_TYPE, read_timeout, stream=streamed)
        try:
            return self._decode_json(response, request_id, method, read_timeout)
        finally:
            response.close()

    def _decode_json(self, response: requests.Response, request_id: int, method: str, read_timeout: float) -> Any:
        self._check_reply(response, "json")
        if method == "event.from":  # decoded as it arrives, the events straight into record structs
            chunks = self._chunks(response, read_timeout)
            return jsonrpc_codec.decode_response(chunks, request_id, events_from_json, ("events",))
        return jsonrpc_codec.decode_response(response.content, request_id)

    def _chunks(self, response: requests.Response, read_timeout: float) -> Iterator[bytes]:
        try:
            yield from response.iter_content(STREAM_CHUNK)
        except requests.RequestException as e:
            raise self._network_error(e, read_timeout) from None

    def _xmlrpc(self, http: requests.Session, method: str, params: list[Any], read_timeout: float) -> Any:
        body = xmlrpc_codec.encode_request(method, params)
        response = self._post(http, "/", body, xmlrpc_codec.CONTENT_TYPE, read_timeout)
        self._check_reply(response, "xml")
        return xmlrpc_codec.decode_response(response.content)

    def _check_reply(self, response: requests.Response, kind: str) -> None:
        content_type = _content_type(response)
        if response.status_code != 200:
            raise ProtocolError(
                f"{self.host} answered HTTP {response.status_code} {response.reason or ''}".rstrip()
                + (f" ({content_type})" if content_type else "")
            )
        if content_type and kind not in content_type:
            raise ProtocolError(f"{self.host} answered with {content_type}, expected {kind}")

    def _post(self, http: requests.Session, path: str, body: bytes, content_type: str, read_timeout: float, *,
              stream: bool = False) -> requests.Response:
        try:
            return http.post(
                self.url + path,
                data=body,
                headers={"Content-Type": content_type},
                timeout=(self.connect_timeout, read_timeout),
                stream=stream,
            )
        except XenAPIError:
            raise
        except requests.RequestException as e:
            raise self._network_error(e, read_timeout) from None

    def _network_error(self, exc: BaseException, read_timeout: float) -> XenAPIError:
        return network_error(
            exc, self.host, self.port, connect_timeout=self.connect_timeout, read_timeout=read_timeout,
            secure=self.url.startswith("https:"),
        )


def _content_type(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "").split(";")[0].strip().lower()


def login_following_coordinator(
    url: str,
    user: str,
    password: str,
    *,
    fingerprint_for: Callable[[str], str | None] | None = None,
    max_hops: int = 3,
    timeout: float = 30.0,
    connect_timeout: float = 10.0,
) -> Session:
    """Log in, following HOST_IS_SLAVE to the pool coordinator; ``fingerprint_for(url)`` pins each host."""
    hops = 0
    while True:
        pin = fingerprint_for(url) if fingerprint_for else None
        session = Session(url, fingerprint=pin, timeout=timeout, connect_timeout=connect_timeout)
        try:
            session.login_with_password(user, password)
            return session
        except HostIsSlave as e:
            session.close()
            if hops == max_hops or not e.coordinator_address:
                raise
            hops += 1
            log.info("%s is a pool member; the coordinator is %s", session.host, e.coordinator_address)
            url = host_url(url, e.coordinator_address)
        except BaseException:
            session.close()
            raise
