"""event.from against the simulator: tokens, snapshots, timeouts, batching, add/mod/del, lost events."""

from __future__ import annotations

import threading
import time

import pytest
from sim_rpc import Rpc, failure_of

from tests.conftest import start_sim


@pytest.fixture(scope="module")
def pool():
    server = start_sim("--hosts", "3", "--vms", "24", "--op-seconds", "0.2")
    yield server
    server.stop()


def _other(pool) -> tuple[Rpc, str]:
    client = Rpc(pool.url, pool.fingerprint)
    return client, client.login()


def _later(seconds: float, fn, *args) -> threading.Thread:
    def run() -> None:
        time.sleep(seconds)
        fn(*args)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_empty_token_returns_every_object_as_add(rpc):
    session = rpc.login()
    result = rpc.call("event.from", session, ["*"], "", 30.0)
    assert set(result) == {"events", "valid_ref_counts", "token"} and result["token"]
    by_class: dict[str, dict] = {}
    for event in result["events"]:
        assert event["operation"] == "add"
        assert set(event) == {"id", "timestamp", "class", "operation", "ref", "snapshot"}
        by_class.setdefault(event["class"], {})[event["ref"]] = event["snapshot"]
    assert by_class["vm"] == rpc.call("VM.get_all_records", session)
    assert by_class["host"] == rpc.call("host.get_all_records", session)
    assert "session" not in by_class, "sessions are not events"
    assert result["valid_ref_counts"]["vm"] == len(by_class["vm"])
    assert result["valid_ref_counts"]["vm_guest_metrics"] == len(by_class["vm_guest_metrics"])


def test_a_change_by_another_session_arrives_as_mod_with_snapshot(pool, rpc):
    session = rpc.login()
    token = rpc.call("event.from", session, ["vm"], "", 5.0)["token"]
    other, other_session = _other(pool)
    vm = next(iter(other.call("VM.get_all", other_session)))
    started = time.monotonic()
    _later(0.3, other.call, "VM.set_name_label", other_session, vm, "changed elsewhere")
    result = rpc.call("event.from", session, ["vm"], token, 10.0)
    assert time.monotonic() - started < 3, "a blocking event.from returns when the change happens"
    (event,) = [e for e in result["events"] if e["ref"] == vm]
    assert event["operation"] == "mod" and event["class"] == "vm"
    assert event["snapshot"]["name_label"] == "changed elsewhere"
    assert result["token"] > token


def test_timeout_is_honoured_when_nothing_changes(rpc):
    session = rpc.login()
    token = rpc.call("event.from", session, ["vm_appliance"], "", 5.0)["token"]
    started = time.monotonic()
    result = rpc.call("event.from", session, ["vm_appliance"], token, 0.8)
    elapsed = time.monotonic() - started
    assert result["events"] == [] and 0.7 <= elapsed < 3
    assert result["valid_ref_counts"] == {"vm_appliance": 1}


def test_a_burst_comes_back_as_one_batch(pool, rpc):
    session = rpc.login()
    token = rpc.call("event.from", session, ["host"], "", 5.0)["token"]
    other, other_session = _other(pool)
    hosts = other.call("host.get_all", other_session)

    def burst() -> None:
        for n, host in enumerate(hosts):
            other.call("host.set_name_description", other_session, host, f"burst {n}")

    _later(0.2, burst)
    result = rpc.call("event.from", session, ["host"], token, 10.0)
    assert {e["ref"] for e in result["events"]} == set(hosts)
    assert all(e["operation"] == "mod" for e in result["events"])


def test_created_and_destroyed_objects(pool, rpc):
    session = rpc.login()
    token = rpc.call("event.from", session, ["task"], "", 5.0)["token"]
    task = rpc.call("task.create", session, "made by a test", "")
    added = rpc.call("event.from", session, ["task"], token, 5.0)
    assert [(e["operation"], e["ref"]) for e in added["events"]] == [("add", task)]
    assert added["events"][0]["snapshot"]["name_label"] == "made by a test"
    rpc.call("task.destroy", session, task)
    removed = rpc.call("event.from", session, ["task"], added["token"], 5.0)
    assert [(e["operation"], e["ref"]) for e in removed["events"]] == [("del", task)]
    assert "snapshot" not in removed["events"][0]
    short_lived = rpc.call("task.create", session, "gone before anyone looks", "")
    rpc.call("task.destroy", session, short_lived)
    quiet = rpc.call("event.from", session, ["task"], removed["token"], 0.3)
    assert quiet["events"] == [], "an object born and gone between two calls is not reported"


def test_class_filters_object_filters_and_inject(rpc):
    session = rpc.login()
    vm = rpc.call("VM.get_all", session)[0]
    token = rpc.call("event.inject", session, "VM", vm)
    assert rpc.call("event.from", session, ["vm"], token, 0.2)["events"] == []
    host = rpc.call("host.get_all", session)[0]
    rpc.call("host.set_name_description", session, host, "filtered")
    rpc.call("VM.set_name_description", session, vm, "filtered")
    only_vm = rpc.call("event.from", session, [f"vm/{vm}"], token, 5.0)
    assert [e["ref"] for e in only_vm["events"]] == [vm]
    both = rpc.call("event.from", session, ["VM", "host"], token, 5.0)
    assert {e["class"] for e in both["events"]} == {"vm", "host"}
    assert failure_of(rpc.call, "event.from", session, ["vm"], "not a token", 1.0).code == \
        "EVENT_FROM_TOKEN_PARSE_FAILURE"
    future = f"{10**12:020d},{0:020d}"  # a token from an earlier run of a simulator that has changed more
    assert failure_of(rpc.call, "event.from", session, ["vm"], future, 1.0).code == "EVENTS_LOST"


def test_lifecycle_changes_produce_events_on_every_object_touched(pool, rpc):
    session = rpc.login()
    records = rpc.call("VM.get_all_records", session)
    vm = next(r for r, v in records.items()
              if v["power_state"] == "Halted" and not v["is_a_template"] and not v["is_control_domain"])
    token = rpc.call("event.from", session, ["*"], "", 30.0)["token"]
    rpc.call("VM.start", session, vm, False, False)
    seen: dict[tuple[str, str], str] = {}
    while True:
        result = rpc.call("event.from", session, ["*"], token, 1.0)
        token = result["token"]
        if not result["events"]:
            break
        for event in result["events"]:
            seen[(event["class"], event["operation"])] = event["ref"]
    assert seen[("vm", "mod")] == vm
    host = rpc.call("VM.get_resident_on", session, vm)
    assert ("host", "mod") in seen and vm in rpc.call("host.get_resident_VMs", session, host)
    assert ("console", "add") in seen and ("vm_metrics", "mod") in seen


def test_events_lost_and_dead_sessions(pool, rpc):
    session = rpc.login()
    token = rpc.call("event.from", session, ["vm"], "", 5.0)["token"]
    control, control_session = _other(pool)
    _later(0.3, control.call, "sim.emit_events_lost", control_session)
    started = time.monotonic()
    assert failure_of(rpc.call, "event.from", session, ["vm"], token, 10.0).code == "EVENTS_LOST"
    assert time.monotonic() - started < 3, "a waiting caller is woken"
    assert rpc.call("event.from", session, ["vm"], token, 0.1)["events"] == [], "only once"
    fresh = rpc.call("event.from", session, ["vm"], "", 5.0)
    assert fresh["events"]
    _later(0.3, control.call, "sim.restart_toolstack", control_session)
    assert failure_of(rpc.call, "event.from", session, ["vm"], fresh["token"], 10.0).code == "SESSION_INVALID"
