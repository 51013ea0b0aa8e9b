"""What an older xapi's ``SR.probe`` says, read into the ``probe_result`` records ``SR.probe_ext`` gives, so the
New SR wizard and ``sr.new`` work the same on pools before XenServer 7.5.

SM answers in XML (XenCenter reads the same in SR.ParseSRListXML, ISCSIPopulateIQNsAction,
ISCSIPopulateLunsAction and FibreChannelProbeAction): an ``<SRlist>`` when the configuration was complete,
otherwise an ``SR_BACKEND_FAILURE_<n>`` whose third parameter (SM's stderr) lists the next level.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from typing import Any

from xencenter.model.words import translate

#: SM errors whose stderr carries the next level of a partial probe: serverpath (101), target IQN (96),
#: SCSI id (107, iSCSI LUNs and HBA devices), LUN id (87), device (90).
PARTIAL_CODES = frozenset(f"SR_BACKEND_FAILURE_{n}" for n in (87, 90, 96, 101, 107))


class UnreadableProbe(ValueError):
    """The server's probe answer is not SM's XML."""


def partial_listing(code: str, params: list[str]) -> str | None:
    """The XML a partial probe's failure carries, or None when the failure is a real one."""
    if code in PARTIAL_CODES and len(params) >= 3 and params[2].lstrip().startswith("<"):
        return params[2]
    return None


def results_of(xml: str, config: dict[str, str]) -> list[dict[str, Any]]:
    """``probe_result``-shaped records for SM's XML answer to a probe of ``config``."""
    try:
        root = ElementTree.fromstring(xml.strip())
    except ElementTree.ParseError as exc:
        raise UnreadableProbe(translate("Failures", "The server's probe answer could not be read ({error}).").format(
            error=exc)) from None
    base: dict[str, str] = {k: config[k] for k in ("target", "port", "chapuser") if k in config}
    if root.tag == "nfs-exports":
        return [_result({"server": config.get("server", _text(e, "target")), "serverpath": _text(e, "path")},
                        False) for e in root.iter("Export")]
    if root.tag == "iscsi-target-iqns":
        return [_result({**base, **({"port": _text(t, "port")} if _text(t, "port") else {}),
                         "targetIQN": _text(t, "targetiqn")}, False) for t in root.iter("TGT")]
    if root.tag == "iscsi-target":
        return [_result({**base, "targetIQN": config.get("targetIQN", ""), "SCSIid": _text(lun, "scsiid")}, True,
                        LUNid=_text(lun, "lunid"), size=_text(lun, "size") or "0", vendor=_text(lun, "vendor"),
                        serial=_text(lun, "serial")) for lun in root.iter("LUN")]
    if root.tag == "Devlist":
        return [_result({"SCSIid": _text(d, "scsiid")}, True, size=_text(d, "size") or "0",
                        vendor=_text(d, "vendor"), path=_text(d, "path"), serial=_text(d, "serial"))
                for d in root.iter("BlockDevice")]
    if root.tag == "SRlist":
        return [_found(sr, config) for sr in root.iter("SR")]
    raise UnreadableProbe(translate("Failures", "The server's probe answer is not a listing this console knows "
                                                "(<{tag}>).").format(tag=root.tag))


def _found(sr: ElementTree.Element, config: dict[str, str]) -> dict[str, Any]:
    size = _text(sr, "size")
    result = _result(dict(config), True)
    result["sr"] = {"uuid": _text(sr, "uuid"), "name_label": _text(sr, "name_label"),
                    "name_description": _text(sr, "name_description"),
                    "total_space": int(size) if size.isdigit() else 0, "free_space": 0}
    return result


def _result(configuration: dict[str, str], complete: bool, **extra: str) -> dict[str, Any]:
    return {"configuration": configuration, "complete": complete,
            "extra_info": {k: v for k, v in extra.items() if v}}


def _text(element: ElementTree.Element, name: str) -> str:
    """A child's text, its tag matched case-insensitively (SM writes ``SCSIid``, XenCenter reads any case)."""
    for child in element:
        if child.tag.lower() == name:
            return (child.text or "").strip()
    return ""
