"""The decoder shares equal references, text maps and sets of enums between records instead of copying them:
one object per distinct value, read-only, still a str / dict / tuple to every reader, written back as the
plain types, and a value of the wrong type is still refused."""

from __future__ import annotations

import json

import msgspec
import pytest

from xencenter.sim.synthetic import generate_pool
from xencenter.xenapi.errors import ProtocolError
from xencenter.xenapi.events import events_from_json
from xencenter.xenapi.shared_values import EMPTY_MAP, Ref, TextMap, TextSet, encode_hook


def _events(db: dict, classes: tuple[str, ...]) -> bytes:
    return json.dumps([{"id": "1", "timestamp": "", "class": cls.lower(), "operation": "add", "ref": ref,
                        "snapshot": record} for cls in classes for ref, record in db[cls].items()]).encode()


@pytest.fixture(scope="module")
def decoded():
    db = generate_pool(2, 6, seed=5)
    events = events_from_json(_events(db, ("VM", "VBD", "VDI")))
    return {(e.cls, e.ref): e.snapshot for e in events}, events


def test_a_reference_is_one_object_wherever_it_is_named(decoded):
    records, events = decoded
    vbd = next(r for (cls, _), r in records.items() if cls == "vbd" and r.VDI != "OpaqueRef:NULL")
    vm_event = next(e for e in events if e.cls == "vm" and e.ref == vbd.VM)
    assert type(vbd.VM) is Ref and isinstance(vbd.VM, str)
    assert vbd.VM is vm_event.ref, "the VBD's VM field and the VM's own ref are one string"
    vbd_ref = next(e.ref for e in events if e.snapshot is vbd)
    listed = next(ref for ref in vm_event.snapshot.VBDs if ref == vbd_ref)
    assert listed is vbd_ref, "the VM's VBDs name the VBD with the VBD's own ref string"


def test_equal_maps_and_sets_are_shared_and_read_only(decoded):
    records, _ = decoded
    vms = [r for (cls, _), r in records.items() if cls == "vm"]
    empties = [r.blocked_operations for r in vms if not r.blocked_operations]
    assert len(empties) > 1 and all(m is EMPTY_MAP for m in empties)
    vdis = [r for (cls, _), r in records.items() if cls == "vdi"]
    by_content: dict = {}
    for vdi in vdis:
        by_content.setdefault(tuple(vdi.sm_config.items()), []).append(vdi.sm_config)
    assert any(len(same) > 1 for same in by_content.values())
    assert all(m is same[0] for same in by_content.values() for m in same)
    operations = [r.allowed_operations for r in vdis]
    assert type(operations[0]) is TextSet and operations[0] == tuple(operations[0])
    assert all(o is p for o in operations for p in operations if o == p)
    with pytest.raises(TypeError, match="read-only"):
        vms[0].other_config["x"] = "y"
    with pytest.raises(TypeError, match="read-only"):
        EMPTY_MAP.update(x="y")
    assert EMPTY_MAP == {} and dict(vms[0].other_config) == vms[0].other_config


def test_shared_values_are_written_as_plain_ones(decoded):
    records, _ = decoded
    vm = next(r for (cls, _), r in records.items() if cls == "vm")
    plain = msgspec.json.decode(msgspec.json.encode(vm, enc_hook=encode_hook))
    assert plain["resident_on"] == vm.resident_on and plain["other_config"] == dict(vm.other_config)
    assert plain["allowed_operations"] == list(vm.allowed_operations)
    assert type(encode_hook(TextMap({"a": "b"}))) is dict and type(encode_hook(Ref("OpaqueRef:x"))) is str


@pytest.mark.parametrize("field, value", [("other_config", {"a": 1}), ("allowed_operations", [3]),
                                          ("resident_on", 5)])
def test_a_shared_field_of_the_wrong_type_is_refused_in_words(field, value):
    db = generate_pool(1, 1, seed=2)
    ref, record = next((r, dict(v)) for r, v in db["VM"].items() if not v["is_control_domain"])
    record[field] = value
    with pytest.raises(ProtocolError, match=field):
        events_from_json(json.dumps([{"id": "1", "class": "vm", "operation": "add", "ref": ref,
                                      "snapshot": record}]).encode())


def test_xml_rpc_writes_them_as_the_types_they_extend():
    import xmlrpc.client

    sent = (Ref("OpaqueRef:a"), TextMap({"k": "v"}), TextSet(("start",)))
    assert xmlrpc.client.loads(xmlrpc.client.dumps(sent))[0] == ("OpaqueRef:a", {"k": "v"}, ["start"])
