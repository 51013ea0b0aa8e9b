"""HTTP side channels beside the RPC endpoints: a route table keyed by (HTTP method, path).

``CONNECT /console`` is here: it checks the session (query ``session_id`` or cookie), finds the console by
``uuid=`` or ``ref=``, answers ``HTTP/1.1 200 OK`` and hands the socket to the simulator's VNC backend
(``vnc_backends``: the ``rfb_text`` console, or a relay to QEMU; 503 when it cannot serve). Add a route with
``@route("GET", "/rrd_updates")``: the handler gets the request handler (``.query``, ``.api``, ``.host``,
``.session()``, ``.send_plain(status, text)``, ``.connection``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import vnc_backends
from .errors import XapiError

RouteHandler = Callable[[Any], None]
ROUTES: dict[tuple[str, str], RouteHandler] = {}


def route(method: str, path: str) -> Callable[[RouteHandler], RouteHandler]:
    def register(fn: RouteHandler) -> RouteHandler:
        ROUTES[(method, path)] = fn
        return fn

    return register


def _find_console(store: Any, query: dict[str, str]) -> dict[str, Any] | None:
    try:
        if "uuid" in query:
            return store.get("console", store.by_uuid("console", query["uuid"]))
        if "ref" in query:
            return store.get("console", query["ref"])
    except XapiError:
        return None
    return None


@route("CONNECT", "/console")
def console(request: Any) -> None:
    if request.session() is None:
        request.send_plain(401, "Unauthorised")
        return
    store = request.api.store
    record = _find_console(store, request.query)
    if record is None:
        request.send_plain(404, "No such console")
        return
    try:
        serve = vnc_backends.backend_of(request.api).attach(store, record["VM"])
    except vnc_backends.ConsoleUnavailable as e:
        request.send_plain(503, f"Console unavailable: {e}")
        return
    request.close_connection = True
    request.wfile.write(b"HTTP/1.1 200 OK\r\n\r\n")
    request.wfile.flush()
    serve(request.connection)
