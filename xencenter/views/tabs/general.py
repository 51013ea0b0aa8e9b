"""The General tab: ``model.labels.general_sections`` drawn as XenCenter's foldable boxes.

The virtualization state follows docs/design.md §4 through the model; this page adds what only a window can
do: the warning colour, the help link, and a timer that evaluates the state again when the 2-minute grace
ends (so "Unknown (please wait)" turns into the verdict without any event from the server).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from xencenter.model.brand import brand_of
from xencenter.model.labels import Row, Section, general_sections
from xencenter.model.virtualization import virtualization_status
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.base import PanePage, related_keys
from xencenter.views.tabs.commands import find_command
from xencenter.views.tabs.widgets import SPACING, CollapsibleSection, ValueLine

if TYPE_CHECKING:
    from xencenter.model.cache import Key
    from xencenter.model.objects import XenObject

translate = QCoreApplication.translate

GENERAL_CLASSES = frozenset({"VM", "host", "pool", "SR", "network"})
UPTIME_REFRESH_MS = 60_000
FOLLOWED_SETS = {"VM": ("VBDs",), "SR": ("PBDs",), "host": ("PIFs", "resident_VMs")}
POOL_WIDE_CLASSES = {"pool": ("host", "PIF"), "SR": ("host",)}
GRACE_MARGIN_S = 0.25  # evaluate just after the grace ends, never just before


def row_lines(row: Row, link_url: str) -> list[ValueLine]:
    """A model row as value lines: per-line emphasis when the model gave lines, else the plain value."""
    if row.lines:
        return [ValueLine(line.text, line.red, line.link, link_url if line.link else None) for line in row.lines]
    return [ValueLine(row.value, row.red, row.link, link_url if row.link else None)]


class GeneralPage(PanePage):
    title = QT_TRANSLATE_NOOP("Tabs", "General")
    header_title = QT_TRANSLATE_NOOP("Tabs", "General Properties")

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._expanded: dict[str, bool] = {}
        self._shown: tuple[Key, list[Section]] | None = None
        self.sections: list[CollapsibleSection] = []
        self.header.add_button(translate("GeneralTab", "Expand all"), lambda: self._set_all_expanded(True))
        self.header.add_button(translate("GeneralTab", "Collapse all"), lambda: self._set_all_expanded(False))
        self.properties_button = self.header.add_button(translate("GeneralTab", "Properties"), self._on_properties,
                                                        translate("GeneralTab", "Edit this VM's name, tags, CPUs, memory and boot order"))
        self._grace_timer = QTimer(self)
        self._grace_timer.setSingleShot(True)
        self._grace_timer.timeout.connect(self._on_clock)
        self._uptime_timer = QTimer(self)
        self._uptime_timer.setInterval(UPTIME_REFRESH_MS)
        self._uptime_timer.timeout.connect(self._on_minute)

    def applies_to(self, selection: list[XenObject]) -> bool:
        return len(selection) == 1 and selection[0].cls in GENERAL_CLASSES

    def watch(self, objects: list[XenObject]) -> set[Key]:
        """Also the disks of a VM (home server), an SR's PBDs (status), a host's NICs and resident VMs."""
        keys: set[Key] = set()
        for obj in objects:
            keys |= related_keys(obj, FOLLOWED_SETS.get(obj.cls, ()))
        return keys

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        """A pool's page lists every host's management interface; an SR's status lists every host."""
        classes = {cls for obj in objects for cls in POOL_WIDE_CLASSES.get(obj.cls, ())}
        return frozenset(classes)

    # ---- drawing ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        obj = self.subject()
        if obj is None:
            self._shown = None
            self.sections = []
            self.properties_button.hide()
            return
        now = time.time()
        help_url = brand_of(obj.cache).tools_help
        sections = general_sections(obj, now=now)
        self.properties_button.setVisible(obj.cls == "VM" and not obj.is_snapshot)
        self._schedule_clock(obj, now, sections)
        key = (obj.cls, obj.ref)
        if self._shown is not None and self._shown == (key, sections):
            return  # same text: keep the user's text selection and scroll position
        self._shown = (key, sections)
        self._draw(sections, help_url)

    def _draw(self, sections: list[Section], help_url: str) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, SPACING)
        layout.setSpacing(0)
        self.sections = []
        for section in sections:
            box = CollapsibleSection(section.title, content)
            for row in section.rows:
                box.add_row(row.label, row_lines(row, help_url))
            box.set_expanded(self._expanded.get(section.title, True))
            box.toggled.connect(self._on_section_toggled)
            layout.addWidget(box)
            self.sections.append(box)
        layout.addStretch(1)
        width = max((box.label_width_hint() for box in self.sections), default=0)
        for box in self.sections:
            box.set_label_width(width)
        self.set_content(content)

    # ---- time-driven updates ---------------------------------------------------------------------------

    def _schedule_clock(self, obj: XenObject, now: float, sections: list[Section]) -> None:
        """Re-evaluate at the end of the grace period, and every minute while an uptime is shown."""
        self._grace_timer.stop()
        if obj.cls == "VM":
            ends = virtualization_status(obj, now).grace_ends_at  # type: ignore[arg-type]
            if ends is not None:
                self._grace_timer.start(max(0, round((ends - now + GRACE_MARGIN_S) * 1000)))
        shows_uptime = any(r.ticking for s in sections for r in s.rows)
        if shows_uptime and not self._uptime_timer.isActive():
            self._uptime_timer.start()
        elif not shows_uptime:
            self._uptime_timer.stop()

    @property
    def grace_timer(self) -> QTimer:
        """The pending re-evaluation at the end of a VM's grace period (inactive when none)."""
        return self._grace_timer

    def _on_clock(self) -> None:
        self._dirty = True
        self._refresh_now()

    def _on_minute(self) -> None:
        """Uptimes move on, unless the user is selecting text (a redraw would drop the selection)."""
        if not any(v.hasSelectedText() for box in self.sections for values in box.values for v in values):
            self._on_clock()

    # ---- user actions ----------------------------------------------------------------------------------

    def _on_section_toggled(self, title: str, expanded: bool) -> None:
        self._expanded[title] = expanded

    def _set_all_expanded(self, expanded: bool) -> None:
        for box in self.sections:
            box.set_expanded(expanded)

    def _on_properties(self) -> None:
        objects = self.current()
        if not objects or objects[0].cls != "VM":
            return
        command = find_command(self.context, "vm.properties")  # tabs only run commands
        if command is not None:
            command.run(objects, self.context)

    # ---- for tests and the screenshot tool -------------------------------------------------------------

    def rows_text(self) -> list[tuple[str, str, str]]:
        """(section, label, value lines joined by newlines) as drawn."""
        rows = []
        for box in self.sections:
            for label, values in zip(box.labels, box.values):
                texts = [v.text() if not hasattr(v, "link_text") else v.link_text for v in values]
                rows.append((box.title, label.text().removesuffix(":"), "\n".join(texts)))
        return rows
