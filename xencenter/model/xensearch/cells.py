"""What each cell of the Search tab's results shows (XenCenter's ``Columns.cs``), without Qt.

A cell is a line of text, an optional second line (a name's description, a group's value) and an optional
usage bar (CPU and used memory, as a percentage). XenCenter's rules: folders show only their name; a running
VM without the management agent shows "Management Agent not installed" instead of its memory, and without
I/O drivers "I/O not optimized" across its disk and network columns; figures that do not apply are blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from xencenter.model.labels import date_text
from xencenter.model.summaries import uptime_text
from xencenter.model.virtualization import VirtualizationFlag
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.model.xensearch.customfields import COLUMN_PREFIX
from xencenter.model.xensearch.grouping import BoolGrouping, CustomFieldGrouping, PropertyGrouping
from xencenter.model.xensearch.items import Folder
from xencenter.model.xensearch.kinds import POWER_STATE, shown
from xencenter.model.xensearch.properties import Prop, value
from xencenter.model.xensearch.scope import TYPE_NAMES, is_real_vm

if TYPE_CHECKING:
    from xencenter.model.xensearch.context import SearchContext
    from xencenter.model.xensearch.run import ResultRow

#: XenCenter's default columns, in its order (``QueryPanel.DEFAULT_COLUMNS``).
DEFAULT_COLUMNS = ("name", "cpu", "memory", "disks", "network", "ip", "ha", "uptime")
#: Header texts; the disk and network headers have XenCenter's unit line under them.
TITLES = {"name": QT_TRANSLATE_NOOP("Search", "Name"), "cpu": QT_TRANSLATE_NOOP("Search", "CPU Usage"), "memory": QT_TRANSLATE_NOOP("Search", "Used Memory"), "disks": QT_TRANSLATE_NOOP("Search", "Disks"),
          "network": QT_TRANSLATE_NOOP("Search", "Network"), "ip": QT_TRANSLATE_NOOP("Search", "Address"), "ha": "HA", "uptime": QT_TRANSLATE_NOOP("Search", "Uptime")}
#: The unit line (shown through ``kinds.shown``).
UNITS = QT_TRANSLATE_NOOP("Search", "(avg / max KBs)")
#: Widths XenCenter gives the columns (pixels at its 8-point font).
WIDTHS = {"name": 250, "cpu": 115, "memory": 125, "disks": 120, "network": 120, "ip": 120, "ha": 120,
          "uptime": 170}
#: The order a first click on a column's header sorts in (figures largest first).
DEFAULT_ASCENDING = {"name": True, "cpu": False, "memory": False, "disks": False, "network": False,
                     "ip": True, "ha": True, "uptime": False}
#: Columns whose figures come from the performance data (repainted, or re-sorted, when new figures arrive).
FIGURE_COLUMNS = frozenset({"cpu", "memory", "disks", "network", "uptime"})

MANAGEMENT_MISSING = QT_TRANSLATE_NOOP("Virtualization", "Management Agent not installed")
IO_MISSING = QT_TRANSLATE_NOOP("Virtualization", "I/O not optimized")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str = ""
    second: str = ""
    #: Percentage for a usage bar, None for none.
    bar: int | None = None
    #: A warning (the text is XenCenter's advice, not a figure).
    warning: bool = False


BLANK = Cell()


def column_title(column: str) -> str:
    """The header of a column in the user's language (a custom field's is its name)."""
    title = TITLES.get(column)
    return shown(title) if title else column.removeprefix(COLUMN_PREFIX)


def _text(found: Any) -> str:
    if found is None:
        return ""
    if isinstance(found, list):
        return ", ".join(str(x) for x in found)
    return str(found)


def _tools_cell(column: str, item: Any, ctx: SearchContext) -> Cell | None:
    """XenCenter's ``CheckVMTools``: a running VM's missing agent or drivers instead of its figures."""
    if not is_real_vm(item) or item.record.power_state != "Running":
        return None
    flags = ctx.virtualization(item).flags
    both = VirtualizationFlag.IO_DRIVERS_INSTALLED | VirtualizationFlag.MANAGEMENT_INSTALLED
    if (flags & both) == both or flags & VirtualizationFlag.UNKNOWN:
        return None
    if column == "memory":
        if flags & VirtualizationFlag.MANAGEMENT_INSTALLED:
            return None
        return Cell(translate("Virtualization", MANAGEMENT_MISSING), warning=True)
    if flags & VirtualizationFlag.IO_DRIVERS_INSTALLED:
        return None
    if column != "disks":
        return BLANK  # the warning spans both columns
    return Cell(translate("Virtualization", IO_MISSING), warning=True)


def _bar(text_prop: Prop, rank_prop: Prop, value_prop: Prop, item: Any, ctx: SearchContext) -> Cell:
    text = _text(value(text_prop, item, ctx))
    if value(value_prop, item, ctx) is None:
        return Cell(text)
    return Cell(text, bar=value(rank_prop, item, ctx))


def object_cell(column: str, item: Any, ctx: SearchContext) -> Cell:
    """The cell of an object's row (an object row, or a group that is an object)."""
    if column == "name":
        second = "" if isinstance(item, Folder) else _text(value(Prop.description, item, ctx))
        return Cell(_text(value(Prop.label, item, ctx)), second.split("\n", 1)[0])
    if isinstance(item, Folder):
        return BLANK
    if column in ("memory", "disks", "network"):
        warned = _tools_cell(column, item, ctx)
        if warned is not None:
            return warned
    if column == "cpu":
        return _bar(Prop.cpuText, Prop.cpuValue, Prop.cpuValue, item, ctx)
    if column == "memory":
        return _bar(Prop.memoryText, Prop.memoryRank, Prop.memoryValue, item, ctx)
    if column == "disks":
        return Cell(_text(value(Prop.diskText, item, ctx)))
    if column == "network":
        return Cell(_text(value(Prop.networkText, item, ctx)))
    if column == "ha":
        return Cell(_text(value(Prop.haText, item, ctx)))
    if column == "ip":
        return Cell(_text(value(Prop.ip_address, item, ctx)))
    if column == "uptime":
        seconds = value(Prop.uptime, item, ctx)
        return Cell(uptime_text(seconds) if seconds is not None else "")
    if column.startswith(COLUMN_PREFIX):
        definition = ctx.custom_field(column[len(COLUMN_PREFIX):])
        found = definition.value(item) if definition is not None else None
        return Cell(date_text(found) if isinstance(found, datetime) else _text(found))
    return BLANK


def row_cell(row: ResultRow, column: str, ctx: SearchContext) -> Cell:
    """The cell of any result row: a group by value shows its grouping and value in the name column."""
    if row.item is not None:
        return object_cell(column, row.item, ctx)
    if column != "name" or row.grouping is None:
        return BLANK
    if isinstance(row.grouping, BoolGrouping):
        return Cell(row.label)  # "Using read caching" / "Not using read caching" (XenCenter's CA-165366)
    return Cell(shown(row.grouping.name), row.label)


_TYPE_LOOKS = {"Pools": "pool", "Servers": "host:live", "Disconnected servers": "connection:disconnected",
               "VMs": "vm", "Snapshots": "snapshot", "Custom Templates": "template", "Virtual Disks": "sr",
               "Networks": "network", "Folders": "folder", "vApp": "vapp"}


def group_look(row: ResultRow) -> str:
    """The icon look (``views/icons`` key) of a group by value: what it groups, as XenCenter's
    ``GetGroupIcon`` shows (a power state's VM badge, a tag, a field, a type's object)."""
    grouping = row.grouping
    if isinstance(grouping, CustomFieldGrouping):
        return "field"
    if isinstance(grouping, PropertyGrouping):
        if grouping.prop == Prop.power_state:
            return f"vm:{POWER_STATE.write(row.value).lower()}"
        if grouping.prop == Prop.tags:
            return "tag"
        if grouping.prop == Prop.type:
            english = TYPE_NAMES.get(row.value, "")
            return next((look for name, look in _TYPE_LOOKS.items() if english.endswith(name)),
                        "sr" if "Storage" in english else "template")
        if grouping.prop in (Prop.os_name, Prop.virtualisation_status, Prop.ha_restart_priority):
            return "vm"
    return "folder"


def shown_columns(columns: tuple[tuple[str, int], ...] | None, custom_fields: list[str],
                  ha_anywhere: bool) -> list[tuple[str, int]]:
    """The columns a search shows, with widths (XenCenter's ``ShowColumns``): Name first, then the search's own
    in its order; a search that names none shows the defaults and every custom field. HA only when some pool
    has HA on."""
    fields = [COLUMN_PREFIX + name for name in custom_fields]
    if columns is None:
        chosen = [(c, WIDTHS[c]) for c in DEFAULT_COLUMNS] + [(c, 100) for c in fields]
    else:
        chosen = [("name", dict(columns).get("name", WIDTHS["name"]))]
        for name, width in columns:
            key = name if name.startswith(COLUMN_PREFIX) or name in TITLES else COLUMN_PREFIX + name
            if key != "name" and key not in dict(chosen):
                chosen.append((key, width))
    return [(c, w) for c, w in chosen if c != "ha" or ha_anywhere]


def choosable_columns(custom_fields: list[str]) -> list[str]:
    """Every column the header's menu can show or hide (Name always shows)."""
    return [c for c in DEFAULT_COLUMNS if c != "name"] + [COLUMN_PREFIX + name for name in custom_fields]
