"""Release checks as XenCenter makes them: the coordinator's platform version, number by number."""

from __future__ import annotations

import time

from model_world import load_cache

from xencenter.model.versions import platform_at_least, version_tuple
from xencenter.sim.synthetic import generate_pool
from xencenter.xenapi.events import Event


def test_version_parts_compare_as_numbers():
    assert version_tuple("3.10.0") > version_tuple("3.4.0")
    assert version_tuple("2.5.50") == (2, 5, 50) and version_tuple("2b.1") == (2, 1)


def test_platform_of_the_coordinator_decides():
    cache = load_cache(generate_pool(2, 2, now=time.time()))
    assert platform_at_least(cache, "2.5.50") and platform_at_least(cache, "3.4") and platform_at_least(cache, "3.4.0")
    assert not platform_at_least(cache, "3.4.1")
    coordinator = cache.pool().master
    record = dict(cache.record("host", coordinator.ref))
    record["software_version"] = {k: v for k, v in record["software_version"].items() if k != "platform_version"}
    cache.apply([Event(0, "", "host", "mod", coordinator.ref, record)])
    assert not platform_at_least(cache, "1.0")  # no platform version: older than any release
