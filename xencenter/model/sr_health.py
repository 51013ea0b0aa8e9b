"""How an SR is connected on each server of its pool, in XenCenter's Repair Storage words (Connected,
Unplugged, Missing). Qt-free: the Repair Storage dialog and its tests read the same rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from xencenter.model.naming import natural_key
from xencenter.model.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from xencenter.model.objects import SR

#: The states, compared by the dialog (English; shown as ``translate("SRHealth", state)``).
CONNECTED = QT_TRANSLATE_NOOP("SRHealth", "Connected")
UNPLUGGED = QT_TRANSLATE_NOOP("SRHealth", "Unplugged")
MISSING = QT_TRANSLATE_NOOP("SRHealth", "Missing")


def connection_states(sr: SR) -> list[tuple[str, str, str]]:
    """(host ref, host name, state) for every server the SR should be connected to: all the pool's servers for
    a shared SR, the servers it has PBDs on otherwise; sorted by name."""
    pbds = {p.record.host: p for p in sr.PBDs}
    hosts = sr.cache.all("host") if sr.shared else [h for h in sr.cache.all("host") if h.ref in pbds]
    rows = []
    for host in hosts:
        pbd = pbds.get(host.ref)
        state = MISSING if pbd is None else CONNECTED if pbd.currently_attached else UNPLUGGED
        rows.append((host.ref, host.name, state))
    return sorted(rows, key=lambda r: natural_key(r[1]))
