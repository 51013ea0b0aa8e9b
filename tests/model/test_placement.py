"""VM and SR homes (XenCenter's VM.Home / SR.Home) and host states."""

from __future__ import annotations

import pytest
from model_world import World, load_cache

from tests.conftest import XAPI_DBS
from xencenter.model.placement import LocalDisks, host_state, sr_home, vm_home
from xencenter.sim.statedb import load_state_db
from xencenter.sim.synthetic import generate_pool
from xencenter.xenapi.events import Event


@pytest.fixture
def world():
    w = World()
    w.h1 = w.host("h1")
    w.h2 = w.host("h2")
    w.dead = w.host("dead", live=False)
    w.pool(master=w.h1)
    w.local1 = w.sr("Local storage 1", [w.h1])
    w.local2 = w.sr("Local storage 2", [w.h2])
    w.shared = w.sr("NFS", [w.h1, w.h2, w.dead], shared=True, type="nfs")
    w.dvd1 = w.sr("DVD drives", [w.h1], type="udev", content_type="iso")
    return w


def home_name(world, vm_ref):
    home = vm_home(world.cache().get("VM", vm_ref))
    return home.name if home is not None else None


def test_running_vm_lives_where_it_runs(world):
    vm = world.running_vm("vm", world.h2, affinity=world.h1)
    world.disk(vm, world.local1)  # storage says h1, but it runs on h2
    assert home_name(world, vm) == "h2"


def test_halted_vm_lives_with_its_local_disk(world):
    vm = world.vm("vm", affinity=world.h1)
    world.disk(vm, world.shared)
    world.disk(vm, world.local2)
    assert home_name(world, vm) == "h2"


def test_cd_from_a_hosts_drive_pins_the_vm_like_xencenter(world):
    vm = world.vm("vm")
    world.disk(vm, world.dvd1, vbd_type="CD")
    assert home_name(world, vm) == "h1"


def test_missing_or_unmanaged_disks_do_not_count(world):
    vm = world.vm("vm", affinity=world.h2)
    world.disk(vm, world.local1, missing=True)
    world.disk(vm, world.local1, managed=False)
    assert home_name(world, vm) == "h2"


def test_shared_storage_falls_back_to_a_live_affinity(world):
    vm = world.vm("vm", affinity=world.h2)
    world.disk(vm, world.shared)
    assert home_name(world, vm) == "h2"


def test_dead_affinity_means_no_home(world):
    vm = world.vm("vm", affinity=world.dead)
    world.disk(vm, world.shared)
    assert home_name(world, vm) is None


def test_no_disks_no_affinity_no_home(world):
    assert home_name(world, world.vm("vm")) is None


def test_template_has_no_home_even_with_affinity_and_local_disk(world):
    template = world.vm("t", is_a_template=True, affinity=world.h1)
    world.disk(template, world.local1)
    assert home_name(world, template) is None


def test_snapshot_lives_with_its_vm(world):
    vm = world.running_vm("vm", world.h2)
    snap = world.vm("snap", is_a_template=True, is_a_snapshot=True, snapshot_of=vm)
    assert home_name(world, snap) == "h2"


def test_snapshot_of_a_deleted_vm_has_no_home(world):
    snap = world.vm("snap", is_a_template=True, is_a_snapshot=True, snapshot_of="OpaqueRef:gone")
    assert home_name(world, snap) is None


def test_snapshot_loop_does_not_hang(world):
    a = world.vm("a", is_a_snapshot=True)
    b = world.vm("b", is_a_snapshot=True, snapshot_of=a)
    world.update("VM", a, snapshot_of=b)
    assert home_name(world, a) is None


def test_local_sr_with_two_pbds_is_not_a_home(world):
    odd = world.sr("odd", [world.h1, world.h2])
    vm = world.vm("vm")
    world.disk(vm, odd)
    assert home_name(world, vm) is None


@pytest.mark.parametrize("which, expected", [
    ("local1", "h1"), ("local2", "h2"), ("shared", None), ("dvd1", "h1"), ("unplugged", None), ("two", None),
])
def test_sr_home(world, which, expected):
    world.unplugged = world.sr("no pbds", [])
    world.two = world.sr("two pbds", [world.h1, world.h2])
    sr = world.cache().get("SR", getattr(world, which))
    home = sr_home(sr)
    assert (home.name if home is not None else None) == expected


def test_sr_home_with_dangling_pbd_host(world):
    cache = world.cache()
    sr = cache.get("SR", world.local1)
    pbd = sr.PBDs[0]
    cache.apply([Event(9, "", "host", "del", pbd.ref_of("host"), None)])
    assert sr_home(cache.get("SR", world.local1)) is None


@pytest.mark.parametrize(
    "fields, live, coordinator, maintenance",
    [
        ({}, True, True, False),
        ({"enabled": False}, True, True, True),
        ({"other_config": {"MAINTENANCE_MODE": "true"}}, True, True, True),
    ],
)
def test_host_state(world, fields, live, coordinator, maintenance):
    world.update("host", world.h1, **fields)
    state = host_state(world.cache().get("host", world.h1))
    assert (state.live, state.coordinator, state.maintenance) == (live, coordinator, maintenance)


def test_member_and_dead_hosts(world):
    cache = world.cache()
    h2, dead = cache.get("host", world.h2), cache.get("host", world.dead)
    assert not host_state(h2).coordinator and h2.is_live
    assert not host_state(dead).live and not dead.is_live


def test_host_without_metrics_is_not_live(world):
    world.update("host", world.h2, metrics="OpaqueRef:NULL")
    assert not host_state(world.cache().get("host", world.h2)).live


def test_disabled_without_key_is_not_maintenance_mode_text(world):
    world.update("host", world.h2, enabled=False)
    state = host_state(world.cache().get("host", world.h2))
    assert state.maintenance and not state.maintenance_mode_key and not state.enabled


@pytest.mark.parametrize("db", [*XAPI_DBS, "synthetic"], ids=lambda p: getattr(p, "stem", p))
def test_local_disks_index_places_every_vm_as_the_walk_does(db):
    """``LocalDisks`` (for placing many VMs at once) gives every VM of every database the home the plain walk
    gives."""
    cache = load_cache(generate_pool(4, 120) if db == "synthetic" else load_state_db(db))
    disks = LocalDisks(cache)
    for vm in cache.all("VM"):
        assert vm_home(vm, disks) == vm_home(vm), vm.name
