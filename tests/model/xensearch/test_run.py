"""The grouping algorithm and the display order, rule by rule, on small hand-made pools."""

from __future__ import annotations

import pytest
from search_world import OPTIONS, builtin, shape, sources

from tests.model.model_world import World
from xencenter.model.cache import ChangeSet
from xencenter.model.tree import Source
from xencenter.model.xensearch.context import SearchOptions
from xencenter.model.xensearch.customfields import CustomFieldDefinition
from xencenter.model.xensearch.grouping import (
    AllCustomFieldsGrouping,
    BoolGrouping,
    CustomFieldGrouping,
    FolderGrouping,
    PropertyGrouping,
    XenModelObjectPropertyGrouping,
)
from xencenter.model.xensearch.kinds import POWER_STATE, PowerState
from xencenter.model.xensearch.ordering import Sort
from xencenter.model.xensearch.properties import Prop
from xencenter.model.xensearch.queries import (
    CustomFieldQuery,
    EnumPropertyQuery,
    RecursiveXMOListPropertyQuery,
    StringListContainsQuery,
    StringPropertyQuery,
    ValuePropertyQuery,
)
from xencenter.model.xensearch.run import refresh, run_search
from xencenter.model.xensearch.scope import ALL_INC_FOLDERS, ObjectTypes, QueryScope
from xencenter.model.xensearch.search import Query, Search
from xencenter.xenapi.events import Event


def _pool(name: str = "Lab", hosts: tuple[str, ...] = ("h1", "h2")) -> World:
    w = World()
    w.hosts = [w.host(h) for h in hosts]
    w.pool(name, master=w.hosts[0])
    return w


def _run(search: Search, *worlds: World, options: SearchOptions = OPTIONS):
    return run_search(search, sources(*(w.cache() for w in worlds)), options)


VMS = QueryScope(ObjectTypes.VM)


def test_objects_without_a_group_sit_beside_the_groups_and_are_grouped_by_the_next_level():
    """A lone host's pool is not visible: its VMs have no pool, so they stay at the top, grouped by host;
    pools (kind 20) come before hosts (30)."""
    pooled = _pool("Lab")
    pooled.running_vm("web", pooled.hosts[1])
    lone = World()
    lone_host = lone.host("solo")
    lone.pool("", master=lone_host)
    lone.running_vm("db", lone_host)
    assert shape(_run(builtin("VMs and Snapshots"), pooled, lone)) == [
        ("Lab", [("h2", [("web", [])])]), ("solo", [("db", [])])]


def test_group_objects_must_pass_the_filter_about_them():
    """VMs on a network called *work*, grouped by network: a VM also on "storage" is not listed under it."""
    w = _pool()
    work, storage = w.add("network", name_label="work"), w.add("network", name_label="storage")
    vm = w.vm("a")
    w.add("VIF", VM=vm, network=work, device="0")
    w.add("VIF", VM=vm, network=storage, device="1")
    query = RecursiveXMOListPropertyQuery(Prop.networks, "network",
                                          StringPropertyQuery(Prop.label, "work", "contains", False))
    search = Search(Query(VMS, query), XenModelObjectPropertyGrouping(Prop.networks, "network"))
    assert shape(_run(search, w)) == [("work", ["a"])]
    unfiltered = Search(Query(VMS), XenModelObjectPropertyGrouping(Prop.networks, "network"))
    assert shape(_run(unfiltered, w)) == [("storage", ["a"]), ("work", ["a"])]


def test_one_object_in_several_groups_counts_once_per_group():
    w = _pool()
    w.vm("a", tags=["x", "y"])
    result = _run(Search(Query(VMS), PropertyGrouping(Prop.tags)), w)
    assert shape(result) == [("x", ["a"]), ("y", ["a"])] and result.count == 2


def test_folders_nest_by_path_merge_across_servers_and_list_their_contents_ungrouped():
    """/a/b exists on both servers: one folder. The power-state subgrouping is not applied inside folders
    (XenCenter's FolderGroup). Objects in no folder follow the folders."""
    one, two = _pool("one", ("h1",)), _pool("two", ("h9",))
    one.vm("in b", other_config={"folder": "/a/b"})
    two.vm("also in b", other_config={"folder": "/a/b"}, power_state="Running")
    two.vm("loose")
    search = Search(Query(QueryScope(ALL_INC_FOLDERS & ~ObjectTypes.Server & ~ObjectTypes.Pool)),
                    FolderGrouping(subgrouping=PropertyGrouping(Prop.power_state)))
    result = _run(search, one, two)
    assert shape(result) == [("a", [("b", ["also in b", "in b"])]), "loose"]
    assert result.rows[0].identity == ("group", None, "/a")  # the same folder whichever server it came from


def test_values_come_before_objects():
    """Grouping VMs and hosts by OS: hosts have no OS and stay ungrouped, after the OS groups."""
    w = _pool()
    w.vm("v")
    search = Search(Query(QueryScope(ObjectTypes.VM | ObjectTypes.Server)), PropertyGrouping(Prop.os_name))
    assert shape(_run(search, w)) == [("Unknown", ["v"]), "h1", "h2"]


def test_a_name_sort_orders_enum_groups_by_their_names():
    """Descending by name: value groups compare their C# names (Suspended, Running, Paused, Halted), objects
    their names."""
    w = _pool()
    for state in ("Halted", "Paused", "Running", "Suspended"):
        w.vm(f"vm {state}", power_state=state, resident_on=w.hosts[0] if state != "Halted" else "OpaqueRef:NULL")
    w.vm("vm 2")
    w.vm("vm 10")
    search = Search(Query(VMS), PropertyGrouping(Prop.power_state), sorting=(Sort("name", False),))
    assert shape(_run(search, w)) == [("Suspended", ["vm Suspended"]), ("Running", ["vm Running"]),
                                      ("Paused", ["vm Paused"]), ("Halted", ["vm Halted", "vm 10", "vm 2"])]
    ascending = Search(Query(VMS), PropertyGrouping(Prop.power_state))
    assert [label for label, _ in shape(_run(ascending, w))] == ["Halted", "Paused", "Running", "Suspended"]


def test_a_custom_field_sort_puts_objects_without_a_value_first():
    w = _pool()
    for name, value in (("a", "zeta"), ("b", None), ("c", "alpha")):
        w.vm(name, other_config={"XenCenter.CustomFields.Tier": value} if value else {})
    w.update("pool", next(iter(w.tables["pool"])), gui_config={
        "XenCenter.CustomFields": '<CustomFieldDefinitions><CustomFieldDefinition name="Tier" type="String" '
                                  'defaultValue="" /></CustomFieldDefinitions>'})
    up = Search(Query(VMS), sorting=(Sort("CustomField:Tier", True),))
    down = Search(Query(VMS), sorting=(Sort("CustomField:Tier", False),))
    assert shape(_run(up, w)) == ["b", "c", "a"]
    assert shape(_run(down, w)) == ["a", "c", "b"]


def test_vms_on_a_host_that_is_down_are_hidden_and_hidden_vms_shown_on_request():
    w = World()
    up, down = w.host("up"), w.host("down", live=False)
    w.pool("p", master=up)
    w.running_vm("on up", up)
    w.running_vm("on down", down)
    w.vm("secret", other_config={"HideFromXenCenter": "true"})
    assert shape(_run(Search(Query(VMS)), w)) == ["on up"]
    assert shape(_run(Search(Query(VMS)), w, options=SearchOptions(show_hidden=True))) == ["on up", "secret"]


def test_a_server_that_is_not_connected_is_a_disconnected_server():
    w = _pool()
    search = Search(Query(QueryScope(ObjectTypes.Server | ObjectTypes.DisconnectedServer)),
                    PropertyGrouping(Prop.type))
    result = run_search(search, [Source("s0", "lab", w.cache()), Source("gone:443", "old pool", None, False)],
                        OPTIONS)
    assert shape(result) == [("Servers", ["h1", "h2"]), ("Disconnected servers", ["old pool"])]
    assert result.rows[1].children[0].item.ref == "gone:443"


def test_results_know_which_changes_can_alter_them():
    w = _pool()
    result = _run(Search(Query(VMS)), w)
    assert not result.affected_by(ChangeSet(changed={("task", "OpaqueRef:t"), ("message", "OpaqueRef:m")}))
    assert result.affected_by(ChangeSet(changed={("task", "OpaqueRef:t"), ("VM_guest_metrics", "OpaqueRef:g")}))
    assert result.affected_by(ChangeSet(removed={("PBD", "OpaqueRef:p")}))


@pytest.mark.parametrize("scope", [ObjectTypes.VM, ObjectTypes.VM | ObjectTypes.Snapshot])
def test_a_search_of_an_empty_pool_is_empty(scope):
    assert _run(Search(Query(QueryScope(scope)), PropertyGrouping(Prop.os_name)), _pool()).rows == []


def test_refresh_reuses_results_until_a_relevant_change():
    w = _pool()
    vm = w.vm("old name")
    cache = w.cache()
    servers = [Source("lab", "Lab", cache)]
    first = run_search(Search(Query(VMS)), servers, OPTIONS)
    assert refresh(first, servers, options=OPTIONS) is first  # nothing changed
    task = Event(1, "", "task", "add", "OpaqueRef:task", {"uuid": "t", "name_label": "copy"})
    assert refresh(first, servers, cache.apply([task]), OPTIONS) is first  # tasks never matter
    renamed = Event(2, "", "vm", "mod", vm, {**cache.record("VM", vm), "name_label": "new name"})
    second = refresh(first, servers, cache.apply([renamed]), OPTIONS)
    assert second is not first and shape(second) == ["new name"]


def test_grouping_by_every_custom_field_nests_name_then_value():
    w = _pool()
    w.update("pool", next(iter(w.tables["pool"])), gui_config={
        "XenCenter.CustomFields": '<CustomFieldDefinitions><CustomFieldDefinition name="Tier" type="String" '
                                  'defaultValue="" /><CustomFieldDefinition name="Team" type="String" '
                                  'defaultValue="" /></CustomFieldDefinitions>'})
    w.vm("a", other_config={"XenCenter.CustomFields.Tier": "gold", "XenCenter.CustomFields.Team": "web"})
    w.vm("b", other_config={"XenCenter.CustomFields.Tier": "gold"})
    w.vm("c")
    assert shape(_run(Search(Query(VMS), AllCustomFieldsGrouping()), w)) == [
        ("Team", [("web", ["a"])]), ("Tier", [("gold", ["a", "b"])]), "c"]


def test_yes_no_groups_are_named_for_the_property():
    """False sorts before True; each group has its own name."""
    w = _pool()
    windows = {"HVM_boot_policy": "BIOS order", "platform": {"viridian": "true"}}
    w.vm("updated", has_vendor_device=True, **windows)
    w.vm("plain", has_vendor_device=False, **windows)
    result = _run(Search(Query(VMS), BoolGrouping(Prop.vendor_device_state)), w)
    assert shape(result) == [("Not Windows Update capable", ["plain"]), ("Windows Update capable", ["updated"])]


def test_opening_a_group_searches_for_its_members():
    """XenCenter's GetSubquery: what the Search tab runs when a group is opened."""
    tier = CustomFieldDefinition("Tier")
    assert PropertyGrouping(Prop.power_state).drill_down(None, PowerState.Running) == EnumPropertyQuery(
        Prop.power_state, POWER_STATE, PowerState.Running, True)
    assert PropertyGrouping(Prop.tags).drill_down(None, "web") == StringListContainsQuery(Prop.tags, True, "web")
    assert PropertyGrouping(Prop.os_name).drill_down(None, "Debian") == ValuePropertyQuery(Prop.os_name, "Debian",
                                                                                            True)
    assert XenModelObjectPropertyGrouping(Prop.pool, "pool").drill_down(None, object()) is None
    assert CustomFieldGrouping(tier).drill_down(None, "gold") == CustomFieldQuery(tier, "gold", "exactmatch")


def test_rows_keep_their_identity_across_runs():
    w = _pool()
    w.vm("a", power_state="Running", resident_on=w.hosts[0])
    cache = w.cache()
    search = Search(Query(VMS), XenModelObjectPropertyGrouping(Prop.host, "host",
                                                               subgrouping=PropertyGrouping(Prop.power_state)))
    first, second = (run_search(search, [Source("lab", "Lab", cache)], OPTIONS) for _ in range(2))
    identities = [[r.identity for _, r in result.walk()] for result in (first, second)]
    assert identities[0] == identities[1] and len(set(identities[0])) == 3
    host_row = first.rows[0]
    assert host_row.is_group and host_row.item.name == "h1" and host_row.groups[0].label == "Running"
    assert host_row.groups[0].objects[0].label == "a" and host_row.objects == []
