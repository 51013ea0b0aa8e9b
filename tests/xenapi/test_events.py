"""event.from through Session: typed events, equal over both protocols, and a read timeout that waits."""

from __future__ import annotations

import pytest
from xenapi_servers import FakeXapi, XapiDate, XapiFailure

from xencenter.xenapi import Event, EventsLost, Session

BATCH = {
    "events": [
        {"id": "101", "timestamp": "1714052123.25", "class": "vm", "operation": "add", "ref": "OpaqueRef:vm1",
         "snapshot": {"uuid": "u1", "name_label": "web", "memory_static_max": 4294967296, "VCPUs_max": 2,
                      "power_state": "Running", "other_config": {"k": "v"}}},
        {"id": "102", "timestamp": "1714052124.5", "class": "vm_metrics", "operation": "mod", "ref": "OpaqueRef:m1",
         "snapshot": {"uuid": "m1", "VCPUs_utilisation": {"0": 0.5}, "memory_actual": 1024,
                      "start_time": XapiDate("20240101T13:20:11")}},
        {"id": "103", "timestamp": "1714052125.0", "class": "vm", "operation": "del", "ref": "OpaqueRef:vm2"},
    ],
    "valid_ref_counts": {"vm": 1, "vm_metrics": 1},
    "token": "103,0",
}


def event_xapi(events_lost: bool = False, wait: float = 0.0) -> FakeXapi:
    def event_from(session: str, classes: list[str], token: str, timeout: float) -> dict:
        if events_lost:
            raise XapiFailure("EVENTS_LOST")
        assert isinstance(timeout, float)  # xapi insists on a float
        return BATCH

    return FakeXapi(methods={"event.from": event_from},
                    delay=lambda method, params: wait if method == "event.from" else 0.0)


@pytest.fixture
def connect(serve, certificate):
    def start(xapi: FakeXapi, protocol: str | None = None, timeout: float = 30.0) -> Session:
        server = serve(xapi)
        session = Session(server.url, fingerprint=certificate.sha256_hex, protocol=protocol, timeout=timeout)
        session.login_with_password("root", "xenroot")
        return session

    return start


def test_event_from_returns_typed_events_identical_over_both_protocols(connect) -> None:
    batches = {p: connect(event_xapi(), p).event_from(["*"], "", 30.0) for p in ("jsonrpc", "xmlrpc")}
    assert batches["jsonrpc"] == batches["xmlrpc"]
    batch = batches["xmlrpc"]
    assert batch.token == "103,0"
    assert batch.valid_ref_counts == {"vm": 1, "vm_metrics": 1}
    add, mod, delete = batch.events
    assert isinstance(add, Event) and (add.id, add.cls, add.operation, add.ref) == (101, "vm", "add", "OpaqueRef:vm1")
    assert add.snapshot is not None and add.snapshot["memory_static_max"] == 4294967296
    assert add.snapshot["name_label"] == "web"
    assert mod.snapshot is not None
    assert mod.snapshot["VCPUs_utilisation"] == {"0": 0.5} and mod.snapshot["memory_actual"] == 1024
    assert mod.snapshot["start_time"] == "20240101T13:20:11Z"
    assert (delete.operation, delete.snapshot) == ("del", None)


def test_events_lost_is_its_own_error(connect) -> None:
    with pytest.raises(EventsLost):
        connect(event_xapi(events_lost=True)).event_from(["*"], "5,0", 1.0)


def test_the_read_timeout_of_event_from_exceeds_its_server_timeout(connect) -> None:
    # The server holds the call for the whole event timeout (as xapi does when nothing changes);
    # the session's ordinary read timeout is shorter, and must not cut the call.
    session = connect(event_xapi(wait=0.8), timeout=0.3)
    assert session.event_from(["vm"], "", 0.8).token == "103,0"
