"""Where a VM can move, from the cache alone (model/migration.py): the reasons XenCenter's Migrate to Server
submenu gives, in its words, for a generated pool bent into each case; and the migration errors in words."""

from __future__ import annotations

import pytest
from model_world import load_cache

from xencenter.model.failures import explain
from xencenter.model.migration import (
    CPU_INCOMPATIBLE,
    CURRENT_SERVER,
    NEEDS_STORAGE,
    boot_reason,
    default_network,
    default_sr,
    management_network,
    migrate_targets,
    sentence,
    transfer_networks,
)
from xencenter.sim.synthetic import generate_pool
from xencenter.xenapi.errors import Failure

GIB = 1 << 30


@pytest.fixture
def db():
    return generate_pool(2, 8, seed=3, now=1_700_000_000)


def _running(db, cache, *, local: bool):
    """A running VM whose disks are (not) on local storage."""
    for vm in sorted(cache.all("VM"), key=lambda v: v.name):
        if vm.is_real_vm and vm.power_state == "Running":
            on_local = any(v.VDI is not None and v.VDI.SR.is_local for v in vm.VBDs)
            if on_local == local:
                return vm
    raise AssertionError("no such VM")


def _other_host(cache, vm):
    return next(h for h in cache.all("host") if h.ref != vm.resident_on.ref)


def test_the_current_server_and_storage_it_cannot_see(db):
    cache = load_cache(db)
    shared, local = _running(db, cache, local=False), _running(db, cache, local=True)
    assert boot_reason(shared, shared.resident_on) == CURRENT_SERVER
    assert boot_reason(shared, _other_host(cache, shared)) == ""
    assert boot_reason(local, _other_host(cache, local)) == NEEDS_STORAGE
    entries = migrate_targets([shared, local])
    assert [bool(e.reason) for e in entries] == [True, True], "each host refuses one of the two VMs"


def test_cpu_maintenance_memory_and_liveness(db):
    probe = load_cache(db)
    vm = _running(db, probe, local=False)
    target = _other_host(probe, vm)
    db["VM"][vm.ref]["last_boot_CPU_flags"] = {"vendor": "GenuineIntel"}
    db["host"][target.ref]["cpu_info"] = {**db["host"][target.ref]["cpu_info"], "vendor": "AuthenticAMD"}
    assert boot_reason(load_cache(db).get("VM", vm.ref), load_cache(db).get("host", target.ref)) == CPU_INCOMPATIBLE
    db["host"][target.ref]["cpu_info"]["vendor"] = "GenuineIntel"
    db["host"][target.ref]["enabled"] = False
    cache = load_cache(db)
    assert boot_reason(cache.get("VM", vm.ref), cache.get("host", target.ref)) == "The specified server is disabled."
    db["host"][target.ref]["other_config"]["MAINTENANCE_MODE"] = "true"
    cache = load_cache(db)
    assert boot_reason(cache.get("VM", vm.ref), cache.get("host", target.ref)) == "The server is in maintenance mode."
    del db["host"][target.ref]["other_config"]["MAINTENANCE_MODE"]
    db["host"][target.ref]["enabled"] = True
    db["VM_metrics"][vm.metrics.ref]["memory_actual"] = 400 * GIB
    cache = load_cache(db)
    why = boot_reason(cache.get("VM", vm.ref), cache.get("host", target.ref))
    assert why.startswith("Not enough server memory is available to perform this operation (400.1 GB needed, ")
    db["host_metrics"][target.metrics.ref]["live"] = False
    cache = load_cache(db)
    assert "not live" in boot_reason(cache.get("VM", vm.ref), cache.get("host", target.ref))


def test_the_cross_pool_defaults(db):
    cache = load_cache(db)
    vm = _running(db, cache, local=False)
    host = next(iter(cache.all("host")))
    sr = default_sr(cache, host, 10 * GIB)
    assert sr is not None and sr.ref == cache.pool().default_SR.ref
    assert default_sr(cache, host, 1 << 60) is None, "nothing holds a disk of an exbibyte"
    vif = vm.VIFs[0]
    assert default_network(cache, vif).ref == vif.network.ref, "the network of the same name"
    management = management_network(cache)
    assert management is not None and transfer_networks(cache, host)[0].ref == management.ref


@pytest.mark.parametrize(("code", "params", "words"), [
    ("HOST_NOT_ENOUGH_FREE_MEMORY", [str(8 * GIB), str(2 * GIB)],
     "Not enough server memory is available to perform this operation: 8 GB needed, 2 GB free."),
    ("VM_INCOMPATIBLE_WITH_THIS_HOST", ["OpaqueRef:vm", "OpaqueRef:host", "VM last booted on a host which had a "
                                        "CPU from a different vendor."],
     "'xcp-host-02' does not have some of the CPU features that 'web 1' is currently using (VM last booted on a "
     "host which had a CPU from a different vendor.)"),
    ("VM_REQUIRES_SR", ["OpaqueRef:vm", "OpaqueRef:nowhere"],
     "This VM needs storage that cannot be seen from that server (a storage repository)."),
    ("VM_HAS_PCI_ATTACHED", ["OpaqueRef:vm"],
     "'web 1' has one or more PCI devices passed through, so it cannot be moved."),
    ("CANNOT_CONTACT_HOST", ["10.0.0.9"],
     "The destination server 10.0.0.9 cannot be contacted: it may be switched off or there may be network "
     "connectivity problems."),
    ("VDI_NOT_IN_MAP", ["OpaqueRef:nowhere"], "The virtual disk was not given a destination storage."),
])
def test_migration_errors_in_words(code, params, words):
    names = {"OpaqueRef:vm": "web 1", "OpaqueRef:host": "xcp-host-02"}
    assert explain(Failure(code, params), names.get) == (words, " ".join([code, *params]))


def test_one_full_stop():
    assert sentence("Current server") == "Current server." == sentence("Current server.")
