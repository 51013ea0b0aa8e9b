"""The query builder's "Group by" buttons and "Search for" choices (XenCenter's ``GroupingControl`` and
``SearchFor``), without Qt.

A search's grouping is a list of levels, outermost first, each a ``GroupingType`` ("Pool", "Server",
"Operating System", a custom field, "Folder"). The rules are XenCenter's: at most five levels; a type is
offered only when the search wants some of the types it applies to; no type twice; an object grouping is not
offered before one it sits under in the tree (no "Server" before "Pool"'s descendants, no "Pool" after
"Server"); Folder only as the first level, and it ends the list; searching for folders forbids every grouping
but Folder, which is then required.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.model.xensearch.customfields import CustomFieldDefinition
from xencenter.model.xensearch.grouping import (
    AllCustomFieldsGrouping,
    BoolGrouping,
    CustomFieldGrouping,
    FolderGrouping,
    Grouping,
    PropertyGrouping,
    UnknownGrouping,
    XenModelObjectPropertyGrouping,
)
from xencenter.model.xensearch.kinds import shown
from xencenter.model.xensearch.properties import PROPERTY_LABELS, PROPERTY_TYPES, Prop
from xencenter.model.xensearch.scope import ALL_EXC_FOLDERS, ALL_INC_FOLDERS, TYPE_NAMES, ObjectTypes

MAX_LEVELS = 5


@dataclass(frozen=True, eq=False)
class GroupingType:
    label: str
    applies_to: ObjectTypes
    #: The object grouping this one sits under in the tree (Server under vApp under Pool).
    parent: GroupingType | None = None

    def make(self, subgrouping: Grouping | None) -> Grouping:
        raise NotImplementedError

    def matches(self, grouping: Grouping) -> bool:
        raise NotImplementedError

    def is_descendant_of(self, other: GroupingType) -> bool:
        parent = self.parent
        while parent is not None:
            if parent is other:
                return True
            parent = parent.parent
        return False


@dataclass(frozen=True, eq=False)
class PropertyGroupingType(GroupingType):
    prop: Prop = Prop.type
    boolean: bool = False

    def make(self, subgrouping: Grouping | None) -> Grouping:
        if self.boolean:
            return BoolGrouping(self.prop, subgrouping=subgrouping)
        target = PROPERTY_TYPES[self.prop]
        if isinstance(target, str) and target in _OBJECT_TARGETS:
            return XenModelObjectPropertyGrouping(self.prop, target, subgrouping=subgrouping)
        return PropertyGrouping(self.prop, subgrouping=subgrouping)

    def matches(self, grouping: Grouping) -> bool:
        return type(grouping) is type(self.make(None)) and grouping.prop == self.prop  # type: ignore[attr-defined]


_OBJECT_TARGETS = frozenset({"pool", "host", "network", "SR", "VDI", "VM", "VM_appliance"})


@dataclass(frozen=True, eq=False)
class FolderGroupingType(GroupingType):
    def make(self, subgrouping: Grouping | None) -> Grouping:
        return FolderGrouping(subgrouping=subgrouping)

    def matches(self, grouping: Grouping) -> bool:
        return isinstance(grouping, FolderGrouping)


@dataclass(frozen=True, eq=False)
class AllCustomFieldsType(GroupingType):
    def make(self, subgrouping: Grouping | None) -> Grouping:
        return AllCustomFieldsGrouping(subgrouping=subgrouping)

    def matches(self, grouping: Grouping) -> bool:
        return isinstance(grouping, AllCustomFieldsGrouping)


@dataclass(frozen=True, eq=False)
class CustomFieldGroupingType(GroupingType):
    definition: CustomFieldDefinition = CustomFieldDefinition("")

    def make(self, subgrouping: Grouping | None) -> Grouping:
        return CustomFieldGrouping(self.definition, subgrouping=subgrouping)

    def matches(self, grouping: Grouping) -> bool:
        return isinstance(grouping, CustomFieldGrouping) and grouping.definition == self.definition


@dataclass(frozen=True, eq=False)
class KeptGroupingType(GroupingType):
    """A grouping this version does not understand: shown, written back as read."""

    grouping: UnknownGrouping | None = None

    def make(self, subgrouping: Grouping | None) -> Grouping:
        assert self.grouping is not None
        return replace(self.grouping, subgrouping=subgrouping)

    def matches(self, grouping: Grouping) -> bool:
        return False


def _prop_type(prop: Prop, applies_to: ObjectTypes, parent: GroupingType | None = None,
               boolean: bool = False) -> PropertyGroupingType:
    return PropertyGroupingType(PROPERTY_LABELS[prop], applies_to, parent, prop=prop, boolean=boolean)


_VM = ObjectTypes.VM
BY_POOL = _prop_type(Prop.pool, ALL_EXC_FOLDERS & ~ObjectTypes.Pool)
BY_APPLIANCE = _prop_type(Prop.appliance, _VM, BY_POOL)
BY_HOST = _prop_type(Prop.host, ALL_EXC_FOLDERS & ~ObjectTypes.Pool & ~ObjectTypes.Server, BY_APPLIANCE)
BY_SR = _prop_type(Prop.storage, _VM | ObjectTypes.VDI, BY_POOL)
BY_FOLDER = FolderGroupingType(QT_TRANSLATE_NOOP("Search", "Folder"), ALL_INC_FOLDERS)

#: XenCenter's ``potentialGroups``, in its order (the order of the "More" menu).
GROUPING_TYPES: tuple[GroupingType, ...] = (
    BY_POOL,
    BY_HOST,
    _prop_type(Prop.os_name, _VM),
    _prop_type(Prop.power_state, _VM),
    _prop_type(Prop.virtualisation_status, _VM),
    _prop_type(Prop.type, ALL_EXC_FOLDERS),
    _prop_type(Prop.networks, _VM, BY_POOL),
    BY_SR,
    _prop_type(Prop.disks, _VM, BY_SR),
    _prop_type(Prop.ha_restart_priority, _VM),
    _prop_type(Prop.read_caching_enabled, _VM, boolean=True),
    _prop_type(Prop.vendor_device_state, _VM, boolean=True),
    BY_APPLIANCE,
    _prop_type(Prop.tags, ALL_EXC_FOLDERS),
    _prop_type(Prop.vm, ALL_EXC_FOLDERS & ~ObjectTypes.Pool & ~ObjectTypes.Server & ~_VM, BY_HOST),
    AllCustomFieldsType(QT_TRANSLATE_NOOP("Search", "Custom Fields"), ALL_EXC_FOLDERS),
)


def custom_grouping_types(definitions: Sequence[CustomFieldDefinition]) -> list[GroupingType]:
    return [CustomFieldGroupingType(d.name, ALL_EXC_FOLDERS, definition=d) for d in definitions]


def levels_of(grouping: Grouping | None, custom: Sequence[GroupingType] = ()) -> list[GroupingType]:
    """A grouping as its buttons (XenCenter's ``FromGrouping`` per level; a custom field no server defines
    any more still gets its button)."""
    levels: list[GroupingType] = []
    while grouping is not None:
        found = next((t for t in (BY_FOLDER, *GROUPING_TYPES, *custom) if t.matches(grouping)), None)
        if found is None and isinstance(grouping, CustomFieldGrouping):
            found = CustomFieldGroupingType(grouping.definition.name, ALL_EXC_FOLDERS, definition=grouping.definition)
        if found is None and isinstance(grouping, UnknownGrouping):
            found = KeptGroupingType(grouping.name, ALL_INC_FOLDERS, grouping=grouping)
        if found is not None:
            levels.append(found)
        grouping = grouping.subgrouping
    return after_folder(levels)


def after_folder(levels: list[GroupingType]) -> list[GroupingType]:
    """Folder can only come first, and nothing follows it (XenCenter's ``Setup``)."""
    for i, level in enumerate(levels):
        if level is BY_FOLDER:
            return levels[:i + 1] if i == 0 else levels[:i]
    return levels


def grouping_of(levels: Sequence[GroupingType]) -> Grouping | None:
    """The buttons as a grouping, outermost first."""
    grouping: Grouping | None = None
    for level in reversed(levels):
        grouping = level.make(grouping)
    return grouping


def _wanted(grouping_type: GroupingType, scope: ObjectTypes) -> bool:
    if scope & ObjectTypes.Folder:
        return False  # searching for folders forbids every grouping (Folder comes back on its own)
    return bool(scope & grouping_type.applies_to)


def remaining(levels: Sequence[GroupingType], position: int | None, scope: ObjectTypes,
              custom: Sequence[GroupingType] = ()) -> list[GroupingType]:
    """The choices of a button's menu (``position``) or of "More" (None): XenCenter's
    ``GetRemainingGroupTypes``."""
    found = [t for t in (*GROUPING_TYPES, *custom) if _wanted(t, scope)]
    for index, level in enumerate(levels):
        if index == position:
            found = [t for t in found if t is not level]
            continue
        before = position is None or index < position
        found = [t for t in found if t is not level
                 and not (before and level.is_descendant_of(t))
                 and not (not before and t.is_descendant_of(level))
                 and level is not BY_FOLDER]
    return found


def folder_offered(levels: Sequence[GroupingType], position: int | None) -> bool:
    """Folder is offered on "More" when there are no buttons, and on the first button (unless it is Folder)."""
    if position is None:
        return not levels
    return position == 0 and levels[0] is not BY_FOLDER


def can_add(levels: Sequence[GroupingType], scope: ObjectTypes, custom: Sequence[GroupingType] = ()) -> bool:
    return len(levels) < MAX_LEVELS and bool(remaining(levels, None, scope, custom))


def prune_levels(levels: Sequence[GroupingType], scope: ObjectTypes) -> list[GroupingType]:
    """After the searched types changed: levels that no longer apply go; searching for folders requires Folder."""
    kept = [level for level in levels if _wanted(level, scope) or isinstance(level, KeptGroupingType)]
    if scope & ObjectTypes.Folder:
        return [BY_FOLDER]
    return after_folder(kept)


#: The "Search for" choices in XenCenter's order (English names; ``scope_label`` shows them); None is a separator.
_SRS = ObjectTypes.LocalSR | ObjectTypes.RemoteSR
_SERVERS_AND_VMS = ObjectTypes.Server | ObjectTypes.DisconnectedServer | ObjectTypes.VM
SCOPE_CHOICES: tuple[tuple[str, ObjectTypes] | None, ...] = (
    *((TYPE_NAMES[t], t) for t in (ObjectTypes.Pool, ObjectTypes.Server, ObjectTypes.DisconnectedServer,
                                   ObjectTypes.VM, ObjectTypes.Snapshot, ObjectTypes.UserTemplate,
                                   ObjectTypes.DefaultTemplate, ObjectTypes.RemoteSR)),
    (QT_TRANSLATE_NOOP("Search", "All Storage Repositories"), _SRS),
    *((TYPE_NAMES[t], t) for t in (ObjectTypes.VDI, ObjectTypes.Network, ObjectTypes.Folder)),
    None,
    (QT_TRANSLATE_NOOP("Search", "Servers and VMs"), _SERVERS_AND_VMS),
    (QT_TRANSLATE_NOOP("Search", "Servers, VMs, Custom Templates and Remote SRs"), _SERVERS_AND_VMS | ObjectTypes.UserTemplate
     | ObjectTypes.RemoteSR),
    (QT_TRANSLATE_NOOP("Search", "Servers, VMs, Custom Templates and all SRs"),
     _SERVERS_AND_VMS | ObjectTypes.UserTemplate | _SRS),
    None,
    (QT_TRANSLATE_NOOP("Search", "All resources"), ALL_EXC_FOLDERS),
    (QT_TRANSLATE_NOOP("Search", "All resources and folders"), ALL_INC_FOLDERS),
)
#: The types the "Custom..." choice lets the user tick (XenCenter's ``SearchForCustom``).
CUSTOM_SCOPE_TYPES: tuple[ObjectTypes, ...] = (
    ObjectTypes.Pool, ObjectTypes.Server, ObjectTypes.DisconnectedServer, ObjectTypes.VM, ObjectTypes.Snapshot,
    ObjectTypes.UserTemplate, ObjectTypes.DefaultTemplate, ObjectTypes.RemoteSR, ObjectTypes.LocalSR,
    ObjectTypes.VDI, ObjectTypes.Network, ObjectTypes.Folder, ObjectTypes.Appliance,
)


def scope_label(types: ObjectTypes, brand: str = "XenServer") -> str:
    """The "Search for" button's text in the user's language: a fixed choice's name, else "Custom...". """
    for choice in SCOPE_CHOICES:
        if choice is not None and choice[1] == types:
            name = choice[0]
            words = translate("ObjectGroups", name) if name in TYPE_NAMES.values() else shown(name)
            return words.format(brand=brand)
    return translate("Search", "Custom...")
