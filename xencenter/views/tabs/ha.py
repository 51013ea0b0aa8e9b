"""The pool's HA tab (XenCenter's): whether HA is on, the heartbeat SR, the failures to tolerate against what
the plan covers (in red when overcommitted), the VMs' restart priorities; Configure HA and Disable HA as
commands (Configure HA opens the wizard, ``views/wizards/ha.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QWidget,
)

from xencenter.model.ha import ha_state, vm_rows
from xencenter.model.naming import natural_key
from xencenter.model.tree import pool_display_name
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.base import TablePage
from xencenter.views.tabs.commands import CommandButtons, fresh
from xencenter.views.tabs.widgets import MARGIN, SPACING, WARNING_RED, TableRow

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject

translate = QCoreApplication.translate

COLUMNS = ("VM", QT_TRANSLATE_NOOP("Tabs", "Restart priority"), QT_TRANSLATE_NOOP("Tabs", "Start order"), QT_TRANSLATE_NOOP("Tabs", "Delay"))


class HaPage(TablePage):
    title = QT_TRANSLATE_NOOP("Tabs", "HA")

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        row = QHBoxLayout()
        row.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        self.buttons = CommandButtons(context)
        self.buttons.add("pool.ha-enable", lambda: fresh(self.current()), translate("HATab", "Configure HA…"))
        self.buttons.add("pool.ha-disable", lambda: fresh(self.current()), translate("HATab", "Disable HA"))
        row.addWidget(self.buttons)
        row.addStretch(1)
        self.body.insertLayout(0, row)

    def applies_to(self, selection: list[XenObject]) -> bool:
        return len(selection) == 1 and selection[0].cls == "pool" and len(selection[0].cache.all("host")) > 1

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        return frozenset({"pool", "VM", "VDI"})

    def refresh(self) -> None:
        pool = self.subject()
        if pool is None:
            return
        state = ha_state(pool.cache)
        name = pool_display_name(pool)  # type: ignore[arg-type]  # the page is only for pools
        self.header.title.setText(translate("HATab", "High Availability"))
        if not state.enabled:
            self.set_note(translate("HATab", "HA is not currently configured on pool '{pool}'.").format(pool=name))
            self.note.setStyleSheet("")
        else:
            lines = [translate("HATab", "HA is currently enabled for pool '{pool}'.").format(pool=name),
                     translate("HATab", "Heartbeat SR: {srs}").format(
                         srs=", ".join(state.heartbeat_srs) or translate("HATab", "none")),
                     translate("HATab", "Server failure limit: {count}").format(count=state.failures_to_tolerate),
                     translate("HATab", "Current failure capacity: {count}").format(count=state.plan_exists_for)]
            if state.overcommitted:
                lines.append(translate("HATab", "The pool is overcommitted: the VMs cannot all be restarted if that many servers fail."))
            self.set_note("\n".join(lines))
            self.note.setStyleSheet(f"color: {WARNING_RED};" if state.overcommitted else "")
        rows = [TableRow(texts[0], texts, (natural_key(texts[0]), texts[1], int(texts[2]), texts[3]))
                for texts in vm_rows(pool.cache)] if state.enabled else []
        self.show_rows(COLUMNS, rows, "")
        self.buttons.update_state()
