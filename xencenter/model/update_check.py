"""Options > Updates' check: what the connected servers already say about their updates, read from the cache
only. Nothing here (nor anywhere in the application) asks the internet; a server that syncs with its update
repositories does that itself, and what it found is in its records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache

GUIDANCE_WORDS = {
    "reboot_host": "restart the server", "reboot_host_on_livepatch_failure": "restart the server if live patching fails",
    "restart_toolstack": "restart the toolstack", "restart_device_model": "restart the VMs' device models",
    "restart_vm": "restart its VMs", "evacuate_host": "move its VMs away",
}


def update_notes(caches: Iterable[ObjectCache]) -> list[str]:
    """One line per server that has something to do about updates (guidance pending, a restart for updates
    applied), then one per pool whose update sync is on; empty when the servers say nothing."""
    notes: list[str] = []
    for cache in caches:
        for host in sorted(cache.all("host"), key=lambda h: h.name):
            guidance = [GUIDANCE_WORDS.get(g, g.replace("_", " ")) for g in host.pending_guidances or []]
            if guidance:
                notes.append(f"'{host.name}': to finish installing updates, {', '.join(guidance)}.")
            elif host.updates_requiring_reboot:
                notes.append(f"'{host.name}': updates are waiting for the server to restart.")
        for pool in cache.all("pool"):
            if pool.update_sync_enabled:
                synced = pool.last_update_sync
                when = f" (last synchronized {synced:%Y-%m-%d %H:%M} UTC)" if synced and synced.year > 1970 else ""
                notes.append(f"Pool '{pool.name}' synchronizes its updates itself{when}.")
    return notes
