"""The simulator's HTTP(S) endpoints: one per served host, all sharing one Api.

``POST /jsonrpc`` speaks JSON-RPC, ``POST /`` and ``POST /RPC2`` XML-RPC (JSON-RPC too when the content type
says so, as xapi does); anything else goes through the route table (``routes.ROUTES``). A body that is not a
request gets xapi's HTTP 500 and the connection keeps serving. TLS is negotiated in the connection's own
thread, so a slow handshake never holds up other clients.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import sys
import threading
import traceback
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from . import wire
from .api import Api
from .errors import XapiError
from .routes import ROUTES

_ERROR_500 = (
    b"<html><body><h1>HTTP 500 internal server error</h1>An unexpected error occurred; please wait a while "
    b"and try again. If the problem persists, please contact your support representative.</body></html>"
)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], api: Api, host: str, tls: ssl.SSLContext | None) -> None:
        self.api = api
        self.host_ref = host
        self.tls = tls
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ssl.SSLError, ConnectionError, TimeoutError, OSError)):
            return  # clients that hang up or fail the handshake are not our problem
        super().handle_error(request, client_address)

    def drop_connections(self) -> None:
        with self.connections_lock:
            for sock in self.connections:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "xapi"
    sys_version = ""
    server: _HTTPServer

    def setup(self) -> None:
        # Headers and body go out as two writes: without this, Nagle and delayed ACKs add 40 ms per call.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.server.tls is not None:
            self.request.settimeout(30)
            self.request = self.server.tls.wrap_socket(self.request, server_side=True)
            self.request.settimeout(None)
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: requests carry session refs; failures surface to the client

    # -- what route handlers use -----------------------------------------------------------------------------

    @property
    def api(self) -> Api:
        return self.server.api

    @property
    def host(self) -> str:
        return self.server.host_ref

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.path).query))

    def session(self) -> str | None:
        """The caller's valid session (query ``session_id`` or cookie), or None."""
        candidate = self.query.get("session_id")
        if not candidate:
            cookie = SimpleCookie(self.headers.get("Cookie", ""))
            candidate = cookie["session_id"].value if "session_id" in cookie else None
        try:
            return self.api.check_session(candidate)
        except XapiError:
            return None

    def send_plain(self, status: int, text: str) -> None:
        self._send(status, "text/plain", text.encode(), close=True)

    # -- HTTP methods ------------------------------------------------------------------------------------------

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path == "/jsonrpc" or (path in ("/", "/RPC2") and "json" in self.headers.get("Content-Type", "")):
            self._rpc(json=True)
        elif path in ("/", "/RPC2"):
            self._rpc(json=False)
        else:
            self._route("POST")

    def do_GET(self) -> None:
        self._route("GET")

    def do_PUT(self) -> None:
        self._route("PUT")

    def do_CONNECT(self) -> None:
        self._route("CONNECT")

    def _route(self, method: str) -> None:
        handler = ROUTES.get((method, urlsplit(self.path).path))
        if handler is None:
            self._body()  # read what was sent, or closing would reset the connection under the answer
            self.send_plain(404, "Not found")
            return
        handler(self)

    def _rpc(self, json: bool) -> None:
        try:
            body = self._body()
            call = wire.parse_json_call(body) if json else wire.parse_xml_call(body)
        except (wire.MalformedRequest, ValueError):
            self._send(500, "text/html", _ERROR_500, close=False)
            return
        try:
            value = self.api.call(call.method, call.params, self.host)
            payload = wire.json_success(call, value) if json else wire.xml_success(value)
        except XapiError as error:
            payload = wire.json_failure(call, error) if json else wire.xml_failure(error)
        except Exception as error:  # a simulator bug: tell the client as xapi would, keep serving
            traceback.print_exc()
            failure = XapiError("INTERNAL_ERROR", type(error).__name__)
            payload = wire.json_failure(call, failure) if json else wire.xml_failure(failure)
        self._send(200, "application/json" if json else "text/xml", payload, close=False)

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _send(self, status: int, content_type: str, payload: bytes, close: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(payload)


class Endpoint:
    """One listening socket answering for one host (the coordinator or a member)."""

    def __init__(self, api: Api, host: str, tls: ssl.SSLContext | None, port: int = 0) -> None:
        self._httpd = _HTTPServer(("127.0.0.1", port), api, host, tls)
        self.host = host
        self.port = self._httpd.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=f"endpoint {self.port}", daemon=True)
        self._stopped = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop accepting and close open connections (safe to call from one of its own requests)."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd.drop_connections()
