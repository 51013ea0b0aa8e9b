"""The state-database loader against every shared dump: row counts, field types, escapes, relations."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import XAPI_DBS
from xencenter import schema
from xencenter.sim.fieldtypes import Date, parse_sexpr, parse_type
from xencenter.sim.statedb import load_state_db, unescape

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _row_counts(path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in ET.parse(path).getroot().iter("table"):
        name = schema.canonical_name(table.get("name"))
        counts[name] = counts.get(name, 0) + len(table.findall("row"))
    return counts


def _conforms(ft, value) -> bool:
    kind = ft.kind
    if kind in ("string", "enum"):
        return type(value) is str
    if kind == "ref":
        return type(value) is str and value != ""  # real dumps hold dangling oddities such as "Ref:8"
    if kind == "datetime":
        return isinstance(value, Date) and re.fullmatch(r"\d{8}T\d\d:\d\d:\d\dZ?", value) is not None
    if kind == "int":
        return type(value) is int
    if kind == "float":
        return type(value) is float
    if kind == "bool":
        return type(value) is bool
    if kind == "set":
        return type(value) is list and all(_conforms(ft.elem, v) for v in value)
    if kind == "map":
        return type(value) is dict and all(type(k) is str and _conforms(ft.elem, v) for k, v in value.items())
    return True


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_counts_and_types_match_the_dump(path):
    db = load_state_db(path)
    expected = _row_counts(path)
    assert expected, "the dump has tables"
    for cls, count in expected.items():
        assert len(db[cls]) == count, cls
    assert set(db) == set(schema.class_names())
    for cls, rows in db.items():
        types = {f["name"]: parse_type(f["type"]) for f in schema.fields(cls)}
        for ref, record in rows.items():
            assert ref.startswith("OpaqueRef:")
            assert set(record) == set(types), (cls, ref)
            for name, value in record.items():
                assert _conforms(types[name], value), (cls, ref, name, value)


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_derived_sets_follow_the_references(path):
    db = load_state_db(path)
    for vm_ref, vm in db["VM"].items():
        assert sorted(vm["VBDs"]) == sorted(r for r, vbd in db["VBD"].items() if vbd["VM"] == vm_ref)
        assert sorted(vm["VIFs"]) == sorted(r for r, vif in db["VIF"].items() if vif["VM"] == vm_ref)
        if vm["power_state"] == "Running" and vm["resident_on"] in db["host"]:
            assert vm_ref in db["host"][vm["resident_on"]]["resident_VMs"]
    for sr_ref, sr in db["SR"].items():
        assert sorted(sr["VDIs"]) == sorted(r for r, vdi in db["VDI"].items() if vdi["SR"] == sr_ref)


def test_a_known_record_decodes_fully():
    db = load_state_db(next(p for p in XAPI_DBS if p.name == "Cowley-db.xml"))
    jenkins = [vm for vm in db["VM"].values() if vm["name_description"] == "Belongs to Ewan. Do not destroy!"]
    assert jenkins, "%_ in a plain attribute is a space"
    vm = jenkins[0]
    assert _UUID.match(vm["uuid"])
    assert isinstance(vm["memory_static_max"], int) and vm["memory_static_max"] > 0
    assert isinstance(vm["HVM_shadow_multiplier"], float)
    cpus = list(db["host_cpu"].values())
    assert any("  " in cpu["modelname"] for cpu in cpus), "%_ inside an S-expression is a space"
    host = next(iter(db["host"].values()))
    assert host["API_version_major"] >= 1
    assert host["software_version"]["product_brand"]
    # fields newer than the dump come from the datamodel defaults
    assert host["timezone"] == "UTC"
    assert host["ssh_enabled"] is True
    assert vm["generation_id"] == "0:0"


def test_sexpr_quote_styles_and_escapes():
    assert parse_sexpr("('a' 'b c')") == ["a", "b c"]
    assert parse_sexpr('(("k" "v") ("x" "it\\"s"))') == [["k", "v"], ["x", 'it"s']]
    assert parse_sexpr(r"(('k' 'a \'q\' b'))") == [["k", "a 'q' b"]]
    assert parse_sexpr("()") == []
    assert unescape("a%_b%nc%%_") == "a b\nc%_"
