"""Options > Updates' check: what the connected servers already say about their updates, read from the cache
only. Nothing here (nor anywhere in the application) asks the internet; a server that syncs with its update
repositories does that itself, and what it found is in its records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache

GUIDANCE_WORDS = {
    "reboot_host": QT_TRANSLATE_NOOP("UpdateCheck", "restart the server"),
    "reboot_host_on_livepatch_failure": QT_TRANSLATE_NOOP("UpdateCheck", "restart the server if live patching fails"),
    "restart_toolstack": QT_TRANSLATE_NOOP("UpdateCheck", "restart the toolstack"),
    "restart_device_model": QT_TRANSLATE_NOOP("UpdateCheck", "restart the VMs' device models"),
    "restart_vm": QT_TRANSLATE_NOOP("UpdateCheck", "restart its VMs"), "evacuate_host": QT_TRANSLATE_NOOP("UpdateCheck", "move its VMs away"),
}


def update_notes(caches: Iterable[ObjectCache]) -> list[str]:
    """One line per server that has something to do about updates (guidance pending, a restart for updates
    applied), then one per pool whose update sync is on; empty when the servers say nothing."""
    notes: list[str] = []
    for cache in caches:
        for host in sorted(cache.all("host"), key=lambda h: h.name):
            guidance = [translate("UpdateCheck", GUIDANCE_WORDS[g]) if g in GUIDANCE_WORDS else g.replace("_", " ")
                        for g in host.pending_guidances or []]
            if guidance:
                notes.append(translate("UpdateCheck", "'{server}': to finish installing updates, {steps}.").format(
                    server=host.name, steps=translate("UpdateCheck", ", ").join(guidance)))
            elif host.updates_requiring_reboot:
                notes.append(translate("UpdateCheck", "'{server}': updates are waiting for the server to restart.").format(
                    server=host.name))
        for pool in cache.all("pool"):
            if pool.update_sync_enabled:
                synced = pool.last_update_sync
                if synced and synced.year > 1970:
                    notes.append(translate("UpdateCheck", "Pool '{pool}' synchronizes its updates itself (last "
                                                          "synchronized {time} UTC).").format(
                        pool=pool.name, time=f"{synced:%Y-%m-%d %H:%M}"))
                else:
                    notes.append(translate("UpdateCheck", "Pool '{pool}' synchronizes its updates itself.").format(
                        pool=pool.name))
    return notes
