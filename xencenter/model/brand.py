"""The product brand a pool runs, taken from the server (``software_version["product_brand"]`` of the
coordinator), as XenCenter's BrandManager does: "XenServer" or "XCP-ng", and the words that come with it (the VM
tools' name and where to read about installing them). Every label that names the product asks here, so the
window and the command line say the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.versions import coordinator

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache


@dataclass(frozen=True, slots=True)
class Brand:
    product: str
    tools: str
    tools_help: str


XENSERVER = Brand("XenServer", "XenServer VM Tools",
                  "https://docs.xenserver.com/en-us/xenserver/8/vms/windows/vm-tools.html")
XCP_NG = Brand("XCP-ng", "XCP-ng Tools", "https://docs.xcp-ng.org/vms/#guest-tools")
BRANDS = {b.product: b for b in (XENSERVER, XCP_NG)}


def brand_of(cache: ObjectCache | None) -> Brand:
    """The brand of the pool in ``cache``: its coordinator's, else any host's; XenServer when unknown. A brand
    this program does not know keeps its own name, with XenServer's tools words."""
    if cache is None:
        return XENSERVER
    host = coordinator(cache)
    name = str((host.software_version or {}).get("product_brand") or "") if host is not None else ""
    if not name:
        return XENSERVER
    return BRANDS.get(name) or Brand(name, XENSERVER.tools, XENSERVER.tools_help)
