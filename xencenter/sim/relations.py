"""One-to-many relations: xapi derives a set field (``VM.VBDs``) from the reference on the other side (``VBD.VM``).

The database never stores the set side, so a dump lacks it; the simulator computes it on load and keeps it
in step whenever a reference changes. Most pairs are unambiguous from the types alone; the rest are named
here as in xapi's datamodel.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from xencenter import schema

from .fieldtypes import NULL_REF, parse_type


@dataclass(frozen=True, slots=True)
class Relation:
    owner_cls: str  # holds the set, e.g. VM
    owner_field: str  # e.g. VBDs
    member_cls: str  # holds the reference, e.g. VBD
    member_field: str  # e.g. VM


# (owner class, set field) -> member field, where the types alone leave a choice.
_NAMED = {
    ("VM", "snapshots"): "snapshot_of",
    ("VM", "children"): "parent",
    ("VM", "VTPMs"): "VM",
    ("task", "subtasks"): "subtask_of",
    ("host", "resident_VMs"): "resident_on",
    ("PIF", "bond_master_of"): "master",
    ("PIF", "VLAN_slave_of"): "tagged_PIF",
    ("PIF", "tunnel_access_PIF_of"): "access_PIF",
    ("PIF", "tunnel_transport_PIF_of"): "transport_PIF",
    ("PIF", "sriov_physical_PIF_of"): "physical_PIF",
    ("PIF", "sriov_logical_PIF_of"): "logical_PIF",
    ("Bond", "slaves"): "bond_slave_of",
    ("VDI", "snapshots"): "snapshot_of",
    ("PGPU", "resident_VGPUs"): "resident_on",
}


@functools.cache
def relations() -> tuple[Relation, ...]:
    found = []
    classes = schema.classes()
    for owner in schema.class_names():
        for field in schema.fields(owner):
            ft = parse_type(field["type"])
            if ft.kind != "set" or ft.item.kind != "ref" or ft.item.name not in classes:
                continue
            member = ft.item.name
            refs_back = [
                g["name"]
                for g in schema.fields(member)
                if (t := parse_type(g["type"])).kind == "ref" and t.name == owner
            ]
            name = _NAMED.get((owner, field["name"]))
            if name is None and len(refs_back) == 1:
                name = refs_back[0]
            if name is not None:
                found.append(Relation(owner, field["name"], member, name))
    return tuple(found)


@functools.cache
def by_member(cls: str) -> tuple[Relation, ...]:
    """The relations in which ``cls`` holds the reference."""
    return tuple(r for r in relations() if r.member_cls == cls)


def fill_relations(records: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Set every derived set field from the references of the other side (in place, new lists)."""
    for rel in relations():
        owners = records.get(rel.owner_cls, {})
        sets: dict[str, list[str]] = {ref: [] for ref in owners}
        for ref, member in records.get(rel.member_cls, {}).items():
            target = member.get(rel.member_field, NULL_REF)
            if target in sets:
                sets[target].append(ref)
        for ref, members in sets.items():
            owners[ref][rel.owner_field] = members
