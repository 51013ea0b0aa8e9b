"""XenCenter's ``Network.Show``: which networks the views and searches list."""

from __future__ import annotations

import pytest
from model_world import World


def _network(world: World, pif: dict | None = None, **other_config: str) -> str:
    network = world.add("network", name_label="n", other_config=other_config)
    if pif is not None:
        world.add("PIF", network=network, **pif)
    return network


@pytest.mark.parametrize(("other_config", "pif", "shown", "shown_with_hidden"), [
    ({}, None, True, True),
    ({"HideFromXenCenter": "true"}, None, False, True),
    ({"is_guest_installer_network": "true"}, None, False, True),
    ({"is_host_internal_management_network": "true"}, None, False, True),
    ({}, {"managed": False}, False, False),  # an unmanaged PIF hides its network even with the option
    ({}, {"other_config": {"HideFromXenCenter": "true"}}, False, True),
    ({}, {"managed": True}, True, True),
])
def test_network_shown(other_config, pif, shown, shown_with_hidden):
    world = World()
    ref = _network(world, pif, **other_config)
    network = world.cache().get("network", ref)
    assert network.shown(False) is shown
    assert network.shown(True) is shown_with_hidden


def test_a_bond_members_network_is_shown_only_with_hidden_objects():
    world = World()
    network = world.add("network", name_label="eth0")
    bond = world.add("Bond")
    world.add("PIF", network=network, bond_slave_of=bond)
    cache = world.cache()
    assert not cache.get("network", network).shown(False)
    assert cache.get("network", network).shown(True)
