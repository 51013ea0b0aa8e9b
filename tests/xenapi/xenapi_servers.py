"""Small real servers for the client's tests: HTTP(S) on loopback with scripted replies, and a tiny xapi.

They exist to make wire conditions deterministic (malformed replies, old hosts, wrong certificates,
pool members) that a faithful simulator never produces on purpose.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import ssl
import threading
import xmlrpc.client
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificate:
    cert_path: Path
    key_path: Path
    der: bytes
    common_name: str

    @property
    def sha256_hex(self) -> str:
        return hashlib.sha256(self.der).hexdigest()


def make_certificate(directory: Path, common_name: str = "xapi-test") -> Certificate:
    """A self-signed certificate for 127.0.0.1 (as xapi generates for itself)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_path = directory / f"{common_name}.pem"
    key_path = directory / f"{common_name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return Certificate(cert_path, key_path, cert.public_bytes(serialization.Encoding.DER), common_name)


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    content_type: str | None = "application/json"
    body: bytes = b""
    delay: float = 0.0
    raw: bytes | None = None  # written verbatim instead of an HTTP response (console tunnel tests)
    tunnel: Callable[[Any, Any], None] | None = None  # then talks over (rfile, wfile), like a VNC server


Handler = Callable[[Request], Reply]


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet test output
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = Request(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
        self.server.owner.requests.append(request)
        reply = self.server.owner.handler(request)
        if reply.delay:
            threading.Event().wait(reply.delay)
        if reply.raw is not None:
            self.wfile.write(reply.raw)
            self.wfile.flush()
            if reply.tunnel:
                reply.tunnel(self.rfile, self.wfile)
            self.close_connection = True
            return
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    do_GET = do_POST = do_CONNECT = _serve  # noqa: N815


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: HTTPTestServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that give up (timeouts, refused certificates) are what the tests provoke: stay quiet."""


class HTTPTestServer:
    """An HTTP(S) server on 127.0.0.1 running ``handler`` for every request, in a thread."""

    def __init__(self, handler: Handler, certificate: Certificate | None = None) -> None:
        self.handler = handler
        self.requests: list[Request] = []
        self._server = _Server(("127.0.0.1", 0), _RequestHandler)
        self._server.owner = self
        if certificate:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(certificate.cert_path, certificate.key_path)
            # handshake lazily in the handler thread, so a refused client cannot stall accept()
            self._server.socket = context.wrap_socket(
                self._server.socket, server_side=True, do_handshake_on_connect=False
            )
        self.port = self._server.server_address[1]
        self.url = f"{'https' if certificate else 'http'}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


# -- a tiny xapi ---------------------------------------------------------------------------------


class XapiFailure(Exception):
    def __init__(self, code: str, *params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = list(params)


def xmlrpc_value(value: Any) -> Any:
    """Python -> what xapi puts in XML-RPC: ints as strings, dates as dateTime.iso8601."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, XapiDate):
        return xmlrpc.client.DateTime(value.text)
    if isinstance(value, dict):
        return {k: xmlrpc_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [xmlrpc_value(v) for v in value]
    return value


@dataclass(frozen=True)
class XapiDate:
    """A date as the server spells it (with or without ``Z``)."""

    text: str


def _json_default(value: Any) -> Any:
    if isinstance(value, XapiDate):
        return value.text
    raise TypeError(type(value))


@dataclass
class FakeXapi:
    """Dispatches xapi calls to ``methods`` with xapi's envelopes.

    ``jsonrpc=False`` plays a host too old for JSON-RPC (it answers /jsonrpc with text/xml).
    """

    methods: dict[str, Callable[..., Any]] = field(default_factory=dict)
    jsonrpc: bool = True
    user: str = "root"
    password: str = "xenroot"
    calls: list[tuple[str, str, list[Any]]] = field(default_factory=list)  # (protocol, method, params)
    sessions: set[str] = field(default_factory=set)
    delay: Callable[[str, list[Any]], float] = lambda method, params: 0.0

    def __post_init__(self) -> None:
        self.methods.setdefault("session.login_with_password", self._login)
        self.methods.setdefault("session.logout", self._logout)

    def _login(self, user: str, password: str, version: str, originator: str) -> str:
        if (user, password) != (self.user, self.password):
            raise XapiFailure("SESSION_AUTHENTICATION_FAILED", user, "Authentication failure")
        ref = f"OpaqueRef:session-{len(self.sessions) + 1}"
        self.sessions.add(ref)
        return ref

    def _logout(self, session: str) -> str:
        self.sessions.discard(session)
        return ""

    def call(self, method: str, params: list[Any]) -> Any:
        if method not in self.methods:
            raise XapiFailure("MESSAGE_METHOD_UNKNOWN", method)
        if method != "session.login_with_password" and (not params or params[0] not in self.sessions):
            raise XapiFailure("SESSION_INVALID", str(params[0]) if params else "")
        return self.methods[method](*params)

    def __call__(self, request: Request) -> Reply:
        if request.path == "/jsonrpc" and self.jsonrpc:
            envelope = json.loads(request.body)
            method, params = envelope["method"], envelope["params"]
            self.calls.append(("jsonrpc", method, params))
            reply = {"jsonrpc": "2.0", "id": envelope["id"]}
            try:
                reply["result"] = self.call(method, params)
            except XapiFailure as f:
                reply["error"] = {"code": 1, "message": f.code, "data": f.params}
            body = json.dumps(reply, default=_json_default).encode()
            return Reply(body=body, content_type="application/json", delay=self.delay(method, params))
        if request.path == "/jsonrpc":  # an old host: its XML-RPC parser chokes on JSON
            body = xmlrpc.client.dumps(
                ({"Status": "Failure", "ErrorDescription": ["XMLRPC_UNMARSHAL_FAILURE", "", ""]},),
                methodresponse=True,
            ).encode()
            return Reply(body=body, content_type="text/xml")
        params, method = xmlrpc.client.loads(request.body)
        self.calls.append(("xmlrpc", method, list(params)))
        try:
            result = {"Status": "Success", "Value": xmlrpc_value(self.call(method, list(params)))}
        except XapiFailure as f:
            result = {"Status": "Failure", "ErrorDescription": [f.code, *f.params]}
        body = xmlrpc.client.dumps((result,), methodresponse=True).encode()
        return Reply(body=body, content_type="text/xml", delay=self.delay(method, list(params)))
