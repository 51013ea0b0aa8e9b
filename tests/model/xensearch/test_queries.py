"""XenCenter's filter semantics, one rule at a time, on small hand-made pools."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from search_world import OPTIONS, sources

from tests.model.model_world import World
from xencenter.model.virtualization import OPTIMIZED, VirtualizationFlag
from xencenter.model.xensearch.addresses import Address
from xencenter.model.xensearch.context import SearchContext, SearchOptions
from xencenter.model.xensearch.customfields import CustomFieldDefinition
from xencenter.model.xensearch.dates import match_date
from xencenter.model.xensearch.kinds import HA_PRIORITY, POWER_STATE, VIRTUALIZATION, HaRestartPriority, PowerState
from xencenter.model.xensearch.properties import Prop, value
from xencenter.model.xensearch.queries import (
    BooleanQuery,
    CustomFieldDateQuery,
    CustomFieldQuery,
    DatePropertyQuery,
    EnumPropertyQuery,
    GroupQuery,
    IntPropertyQuery,
    IPAddressQuery,
    ListEmptyQuery,
    NullQuery,
    RecursiveXMOListPropertyQuery,
    StringListContainsQuery,
    StringPropertyQuery,
    UnknownQuery,
    ValuePropertyQuery,
    XenModelObjectListContainsNameQuery,
    XenModelObjectPropertyQuery,
    match_string,
)

UNKNOWN = UnknownQuery("<X />", "not known")
YES = StringPropertyQuery(Prop.label, "", "contains", False)  # an empty query matches everything
NO = StringPropertyQuery(Prop.label, "no such name", "exactmatch", False)


@pytest.fixture
def world():
    w = World()
    w.host_ref = w.host("h1")
    w.pool_ref = w.pool("Lab", master=w.host_ref, ha_enabled=True)
    w.sr_ref = w.sr("shared nfs", [w.host_ref], shared=True, type="nfs")
    w.net_ref = w.add("network", name_label="Front network")
    gm = w.add("VM_guest_metrics", networks={"0/ip": "10.1.2.3", "1/ipv6/0": "2001:db8::1"},
               os_version={"name": "Microsoft Windows Server 2019|C:\\Windows"})
    metrics = w.add("VM_metrics", start_time="20251231T23:30:00Z", memory_actual=2 << 30, VCPUs_number=2)
    w.vm_ref = w.running_vm("Web 01", w.host_ref, guest_metrics=gm, metrics=metrics, tags=["prod"],
                            ha_restart_priority="restart",
                            other_config={"folder": "/Apps/Web", "XenCenter.CustomFields.Owner": "Ops team",
                                          "XenCenter.CustomFields.Checked": "2025-12-30T08:00:00"})
    w.add("VIF", VM=w.vm_ref, network=w.net_ref, device="0")
    w.add("VIF", VM=w.vm_ref, network=w.net_ref, device="1")
    w.disk_ref = w.disk(w.vm_ref, w.sr_ref, virtual_size=10 << 30)
    w.other_ref = w.vm("Spare", ha_restart_priority="best-effort")
    return w


def _match(world, query, ref, cls="VM", options=OPTIONS):
    cache = world.cache()
    ctx = SearchContext(sources(cache), options)
    return query.match(cache.get(cls, ref), ctx)


@pytest.mark.parametrize(("kind", "answers", "expected"), [
    ("And", [UNKNOWN, UNKNOWN], None), ("And", [YES, UNKNOWN], True), ("And", [YES, NO, UNKNOWN], False),
    ("Or", [UNKNOWN], None), ("Or", [NO, UNKNOWN], False), ("Or", [NO, YES], True),
    ("Nor", [UNKNOWN], None), ("Nor", [NO, UNKNOWN], True), ("Nor", [NO, YES], False), ("And", [], None),
])
def test_group_queries_combine_three_valued_answers(world, kind, answers, expected):
    assert _match(world, GroupQuery(kind, tuple(answers)), world.vm_ref) is expected


@pytest.mark.parametrize(("candidate", "query", "kind", "case", "expected"), [
    ("Web 01", "web", "contains", False, True), ("Web 01", "web", "contains", True, False),
    ("Web 01", "WEB 0", "startswith", False, True), ("Web 01", "01", "endswith", False, True),
    ("Web 01", "web 01", "exactmatch", False, True), ("Web 01", "web", "exactmatch", False, False),
    ("Web 01", "db", "notcontain", False, True), ("Web 01", "", "notcontain", False, True),
])
def test_string_match_types(candidate, query, kind, case, expected):
    assert match_string(candidate, query, kind, case) is expected


def test_a_query_over_a_property_of_another_shape_never_matches(world):
    """XenCenter checks the value's static type: a string query over the networks (a list) says no, even for
    the empty query that matches every string."""
    assert _match(world, StringPropertyQuery(Prop.networks, "", "contains", False), world.vm_ref) is False
    assert _match(world, StringPropertyQuery(Prop.os_name, "", "contains", False), world.host_ref, "host") is False


TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(("day", "kind", "expected"), [
    (date(2026, 1, 1), "today", True), (date(2025, 1, 1), "today", False),
    (date(2025, 12, 31), "yesterday", True), (date(2025, 12, 30), "yesterday", False),
    (date(2025, 12, 26), "thisweek", True), (date(2025, 12, 25), "thisweek", False),
    (date(2025, 12, 25), "lastweek", True), (date(2025, 12, 19), "lastweek", True),
    (date(2025, 12, 18), "lastweek", False), (date(2024, 12, 31), "thisweek", False),
])
def test_relative_days_across_a_year_boundary(day, kind, expected):
    assert match_date(day, date(2000, 1, 1), kind, TODAY) is expected


@pytest.mark.parametrize(("query", "kind", "expected"), [
    (date(2025, 12, 31), "before", True), (date(2025, 12, 31), "after", True), (date(2025, 12, 31), "exact", True),
    (date(2025, 12, 30), "before", False), (date(2025, 12, 30), "after", True),
])
def test_before_and_after_include_the_day(query, kind, expected):
    assert match_date(date(2025, 12, 31), query, kind, TODAY) is expected


def test_start_time_is_compared_in_local_time(world):
    """The VM started 2025-12-31 23:30 UTC: yesterday in UTC, today one hour east."""
    today = DatePropertyQuery(Prop.start_time, date(2000, 1, 1), "today")
    yesterday = DatePropertyQuery(Prop.start_time, date(2000, 1, 1), "yesterday")
    assert _match(world, yesterday, world.vm_ref) and not _match(world, today, world.vm_ref)
    east = SearchOptions(now=OPTIONS.now, tz=timezone(timedelta(hours=1)))
    assert _match(world, today, world.vm_ref, options=east)


def test_a_vm_without_metrics_started_at_the_beginning_of_time(world):
    """XenCenter's DateTime.MinValue: before any date, after none."""
    assert _match(world, DatePropertyQuery(Prop.start_time, date(1970, 1, 1), "before"), world.other_ref)
    assert not _match(world, DatePropertyQuery(Prop.start_time, date(1970, 1, 1), "after"), world.other_ref)


@pytest.mark.parametrize(("pattern", "expected"), [
    ("10.*.*.*", True), ("10.1", True), ("10.x.n._", True), ("10.1.2.3", True), ("10.1.2.4", False),
    ("11.*.*.*", False), ("2001:db8::1", True), ("2001:db8::2", False),
])
def test_ip_address_patterns(world, pattern, expected):
    query = IPAddressQuery(Prop.ip_address, True, Address.parse(pattern, True, True))
    assert _match(world, query, world.vm_ref) is expected


def test_a_pattern_never_matches_an_ipv6_address():
    assert not Address.parse("32.*", True, True).matches(Address.parse("2001:db8::1", False, False))


def test_a_vm_without_guest_metrics_has_no_addresses(world):
    query = IPAddressQuery(Prop.ip_address, False, Address.parse("*.*", True, True))  # "contains no address"
    assert _match(world, query, world.other_ref) is False  # no value: no answer but "no"


def test_enum_queries(world):
    running = EnumPropertyQuery(Prop.power_state, POWER_STATE, PowerState.Running, True)
    assert _match(world, running, world.vm_ref) and not _match(world, running, world.other_ref)
    not_running = EnumPropertyQuery(Prop.power_state, POWER_STATE, PowerState.Running, False)
    assert _match(world, not_running, world.other_ref)
    assert not _match(world, not_running, world.host_ref, "host")  # hosts have no power state: no


def test_ha_restart_priorities(world):
    """In a pool with HA on, "restart" reads as Restart and "best-effort" as BestEffort."""
    assert _match(world, EnumPropertyQuery(Prop.ha_restart_priority, HA_PRIORITY, HaRestartPriority.Restart, True),
                  world.vm_ref)
    assert _match(world, EnumPropertyQuery(Prop.ha_restart_priority, HA_PRIORITY, HaRestartPriority.BestEffort,
                                           True), world.other_ref)


def test_virtualization_status(world):
    """A Windows guest (HVM + viridian) with PV drivers detected and the static-IP feature: fully optimized."""
    w = World()
    host = w.host("h")
    w.pool("p", master=host)
    gm = w.add("VM_guest_metrics", PV_drivers_detected=True, other={"feature-static-ip-setting": "1"})
    vm = w.running_vm("win", host, guest_metrics=gm, HVM_boot_policy="BIOS order", platform={"viridian": "true"})
    without_tools = EnumPropertyQuery(Prop.virtualisation_status, VIRTUALIZATION, OPTIMIZED, False)
    io_only = EnumPropertyQuery(Prop.virtualisation_status, VIRTUALIZATION, VirtualizationFlag.IO_DRIVERS_INSTALLED,
                                True)
    assert not _match(w, without_tools, vm) and not _match(w, io_only, vm)


def test_list_and_null_queries(world):
    assert _match(world, StringListContainsQuery(Prop.tags, True, "prod"), world.vm_ref)
    assert not _match(world, StringListContainsQuery(Prop.tags, True, "Prod"), world.vm_ref)  # exact
    assert _match(world, StringListContainsQuery(Prop.tags, False, "prod"), world.other_ref)
    assert _match(world, ListEmptyQuery(Prop.tags, True), world.other_ref)
    assert _match(world, NullQuery(Prop.folder, "folder", True), world.other_ref)  # "is in no folder"
    assert _match(world, NullQuery(Prop.folder, "folder", False), world.vm_ref)
    assert _match(world, XenModelObjectListContainsNameQuery(Prop.networks, True, "network", "front", "startswith"),
                  world.vm_ref)


def test_numbers_and_flags(world):
    assert _match(world, IntPropertyQuery(Prop.memory, 1 << 30, "gt"), world.vm_ref)
    assert _match(world, IntPropertyQuery(Prop.size, 10 << 30, "exactmatch"), world.disk_ref, "VDI")
    assert _match(world, BooleanQuery(Prop.shared, True), world.sr_ref, "SR")
    assert _match(world, BooleanQuery(Prop.shared, False), world.disk_ref, "VDI")  # one VM uses it


def test_related_objects(world):
    cache = world.cache()
    pool_uuid = cache.get("pool", world.pool_ref).uuid
    in_pool = XenModelObjectPropertyQuery(Prop.pool, "pool", pool_uuid, True)
    assert _match(world, in_pool, world.vm_ref)
    gone = XenModelObjectPropertyQuery(Prop.pool, "pool", "invalid", False)
    assert not _match(world, gone, world.vm_ref)  # "not that pool" matches nothing when the pool is gone
    on_front = RecursiveXMOListPropertyQuery(Prop.networks, "network",
                                             StringPropertyQuery(Prop.label, "front", "startswith", False))
    assert _match(world, on_front, world.vm_ref) and not _match(world, on_front, world.other_ref)


def test_custom_fields(world):
    owner = CustomFieldDefinition("Owner")
    checked = CustomFieldDefinition("Checked", "Date")
    assert _match(world, CustomFieldQuery(owner, "ops", "startswith"), world.vm_ref)
    assert not _match(world, CustomFieldQuery(owner, "", "contains"), world.other_ref)  # no value: no
    assert not _match(world, CustomFieldQuery(checked, "", "contains"), world.vm_ref)  # a date is not text
    assert _match(world, CustomFieldDateQuery(checked, date(2025, 12, 30), "exact"), world.vm_ref)


def test_os_names_drop_the_microsoft_prefix_and_unknown_guests_are_unknown(world):
    cache = world.cache()
    ctx = SearchContext(sources(cache), OPTIONS)
    assert value(Prop.os_name, cache.get("VM", world.vm_ref), ctx) == "Windows Server 2019"
    assert value(Prop.os_name, cache.get("VM", world.other_ref), ctx) == "Unknown"
    assert _match(world, ValuePropertyQuery(Prop.os_name, "Unknown", True), world.other_ref)


def test_unknown_queries_keep_objects(world):
    """A filter this version does not understand has no opinion: the search keeps what is in scope."""
    assert _match(world, UNKNOWN, world.vm_ref) is None


def test_start_time_value(world):
    cache = world.cache()
    ctx = SearchContext(sources(cache), OPTIONS)
    assert value(Prop.start_time, cache.get("VM", world.vm_ref), ctx) == datetime(2025, 12, 31, 23, 30,
                                                                                   tzinfo=timezone.utc)
