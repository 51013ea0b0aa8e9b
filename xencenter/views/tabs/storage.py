"""The Storage tab, in XenCenter's three forms: a VM's disks, an SR's virtual disks, and the storage
repositories of a host or a pool.

A VM's tab has XenCenter's DVD drive selector above its disks and the disk buttons (Add, Attach Disk, Activate,
Deactivate, Move, Detach, Delete, Properties: commands of the registry run on the selected rows); an SR's has
Move, Delete and Properties for its disks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from xencenter.model.labels import sr_type_name
from xencenter.model.naming import natural_key
from xencenter.model.summaries import size_text
from xencenter.model.tree import kind_and_look
from xencenter.model.values import as_int
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.icons import icon_key
from xencenter.views.tabs.base import TablePage, related_keys
from xencenter.views.tabs.commands import CommandButtons, fresh
from xencenter.views.tabs.dvd import DvdDriveBar
from xencenter.views.tabs.widgets import MARGIN, SPACING, BarSegment, TableRow, UsageBar

if TYPE_CHECKING:
    from collections.abc import Iterable

    from xencenter.model.cache import Key
    from xencenter.model.objects import SR, VBD, VDI, VM, XenObject

translate = QCoreApplication.translate

YES, NO = QT_TRANSLATE_NOOP("Tabs", "Yes"), QT_TRANSLATE_NOOP("Tabs", "No")
#: The buttons of a VM's disks and of an SR's: (command id, text, on the VM itself rather than the rows).
VM_BUTTONS = (("vm.add-disk", QT_TRANSLATE_NOOP("Tabs", "Add…"), True), ("vm.attach-disk", QT_TRANSLATE_NOOP("Tabs", "Attach Disk…"), True),
              ("vbd.activate", QT_TRANSLATE_NOOP("Tabs", "Activate"), False), ("vbd.deactivate", QT_TRANSLATE_NOOP("Tabs", "Deactivate"), False),
              ("vdi.move", QT_TRANSLATE_NOOP("Tabs", "Move…"), False), ("vm.detach-disk", QT_TRANSLATE_NOOP("Tabs", "Detach"), False), ("vdi.delete", QT_TRANSLATE_NOOP("Tabs", "Delete"), False),
              ("vdi.properties", QT_TRANSLATE_NOOP("Tabs", "Properties"), False))
SR_BUTTONS = (("sr.rescan", QT_TRANSLATE_NOOP("Tabs", "Rescan"), True), ("vdi.move", QT_TRANSLATE_NOOP("Tabs", "Move…"), False), ("vdi.delete", QT_TRANSLATE_NOOP("Tabs", "Delete"), False), ("vdi.properties", QT_TRANSLATE_NOOP("Tabs", "Properties"), False))

VM_COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "Position"), QT_TRANSLATE_NOOP("Tabs", "Name"), QT_TRANSLATE_NOOP("Tabs", "Description"), "SR", QT_TRANSLATE_NOOP("Tabs", "Size"), QT_TRANSLATE_NOOP("Tabs", "Read Only"), QT_TRANSLATE_NOOP("Tabs", "Active"), QT_TRANSLATE_NOOP("Tabs", "Device Path"))
SR_COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "Name"), QT_TRANSLATE_NOOP("Tabs", "Description"), QT_TRANSLATE_NOOP("Tabs", "Size"), QT_TRANSLATE_NOOP("Tabs", "Used on Disk"), "VM")
HOST_COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "Name"), QT_TRANSLATE_NOOP("Tabs", "Description"), QT_TRANSLATE_NOOP("Tabs", "Type"), QT_TRANSLATE_NOOP("Tabs", "Shared"), QT_TRANSLATE_NOOP("Tabs", "Usage"), QT_TRANSLATE_NOOP("Tabs", "Size"), QT_TRANSLATE_NOOP("Tabs", "Virtual Allocation"))


def _position_key(vbd: VBD) -> tuple[int, str]:
    device = vbd.userdevice or ""
    return (as_int(device, 1 << 30), device)


def disk_rows(vm: VM) -> list[TableRow]:
    """One row per virtual disk (CD drives are listed separately, as XenCenter does)."""
    rows = []
    for vbd in sorted((v for v in vm.VBDs if not v.is_cd), key=_position_key):
        vdi = vbd.VDI
        if vdi is not None and not vdi.shown(False):
            continue
        sr = vdi.SR if vdi is not None else None
        size = vdi.virtual_size if vdi is not None else 0
        texts = (
            vbd.userdevice,
            vdi.name if vdi is not None else "",
            vdi.description if vdi is not None else "",
            sr.name if sr is not None else "",
            size_text(size) if vdi is not None else "",
            translate("Tabs", YES if vbd.mode == "RO" or (vdi is not None and vdi.read_only) else NO),
            translate("Tabs", YES if vbd.currently_attached else NO),
            f"/dev/{vbd.device}" if vbd.device else "",
        )
        rows.append(TableRow(vbd.ref, texts, (_position_key(vbd), None, None, None, size, None, None, None)))
    return rows


def cd_drives_text(vm: VM) -> str:
    """"DVD drive 1: debian.iso" lines for the VM's CD drives ('' when it has none)."""
    drives = sorted((v for v in vm.VBDs if v.is_cd), key=_position_key)
    lines = []
    for number, vbd in enumerate(drives, 1):
        vdi = vbd.VDI
        lines.append(translate("StorageTab", "DVD drive {number}: {disc}").format(
            number=number, disc=vdi.name if vdi is not None and not vbd.empty else translate("StorageTab", "Empty")))
    return "\n".join(lines)


def _vdi_users(vdi: VDI) -> str:
    names = sorted({vbd.VM.name for vbd in vdi.VBDs if vbd.VM is not None}, key=natural_key)
    return ", ".join(names)


def vdi_rows(sr: SR) -> list[TableRow]:
    rows = []
    for vdi in sr.VDIs:
        if not vdi.shown(False):
            continue
        texts = (vdi.name, vdi.description, size_text(vdi.virtual_size), size_text(vdi.physical_utilisation),
                 _vdi_users(vdi))
        keys = (natural_key(vdi.name), None, vdi.virtual_size, vdi.physical_utilisation, None)
        rows.append(TableRow(vdi.ref, texts, keys))
    return rows


def sr_usage_text(sr: SR) -> str:
    size, used = sr.physical_size, sr.physical_utilisation
    if size <= 0:
        return ""
    return translate("StorageTab", "{percent}% ({size} used)").format(  # XenCenter truncates the percentage
        percent=int(100 * used / size), size=size_text(used))


def sr_usage_segments(sr: SR) -> list[BarSegment]:
    """The SR's usage bar: what is used on its storage, labelled as XenCenter's SR General tab words it."""
    used = max(0, min(sr.physical_utilisation, sr.physical_size))
    label = translate("StorageTab", "{used} used of {size} ({allocated} allocated)").format(
        used=size_text(used), size=size_text(sr.physical_size), allocated=size_text(sr.virtual_allocation))
    return [BarSegment(used, "#5c8fd6", label)]


def sr_rows(srs: list[SR]) -> list[TableRow]:
    rows = []
    for sr in srs:
        sr_type = sr.record.get("type") or ""
        texts = (sr.name, sr.description, sr_type_name(sr_type), translate("Tabs", YES if sr.shared else NO),
                 sr_usage_text(sr), size_text(sr.physical_size), size_text(sr.virtual_allocation))
        usage = sr.physical_utilisation / sr.physical_size if sr.physical_size > 0 else 0.0
        keys = (natural_key(sr.name), None, None, None, usage, sr.physical_size, sr.virtual_allocation)
        rows.append(TableRow(sr.ref, texts, keys, icon=icon_key(*kind_and_look(sr))))
    return rows


def listed_srs(srs: Iterable[SR]) -> list[SR]:
    """The SRs XenCenter's storage page lists: shown ones but the tools ISOs, by name."""
    return sorted((sr for sr in set(srs) if sr.shown(False) and not sr.is_tools_sr),
                  key=lambda sr: (natural_key(sr.name), sr.ref))


class StoragePage(TablePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Storage")

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dvd = DvdDriveBar(context)
        self.dvd.hide()
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        self.buttons_row.addStretch(1)
        self.buttons: CommandButtons | None = None
        self._buttons_for = ""
        self.usage = UsageBar()
        self.usage_row = QWidget()
        row = QHBoxLayout(self.usage_row)
        row.setContentsMargins(MARGIN, SPACING * 2, MARGIN, 0)
        row.addWidget(self.usage)
        self.usage_row.hide()
        self.body.insertWidget(0, self.dvd)
        self.body.insertWidget(1, self.usage_row)
        self.body.insertLayout(2, self.buttons_row)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def _subject_list(self) -> list[Any]:
        return fresh(self.current())

    def selected_rows(self) -> list[Any]:
        """The selected disks: VBDs of a VM's rows, VDIs of an SR's."""
        objects = self.current()
        if not objects:
            return []
        cache, cls = objects[0].cache, "VBD" if objects[0].cls == "VM" else "VDI"
        return [obj for key in self.table.selected_keys() if (obj := cache.get(cls, key)) is not None]

    def _make_buttons(self, kind: str) -> None:
        if self._buttons_for == kind:
            return
        self._buttons_for = kind
        if self.buttons is not None:
            self.buttons.deleteLater()
            self.buttons = None
        specs = VM_BUTTONS if kind == "VM" else SR_BUTTONS if kind == "SR" else ()
        if not specs:
            return
        self.buttons = CommandButtons(self.context)
        for command_id, text, on_subject in specs:
            self.buttons.add(command_id, self._subject_list if on_subject else self.selected_rows, translate("Tabs", text))
        self.buttons_row.insertWidget(0, self.buttons)

    def _update_buttons(self) -> None:
        if self.buttons is not None:
            self.buttons.update_state()

    def applies_to(self, selection: list[XenObject]) -> bool:
        if len(selection) != 1:
            return False
        obj = selection[0]
        if obj.cls == "VM":
            return not (obj.is_snapshot or obj.is_default_template or obj.is_control_domain)
        return obj.cls in ("SR", "host", "pool")

    def watch(self, objects: list[XenObject]) -> set[Key]:
        keys: set[Key] = set()
        for obj in objects:
            if obj.cls == "VM":
                keys |= related_keys(obj, ["VBDs"])
                keys |= {("SR", vdi.ref_of("SR")) for vbd in obj.VBDs if (vdi := vbd.VDI) is not None}
            elif obj.cls == "SR":
                keys |= related_keys(obj, ["VDIs"])
                for vdi in obj.VDIs:
                    for vbd in vdi.VBDs:
                        keys |= {("VBD", vbd.ref), ("VM", vbd.ref_of("VM"))}
            elif obj.cls == "host":
                keys |= related_keys(obj, ["PBDs"])
        return keys

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        return frozenset({"SR", "PBD"}) if any(o.cls == "pool" for o in objects) else frozenset()

    def refresh(self) -> None:
        obj = self.subject()
        if obj is None:
            return
        self._make_buttons(obj.cls)
        self.dvd.set_vm(obj if obj.cls == "VM" and not obj.is_a_template else None)  # type: ignore[arg-type]
        self.usage_row.setVisible(obj.cls == "SR" and obj.physical_size > 0)
        if obj.cls == "SR":
            self.usage.set_data(obj.physical_size, sr_usage_segments(obj))  # type: ignore[arg-type]
        if obj.cls == "VM":
            self.header.title.setText(translate("StorageTab", "Virtual Disks"))
            rows = disk_rows(obj)  # type: ignore[arg-type]
            self.set_note("" if rows else translate("StorageTab", "This VM has no virtual disks."))
            self.show_rows(VM_COLUMNS, rows, "")
        elif obj.cls == "SR":
            rows = vdi_rows(obj)  # type: ignore[arg-type]
            self.header.title.setText(translate("StorageTab", "Virtual Disks"))
            usage = sr_usage_segments(obj)[0].label if obj.physical_size > 0 else translate("StorageTab", "size unknown")  # type: ignore
            self.set_note(translate("StorageTab", "{count} virtual disks; {usage}").format(count=len(rows), usage=usage))
            self.show_rows(SR_COLUMNS, rows, "")
        else:
            pbds = obj.PBDs if obj.cls == "host" else obj.cache.all("PBD")
            srs = listed_srs(pbd.SR for pbd in pbds if pbd.SR is not None)
            self.header.title.setText(translate("StorageTab", "Storage Repositories"))
            self.set_note("")
            self.show_rows(HOST_COLUMNS, sr_rows(srs), translate("StorageTab", "No storage repositories."))
        self._update_buttons()
