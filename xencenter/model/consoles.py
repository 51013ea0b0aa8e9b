"""Which console a VM or host shows and why not: the tab and ``main.py screenshot`` pick alike.

A running VM's graphical console before its text one (never RDP); a live host's through its control domain,
found without ``host.control_domain`` on older servers; the tunnel pinned to the certificate of the host
named in the console's location, else the coordinator's.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from xencenter.model.objects import XenObject
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

PROTOCOL_ORDER = {"rfb": 0, "vt100": 1}

#: Power state -> (what the user reads, translated where shown (context ``Consoles``), the command that makes
#: the console available).
STATE_MESSAGES = {
    "Halted": (QT_TRANSLATE_NOOP("Consoles", "This VM is shut down; start it to use its console."), "vm.start"),
    "Suspended": (QT_TRANSLATE_NOOP("Consoles", "This VM is suspended; resume it to use its console."), "vm.resume"),
    "Paused": (QT_TRANSLATE_NOOP("Consoles", "This VM is paused; unpause it to use its console."), "vm.unpause"),
}


def console_state(obj: XenObject) -> tuple[str, str | None]:
    """(message in the user's language, command name that would help) for a VM or host."""
    if obj.cls == "host":
        if not obj.is_live:
            return translate("Consoles", "This server is not reachable, so its console is not available."), None
        if pick_console(obj) is None:
            return translate("Consoles", "This server offers no console."), None
        return translate("Consoles", "The server's text console is available."), None
    power = obj.power_state or "Halted"
    if power in STATE_MESSAGES:
        message, command = STATE_MESSAGES[power]
        return translate("Consoles", message), command
    if pick_console(obj) is None:
        return translate("Consoles", "This VM is running but offers no console."), None
    return translate("Consoles", "This VM is running; its console is available."), None


def control_domain(host: XenObject) -> XenObject | None:
    """The host's dom0: ``host.control_domain``, else the control domain resident on it (older servers)."""
    if host.ref_of("control_domain"):
        return host.control_domain
    return next((vm for vm in host.cache.all("VM")
                 if vm.is_control_domain and vm.ref_of("resident_on") == host.ref), None)


def pick_console(obj: XenObject) -> XenObject | None:
    """The console to show: a running VM's graphical console, else its text one; a live host's control
    domain console. None when there is none to connect to."""
    if obj.cls == "host":
        if not obj.is_live:
            return None
        owner = control_domain(obj)
        if owner is None:
            return None
    else:
        if obj.power_state != "Running":
            return None
        owner = obj
    consoles = [c for c in owner.consoles if c.protocol in PROTOCOL_ORDER and c.location]
    return min(consoles, key=lambda c: PROTOCOL_ORDER[c.protocol], default=None)


def tunnel_fingerprint(connection: Any, location: str) -> str | None:
    """The certificate pin for the host named in a console location (reached as ``Connection.url_of`` says;
    the coordinator's pin as a fallback)."""
    try:
        pin = connection.fingerprint_for(urlsplit(location).netloc)
    except ValueError:
        pin = None
    return pin or connection.fingerprint
