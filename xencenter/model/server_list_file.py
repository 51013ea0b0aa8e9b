"""XenCenter's server list file (File > Export Server List / Import Server List): the saved servers' addresses
and names, never a user or a password, so a list can be handed to a colleague or moved between machines and
read by XenCenter itself.

    <?xml version="1.0" encoding="utf-16"?>
    <XenConnections>
    <XenConnection><Hostname>pool.example</Hostname><Port>443</Port>
      <FriendlyName>Lab pool</FriendlyName></XenConnection>
    </XenConnections>

XenCenter writes UTF-16 (its ``Encoding.Unicode``) and reads whatever the XML declares; so do we.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from xencenter.model.words import QT_TRANSLATE_NOOP, translate

EXTENSION = "config"
#: XenCenter's words (Messages.ERROR_IMPORTING_SERVER_LIST)
UNREADABLE = QT_TRANSLATE_NOOP(
    "ServerList", "Error importing server list. Check that the xml format in the file is correct.")


class ServerListError(ValueError):
    """The file is not a server list; ``str()`` is XenCenter's words, ``detail`` what was wrong."""

    def __init__(self, detail: str) -> None:
        super().__init__(translate("ServerList", UNREADABLE))
        self.detail = detail


@dataclass(frozen=True)
class ListedServer:
    hostname: str
    port: int = 443
    friendly_name: str = ""


def render(servers: list[ListedServer]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-16"?>', "<XenConnections>"]
    for server in servers:
        lines.append(f"<XenConnection><Hostname>{escape(server.hostname)}</Hostname><Port>{server.port}</Port>\n"
                     f"  <FriendlyName>{escape(server.friendly_name)}</FriendlyName></XenConnection>")
    lines.append("</XenConnections>")
    return "\n".join(lines) + "\n"


def write(path: str | os.PathLike[str], servers: list[ListedServer]) -> None:
    """Write the list (whole or not at all: a partial file is renamed into place only once written)."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_text(render(servers), encoding="utf-16")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def parse(data: bytes) -> list[ListedServer]:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ServerListError(f"not XML: {exc}") from None
    if root.tag != "XenConnections":
        raise ServerListError(f"the document is <{root.tag}>, not <XenConnections>")
    servers = []
    for number, element in enumerate(root.iter("XenConnection"), 1):
        hostname = (element.findtext("Hostname") or "").strip()
        if not hostname:
            raise ServerListError(f"server {number} has no Hostname")
        port_text = (element.findtext("Port") or "443").strip()
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ServerListError(f"server {number} ({hostname}) has the port {port_text!r}")
        servers.append(ListedServer(hostname, int(port_text), (element.findtext("FriendlyName") or "").strip()))
    return servers


def read(path: str | os.PathLike[str]) -> list[ListedServer]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ServerListError(f"cannot read {path}: {exc.strerror or exc}") from None
    return parse(data)
