"""XenCenter's display order of search results (``Group.Compare`` and ``Sort``), as sort keys.

At each level: group values (power states, OS names, tags...) come before objects. Then the search's own
sorts (its ``<sorting>``: a column, ascending or not; an object without a value first when ascending). Then
values compare as their type does (strings as .NET's culture compare: case-insensitive, lower case first;
enums by number; dates in time) and objects by kind: folders, pools, servers, VMs, then networks, SRs,
virtual disks, templates and snapshots, vApps; within a kind as the object sorts itself (the coordinator first,
VMs before snapshots before templates) and then naturally by name ("VM 2" before "VM 10").

XenCenter compares pairs; a key per entry gives the same order and sorts thousands of rows in milliseconds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from xencenter.model.naming import natural_key
from xencenter.model.objects import XenObject
from xencenter.model.xensearch.addresses import Address
from xencenter.model.xensearch.customfields import COLUMN_PREFIX
from xencenter.model.xensearch.items import DisconnectedServer, Folder
from xencenter.model.xensearch.properties import Prop, value

if TYPE_CHECKING:
    from xencenter.model.xensearch.context import SearchContext
    from xencenter.model.xensearch.kinds import EnumKind

#: The property each column sorts by (XenCenter's ``GetSortPropertyName``).
COLUMN_PROPERTIES = {"name": Prop.label, "cpu": Prop.cpuValue, "memory": Prop.memoryValue, "disks": Prop.diskText,
                     "network": Prop.networkText, "ha": Prop.haText, "ip": Prop.ip_address, "uptime": Prop.uptime}

#: Kinds of object in XenCenter's order (it compares type names: "10" folder ... "XenAPI.VM_appliance").
_KIND_RANKS = {"folder": 0, "pool": 1, "host": 2, "network": 5, "SR": 6, "VDI": 7, "VM": 8, "VM_appliance": 9}
_REAL_VM_RANK = 3
_OBJECTS = (XenObject, Folder, DisconnectedServer)
#: Names repeat across runs and levels: their keys are worth keeping.
_natural = functools.lru_cache(maxsize=1 << 16)(natural_key)


@dataclass(frozen=True, slots=True)
class Sort:
    """One ``<sort column=... ascending=...>``: a column name or ``CustomField:<name>``."""

    column: str
    ascending: bool = True


def culture_key(text: str) -> tuple[str, str]:
    """.NET's culture string order, near enough: case-insensitive first, then lower case before upper."""
    return text.casefold(), text.swapcase()


def is_object(entry: Any) -> bool:
    """Objects (XenCenter's ``IXenObject``) as opposed to group values."""
    return isinstance(entry, _OBJECTS)


def _comparable(found: Any) -> Any:
    """A value as its C# ``CompareTo`` orders it."""
    if isinstance(found, str):
        return culture_key(found)
    if isinstance(found, list):  # ComparableList: the longer list first, then item by item
        return (-len(found), tuple(_comparable(x) for x in found))
    if isinstance(found, Address):
        return found
    if isinstance(found, (int, float, datetime)):
        return found
    return str(found)


def _sort_value(sort: Sort, ctx: SearchContext) -> Callable[[Any, str], Any]:
    """How one sort reads an entry (given with its text): objects by the column's property, group values only
    by a name sort (their C# ``ToString``)."""
    if sort.column.startswith(COLUMN_PREFIX):
        definition = ctx.custom_field(sort.column[len(COLUMN_PREFIX):])

        def by_field(entry: Any, text: str) -> Any:
            if definition is None or not is_object(entry):
                return (0,)
            found = definition.value(entry)
            return _present(found if definition.is_date or found is None else str(found))
        return by_field
    prop = COLUMN_PROPERTIES.get(sort.column)
    if prop is None:
        return lambda entry, text: (0,)  # XenCenter ignores a column it does not know
    if prop == Prop.label:
        return lambda entry, text: (1, _natural(text))

    def by_property(entry: Any, text: str) -> Any:
        return _present(value(prop, entry, ctx) if is_object(entry) else None)
    return by_property


def _present(found: Any) -> tuple:
    """No value sorts first (ascending)."""
    return (0,) if found is None else (1, _comparable(found))


def value_text(group: Any, kind: EnumKind | None = None) -> str:
    """C#'s ``ToString`` of a group value (an enum's C# name, a date in the ``u`` format)."""
    if kind is not None:
        return kind.write(group)
    if isinstance(group, datetime):
        return group.strftime("%Y-%m-%d %H:%M:%SZ")
    if isinstance(group, bool):
        return "True" if group else "False"
    return str(group)


_VM = _KIND_RANKS["VM"]
#: (kind, the class's own order, coordinator first); VMs order control domains, VMs, snapshots, custom then
#: default templates (``VM.CompareTo``), but only real VMs are of the "VM" kind.
_CONTROL_DOMAIN, _REAL_VM, _SNAPSHOT = (_VM, 1, 0), (_REAL_VM_RANK, 2, 0), (_VM, 3, 0)
_USER_TEMPLATE, _DEFAULT_TEMPLATE = (_VM, 4, 0), (_VM, 5, 0)
_FOLDER, _COORDINATOR, _MEMBER, _DISCONNECTED = (0, 0, 0), (2, 0, 0), (2, 0, 1), (2, 1, 1)


def _object_rank(entry: Any) -> tuple:
    """Kind, then the order the object's class gives itself."""
    cls = entry.cls
    if cls == "VM":
        record = entry.record
        if record.is_control_domain:
            return _CONTROL_DOMAIN
        if record.is_a_snapshot:
            return _SNAPSHOT
        if record.is_a_template:
            return _DEFAULT_TEMPLATE if entry.is_default_template else _USER_TEMPLATE
        return _REAL_VM
    if cls == "host":
        if isinstance(entry, DisconnectedServer):
            return _DISCONNECTED
        pool = entry.cache.pool()
        return _COORDINATOR if pool is not None and pool.record.master == entry.ref else _MEMBER
    if isinstance(entry, Folder):
        return _FOLDER
    return (_KIND_RANKS.get(cls, 10), 0, 0)


def display_order(entries: Sequence[Any], texts: Sequence[str], sorts: Sequence[Sort],
                  ctx: SearchContext) -> list[int]:
    """The indices of one level's entries (group values and objects mixed) in display order, given their
    texts (an object's name, a value's C# ``ToString``: what name sorts compare).

    Stable sorts from the least significant key up: XenCenter's default order, then each ``<sort>`` from the
    last to the first (descending ones reversed), then values before objects.
    """
    if len(entries) < 2:
        return list(range(len(entries)))
    objects = [is_object(e) for e in entries]
    one_type = len({type(e) for e, o in zip(entries, objects) if not o}) <= 1
    base = []
    for entry, text, xen in zip(entries, texts, objects):
        if xen:
            ref = "" if isinstance(entry, Folder) else entry.ref
            base.append((1, _object_rank(entry), _natural(text), ref))  # names equal but for case: by ref
        else:
            base.append((0, _typed_key(entry) if one_type else (), _natural(text), text))
    order = sorted(range(len(base)), key=base.__getitem__)
    for sort in reversed(sorts):
        read = _sort_value(sort, ctx)
        keys = [read(entry, text) for entry, text in zip(entries, texts)]
        order.sort(key=keys.__getitem__, reverse=not sort.ascending)
    if sorts and not all(objects):
        order.sort(key=objects.__getitem__)
    return order


def _typed_key(entry: Any) -> Any:
    if isinstance(entry, str):
        return culture_key(entry)
    if isinstance(entry, (int, float, datetime)):
        return entry
    return ()
