"""What the same data costs without us: the raw fetch+parse floor and the official SDK.

Both start from nothing (a new HTTP connection and a login), like our connection does.
- floor: ``requests`` POSTs ``event.from(["*"], "")`` to ``/jsonrpc`` and ``json.loads`` the body; also timed
  with the garbage collector paused during the parse (the tighter bound a careful client can reach).
- SDK: the official ``XenAPI`` package (XML-RPC, as XenCenter-era tooling does) calling
  ``<class>.get_all_records`` for every class the event stream returned.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass

import requests


@dataclass
class Floor:
    fetch_parse_s: float
    fetch_parse_nogc_s: float
    body_mb: float
    events: int


def _rpc(http: requests.Session, url: str, method: str, params: list, request_id: int) -> bytes:
    body = json.dumps({"jsonrpc": "2.0", "method": method, "params": params, "id": request_id})
    reply = http.post(f"{url}/jsonrpc", data=body, headers={"Content-Type": "application/json"}, verify=False,
                      timeout=(10, 600))
    reply.raise_for_status()
    return reply.content


def _fetch_parse(url: str, user: str, password: str, pause_gc: bool) -> tuple[float, int, int]:
    """(seconds, body bytes, events) from a fresh connection to the parsed event.from answer."""
    started = time.perf_counter()
    with requests.Session() as http:
        http.trust_env = False
        session = json.loads(_rpc(http, url, "session.login_with_password", [user, password, "1.1", "bench"], 1))
        ref = session["result"]
        body = _rpc(http, url, "event.from", [ref, ["*"], "", 30.0], 2)
        if pause_gc:
            gc.disable()
        try:
            reply = json.loads(body)
        finally:
            gc.enable()
        elapsed = time.perf_counter() - started
        _rpc(http, url, "session.logout", [ref], 3)
    return elapsed, len(body), len(reply["result"]["events"])


def measure_floor(url: str, user: str, password: str) -> Floor:
    plain, size, events = _fetch_parse(url, user, password, pause_gc=False)
    nogc, _, _ = _fetch_parse(url, user, password, pause_gc=True)
    return Floor(plain, nogc, size / 1e6, events)


def measure_sdk(url: str, user: str, password: str, classes: Iterable[str]) -> float:
    """Seconds from login to every class's ``get_all_records`` answered by the official SDK."""
    import XenAPI

    started = time.perf_counter()
    session = XenAPI.Session(url, ignore_ssl=True)
    session.xenapi.login_with_password(user, password, "1.1", "bench")
    try:
        for cls in classes:
            getattr(session.xenapi, cls).get_all_records()
        return time.perf_counter() - started
    finally:
        session.xenapi.session.logout()
