"""Options > Updates' check reads only the cache: pending guidance and restarts for updates per server, and the
pools that synchronize their updates themselves; nothing when the servers say nothing."""

from __future__ import annotations

from model_world import World

from xencenter.model.update_check import update_notes


def test_the_check_says_what_the_servers_report_and_nothing_else():
    world = World()
    a = world.host("alpha", pending_guidances=["reboot_host", "restart_toolstack"])
    world.host("beta")
    world.pool("lab", master=a, update_sync_enabled=True, last_update_sync="20260102T03:04:05Z")
    assert update_notes([world.cache()]) == [
        "'alpha': to finish installing updates, restart the server, restart the toolstack.",
        "Pool 'lab' synchronizes its updates itself (last synchronized 2026-01-02 03:04 UTC)."]
    quiet = World()
    quiet.pool("quiet", master=quiet.host("gamma"))
    assert update_notes([quiet.cache()]) == []
