"""The storage the simulated hosts can see: NFS servers with exports, iSCSI targets with IQNs and LUNs, HBA
LUNs, SMB shares and each host's spare local disks, some holding SRs already. ``SR.probe_ext``, ``SR.create``
and ``PBD.plug`` look here, and answer as the SM backends do when something is wrong (``SR_BACKEND_FAILURE_<n>``
with the backend's words, from SM's XE_SR_ERRORCODES.xml).

A test replaces the world with ``sim.set_storage_world(world)``; without one every simulator has the default
world of issue 14, plus the locations its own SRs were made on (so they can be forgotten and found again).
"""

from __future__ import annotations

import copy
from typing import Any

from .errors import XapiError

GiB = 1024**3
#: The partition of every simulated host's system disk that holds its local SR (made by the installer): it can
#: be plugged again, and is never offered as a free disk.
SYSTEM_PARTITION = "/dev/disk/by-id/scsi-local-sda3"

#: SM's error numbers and words (libs/sm/core/XE_SR_ERRORCODES.xml) for what the simulated backends refuse.
SM_ERRORS = {
    "ISCSILogin": (68, "ISCSI login failed - check access settings for the initiator on the storage, if CHAP is "
                       "used verify CHAP credentials"),
    "NFSMount": (73, "NFS mount error"),
    "NFSVersion": (72, "Required NFS server version unsupported"),
    "ConfigServerMissing": (102, "The request is missing the server parameter"),
    "ConfigServerPathMissing": (101, "The request is missing the serverpath parameter"),
    "ConfigTargetMissing": (95, "The request is missing the target parameter"),
    "ConfigTargetIQNMissing": (96, "The request is missing or has an incorrect target IQN parameter"),
    "ConfigSCSIid": (107, "The SCSIid parameter is missing or incorrect"),
    "ConfigDeviceMissing": (90, "The request is missing the device parameter"),
    "InvalidDev": (19, "No such device"),
    "DNSError": (140, "Incorrect DNS name, unable to resolve."),
    "ISCSITarget": (141, "Unable to connect to ISCSI service on target"),
    "SMBMount": (111, "SMB mount error"),
    "ISOMountFailure": (222, "Could not mount the directory specified in Device Configuration"),
    "ISOLocationStringError": (225, "Incorrect Location string format. String must be in the format SERVER:PATH "
                                    "for NFS targets, or \\\\SERVER\\PATH for CIFS targets"),
}


def backend_failure(name: str, opterr: str = "", stderr: str = "") -> XapiError:
    """xapi's wrapping of an SM error: ``SR_BACKEND_FAILURE_<n> ["", "<words> [opterr=...]", stderr]`` (SM prints
    what a partial ``SR.probe`` found, as XML, on its stderr)."""
    number, words = SM_ERRORS[name]
    return XapiError(f"SR_BACKEND_FAILURE_{number}", "", f"{words} [opterr={opterr}]" if opterr else words,
                     stderr)


def default_world() -> dict[str, Any]:
    """What issue 14 says every simulator offers when a test configures nothing."""
    return {
        "nfs": {"nfs.example": {"versions": ["3", "4", "4.1"], "exports": {
            "/vms": {"srs": []}, "/iso": {"isos": ["debian-12.5.0-amd64-netinst.iso", "guest-tools.iso"], "srs": []},
        }}},
        "iscsi": {"iscsi.example": {"port": 3260, "chap": None, "iqns": {"iqn.2024-01.example:storage": [
            {"id": 0, "size": 100 * GiB, "scsi_id": "36001405a0000000000000000000000a0", "srs": []},
            {"id": 1, "size": 200 * GiB, "scsi_id": "36001405a0000000000000000000000a1", "srs": []},
        ]}}},
        "hba": [],
        "smb": {"//smb.example/share": {"username": "admin", "password": "secret", "isos": [], "srs": []}},
        "local": {"/dev/sdb": 500 * GiB},
    }


class StorageWorld:
    """The world's state; every method is called under the store's lock."""

    def __init__(self, world: dict[str, Any]) -> None:
        self.world = copy.deepcopy(world)
        for key, empty in (("nfs", {}), ("iscsi", {}), ("hba", []), ("smb", {}), ("local", {})):
            self.world.setdefault(key, empty)

    # -- where an SR lives ----------------------------------------------------------------------------------

    def location(self, sr_type: str, config: dict[str, str], secret_of: Any) -> list[dict[str, Any]]:
        """The ``srs`` list of the place ``config`` names, checking it as the backend would (mounts, logins);
        raises the backend's failure when the place cannot be reached."""
        if sr_type == "nfs":
            return self._nfs_export(config)["srs"]
        if sr_type in ("lvmoiscsi", "gfs2"):
            return self._lun(config, secret_of)["srs"]
        if sr_type == "lvmohba":
            return self._hba_lun(config)["srs"]
        if sr_type == "smb":
            return self._smb_share(config.get("server", ""), config.get("username", ""),
                                   _secret(config, "password", secret_of))["srs"]
        if sr_type == "iso":
            return self._iso_location(config, secret_of)["srs"]
        if sr_type in ("lvm", "ext"):
            device = config.get("device", "")
            if not device:
                raise backend_failure("ConfigDeviceMissing")
            if device not in self.world["local"] and device != SYSTEM_PARTITION:
                raise backend_failure("InvalidDev", device)
            return []  # a local disk is wiped on create; nothing to find there
        raise XapiError("SR_UNKNOWN_DRIVER", sr_type)

    def size_of(self, sr_type: str, config: dict[str, str]) -> int:
        """The capacity a new SR gets there."""
        if sr_type in ("lvm", "ext"):
            return int(self.world["local"].get(config.get("device", ""), 0))
        if sr_type in ("lvmoiscsi", "gfs2"):
            return int(self._lun(config, None, check_chap=False)["size"])
        if sr_type == "lvmohba":
            return int(self._hba_lun(config)["size"])
        return 2 * 1024 * GiB  # a file server's free space

    def isos(self, config: dict[str, str]) -> list[str]:
        return list(self._iso_location(config, None, check=False).get("isos", []))

    # -- probes ---------------------------------------------------------------------------------------------

    def probe(self, sr_type: str, config: dict[str, str], secret_of: Any) -> list[dict[str, Any]]:
        """``SR.probe_ext``'s answer: one result per thing found at the level ``config`` reaches."""
        if sr_type == "nfs":
            server = self._nfs_server(config)
            if "serverpath" not in config:
                return [_result({"server": config["server"], "serverpath": path}, False)
                        for path in server["exports"]]
            return [_result(dict(config), True, stat) for stat in self._nfs_export(config)["srs"]]
        if sr_type in ("lvmoiscsi", "gfs2"):
            target = self._iscsi_target(config, secret_of)
            base: dict[str, str] = {k: config[k] for k in ("target", "port", "chapuser") if k in config}
            if "targetIQN" not in config:
                return [_result({**base, "targetIQN": iqn}, False) for iqn in target["iqns"]]
            if "SCSIid" not in config:
                luns = self._iqn(target, config)
                return [_result({**base, "targetIQN": config["targetIQN"], "SCSIid": lun["scsi_id"]}, True,
                                *lun["srs"][:1], LUNid=str(lun["id"]), size=str(lun["size"]))
                        for lun in luns]
            return [_result(dict(config), True, stat) for stat in self._lun(config, secret_of)["srs"]]
        if sr_type == "lvmohba":
            return [_result({"SCSIid": lun["scsi_id"]}, True, *lun["srs"][:1], size=str(lun["size"]),
                            vendor=lun.get("vendor", ""), path=lun.get("path", ""))
                    for lun in self.world["hba"]]
        if sr_type == "smb":
            share = self._smb_share(config.get("server", ""), config.get("username", ""),
                                    _secret(config, "password", secret_of))
            return [_result(dict(config), True, stat) for stat in share["srs"]]
        raise XapiError("SR_OPERATION_NOT_SUPPORTED", sr_type)

    # -- lookups, each failing as its backend does ----------------------------------------------------------

    def _nfs_server(self, config: dict[str, str]) -> dict[str, Any]:
        name = config.get("server", "")
        if not name:
            raise backend_failure("ConfigServerMissing")
        server = self.world["nfs"].get(name)
        if server is None:
            raise backend_failure("DNSError", name)
        version = config.get("nfsversion", "")
        if version and version not in server.get("versions", ["3"]):
            raise backend_failure("NFSVersion", f"NFS version {version} is not supported by {name}")
        return dict(server)

    def _nfs_export(self, config: dict[str, str]) -> dict[str, Any]:
        server = self._nfs_server(config)
        path = config.get("serverpath", "")
        if not path:
            raise backend_failure("ConfigServerPathMissing")
        export = server["exports"].get(path.rstrip("/") or "/")
        if export is None:
            raise backend_failure("NFSMount", f"mount failed on server `{config['server']}` with return code 32: "
                                              f"{config['server']}:{path}: No such file or directory")
        return dict(export)

    def _iscsi_target(self, config: dict[str, str], secret_of: Any, check_chap: bool = True) -> dict[str, Any]:
        name = config.get("target", "")
        if not name:
            raise backend_failure("ConfigTargetMissing")
        target = self.world["iscsi"].get(name)
        if target is None:
            raise backend_failure("DNSError", name)
        if str(config.get("port", target.get("port", 3260))) != str(target.get("port", 3260)):
            raise backend_failure("ISCSITarget", f"{name}:{config.get('port')}")
        chap = target.get("chap")
        if check_chap and chap and (config.get("chapuser") != chap.get("user")
                                    or _secret(config, "chappassword", secret_of) != chap.get("secret")):
            raise backend_failure("ISCSILogin", "Login failed: authorization failure")
        return dict(target)

    def _iqn(self, target: dict[str, Any], config: dict[str, str]) -> list[dict[str, Any]]:
        luns = target["iqns"].get(config.get("targetIQN", ""))
        if luns is None:
            raise backend_failure("ConfigTargetIQNMissing")
        return list(luns)

    def _lun(self, config: dict[str, str], secret_of: Any, check_chap: bool = True) -> dict[str, Any]:
        target = self._iscsi_target(config, secret_of, check_chap)
        for lun in self._iqn(target, config):
            if lun["scsi_id"] == config.get("SCSIid"):
                return dict(lun)
        raise backend_failure("ConfigSCSIid")

    def _hba_lun(self, config: dict[str, str]) -> dict[str, Any]:
        for lun in self.world["hba"]:
            if lun["scsi_id"] == config.get("SCSIid"):
                return dict(lun)
        raise backend_failure("ConfigSCSIid")

    def _smb_share(self, name: str, user: str, password: str | None, check: bool = True) -> dict[str, Any]:
        share = self.world["smb"].get(name.replace("\\", "/"))
        if share is None or (check and (user != share.get("username") or password != share.get("password"))):
            raise backend_failure("SMBMount", "mount error(13): Permission denied" if share else
                                  "mount error(2): No such file or directory")
        return dict(share)

    def _iso_location(self, config: dict[str, str], secret_of: Any, check: bool = True) -> dict[str, Any]:
        location = config.get("location", "")
        if config.get("type") == "cifs" or location.startswith(("//", "\\\\")):
            try:
                return self._smb_share(location, config.get("username", ""),
                                       _secret(config, "cifspassword", secret_of), check)
            except XapiError:
                raise backend_failure("ISOMountFailure") from None
        server, _, path = location.partition(":")
        if not server or not path:
            raise backend_failure("ISOLocationStringError")
        try:
            return self._nfs_export({"server": server, "serverpath": path})
        except XapiError:
            raise backend_failure("ISOMountFailure") from None

    # -- remembering SRs ------------------------------------------------------------------------------------

    def remember(self, sr_type: str, config: dict[str, str], stat: dict[str, Any]) -> None:
        """An SR made there: later probes find it (until it is destroyed)."""
        for srs in self._all_lists():
            srs[:] = [s for s in srs if s["uuid"] != stat["uuid"]]
        self._live_list(sr_type, config).append(stat)

    def forget_sr(self, uuid: str) -> None:
        """An SR destroyed: gone from its storage."""
        for srs in self._all_lists():
            srs[:] = [s for s in srs if s["uuid"] != uuid]

    def _live_list(self, sr_type: str, config: dict[str, str]) -> list[dict[str, Any]]:
        """The world's own ``srs`` list (not a copy) of the place ``config`` names."""
        if sr_type == "nfs":
            return self.world["nfs"][config["server"]]["exports"][config["serverpath"].rstrip("/") or "/"]["srs"]
        if sr_type in ("lvmoiscsi", "gfs2"):
            luns = self.world["iscsi"][config["target"]]["iqns"][config["targetIQN"]]
            return next(lun["srs"] for lun in luns if lun["scsi_id"] == config["SCSIid"])
        if sr_type == "lvmohba":
            return next(lun["srs"] for lun in self.world["hba"] if lun["scsi_id"] == config["SCSIid"])
        if sr_type == "smb":
            return self.world["smb"][config["server"].replace("\\", "/")]["srs"]
        return []

    def _all_lists(self) -> list[list[dict[str, Any]]]:
        lists = [e.setdefault("srs", []) for s in self.world["nfs"].values() for e in s["exports"].values()]
        lists += [lun.setdefault("srs", []) for t in self.world["iscsi"].values() for luns in t["iqns"].values()
                  for lun in luns]
        lists += [lun.setdefault("srs", []) for lun in self.world["hba"]]
        lists += [share.setdefault("srs", []) for share in self.world["smb"].values()]
        return lists

    def add_existing(self, sr_type: str, config: dict[str, str], stat: dict[str, Any]) -> None:
        """A simulator's own SR (from its database or synthetic pool): its NFS export, iSCSI LUN or ISO
        directory is added to the world when missing, so probing finds it (and plugging reaches it) where its
        PBDs say it is."""
        if sr_type == "nfs" and config.get("server") and config.get("serverpath"):
            server = self.world["nfs"].setdefault(config["server"], {"versions": ["3", "4", "4.1"], "exports": {}})
            server["exports"].setdefault(config["serverpath"], {"srs": []})
        elif sr_type == "lvmoiscsi" and config.get("target") and config.get("targetIQN"):
            target = self.world["iscsi"].setdefault(config["target"], {"port": 3260, "chap": None, "iqns": {}})
            luns = target["iqns"].setdefault(config["targetIQN"], [])
            scsi_id = config.setdefault("SCSIid", "36001405" + stat["uuid"].replace("-", "")[:25])
            if not any(lun["scsi_id"] == scsi_id for lun in luns):
                luns.append({"id": len(luns), "size": stat["total_space"], "scsi_id": scsi_id, "srs": []})
        elif sr_type == "iso" and ":" in config.get("location", "") and not config["location"].startswith("//"):
            server_name, _, path = config["location"].partition(":")
            server = self.world["nfs"].setdefault(server_name, {"versions": ["3", "4", "4.1"], "exports": {}})
            server["exports"].setdefault(path, {"srs": [], "isos": []})
            return  # an ISO library is a directory of files, not an SR probes find
        else:
            return
        self.remember(sr_type, config, stat)


def _secret(config: dict[str, str], key: str, secret_of: Any) -> str | None:
    """A password given in the clear or (as XenCenter gives it) through a ``secret`` object's uuid."""
    if key + "_secret" in config and secret_of is not None:
        return secret_of(config[key + "_secret"])
    return config.get(key)


def _result(configuration: dict[str, str], complete: bool, stat: dict[str, Any] | None = None,
            **extra: str) -> dict[str, Any]:
    """One ``probe_result``: the configuration to use, whether it is complete, the SR there (``sr_stat``)."""
    result: dict[str, Any] = {"configuration": configuration, "complete": complete, "extra_info": extra}
    if stat is not None:
        result["sr"] = {"uuid": stat["uuid"], "name_label": stat["name_label"],
                        "name_description": stat.get("name_description", ""),
                        "free_space": stat.get("free_space", 0), "total_space": stat.get("total_space", 0),
                        "clustered": False, "health": "healthy"}
    return result
