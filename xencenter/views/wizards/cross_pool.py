"""XenCenter's Migrate VM wizard (CrossPoolMigrateWizard) for a VM going to another pool: the destination pool
or server (any connected one) and its target server, the storage for each disk, the network for each interface,
the transfer network, a precheck (``commands.migrate.precheck``: every reason in words, the servers'
``VM.assert_can_migrate`` among them) and a review. ``params()`` gives ``vm.migrate``'s parameters; the wizard
itself calls nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.commands.migrate import precheck
from xencenter.connection import ConnectionState
from xencenter.model.migration import (
    default_network,
    default_sr,
    host_reason,
    migration_network,
    movable_disks,
    pool_name,
    sentence,
    transfer_networks,
)
from xencenter.model.naming import natural_key
from xencenter.model.provision import host_memory_text, is_iso_sr, sr_free_text, sr_label
from xencenter.model.summaries import size_text
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.properties.frame import page_title as _heading
from xencenter.views.tabs.widgets import plain_label, set_warning

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VM, Host
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

ROLE = Qt.ItemDataRole.UserRole


def _intro(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    return label


class Page(QWidget):
    title = ""
    heading = ""

    def __init__(self, wizard: CrossPoolMigrateWizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 12, 16, 12)
        self.box.setSpacing(10)
        self.box.addWidget(_heading(translate("CrossPoolWizard", self.heading)))

    def enter(self) -> None:
        """Shown (again): fill from the wizard's answers so far."""

    def problem(self) -> str:
        return ""


class DestinationPage(Page):
    title, heading = QT_TRANSLATE_NOOP("CrossPoolWizard", "Destination"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Select the destination pool or standalone server")

    def __init__(self, wizard: CrossPoolMigrateWizard) -> None:
        super().__init__(wizard)
        self.box.addWidget(_intro(translate("CrossPoolWizard", "Select the pool or standalone server where you want to migrate the selected VM "
                                  "to, then the server in it that will run the VM.")))
        self.pools = QComboBox()
        for label, cache in wizard.destinations():
            self.pools.addItem(label, cache)
        self.box.addWidget(plain_label(translate("CrossPoolWizard", "Destination:")))
        self.box.addWidget(self.pools)
        self.hosts = QTreeWidget()
        self.hosts.setHeaderLabels([translate("CrossPoolWizard", "Server"), translate("CrossPoolWizard", "Memory"), ""])
        self.hosts.setRootIsDecorated(False)
        self.hosts.header().resizeSection(0, 200)
        self.hosts.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.box.addWidget(plain_label(translate("CrossPoolWizard", "Target server:")))
        self.box.addWidget(self.hosts, 1)
        self.pools.currentIndexChanged.connect(self.fill)
        self.hosts.currentItemChanged.connect(lambda *_: wizard.refresh())
        self.fill()

    def cache(self) -> ObjectCache | None:
        return self.pools.currentData()

    def fill(self, *args: Any) -> None:
        current = self.hosts.currentItem()
        keep = current.data(0, ROLE) if current is not None else None
        self.hosts.clear()
        cache = self.cache()
        if cache is None:
            return
        for host in sorted(cache.all("host"), key=lambda h: natural_key(h.name)):
            why = host_reason(self.wizard.vm, host)
            item = QTreeWidgetItem([host.name, host_memory_text(host), why])
            item.setData(0, ROLE, host.ref)
            if why:
                for column in range(3):
                    item.setToolTip(column, why)
                    item.setForeground(column, self.hosts.palette().placeholderText())
            self.hosts.addTopLevelItem(item)
        rows = [r for i in range(self.hosts.topLevelItemCount()) if (r := self.hosts.topLevelItem(i)) is not None]
        if rows:
            kept = next((r for r in rows if r.data(0, ROLE) == keep), None)
            self.hosts.setCurrentItem(kept or next((r for r in rows if not r.toolTip(0)), rows[0]))
        self.wizard.refresh()

    def host(self) -> Host | None:
        item, cache = self.hosts.currentItem(), self.cache()
        return cache.get("host", item.data(0, ROLE)) if item is not None and cache is not None else None

    def problem(self) -> str:
        if self.cache() is None:
            return translate("CrossPoolWizard", "Connect to the server you want to migrate the VM to first (File > Add Server).")
        host = self.host()
        if host is None:
            return translate("CrossPoolWizard", "Choose the server that will run the VM.")
        why = host_reason(self.wizard.vm, host)
        return translate("CrossPoolWizard", "'{name}' cannot take the VM: {reason}").format(
            name=host.name, reason=sentence(why)) if why else ""


class MappingPage(Page):
    """Rows of the VM's devices, each with a choice among the destination's objects."""

    columns: tuple[str, ...] = ()

    def __init__(self, wizard: CrossPoolMigrateWizard, intro: str) -> None:
        super().__init__(wizard)
        self.box.addWidget(_intro(intro))
        self.table = QTreeWidget()
        self.table.setHeaderLabels([translate("CrossPoolWizard", column) for column in self.columns])
        self.table.setRootIsDecorated(False)
        for column in range(len(self.columns) - 1):
            self.table.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.box.addWidget(self.table, 1)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, str] = {}  # what each row is, for the review
        self.for_cache: Any = None

    def add_row(self, key: str, texts: list[str], choices: list[tuple[str, Any]], selected: Any) -> None:
        item = QTreeWidgetItem([*texts, ""])
        self.table.addTopLevelItem(item)
        combo = QComboBox()
        for text, ref in choices:
            combo.addItem(text, ref)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.currentIndexChanged.connect(lambda *_: self.wizard.refresh())
        self.table.setItemWidget(item, len(texts), combo)
        self.combos[key], self.labels[key] = combo, texts[0]

    def answers(self) -> list[str]:
        """``KEY=REF`` for each row (the command's ``disk_sr``/``vif_network``)."""
        return [f"{key}={combo.currentData()}" for key, combo in self.combos.items() if combo.currentData()]


class StoragePage(MappingPage):
    title, heading = QT_TRANSLATE_NOOP("CrossPoolWizard", "Storage"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Configure storage")
    columns = (QT_TRANSLATE_NOOP("CrossPoolWizard", "Virtual disk"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Size"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Storage in the destination"))

    def __init__(self, wizard: CrossPoolMigrateWizard) -> None:
        super().__init__(wizard, translate("CrossPoolWizard", "Select the storage repository in the destination for each virtual disk."))

    def enter(self) -> None:
        cache, host = self.wizard.dest_cache(), self.wizard.target_host()
        if cache is None or host is None or cache is self.for_cache:
            return
        self.for_cache = cache
        self.table.clear()
        self.combos.clear()
        srs = sorted((s for s in cache.all("SR") if not is_iso_sr(s) and s.shown(False)), key=lambda s: natural_key(s.name))
        positions = {v.VDI.ref: v.userdevice for v in self.wizard.vm.VBDs if v.VDI is not None and not v.is_cd}
        for vdi in movable_disks(self.wizard.vm):
            best = default_sr(cache, host, vdi.virtual_size)
            self.add_row(positions[vdi.ref], [vdi.name, size_text(vdi.virtual_size)],
                         [(f"{sr_label(s)} ({sr_free_text(s)})", s.ref) for s in srs], best.ref if best else None)

    def problem(self) -> str:
        return "" if all(c.currentData() for c in self.combos.values()) else translate("CrossPoolWizard", "Choose storage for every disk.")


class NetworkPage(MappingPage):
    title, heading = QT_TRANSLATE_NOOP("CrossPoolWizard", "Networking"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Configure networking")
    columns = (QT_TRANSLATE_NOOP("CrossPoolWizard", "Interface"), QT_TRANSLATE_NOOP("CrossPoolWizard", "MAC address"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Network in the destination"))

    def __init__(self, wizard: CrossPoolMigrateWizard) -> None:
        super().__init__(wizard, translate("CrossPoolWizard", "Map the virtual network interfaces in the selected VM to networks in the "
                                 "destination pool or standalone server."))

    def enter(self) -> None:
        cache = self.wizard.dest_cache()
        if cache is None or cache is self.for_cache:
            return
        self.for_cache = cache
        self.table.clear()
        self.combos.clear()
        networks = sorted(cache.all("network"), key=lambda n: natural_key(n.name))
        for vif in sorted(self.wizard.vm.VIFs, key=lambda v: v.device):
            best = default_network(cache, vif)
            name = vif.network.name if vif.network is not None else "?"
            self.add_row(vif.device, [translate("CrossPoolWizard", "Interface {device} ({network})").format(
                device=vif.device, network=name), vif.MAC],
                         [(n.name, n.ref) for n in networks], best.ref if best else None)


class TransferPage(Page):
    title, heading = QT_TRANSLATE_NOOP("CrossPoolWizard", "Migration Network"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Configure storage migration settings")

    def __init__(self, wizard: CrossPoolMigrateWizard) -> None:
        super().__init__(wizard)
        self.box.addWidget(_intro(translate("CrossPoolWizard", "Select the network in the destination that the VM's disks and memory travel "
                                  "on. It needs an IP address on the target server.")))
        self.networks = QComboBox()
        self.box.addWidget(self.networks)
        self.box.addStretch(1)

    def enter(self) -> None:
        cache, host = self.wizard.dest_cache(), self.wizard.target_host()
        self.networks.clear()
        if cache is None or host is None:
            return
        for network in transfer_networks(cache, host):
            self.networks.addItem(network.name, network.ref)
        default = migration_network(cache)
        self.networks.setCurrentIndex(max(0, self.networks.findData(default.ref if default else None)))

    def problem(self) -> str:
        return "" if self.networks.currentData() else translate("CrossPoolWizard", "The target server has no network with an IP address.")


class PrecheckPage(Page):
    title, heading = QT_TRANSLATE_NOOP("CrossPoolWizard", "Precheck"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Checking that the VM can be migrated")

    def __init__(self, wizard: CrossPoolMigrateWizard) -> None:
        super().__init__(wizard)
        self.box.addWidget(_intro(translate("CrossPoolWizard", "The servers are asked whether the VM can be migrated with these settings.")))
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.box.addWidget(self.results, 1)
        self.reasons: list[str] | None = None
        self._asked: dict[str, Any] | None = None

    def enter(self) -> None:
        params = self.wizard.params()
        if params == self._asked and self.reasons is not None:
            return
        self._asked, self.reasons = params, None
        self.results.clear()
        self.results.addItem(translate("CrossPoolWizard", "Checking..."))
        precheck(self.wizard.context, self.wizard.vm, params, lambda reasons: self._done(params, reasons))

    def _done(self, params: dict[str, Any], reasons: list[str]) -> None:
        if params != self._asked:
            return  # the answers changed meanwhile: a newer check is running
        self.reasons = reasons
        self.results.clear()
        for reason in reasons or [translate("CrossPoolWizard", "The VM can be migrated to the destination.")]:
            item = QListWidgetItem(("✗ " if reasons else "✓ ") + reason)
            self.results.addItem(item)
        self.wizard.refresh()

    def problem(self) -> str:
        if self.reasons is None:
            return translate("CrossPoolWizard", "Checking...")
        return translate("CrossPoolWizard", "The VM cannot be migrated with these settings: go back and change them.") if self.reasons else ""


class FinishPage(Page):
    title, heading = QT_TRANSLATE_NOOP("CrossPoolWizard", "Finish"), QT_TRANSLATE_NOOP("CrossPoolWizard", "Review settings")

    def __init__(self, wizard: CrossPoolMigrateWizard) -> None:
        super().__init__(wizard)
        self.box.addWidget(_intro(translate("CrossPoolWizard", "The wizard is ready to begin migrating the selected VM using the settings shown "
                                  "below. Click Previous to change them, otherwise click Finish to migrate the VM.")))
        self.summary = QTreeWidget()
        self.summary.setHeaderHidden(True)
        self.summary.setColumnCount(2)
        self.summary.setRootIsDecorated(False)
        self.summary.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.box.addWidget(self.summary, 1)

    def enter(self) -> None:
        self.summary.clear()
        wizard = self.wizard
        cache, host = wizard.dest_cache(), wizard.target_host()
        rows = [("VM", wizard.vm.name), (translate("CrossPoolWizard", "Destination"), pool_name(cache) if cache else ""),
                (translate("CrossPoolWizard", "Server"), host.name if host else "")]
        for page in (wizard.storage, wizard.network):
            rows += [(page.labels[key], combo.currentText()) for key, combo in page.combos.items()]
        rows.append((translate("CrossPoolWizard", "Migration network"), wizard.transfer.networks.currentText()))
        for name, value in rows:
            self.summary.addTopLevelItem(QTreeWidgetItem([name, value]))


class CrossPoolMigrateWizard(QDialog):
    def __init__(self, context: AppContext, vm: VM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.vm = context, vm
        self.setWindowTitle(translate("CrossPoolWizard", "Migrate VM '{name}'").format(name=vm.name))
        self.setMinimumSize(QSize(860, 560))
        self.pages: list[Page] = []  # pages filling themselves in ask for a refresh before all are made
        self.destination = DestinationPage(self)
        self.storage = StoragePage(self)
        self.network = NetworkPage(self)
        self.transfer = TransferPage(self)
        self.check = PrecheckPage(self)
        self.finish = FinishPage(self)
        self.pages = [self.destination, self.storage, self.network, self.transfer, self.check,
                                  self.finish]
        self.steps = QListWidget()
        self.steps.setFixedWidth(190)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            QListWidgetItem(translate("CrossPoolWizard", page.title), self.steps)
        self.message = plain_label("")
        self.message.setWordWrap(True)
        set_warning(self.message, True)
        buttons = [QPushButton(text) for text in (translate("CrossPoolWizard", "< Previous"), translate("CrossPoolWizard", "Next >"), translate("CrossPoolWizard", "Finish"), translate("CrossPoolWizard", "Cancel"))]
        self.back, self.next, self.done_button, self.cancel = buttons
        self.next.setDefault(True)
        for button, act in zip(buttons, (lambda: self.go(self.stack.currentIndex() - 1),
                                         lambda: self.go(self.stack.currentIndex() + 1), self.accept, self.reject),
                               strict=True):
            button.clicked.connect(act)
        layout = QGridLayout(self)
        layout.addWidget(self.steps, 0, 0)
        layout.addWidget(self.stack, 0, 1, 1, len(buttons) + 1)
        layout.addWidget(self.message, 1, 0, 1, len(buttons) + 2)
        layout.setColumnStretch(1, 1)
        for column, button in enumerate(buttons, start=2):
            layout.addWidget(button, 2, column)
        self.go(0)
        context.connections.objects_changed.connect(self._on_objects_changed)

    def _on_objects_changed(self, *args: Any) -> None:
        """The servers changed something: the VM and the destination's servers as they are now."""
        vm = self.vm.cache.get("VM", self.vm.ref)
        if vm is None:
            self.message.setText(translate("CrossPoolWizard", "'{name}' is no longer on its server.").format(
                name=self.vm.name))
            self.next.setEnabled(False)
            return
        self.vm = vm
        if self.page is self.destination:
            self.destination.fill()
        self.refresh()

    def destinations(self) -> list[tuple[str, ObjectCache]]:
        """Every connected pool but the VM's own, named with the server it was reached at."""
        connections = self.context.connections
        return [(f"{pool_name(c.cache)} ({c.address})", c.cache) for c in connections
                if c.state is ConnectionState.CONNECTED and c.cache is not self.vm.cache]

    def dest_cache(self) -> ObjectCache | None:
        return self.destination.cache()

    def target_host(self) -> Host | None:
        return self.destination.host()

    @property
    def page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def go(self, index: int) -> None:
        """Show page ``index``; forward only while the pages passed have no problem."""
        index = max(0, min(index, len(self.pages) - 1))
        if index > self.stack.currentIndex() and self.page.problem():
            return
        self.stack.setCurrentIndex(index)
        self.page.enter()
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            font = item.font()
            font.setBold(row == index)
            item.setFont(font)
            item.setForeground(self.steps.palette().text() if row <= index else self.steps.palette().placeholderText())
        self.refresh()

    def refresh(self) -> None:
        if not self.pages or len(self.pages) != self.stack.count():
            return
        problem = self.page.problem()
        index = self.stack.currentIndex()
        self.message.setText(problem if problem != translate("CrossPoolWizard", "Checking...") else "")
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.pages) - 1 and not problem)
        self.done_button.setEnabled(index == len(self.pages) - 1)

    def params(self) -> dict[str, Any]:
        """``vm.migrate``'s parameters as answered so far."""
        return {"to_server": self.dest_cache(), "host": self.target_host(), "disk_sr": self.storage.answers(),
                "vif_network": self.network.answers(),
                "transfer_network": self.transfer.networks.currentData() or None}
