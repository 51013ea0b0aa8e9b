"""Which console the tab picks (graphical before text, none for RDP or a stopped VM, a host's through its
control domain even without ``host.control_domain``), and the certificate pin the tunnel uses."""

from __future__ import annotations

from types import SimpleNamespace

from tests.model.model_world import load_cache
from xencenter.model.consoles import console_state, pick_console, tunnel_fingerprint
from xencenter.sim.synthetic import generate_pool
from xencenter.xenapi.events import Event


def _pool():
    return load_cache(generate_pool(2, 6, seed=3))


def _set(cache, cls: str, ref: str, **fields) -> None:
    cache.apply([Event(0, "", cls.lower(), "mod", ref, dict(cache.record(cls, ref), **fields))])


def _running(cache):
    return min((v for v in cache.all("VM") if v.is_real_vm and v.power_state == "Running"), key=lambda v: v.name)


def test_graphical_first_then_text_never_rdp():
    cache = _pool()
    vm = _running(cache)
    assert pick_console(vm).protocol == "rfb"
    rfb = next(c for c in vm.consoles if c.protocol == "rfb")
    _set(cache, "console", rfb.ref, protocol="rdp")
    assert pick_console(cache.get("VM", vm.ref)).protocol == "vt100"
    for console in vm.consoles:
        _set(cache, "console", console.ref, protocol="rdp")
    vm = cache.get("VM", vm.ref)
    assert pick_console(vm) is None
    assert console_state(vm) == ("This VM is running but offers no console.", None)


def test_a_stopped_vm_has_none():
    cache = _pool()
    vm = _running(cache)
    _set(cache, "VM", vm.ref, power_state="Suspended")
    vm = cache.get("VM", vm.ref)
    assert pick_console(vm) is None and console_state(vm)[1] == "vm.resume"


def test_a_host_uses_its_control_domain_console_even_on_old_servers():
    cache = _pool()
    host = min(cache.all("host"), key=lambda h: h.name)
    dom0 = host.control_domain
    expected = next(c for c in dom0.consoles if c.protocol == "rfb")
    assert pick_console(host).ref == expected.ref
    _set(cache, "host", host.ref, control_domain="OpaqueRef:NULL")  # before the field existed
    assert pick_console(cache.get("host", host.ref)).ref == expected.ref


def test_the_pin_is_the_consoles_host_else_the_coordinators():
    asked = []
    connection = SimpleNamespace(fingerprint="AA:coordinator",
                                 fingerprint_for=lambda where: asked.append(where) or pins.get(where))
    pins = {"10.0.0.11": "BB:member"}
    assert tunnel_fingerprint(connection, "https://10.0.0.11/console?uuid=x") == "BB:member"
    assert tunnel_fingerprint(connection, "https://10.0.0.12:8443/console?uuid=y") == "AA:coordinator"
    assert asked == ["10.0.0.11", "10.0.0.12:8443"]
