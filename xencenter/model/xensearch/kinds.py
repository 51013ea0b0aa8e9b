"""The enumerations a search compares and groups by, with XenCenter's XML spellings, labels and order.

XenCenter writes an enum value as its C# name (``Running``, ``IoDriversInstalled, ManagementInstalled``) and
sorts enum groups by their numeric value, so each kind keeps both. Power states come from the datamodel
(plus the SDK's ``unknown``); the virtualization flags are ``model.virtualization``'s.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from xencenter import schema
from xencenter.model.labels import SR_TYPE_NAMES
from xencenter.model.virtualization import SEARCH_FILTERS, VirtualizationFlag
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.model.xensearch.scope import TYPE_NAMES, ObjectTypes

PowerState = enum.IntEnum("PowerState", [*schema.enums("VM")["vm_power_state"], "unknown"], start=0)  # type: ignore[misc]

POWER_STATE_NAMES = {"Halted": QT_TRANSLATE_NOOP("Search", "Halted"), "Paused": QT_TRANSLATE_NOOP("Search", "Paused"),
                     "Running": QT_TRANSLATE_NOOP("Search", "Running"),
                     "Suspended": QT_TRANSLATE_NOOP("Search", "Suspended"),
                     "unknown": QT_TRANSLATE_NOOP("Search", "Unknown")}


class HaRestartPriority(enum.IntEnum):
    """XenCenter's ``VM.HaRestartPriority`` (the first two are the pre-Boston values ``0`` and ``1``)."""

    AlwaysRestartHighPriority = 0
    AlwaysRestart = 1
    Restart = 2
    BestEffort = 3
    DoNotRestart = 4


#: ``VM.ha_restart_priority`` text -> priority (XenCenter's ``StringToPriority``; anything else is AlwaysRestart).
HA_PRIORITIES = {"0": HaRestartPriority.AlwaysRestartHighPriority, "restart": HaRestartPriority.Restart,
                 "": HaRestartPriority.DoNotRestart, "best-effort": HaRestartPriority.BestEffort}

HA_PRIORITY_NAMES = {
    HaRestartPriority.AlwaysRestartHighPriority: QT_TRANSLATE_NOOP("Search", "Restart first"),
    HaRestartPriority.AlwaysRestart: QT_TRANSLATE_NOOP("Search", "Restart"),
    HaRestartPriority.Restart: QT_TRANSLATE_NOOP("Search", "Restart"),
    HaRestartPriority.BestEffort: QT_TRANSLATE_NOOP("Search", "Restart if possible"),
    HaRestartPriority.DoNotRestart: QT_TRANSLATE_NOOP("Search", "Do not restart"),
}

#: XenCenter's ``SR.SRTypes`` in its order; a driver it does not list is ``unknown``.
SRType = enum.IntEnum("SRType", [
    "local", "ext", "lvmoiscsi", "iso", "nfs", "lvm", "udev", "lvmofc", "lvmohba", "egenera", "egeneracd",
    "dummy", "unknown", "shm", "iscsi", "ebs", "rawhba", "smb", "lvmofcoe", "gfs2", "nutanix", "nutanixiso",
    "tmpfs"], start=0)

#: The C# names of the virtualization flags.
_VIRTUALIZATION_XML = {
    "NotInstalled": VirtualizationFlag.NOT_INSTALLED,
    "Unknown": VirtualizationFlag.UNKNOWN,
    "PvDriversOutOfDate": VirtualizationFlag.OUT_OF_DATE,
    "IoDriversInstalled": VirtualizationFlag.IO_DRIVERS_INSTALLED,
    "ManagementInstalled": VirtualizationFlag.MANAGEMENT_INSTALLED,
}


def shown(word: str) -> str:
    """A search word kept in English because it is a key (a filter's or grouping's label, an operator, a property
    name; marked with ``QT_TRANSLATE_NOOP("Search", ...)``) in the user's language, where it is shown."""
    return translate("Search", word)


class UnknownValue(ValueError):
    """An enum value this version does not know (a newer XenCenter wrote it)."""


@dataclass(frozen=True, eq=False)
class EnumKind:
    """How one enumeration is written, read, labelled and ordered (one instance per enumeration)."""

    name: str
    names: dict[str, Any]  # C# name -> value
    labels: dict[Any, str]
    flags: bool = False
    #: The translation context of the labels.
    context: str = "Search"

    def parse(self, text: str) -> Any:
        """A value from its XML spelling; flags may be ``A, B`` or a number, as C#'s ``Enum.Parse`` reads."""
        text = text.strip()
        if self.flags:
            if text.lstrip("-").isdigit():
                return self._combine(int(text))
            value = 0
            for part in text.split(","):
                value |= int(self._one(part.strip()))
            return self._combine(value)
        return self._one(text)

    def _one(self, text: str) -> Any:
        if text in self.names:
            return self.names[text]
        raise UnknownValue(f"{text!r} is not a {self.name} value")

    def _combine(self, value: int) -> Any:
        return next(iter(self.names.values())).__class__(value)

    def write(self, value: Any) -> str:
        """The XML spelling (C#'s ``ToString``: a flag combination is its names joined by ``, ``)."""
        for name, member in self.names.items():
            if member == value:
                return name
        if self.flags:
            parts = [name for name, member in self.names.items() if member and (int(value) & int(member)) == member]
            return ", ".join(parts) if parts else str(int(value))
        return str(value)

    def label(self, value: Any, brand: str = "XenServer") -> str:
        """The group name XenCenter shows (its i18n table, else the C# name), in the user's language."""
        text = self.labels.get(value)
        return translate(self.context, text).format(brand=brand) if text is not None else self.write(value)


POWER_STATE = EnumKind("power state", {m.name: m for m in PowerState},
                       {m: POWER_STATE_NAMES.get(m.name, m.name) for m in PowerState})
VIRTUALIZATION = EnumKind("virtualization status", _VIRTUALIZATION_XML,
                          {flag: name for name, flag in SEARCH_FILTERS.items()}, flags=True)
OBJECT_TYPE = EnumKind("object type", {str(t.name): t for t in ObjectTypes if t}, dict(TYPE_NAMES), flags=True,
                       context="ObjectGroups")
HA_PRIORITY = EnumKind("HA restart priority", {m.name: m for m in HaRestartPriority}, dict(HA_PRIORITY_NAMES))
SR_TYPE = EnumKind("SR type", {m.name: m for m in SRType},
                   {m: SR_TYPE_NAMES.get(m.name, QT_TRANSLATE_NOOP("SRTypes", "Unknown")) for m in SRType},
                   context="SRTypes")


def sr_type(driver: str) -> SRType:
    """XenCenter's ``GetSRType``: the driver name as an SRType, ``unknown`` when it is not one."""
    return SRType.__members__.get(driver, SRType.unknown)
