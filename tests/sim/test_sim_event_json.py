"""event.from's JSON is written from encoded snapshots: it must equal json.dumps of the same answer, byte for
byte, also after setters and lifecycle changes have replaced records (the cache is invalidated)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import start_sim
from xencenter.sim import events, wire
from xencenter.sim.api import Api
from xencenter.sim.server import Endpoint  # noqa: F401  (registers every hand-written method)
from xencenter.sim.store import Store
from xencenter.sim.synthetic import generate_pool


@pytest.fixture(scope="module")
def pool():
    server = start_sim("--hosts", "3", "--vms", "24", "--op-seconds", "0")
    yield server
    server.stop()


@pytest.fixture
def api() -> Api:
    return Api(Store(generate_pool(3, 24, seed=1)), op_seconds=0)


def _plain(call: wire.Call, value: object) -> bytes:
    """What the simulator sent before snapshots were cached: json.dumps of the whole envelope."""
    if call.version == "2.0":
        envelope = {"jsonrpc": "2.0", "result": value, "id": call.id}
    else:
        envelope = {"result": value, "error": None, "id": call.id}
    return json.dumps(envelope, separators=(",", ":"), check_circular=False).encode()


def _assert_same(api: Api, session: str, token: str, classes: list[str] | None = None) -> dict:
    value = api.call("event.from", [session, classes or ["*"], token, 0.0], api.coordinator)
    for call in (wire.Call("event.from", [], 7, "2.0"), wire.Call("event.from", [], "x", "1.0")):
        cached = wire.json_success(call, value, events.result_json(api.store, value))
        assert cached == _plain(call, value)
        assert json.loads(cached) == json.loads(_plain(call, value))
    return value


def _login(api: Api) -> str:
    return api.call("session.login_with_password", ["root", "xenroot"], api.coordinator)


def test_cached_reply_equals_plain_dumps_before_and_after_changes(api):
    session = _login(api)
    first = _assert_same(api, session, "")
    _assert_same(api, session, "")  # now every snapshot comes from the cache
    vm = next(ref for ref, r in api.store.records["VM"].items()
              if not r["is_a_template"] and not r["is_control_domain"] and r["power_state"] == "Halted")
    api.call("VM.set_name_label", [session, vm, "renamed \u00e9\"quoted\""], api.coordinator)
    api.call("VM.add_to_other_config", [session, vm, "k", "v"], api.coordinator)
    api.call("VM.start", [session, vm, False, False], api.coordinator)
    changed = _assert_same(api, session, first["token"])
    (event,) = [e for e in changed["events"] if e["ref"] == vm]
    assert event["snapshot"]["name_label"] == "renamed \u00e9\"quoted\""
    assert event["snapshot"]["power_state"] == "Running"
    snapshot = _assert_same(api, session, "")
    (again,) = [e for e in snapshot["events"] if e["ref"] == vm]
    assert json.loads(api.store.snapshot_json("vm", vm, again["snapshot"]))["power_state"] == "Running"
    api.call("VM.hard_shutdown", [session, vm], api.coordinator)
    clone = api.call("VM.clone", [session, vm, "copy"], api.coordinator)
    api.call("VM.destroy", [session, clone], api.coordinator)
    _assert_same(api, session, changed["token"])
    _assert_same(api, session, "", ["vm", "host"])


def test_a_held_snapshot_encodes_as_itself_after_the_record_is_replaced(api):
    session = _login(api)
    vm = next(iter(api.store.records["VM"]))
    old = api.store.get("VM", vm)
    before = api.store.snapshot_json("vm", vm, old)
    api.call("VM.set_name_description", [session, vm, "new text"], api.coordinator)
    assert api.store.snapshot_json("vm", vm, old) == before == json.dumps(old, separators=(",", ":")).encode()
    new = api.store.get("VM", vm)
    assert json.loads(api.store.snapshot_json("vm", vm, new))["name_description"] == "new text"


def test_the_wire_reply_is_compact_json_of_its_own_content(rpc):
    session = rpc.login()
    rpc.call("VM.set_name_label", session, rpc.call("VM.get_all", session)[0], "on the wire")
    for version in ("2.0", "1.0"):
        request = {"method": "event.from", "params": [session, ["*"], "", 5.0], "id": 3}
        if version == "2.0":
            request["jsonrpc"] = "2.0"
        reply = rpc.post("/jsonrpc", json.dumps(request).encode(), "application/json")
        decoded = reply.json()
        assert reply.body == json.dumps(decoded, separators=(",", ":")).encode()
        assert any(e["snapshot"].get("name_label") == "on the wire" for e in decoded["result"]["events"])
