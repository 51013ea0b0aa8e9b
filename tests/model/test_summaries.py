"""Memory, CPU, IP address and uptime figures and their texts."""

from __future__ import annotations

import time

import pytest
from model_world import World, load_cache

from xencenter.model.summaries import (
    GIB,
    MIB,
    VMCPUs,
    host_agent_uptime,
    host_cpus,
    host_memory,
    host_uptime,
    size_text,
    uptime_text,
    vm_cpus,
    vm_ip_addresses,
    vm_memory,
    vm_uptime,
)
from xencenter.sim.synthetic import generate_pool

NOW = 1_700_000_000.0


def iso(t: float) -> str:
    return time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime(t))


@pytest.mark.parametrize("seconds, text", [
    (0, "0 minutes"), (59, "0 minutes"), (60, "1 minute"), (150, "2 minutes"),
    (3600, "1 hour 0 minutes"), (2 * 3600 + 60, "2 hours 1 minute"),
    (86400, "1 day 0 hours 0 minutes"), (90061, "1 day 1 hour 1 minute"),
    (2 * 86400 + 3 * 3600 + 4 * 60 + 5, "2 days 3 hours 4 minutes"),
])
def test_uptime_text(seconds, text):
    assert uptime_text(seconds) == text


@pytest.mark.parametrize("size, text", [
    (0, "0 B"), (512, "512 B"), (2048, "2 KB"), (512 * MIB, "512 MB"), (GIB, "1 GB"), (3 * GIB // 2, "1.5 GB"),
    (4 * GIB, "4 GB"), (2 << 40, "2 TB"),
])
def test_size_text(size, text):
    assert size_text(size) == text


@pytest.mark.parametrize("cpus, text", [
    (VMCPUs(1, 1, 1), "1 socket with 1 core per socket"),
    (VMCPUs(4, 4, 4), "1 socket with 4 cores per socket"),
    (VMCPUs(4, 4, 1), "4 sockets with 1 core per socket"),
    (VMCPUs(8, 8, 2), "4 sockets with 2 cores per socket"),
    (VMCPUs(3, 3, 2), "2 cores per socket (Invalid configuration)"),
    (VMCPUs(32, 32, 1), "1 core per socket (Invalid configuration)"),  # more than 16 sockets
])
def test_topology_text(cpus, text):
    assert cpus.topology_text == text


def one_host():
    world = World()
    host = world.host("h")
    world.pool(master=host)
    return world, host


@pytest.mark.parametrize("networks, expected", [
    ({}, []),
    ({"0/ip": "10.0.0.1", "0/ipv4/0": "10.0.0.1", "0/ipv6/0": "fe80::1", "1/ip": "10.0.0.2",
      "0/ipv4/1": "192.168.1.5"}, ["10.0.0.1", "192.168.1.5", "10.0.0.2", "fe80::1"]),
    ({"0/ipv6/0": "2001:db8::5", "0/ipv6/1": "fe80::5"}, ["2001:db8::5", "fe80::5"]),
    ({"0/ip": "", "0/ipv4/0": "172.16.0.9", "junk": "1.2.3.4"}, ["172.16.0.9"]),
])
def test_vm_ip_addresses(networks, expected):
    world, host = one_host()
    gm = world.add("VM_guest_metrics", networks=networks)
    vm = world.running_vm("vm", host, guest_metrics=gm)
    assert vm_ip_addresses(world.cache().get("VM", vm)) == expected


def test_vm_without_guest_metrics_has_no_addresses():
    world, host = one_host()
    vm = world.running_vm("vm", host)
    assert vm_ip_addresses(world.cache().get("VM", vm)) == []


@pytest.mark.parametrize("power_state, start, expected", [
    ("Running", NOW - 3725, 3725.0),
    ("Suspended", NOW - 60, 60.0),
    ("Halted", NOW - 60, None),
    ("Running", 0, None),  # the epoch means never
])
def test_vm_uptime(power_state, start, expected):
    world, host = one_host()
    metrics = world.add("VM_metrics", start_time=iso(start))
    vm = world.vm("vm", power_state, metrics=metrics)
    assert vm_uptime(world.cache().get("VM", vm), NOW) == expected


def test_host_uptimes_from_other_config_in_server_time():
    world = World()
    host = world.host("h", other_config={"boot_time": f"{NOW - 7200:.0f}.", "agent_start_time": f"{NOW - 60}"})
    world.pool(master=host)
    cache = world.cache()
    h = cache.get("host", host)
    assert host_uptime(h, NOW) == 7200.0 and host_agent_uptime(h, NOW) == 60.0
    cache.server_time_offset = 30.0
    assert host_uptime(h, NOW) == 7230.0
    world.update("host", host, other_config={})
    assert host_uptime(world.cache().get("host", host), NOW) is None


def test_host_memory():
    """XenCenter's sums over the resident domains (memory_free_calc, xen_memory_calc, memory_available_calc);
    host_metrics.memory_free (32 GiB here, stale) is not read."""
    world = World()
    host = world.host("h", memory_overhead=GIB)
    world.pool(master=host)
    dom0 = next(ref for ref, r in world.tables["VM"].items() if r["is_control_domain"])
    world.update("VM", dom0, memory_overhead=GIB // 4, metrics=world.add("VM_metrics", memory_actual=4 * GIB))
    gm = world.add("VM_guest_metrics", other={"feature-balloon": "1"})
    world.running_vm("balloons", host, metrics=world.add("VM_metrics", memory_actual=2 * GIB), guest_metrics=gm,
                     memory_overhead=GIB // 4, memory_static_max=8 * GIB, memory_dynamic_min=GIB,
                     memory_dynamic_max=4 * GIB)
    world.running_vm("fixed", host, metrics=world.add("VM_metrics", memory_actual=GIB), memory_overhead=GIB // 4,
                     memory_static_max=GIB, memory_dynamic_min=GIB, memory_dynamic_max=GIB)
    world.vm("halted", metrics=world.add("VM_metrics", memory_actual=8 * GIB))
    memory = host_memory(world.cache().get("host", host))
    xen = GIB + 3 * (GIB // 4) + 4 * GIB  # the host's and three domains' overheads, and the control domain
    assert memory.used_by_server == xen and memory.control_domain == 4 * GIB
    assert (memory.total, memory.used_by_vms) == (64 * GIB, 3 * GIB)
    assert memory.free == 64 * GIB - xen - 3 * GIB and memory.used == xen + 3 * GIB
    # ballooning guests count at their dynamic minimum, the others at their static maximum
    assert memory.available == 64 * GIB - (GIB + GIB) - xen
    assert memory.guests_max == 4 * GIB + GIB
    assert memory.overcommit_percent == round(100 * (5 * GIB + xen) / (64 * GIB))


def test_simulated_free_memory_is_xencenters():
    """The simulator's host_metrics.memory_free and the app's sum agree on every host of the demo pool."""
    cache = load_cache(generate_pool(3, 24, now=NOW))
    for host in cache.all("host"):
        assert host_memory(host).free == host.metrics.memory_free > 0


def test_vm_memory():
    world, host = one_host()
    metrics = world.add("VM_metrics", memory_actual=GIB)
    fields = dict(memory_static_min=MIB, memory_static_max=2 * GIB, memory_dynamic_min=GIB,
                  memory_dynamic_max=2 * GIB)
    running = world.running_vm("r", host, **{**fields, "metrics": metrics})
    halted = world.vm("h", metrics=world.add("VM_metrics", memory_actual=GIB), **fields)
    cache = world.cache()
    m = vm_memory(cache.get("VM", running))
    assert (m.static_max, m.dynamic_min, m.actual, m.ballooning) == (2 * GIB, GIB, GIB, True)
    assert vm_memory(cache.get("VM", halted)).actual is None


def test_host_cpus_from_host_cpu_objects_and_from_cpu_info():
    world = World()
    host = world.host("h", cpu_info={"cpu_count": "16", "socket_count": "2", "vendor": "AuthenticAMD",
                                     "modelname": "EPYC", "speed": "2994.374"})
    world.pool(master=host)
    cpus = host_cpus(world.cache().get("host", host))
    assert (cpus.count, cpus.sockets, cpus.model, cpus.speed_mhz, cpus.identical) == (16, 2, "EPYC", 2994, True)
    for n in range(4):
        world.add("host_cpu", host=host, number=n, vendor="GenuineIntel", modelname="Xeon", speed=2400)
    cpus = host_cpus(world.cache().get("host", host))
    assert (cpus.count, cpus.identical) == (4, True)
    assert cpus.properties_text == "Vendor: GenuineIntel\nModel: Xeon\nSpeed: 2400 MHz"
    world.add("host_cpu", host=host, number=4, vendor="GenuineIntel", modelname="Xeon", speed=3000)
    assert not host_cpus(world.cache().get("host", host)).identical


def test_vm_cpus_read_cores_per_socket():
    world, host = one_host()
    vm = world.vm("vm", VCPUs_at_startup=2, VCPUs_max=8, platform={"cores-per-socket": "4"})
    cpus = vm_cpus(world.cache().get("VM", vm))
    assert (cpus.at_startup, cpus.maximum, cpus.topology_text) == (2, 8, "2 sockets with 4 cores per socket")
