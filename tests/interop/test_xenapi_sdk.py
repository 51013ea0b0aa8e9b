"""The official XenAPI Python SDK (XML-RPC over HTTPS) against the simulator.

Counts come from the database files themselves (parsed here, independently of the simulator's loader).
"""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET

import pytest
import XenAPI

from tests.conftest import SHARED_DATA, XAPI_DBS


def _classes_with_records() -> list[str]:
    with open(SHARED_DATA / "xenapi.json", encoding="utf-8") as f:
        datamodel = json.load(f)
    return [c["name"] for c in datamodel if any(m["name"] == "get_all_records" for m in c["messages"])]


CLASSES = _classes_with_records()


def _row_counts(path) -> dict[str, int]:
    by_lower = {name.lower(): name for name in CLASSES}
    counts = dict.fromkeys(CLASSES, 0)
    for table in ET.parse(path).getroot().iter("table"):
        name = by_lower.get(table.get("name", "").lower())
        if name:
            counts[name] += len(table.findall("row"))
    return counts


def _login(server) -> XenAPI.Session:
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password("root", "xenroot", "1.1", "xencenter-interop")
    return session


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_every_class_of_every_shared_database(sim_factory, path):
    server = sim_factory("--db", str(path))
    session = _login(server)
    try:
        expected = _row_counts(path)
        for cls in CLASSES:
            records = getattr(session.xenapi, cls).get_all_records()
            assert len(records) == expected[cls], cls
        vm = next(iter(session.xenapi.VM.get_all_records().values()))
        assert isinstance(vm["memory_static_max"], str), "XML-RPC carries int64 as strings"
        assert vm["memory_static_max"].lstrip("-").isdigit()
    finally:
        session.xenapi.session.logout()


@pytest.fixture
def pool(sim_factory):
    return sim_factory("--hosts", "3", "--vms", "24", "--op-seconds", "0.2")


def _guest(api, power_state: str) -> str:
    return next(ref for ref, vm in api.VM.get_all_records().items()
                if vm["power_state"] == power_state and not vm["is_a_template"] and not vm["is_control_domain"])


def test_event_from_sees_a_change_by_another_session(pool):
    watcher, actor = _login(pool), _login(pool)
    try:
        event_from = getattr(watcher.xenapi.event, "from")
        token = event_from(["vm"], "", 5.0)["token"]
        vm = _guest(actor.xenapi, "Running")
        actor.xenapi.VM.set_name_label(vm, "renamed through the SDK")
        batch = event_from(["vm"], token, 10.0)
        (event,) = [e for e in batch["events"] if e["ref"] == vm]
        assert event["operation"] == "mod" and event["class"] == "vm"
        assert event["snapshot"]["name_label"] == "renamed through the SDK"
        assert int(batch["valid_ref_counts"]["vm"]) == len(watcher.xenapi.VM.get_all())
    finally:
        watcher.xenapi.session.logout()
        actor.xenapi.session.logout()


def test_async_start_wrong_power_state_and_logout(pool):
    session = _login(pool)
    api = session.xenapi
    vm = _guest(api, "Halted")
    task = api.Async.VM.start(vm, False, False)
    deadline = time.monotonic() + 10
    while api.task.get_status(task) == "pending" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert api.task.get_status(task) == "success"
    assert float(api.task.get_progress(task)) == 1.0
    assert api.VM.get_power_state(vm) == "Running"
    api.task.destroy(task)

    with pytest.raises(XenAPI.Failure) as failure:
        api.VM.start(vm, False, False)
    assert failure.value.details == ["VM_BAD_POWER_STATE", vm, "halted", "running"]

    other = _login(pool)
    count = int(other.xenapi.sim.session_count())
    session.xenapi.session.logout()
    assert int(other.xenapi.sim.session_count()) == count - 1
    other.xenapi.session.logout()
