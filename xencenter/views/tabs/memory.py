"""The Memory tab (XenCenter's "Ballooning" page): a VM's static and dynamic limits and current use; a
host's memory split between the server, each resident VM and free memory; one bar per host for a pool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from xencenter.model.brand import brand_of
from xencenter.model.naming import natural_key
from xencenter.model.summaries import host_memory, size_text, vm_memory
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.base import PanePage, related_keys
from xencenter.views.tabs.widgets import (
    FREE_COLOR,
    MARGIN,
    RANGE_COLOR,
    SERVER_COLOR,
    SPACING,
    VM_COLORS,
    BarSegment,
    CollapsibleSection,
    UsageBar,
    ValueLine,
    plain_label,
    secondary_text_color,
)

if TYPE_CHECKING:
    from xencenter.model.cache import Key
    from xencenter.model.objects import VM, Host, XenObject

translate = QCoreApplication.translate


def _legend_row(*items: tuple[str, str]) -> QWidget:
    """Coloured squares with captions, in one line under a bar."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 2, 0, SPACING)
    layout.setSpacing(4)
    for index, (color, text) in enumerate(items):
        swatch = QFrame()
        swatch.setFixedSize(10, 10)
        swatch.setStyleSheet(f"background: {color}; border: 1px solid palette(mid);")
        if index:
            layout.addSpacing(3 * SPACING)
        layout.addWidget(swatch)
        layout.addWidget(plain_label(text))
    layout.addStretch(1)
    return row


def vm_bar(vm: VM) -> UsageBar:
    """Current use over the static maximum, with the dynamic range marked under it."""
    memory = vm_memory(vm)
    bar = UsageBar()
    segments = []
    if memory.actual is not None:
        segments.append(BarSegment(memory.actual, VM_COLORS[0], translate("MemoryTab", "{size} in use").format(
            size=size_text(memory.actual))))
    dynamic_range = (memory.dynamic_min, memory.dynamic_max) if memory.ballooning else None
    bar.set_data(memory.static_max, segments, dynamic_range)
    return bar


def host_bar(host: Host) -> tuple[UsageBar, list[tuple[str, str]]]:
    """The host's memory as segments: the server itself, each resident VM, then free memory."""
    bar = UsageBar()
    memory = host_memory(host)
    if memory is None:
        return bar, []
    segments = [BarSegment(memory.used_by_server, SERVER_COLOR, f"{_server_name(host)}: {size_text(memory.used_by_server)}")]
    guests = sorted((v for v in host.resident_VMs if not v.is_control_domain), key=lambda v: natural_key(v.name))
    for index, vm in enumerate(guests):
        actual = vm_memory(vm).actual or 0
        segments.append(BarSegment(actual, VM_COLORS[index % len(VM_COLORS)], f"{vm.name}: {size_text(actual)}"))
    bar.set_data(memory.total, segments)
    captions = [
        (SERVER_COLOR, f"{_server_name(host)} {size_text(memory.used_by_server)}"),
        (VM_COLORS[0], translate("MemoryTab", "VMs {size}").format(size=size_text(memory.used_by_vms))),
        (FREE_COLOR, translate("MemoryTab", "Free {size}").format(size=size_text(memory.free))),
    ]
    return bar, captions


def _server_name(host: Host) -> str:
    return brand_of(host.cache).product


class MemoryPage(PanePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Memory")

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.edit_button = self.header.add_button(translate("MemoryTab", "Edit…"), self._on_edit, translate("MemoryTab", "Change the VM's memory"))

    def applies_to(self, selection: list[XenObject]) -> bool:
        if len(selection) != 1:
            return False
        obj = selection[0]
        if obj.cls == "VM":
            return not obj.is_snapshot and not obj.is_control_domain
        return obj.cls in ("host", "pool")

    def watch(self, objects: list[XenObject]) -> set[Key]:
        keys: set[Key] = set()
        for obj in objects:
            keys |= related_keys(obj, ["resident_VMs"] if obj.cls == "host" else ())
        return keys

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        pooled = any(obj.cls == "pool" for obj in objects)
        return frozenset({"host", "host_metrics", "VM", "VM_metrics"}) if pooled else frozenset()

    def refresh(self) -> None:
        obj = self.subject()
        if obj is None:
            return
        self.edit_button.setVisible(obj.cls == "VM")
        self.edit_button.setEnabled(self.connection_for(obj) is not None)
        build = {"VM": self._vm_content, "host": self._host_content, "pool": self._pool_content}[obj.cls]
        self.set_content(build(obj))  # type: ignore[operator]

    def _on_edit(self) -> None:
        """XenCenter's Edit button: the VM's properties on their Memory page (tabs only run commands)."""
        from xencenter.views.tabs.commands import find_command

        objects = self.current()
        command = find_command(self.context, "vm.properties")
        if objects and command is not None and command.can_run(objects):
            command.run(objects, self.context, page=translate("MemoryTab", "Memory"))

    # ---- a VM --------------------------------------------------------------------------------------------

    def _vm_content(self, vm: VM) -> QWidget:
        memory = vm_memory(vm)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        box = CollapsibleSection(translate("MemoryTab", "Memory"), content)
        bar_row = box.grid.rowCount()
        box.grid.addWidget(vm_bar(vm), bar_row, 0, 1, 2)
        box.grid.addWidget(_legend_row((VM_COLORS[0], translate("MemoryTab", "Current usage")), (RANGE_COLOR, translate("MemoryTab", "Dynamic range")),
                                       (FREE_COLOR, translate("MemoryTab", "Up to static maximum"))), bar_row + 1, 0, 1, 2)
        current = size_text(memory.actual) if memory.actual is not None else translate("MemoryTab", "The VM is not running")
        box.add_row(translate("MemoryTab", "Current memory usage"), [ValueLine(current)])
        box.add_row(translate("MemoryTab", "Dynamic Memory Control"), [ValueLine(translate("MemoryTab", "Enabled") if memory.ballooning else translate("MemoryTab", "Disabled"))])
        box.add_row(translate("MemoryTab", "Dynamic minimum"), [ValueLine(size_text(memory.dynamic_min))])
        box.add_row(translate("MemoryTab", "Dynamic maximum"), [ValueLine(size_text(memory.dynamic_max))])
        box.add_row(translate("MemoryTab", "Static minimum"), [ValueLine(size_text(memory.static_min))])
        box.add_row(translate("MemoryTab", "Static maximum"), [ValueLine(size_text(memory.static_max))])
        layout.addWidget(box)
        layout.addStretch(1)
        return content

    # ---- a host --------------------------------------------------------------------------------------------

    def _host_content(self, host: Host) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._host_box(host, host.name, content))
        guests = sorted((v for v in host.resident_VMs if not v.is_control_domain), key=lambda v: natural_key(v.name))
        box = CollapsibleSection(translate("MemoryTab", "Virtual machines ({count})").format(count=len(guests)), content)
        if not guests:
            box.add_row(translate("MemoryTab", "Resident VMs"), [ValueLine(translate("MemoryTab", "None"))])
        muted = secondary_text_color(box)
        for vm in guests:
            row = box.grid.rowCount()
            name = plain_label(vm.name)
            box.grid.addWidget(name, row, 0)
            box.grid.addWidget(vm_bar(vm), row, 1)
            memory = vm_memory(vm)
            detail = plain_label(translate("MemoryTab", "{used} of {total}").format(
                used=size_text(memory.actual or 0), total=size_text(memory.dynamic_max)))
            detail.setStyleSheet(f"color: {muted};")
            box.grid.addWidget(detail, row, 2)
        layout.addWidget(box)
        layout.addStretch(1)
        return content

    def _host_box(self, host: Host, title: str, parent: QWidget) -> CollapsibleSection:
        box = CollapsibleSection(title, parent)
        memory = host_memory(host)
        if memory is None:
            box.add_row(translate("MemoryTab", "Memory"), [ValueLine(translate("MemoryTab", "Unknown: the server does not report its memory"), red=True)])
            return box
        bar, captions = host_bar(host)
        row = box.grid.rowCount()
        box.grid.addWidget(bar, row, 0, 1, 2)
        box.grid.addWidget(_legend_row(*captions), row + 1, 0, 1, 2)
        # XenCenter's HostMemoryControls
        box.add_row(translate("MemoryTab", "Total memory"), [ValueLine(size_text(memory.total))])
        box.add_row(translate("MemoryTab", "Currently used"), [ValueLine(size_text(memory.used))])
        box.add_row(translate("MemoryTab", "Available memory"), [ValueLine(size_text(memory.available))])
        most = memory.guests_max + memory.used_by_server
        box.add_row(translate("MemoryTab", "Total max memory"), [ValueLine(translate(
            "MemoryTab", "{size} ({percent}% of total memory)").format(size=size_text(most),
                                                                      percent=memory.overcommit_percent))])
        box.add_row(translate("MemoryTab", "Control domain memory"), [ValueLine(size_text(memory.control_domain))])
        return box

    # ---- a pool --------------------------------------------------------------------------------------------

    def _pool_content(self, pool: XenObject) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for host in sorted(pool.cache.all("host"), key=lambda h: natural_key(h.name)):
            layout.addWidget(self._host_box(host, host.name, content))
        layout.addStretch(1)
        content.setContentsMargins(0, 0, 0, MARGIN)
        return content
