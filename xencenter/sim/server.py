"""The simulator's HTTP(S) endpoints: one per served host, all sharing one Api.

``POST /jsonrpc`` speaks JSON-RPC, ``POST /`` and ``POST /RPC2`` XML-RPC (JSON-RPC too when the content type
says so, as xapi does); anything else goes through the route table (``routes.ROUTES``). A body that is not a
request gets xapi's HTTP 500 and the connection keeps serving. TLS is negotiated in the connection's own
thread, so a slow handshake never holds up other clients.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import ssl
import sys
import threading
import time
import traceback
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from . import events, faults, raw_vdi, rrd, transfer, wire  # noqa: F401  (they register their routes)
from .api import Api
from .errors import XapiError
from .routes import ROUTES

SHUTDOWN_POLL_SECONDS = 0.05  # how soon a stopping endpoint notices (stop_endpoint, SIGTERM)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], api: Api, host: str, tls: ssl.SSLContext | None) -> None:
        self.api = api
        self.host_ref = host
        self.tls = tls
        self.down = False  # the host vanished or the network is cut: nothing is answered
        # accepted socket -> the socket in use (the TLS one after the handshake: the accepted one is detached)
        self.connections: dict[socket.socket, socket.socket] = {}
        self.connections_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def server_bind(self) -> None:
        """HTTPServer's own would look up the address's name (a DNS query for 127.0.0.2); nobody needs it."""
        socketserver.TCPServer.server_bind(self)
        host, self.server_port = self.server_address[:2]
        self.server_name = str(host)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        return not self.down  # refused connections are closed at once: the client sees a reset

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections[request] = request
        super().process_request(request, client_address)

    def track(self, accepted: socket.socket, in_use: socket.socket) -> None:
        with self.connections_lock:
            if accepted in self.connections:
                self.connections[accepted] = in_use

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            in_use = self.connections.pop(request, request)
        if in_use is not request:
            with contextlib.suppress(OSError):
                in_use.close()
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ssl.SSLError, ConnectionError, TimeoutError, OSError)):
            return  # clients that hang up or fail the handshake are not our problem
        super().handle_error(request, client_address)

    def drop_connections(self, keep: socket.socket | None = None) -> None:
        """Cut every open connection (but ``keep``): blocked readers and writers fail at once."""
        with self.connections_lock:
            open_sockets = [s for s in self.connections.values() if s is not keep]
        for sock in open_sockets:
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the fd itself, under any TLS layer


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "xapi"
    sys_version = ""
    server: _HTTPServer
    _plan = faults.Plan()

    def setup(self) -> None:
        # Headers and body go out as two writes: without this, Nagle and delayed ACKs add 40 ms per call.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.server.tls is not None:
            accepted = self.request
            accepted.settimeout(30)
            self.request = self.server.tls.wrap_socket(accepted, server_side=True)
            self.request.settimeout(None)
            self.server.track(accepted, self.request)
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

    def send_body(self, status: int, content_type: str, body: bytes) -> None:
        """A route's whole answer, malformed when a fault rule says so (``truncated``, ``invalid_xml``)."""
        if self._plan.malformed == "truncated":
            body = faults.truncated(body)
        elif self._plan.malformed == "invalid_xml":
            content_type, body = "text/xml", faults.INVALID_XML
        self._send(status, content_type, body, close=False)

    def _route(self, method: str) -> None:
        if self._vanished():
            return
        path = urlsplit(self.path).path
        handler = ROUTES.get((method, path))
        if handler is None:
            self._body()  # read what was sent, or closing would reset the connection under the answer
            self.send_plain(404, "Not found")
            return
        self._plan = self.api.faults.plan(path)  # rules match routes by path: "/rrd_updates"
        if not self._suffer(self._plan):
            handler(self)

    def _suffer(self, plan: faults.Plan) -> bool:
        """Delay, stall or answer HTTP 500 as planned; True when the request has been dealt with."""
        if plan.delay:
            time.sleep(plan.delay)
        if plan.stall:
            self.api.faults.wait_stall()
            self._vanished_now()
            return True
        if plan.malformed == "html500":
            self._send(500, "text/html", faults.HTML_500, close=False)
            return True
        return False

    def _vanished(self) -> bool:
        """A host that is down answers nothing: the connection just closes."""
        if not self.server.down:
            return False
        self._vanished_now()
        return True

    def _rpc(self, json: bool) -> None:
        if self._vanished():
            return
        try:
            body = self._body()
            call = wire.parse_json_call(body) if json else wire.parse_xml_call(body)
        except (wire.MalformedRequest, ValueError):
            self._send(500, "text/html", faults.HTML_500, close=False)
            return
        plan = self.api.faults.plan(call.method)
        if self._suffer(plan):
            return
        if plan.malformed == "invalid_xml":
            self._send(200, "text/xml", faults.INVALID_XML, close=False)
            return
        try:
            value = self.api.call(call.method, call.params, self.host, self.request)
            if plan.malformed == "wrong_types":
                value = faults.wrong_types(value)
            payload = self._json_success(call, value, plan) if json else wire.xml_success(value)
        except XapiError as error:
            payload = wire.json_failure(call, error) if json else wire.xml_failure(error)
        except Exception as error:  # a simulator bug: tell the client as xapi would, keep serving
            traceback.print_exc()
            failure = XapiError("INTERNAL_ERROR", type(error).__name__)
            payload = wire.json_failure(call, failure) if json else wire.xml_failure(failure)
        if plan.malformed == "truncated":
            payload = faults.truncated(payload)
        self._send(200, "application/json" if json else "text/xml", payload, close=False)

    def _json_success(self, call: wire.Call, value: Any, plan: faults.Plan) -> bytes:
        """event.from answers are written from the store's encoded snapshots (unless a fault reshaped them)."""
        if call.method == "event.from" and plan.malformed != "wrong_types":
            return wire.json_success(call, value, events.result_json(self.api.store, value))
        return wire.json_success(call, value)

    def _vanished_now(self) -> None:
        """Close without a word (a vanished host, or the end of a stall)."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            socket.socket.shutdown(self.request, socket.SHUT_RDWR)

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
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
    """One listening socket answering for one host (the coordinator or a member); it can be stopped,
    started again on the same port, cut off for a while, or made to vanish."""

    def __init__(self, api: Api, host: str, tls: ssl.SSLContext | None, port: int = 0, ip: str = "127.0.0.1") -> None:
        self._api, self.host, self._tls, self.ip = api, host, tls, ip
        self._httpd = _HTTPServer((ip, port), api, host, tls)
        self.port = self._httpd.server_address[1]
        self.url = f"{'https' if tls else 'http'}://{ip}:{self.port}"
        self._lock = threading.Lock()
        self._serving = False

    def start(self) -> None:
        """Serve (again, on the same port, after a stop)."""
        with self._lock:
            if self._serving:
                self._httpd.down = False
                return
            if self._httpd.socket.fileno() < 0:  # stopped before: listen anew
                self._httpd = _HTTPServer((self.ip, self.port), self._api, self.host, self._tls)
            self._serving = True
            threading.Thread(target=self._httpd.serve_forever, args=(SHUTDOWN_POLL_SECONDS,),
                             name=f"endpoint {self.port}", daemon=True).start()

    def moved_to(self, ip: str) -> Endpoint:
        """A new endpoint for the same host on another address, same port and certificate (not started)."""
        return Endpoint(self._api, self.host, self._tls, self.port, ip)

    def for_host(self, host: str, ip: str) -> Endpoint:
        """An endpoint for another host (one that joined the pool) on ``ip``, same port and certificate."""
        return Endpoint(self._api, host, self._tls, self.port, ip)

    def stop(self, keep: socket.socket | None = None) -> None:
        """Stop listening and cut open connections but ``keep`` (safe to call from one of its own requests)."""
        with self._lock:
            if not self._serving:
                return
            self._serving = False
            httpd = self._httpd
        httpd.down = True
        httpd.shutdown()
        httpd.server_close()
        httpd.drop_connections(keep)

    def vanish(self, keep: socket.socket | None = None) -> None:
        """From now on nothing is answered and every connection is cut (but ``keep``, the caller's)."""
        self._httpd.down = True
        self._httpd.drop_connections(keep)

    def outage(self, seconds: float, keep: socket.socket | None = None) -> None:
        """Vanish for ``seconds``, then answer again (a network cut that heals)."""
        self.vanish(keep)
        httpd = self._httpd

        def heal() -> None:
            time.sleep(seconds)
            with self._lock:
                if self._serving and httpd is self._httpd:
                    httpd.down = False

        threading.Thread(target=heal, name=f"outage {self.port}", daemon=True).start()

    def drop_connections(self, keep: socket.socket | None = None) -> None:
        self._httpd.drop_connections(keep)

    def close(self) -> None:
        """Release a socket that never served (a listening attempt given up)."""
        self._httpd.server_close()
