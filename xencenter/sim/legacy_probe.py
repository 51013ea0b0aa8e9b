"""``SR.probe``: the probe of xapi before ``SR.probe_ext`` (XenServer 7.4 and older, and what XenCenter still
calls for every type but GFS2), answering from the same storage world as SM's drivers do.

SM writes what it finds as XML. A complete configuration returns an ``<SRlist>``; a partial one fails with the
SM error for the missing key and prints the next level on stderr, which xapi passes on as the error's third
parameter: NFS's exports (101, ``<nfs-exports>``), an iSCSI target's IQNs (96, ``<iscsi-target-iqns>``), an
IQN's LUNs (107, ``<iscsi-target>``), the HBA LUNs (107, ``<Devlist>``) — NFSSR.py, BaseISCSI.py,
LVHDoISCSISR.py, LVHDoHBASR.py and devscan.py.
"""

from __future__ import annotations

from typing import Any
from xml.dom import minidom

from .context import Context
from .registry import implements
from .storage import _known, secret_of, world
from .storage_world import backend_failure


@implements("SR.probe")
def probe(ctx: Context, host: str, device_config: dict[str, str], sr_type: str, sm_config: dict[str, str]) -> str:
    ctx.store.get("host", host)
    _known(sr_type)
    ctx.work(0.2)
    config = dict(device_config)
    with ctx.store.lock:
        place = world(ctx)
        results = place.probe(sr_type, config, secret_of(ctx))
        versions = place.world["nfs"].get(config.get("server", ""), {}).get("versions", ["3"])
    if sr_type == "nfs" and "serverpath" not in config:
        raise backend_failure("ConfigServerPathMissing", stderr=_xml("nfs-exports", [
            ("Export", {"Target": config["server"], "Path": r["configuration"]["serverpath"], "Accesslist": "*"})
            for r in results]))
    if sr_type == "lvmoiscsi" and "targetIQN" not in config:
        raise backend_failure("ConfigTargetIQNMissing", stderr=_xml("iscsi-target-iqns", [
            ("TGT", {"Index": str(i), "IPAddress": config["target"],
                     **({"Port": config["port"]} if config.get("port", "3260") != "3260" else {}),
                     "TargetIQN": r["configuration"]["targetIQN"]}) for i, r in enumerate(results)]))
    if sr_type == "lvmoiscsi" and "SCSIid" not in config:
        raise backend_failure("ConfigSCSIid", stderr=_xml("iscsi-target", [
            ("LUN", {"vendor": "SIM", "serial": r["configuration"]["SCSIid"][-8:],
                     "LUNid": r["extra_info"]["LUNid"], "size": r["extra_info"]["size"],
                     "SCSIid": r["configuration"]["SCSIid"]}) for r in results]))
    if sr_type == "lvmohba" and "SCSIid" not in config:
        raise backend_failure("ConfigSCSIid", stderr=_xml("Devlist", [
            ("BlockDevice", {"path": r["extra_info"].get("path", ""), "numpaths": "1",
                             "SCSIid": r["configuration"]["SCSIid"], "vendor": r["extra_info"].get("vendor", ""),
                             "serial": r["configuration"]["SCSIid"][-8:], "size": r["extra_info"]["size"],
                             "adapter": "0", "channel": "0", "id": "0", "lun": str(i), "hba": "qla2xxx"})
            for i, r in enumerate(results)]))
    if sr_type == "lvmohba":
        results = [r for r in results if r["configuration"]["SCSIid"] == config["SCSIid"]]
    return _srlist(sr_type, [r["sr"] for r in results if r.get("sr")],
                   versions if sr_type == "nfs" and "probeversion" in config else None)


def _srlist(sr_type: str, srs: list[dict[str, Any]], versions: list[str] | None) -> str:
    """An ``<SRlist>``: NFS and SMB name each SR's uuid; LVM also its devices and size (lvutil.srlist_toxml)."""
    block = sr_type in ("lvmoiscsi", "lvmohba")
    entries: list[tuple[str, dict[str, str]]] = [
        ("SR", {"UUID": sr["uuid"], **({"Devlist": "/dev/disk/by-id/scsi-sim", "size": str(sr["total_space"])}
                                       if block else {})}) for sr in srs]
    dom, top = _document("SRlist", entries)
    if versions is not None:
        supported = dom.createElement("SupportedVersions")
        top.appendChild(supported)
        for version in versions:
            _append(dom, supported, "Version", version)
    return dom.toprettyxml()


def _xml(root: str, entries: list[tuple[str, dict[str, str]]]) -> str:
    return _document(root, entries)[0].toprettyxml()


def _document(root: str, entries: list[tuple[str, dict[str, str]]]) -> tuple[minidom.Document, minidom.Element]:
    dom = minidom.Document()
    top = dom.createElement(root)
    dom.appendChild(top)
    for tag, fields in entries:
        entry = dom.createElement(tag)
        top.appendChild(entry)
        for name, value in fields.items():
            _append(dom, entry, name, str(value))
    return dom, top


def _append(dom: minidom.Document, parent: Any, tag: str, text: str) -> None:
    element = dom.createElement(tag)
    element.appendChild(dom.createTextNode(text))
    parent.appendChild(element)
