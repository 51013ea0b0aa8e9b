"""What a new SR of each kind is, for the New SR wizard and ``sr.new`` alike (Qt-free): the SM type, content
type and sharing of each wizard choice, and the ``device_config`` xapi's backends take (as XenCenter's
NewSRWizard pages build it). Secrets are never put in a device_config: they travel as ``secret`` objects,
named by ``<key>_secret``, so nothing xapi shows (PBD records, logs) holds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from xencenter.model.words import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class SrKind:
    """One choice of the wizard's first page."""

    key: str  # sr.new --type
    words: str  # the wizard's words, marked for translation (``title`` is them in the user's language)
    sm_type: str
    content_type: str
    shared: bool
    secret_key: str = ""  # the device_config key whose value goes through a secret (SMB, CIFS ISO)
    probes: bool = True  # the wizard probes before making it

    @property
    def title(self) -> str:
        return translate("NewSR", self.words)


KINDS = {k.key: k for k in (
    SrKind("nfs", "NFS", "nfs", "user", True),
    SrKind("iscsi", "iSCSI", "lvmoiscsi", "user", True, "chappassword"),
    SrKind("hba", QT_TRANSLATE_NOOP("NewSR", "Hardware HBA"), "lvmohba", "user", True),
    SrKind("smb", "SMB/CIFS", "smb", "user", True, "password"),
    SrKind("lvm", QT_TRANSLATE_NOOP("NewSR", "Local LVM"), "lvm", "user", False, probes=False),
    SrKind("ext", QT_TRANSLATE_NOOP("NewSR", "Local EXT"), "ext", "user", False, probes=False),
    SrKind("iso-nfs", QT_TRANSLATE_NOOP("NewSR", "NFS ISO library"), "iso", "iso", True, probes=False),
    SrKind("iso-smb", QT_TRANSLATE_NOOP("NewSR", "Windows File Sharing (SMB/CIFS) ISO library"), "iso", "iso", True,
           "cifspassword", probes=False),
)}


def kind_of_sr(sm_type: str, location: str = "") -> str:
    """The wizard's kind of an SR's driver; an ISO library's is told by its location (``//server/share``)."""
    for kind in KINDS.values():
        if kind.sm_type == sm_type and sm_type != "iso":
            return kind.key
    return "iso-smb" if location.startswith(("//", "\\\\")) else "iso-nfs"


def device_config(kind: SrKind, params: dict[str, Any]) -> dict[str, str]:
    """The backend's configuration from ``sr.new``'s parameters (without any secret); ValueError names
    what is missing, in the command line's words."""

    def need(name: str, option: str) -> str:
        value = params.get(name)
        if value in (None, ""):
            raise ValueError(f"a {kind.words} SR needs --{option}")
        return str(value)

    key = kind.key
    if key == "nfs":
        config = {"server": need("storage_server", "storage-server"), "serverpath": need("path", "path")}
        if params.get("nfs_version"):
            config["nfsversion"] = str(params["nfs_version"])
        return config
    if key == "iscsi":
        config = {"target": need("target", "target"), "port": str(params.get("port") or 3260),
                  "targetIQN": need("iqn", "iqn")}
        if params.get("scsi_id"):
            config["SCSIid"] = str(params["scsi_id"])
        if params.get("chap_user"):
            config["chapuser"] = str(params["chap_user"])
        return config
    if key == "hba":
        return {"SCSIid": need("device", "device")}
    if key == "smb":
        config = {"server": need("storage_server", "storage-server")}
        if params.get("username"):
            config["username"] = str(params["username"])
        return config
    if key in ("lvm", "ext"):
        return {"device": need("device", "device")}
    if key == "iso-nfs":
        return {"location": f"{need('storage_server', 'storage-server')}:{need('path', 'path')}"}
    config = {"location": need("storage_server", "storage-server"), "type": "cifs"}
    if params.get("username"):
        config["username"] = str(params["username"])
    return config


def secret_value(kind: SrKind, params: dict[str, Any]) -> str:
    """The password to store as a ``secret`` (SMB's, the CIFS library's or iSCSI's CHAP secret), or ""."""
    if not kind.secret_key:
        return ""
    return str(params.get("chap_password" if kind.key == "iscsi" else "share_password") or "")


def lun_of(results: list[dict[str, Any]], lun: int) -> dict[str, Any]:
    """The probe result of LUN number ``lun`` (an iSCSI probe of an IQN lists each LUN with its ``LUNid``)."""
    for result in results:
        if str(result.get("extra_info", {}).get("LUNid", "")) == str(lun):
            return result
    found = ", ".join(str(r.get("extra_info", {}).get("LUNid", "?")) for r in results) or "none"
    raise ValueError(f"the target has no LUN {lun} (LUNs: {found})")


def probe_config(kind: SrKind, params: dict[str, Any]) -> dict[str, str]:
    """What the wizard's probe asks about: as far as the user has filled in (an NFS server lists its exports,
    an export its SRs; an iSCSI target its IQNs, an IQN its LUNs). The probe is not recorded anywhere, so
    the CHAP secret and SMB password go in it as xapi's probe takes them."""
    config: dict[str, str] = {}
    for param, key in (("storage_server", "server"), ("path", "serverpath"), ("nfs_version", "nfsversion"),
                       ("target", "target"), ("port", "port"), ("iqn", "targetIQN"), ("chap_user", "chapuser"),
                       ("chap_password", "chappassword"), ("username", "username"), ("share_password", "password")):
        if params.get(param) not in (None, ""):
            config[key] = str(params[param])
    if kind.key != "iscsi":
        for key in ("target", "port", "targetIQN", "chapuser", "chappassword"):
            config.pop(key, None)
    return config


def describe_result(result: dict[str, Any]) -> str:
    """One probe result as the wizard lists it."""
    from xencenter.model.summaries import size_text

    config, extra, sr = result.get("configuration", {}), result.get("extra_info", {}), result.get("sr")
    name = (sr.get("name_label") or sr["uuid"]) if sr else ""
    held = translate("NewSR", " - holds the SR '{name}'").format(name=name) if sr else ""
    if "LUNid" in extra:
        return f"LUN {extra['LUNid']}: {size_text(int(extra.get('size', 0)))}{held}"
    if "size" in extra:
        return f"{config.get('SCSIid', '')}: {size_text(int(extra['size']))} {extra.get('vendor', '')}{held}".strip()
    if sr:
        size = int(sr.get("total_space", 0))
        if size:
            return translate("NewSR", "Existing SR '{name}' ({size})").format(name=name, size=size_text(size))
        return translate("NewSR", "Existing SR '{name}'").format(name=name)
    if not result.get("complete") and "targetIQN" in config:
        return f"IQN {config['targetIQN']}"
    if not result.get("complete") and "serverpath" in config:
        return translate("NewSR", "Export {path}").format(path=config["serverpath"])
    return ", ".join(f"{k}={v}" for k, v in config.items() if "password" not in k)
