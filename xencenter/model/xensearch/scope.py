"""What a search looks at: XenCenter's ``ObjectTypes`` flags, ``QueryScope``, and each object's type.

The flag values are XenCenter's: their order decides the order of "Type" groups (Pools, Servers, ..., vApps)
and of a scope's elements in the XML, so they must not be renumbered.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.placement import sr_is_local
from xencenter.model.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from xencenter.model.xensearch.items import Item


class ObjectTypes(enum.IntFlag):
    """XenCenter's ``ObjectTypes`` (the XML element names are these member names)."""

    NONE = 0
    Pool = 1 << 0
    Server = 1 << 1
    DisconnectedServer = 1 << 2
    VM = 1 << 3
    Snapshot = 1 << 4
    UserTemplate = 1 << 5
    DefaultTemplate = 1 << 6
    RemoteSR = 1 << 7
    LocalSR = 1 << 8
    VDI = 1 << 9
    Network = 1 << 10
    Folder = 1 << 11
    Appliance = 1 << 13
    DockerContainer = 1 << 14


#: XenCenter's ``AllIncFolders`` and ``AllExcFolders`` (vApps and Docker containers are in neither).
ALL_INC_FOLDERS = ObjectTypes((1 << 12) - 1)
ALL_EXC_FOLDERS = ALL_INC_FOLDERS & ~ObjectTypes.Folder

#: The single types, in flag order (the order of a scope's elements and of "Type" groups).
SINGLE_TYPES: tuple[ObjectTypes, ...] = tuple(t for t in ObjectTypes if t and not t & (t - 1))

#: The "Type" group names (XenCenter's ``ObjectTypes_i18n``); ``{brand}`` is the product brand.
TYPE_NAMES: dict[ObjectTypes, str] = {
    ObjectTypes.Pool: QT_TRANSLATE_NOOP("ObjectGroups", "Pools"),
    ObjectTypes.Server: QT_TRANSLATE_NOOP("ObjectGroups", "Servers"),
    ObjectTypes.DisconnectedServer: QT_TRANSLATE_NOOP("ObjectGroups", "Disconnected servers"),
    ObjectTypes.VM: QT_TRANSLATE_NOOP("ObjectGroups", "VMs"),
    ObjectTypes.Snapshot: QT_TRANSLATE_NOOP("ObjectGroups", "Snapshots"),
    ObjectTypes.UserTemplate: QT_TRANSLATE_NOOP("ObjectGroups", "Custom Templates"),
    ObjectTypes.DefaultTemplate: QT_TRANSLATE_NOOP("ObjectGroups", "{brand} Templates"),
    ObjectTypes.RemoteSR: QT_TRANSLATE_NOOP("ObjectGroups", "Remote Storage Repositories"),
    ObjectTypes.LocalSR: QT_TRANSLATE_NOOP("ObjectGroups", "Local Storage Repositories"),
    ObjectTypes.VDI: QT_TRANSLATE_NOOP("ObjectGroups", "Virtual Disks"),
    ObjectTypes.Network: QT_TRANSLATE_NOOP("ObjectGroups", "Networks"),
    ObjectTypes.Folder: QT_TRANSLATE_NOOP("ObjectGroups", "Folders"),
    ObjectTypes.Appliance: "vApp",
}

#: Which object classes can have each type: a search skips whole classes its scope cannot want.
CLASS_TYPES: dict[str, ObjectTypes] = {
    "VM": ObjectTypes.VM | ObjectTypes.Snapshot | ObjectTypes.UserTemplate | ObjectTypes.DefaultTemplate,
    "VM_appliance": ObjectTypes.Appliance,
    "host": ObjectTypes.Server | ObjectTypes.DisconnectedServer,
    "SR": ObjectTypes.RemoteSR | ObjectTypes.LocalSR,
    "network": ObjectTypes.Network,
    "VDI": ObjectTypes.VDI,
    "folder": ObjectTypes.Folder,
    "pool": ObjectTypes.Pool,
}


@dataclass(frozen=True, slots=True)
class QueryScope:
    """The object types a query looks at."""

    types: ObjectTypes = ALL_EXC_FOLDERS
    #: Type names a newer XenCenter wrote that this version does not know (kept for saving, never matched).
    unknown: tuple[str, ...] = ()

    def wants(self, t: ObjectTypes | None) -> bool:
        """XenCenter's ``WantType``: every type in ``t`` is in the scope (an untyped object never is)."""
        if t is None:
            return False
        bits = t._value_  # plain ints: IntFlag operators are Python code, and this runs for every object
        return bits != 0 and (self.types._value_ & bits) == bits

    def wants_class(self, cls: str) -> bool:
        """Whether any object of this class can be in the scope."""
        return bool(self.types & CLASS_TYPES.get(cls, ObjectTypes.NONE))

    @property
    def element_names(self) -> list[str]:
        """The scope's single types as XML element names, in XenCenter's order."""
        return [str(t.name) for t in SINGLE_TYPES if self.types & t] + list(self.unknown)


def is_real_vm(item: Item) -> bool:
    """XenCenter's ``IsRealVm``: a VM that is no snapshot, template or control domain.

    Here and on the other hot paths of a search, record flags are tested for truth: the cache's records hold
    real booleans (msgspec types them while decoding), so ``as_bool`` would only cost time.
    """
    if item.cls != "VM":
        return False
    record = item.record
    return not (record.is_a_snapshot or record.is_a_template or record.is_control_domain)


def object_type(item: Item) -> ObjectTypes | None:
    """XenCenter's ``type`` property: None for a control domain and for classes no search shows."""
    cls = item.cls
    record = item.record
    if cls == "VM":
        if record.is_a_snapshot:
            return ObjectTypes.Snapshot
        if record.is_a_template:
            default = item.is_default_template  # type: ignore[union-attr]  # a VM here
            return ObjectTypes.DefaultTemplate if default else ObjectTypes.UserTemplate
        if record.is_control_domain:
            return None
        return ObjectTypes.VM
    if cls == "host":
        return ObjectTypes.DisconnectedServer if item.cache is None else ObjectTypes.Server
    if cls == "SR":
        return ObjectTypes.LocalSR if sr_is_local(item) else ObjectTypes.RemoteSR  # type: ignore[arg-type]
    simple = CLASS_TYPES.get(cls)
    return simple if simple is not None and cls != "VM" else None
