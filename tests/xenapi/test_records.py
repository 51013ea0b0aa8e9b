"""Records as typed structs: decoded strictly when they can be, leniently when a newer or older xapi sends
what this datamodel does not know, and refused in words when a value has the wrong type."""

from __future__ import annotations

import json

import pytest

from xencenter.sim.synthetic import generate_pool
from xencenter.xenapi import events as events_module
from xencenter.xenapi.errors import ProtocolError
from xencenter.xenapi.events import events_from_json, events_from_python
from xencenter.xenapi.records import UNSET, LooseRecord, Record, as_builtins


@pytest.fixture(scope="module")
def pool():
    return generate_pool(1, 4, seed=7)


def _vm(pool) -> tuple[str, dict]:
    ref, record = next((r, rec) for r, rec in pool["VM"].items() if not rec["is_control_domain"])
    return ref, json.loads(json.dumps(record))


def _array(*events: dict) -> bytes:
    return json.dumps(list(events)).encode()


def _event(cls: str, ref: str, snapshot: dict | None, operation: str = "add") -> dict:
    return {"id": "7", "timestamp": "1.5", "class": cls, "operation": operation, "ref": ref, "snapshot": snapshot}


def test_a_strict_record_reads_as_a_mapping_and_as_attributes(pool):
    ref, vm = _vm(pool)
    del vm["VCPUs_max"]  # an older xapi's record without a field
    (event,) = events_from_json(_array(_event("vm", ref, vm)))
    record = event.snapshot
    assert isinstance(record, Record) and (event.id, event.cls, event.ref) == (7, "vm", ref)
    assert record["name_label"] == record.name_label == vm["name_label"]
    assert "VCPUs_max" not in record and record.get("VCPUs_max", 3) == 3 and record.VCPUs_max is UNSET
    with pytest.raises(KeyError):
        _ = record["VCPUs_max"]
    assert isinstance(record.allowed_operations, tuple)
    assert record == vm and as_builtins(record) == vm and dict(record) == {k: record[k] for k in vm}


def test_values_this_datamodel_lacks_take_the_lenient_types_not_the_slow_path(pool, monkeypatch):
    ref, vm = _vm(pool)
    vm["allowed_operations"] = [*vm["allowed_operations"], "a_future_operation"]
    vm["power_state"] = "Hibernating"
    vm["snapshot_time"] = "2024-01-02T03:04:05+01:00"  # an old spelling, with an offset
    monkeypatch.setattr(events_module, "_event_slowly", lambda raw: pytest.fail("took the per-event path"))
    for events in (events_from_json(_array(_event("vm", ref, vm))), events_from_python([_event("vm", ref, vm)])):
        record = events[0].snapshot
        assert record.allowed_operations[-1] == "a_future_operation" and record.power_state == "Hibernating"
        assert record.snapshot_time == "20240102T02:04:05Z"


def test_a_class_this_datamodel_lacks_keeps_its_mapping(pool):
    (event,) = events_from_json(_array(_event("teleporter", "OpaqueRef:t", {"uuid": "u", "range": 5})))
    assert isinstance(event.snapshot, LooseRecord)
    assert event.snapshot["range"] == event.snapshot.range == 5 and event.snapshot.missing is None


def test_deletions_carry_no_snapshot(pool):
    ref, vm = _vm(pool)
    (event,) = events_from_json(_array(_event("vm", ref, vm, "del")))
    assert event.operation == "del" and event.snapshot is None


@pytest.mark.parametrize("field, value", [("name_label", 5), ("VCPUs_max", "many"), ("VBDs", "OpaqueRef:x"),
                                          ("is_a_template", [True])])
def test_a_value_of_the_wrong_type_is_refused_in_words(pool, field, value):
    ref, vm = _vm(pool)
    vm[field] = value
    with pytest.raises(ProtocolError) as refused:
        events_from_json(_array(_event("vm", ref, vm)))
    assert "VM record" in str(refused.value) and field in str(refused.value)
