"""The Import wizard (XenCenter's ImportWizard for an XVA, OVA or OVF): Import Source (the file, and what it holds),
Home Server, Storage, Networking, Finish (start the VM afterwards, the equivalent command line). It only
gathers ``vm.import``'s parameters; the file is read here (its ``ova.xml``, through ``model.xva``) so that a
file that is not an export is refused on the first page. Nothing here calls the server.
"""

from __future__ import annotations

import os
import shlex
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
)

from xencenter.model import provision as pv
from xencenter.model.naming import natural_key
from xencenter.model.ovf import read_import_contents
from xencenter.model.summaries import size_text
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.model.xva import BadFile, XvaContents
from xencenter.views.tabs.widgets import plain_label
from xencenter.views.wizards.steps import FinishStep, Step, StepWizard, connection_options, note

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

ROLE = Qt.ItemDataRole.UserRole


class ImportStep(Step):
    wizard: ImportWizard


class SourceStep(ImportStep):
    title = QT_TRANSLATE_NOOP("Wizard", "Import Source")
    heading = QT_TRANSLATE_NOOP("Wizard", "Locate the file you want to import")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("ImportWizard", "An XVA file (as 'xe vm-export' or the Export wizard writes it), an OVA, or an "
                                    "OVF envelope with its VHD, VMDK or raw disks beside it.")))
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("ImportWizard", "Filename"))
        browse = QPushButton(translate("ImportWizard", "Browse..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.layout_.addLayout(row)
        self.contents = QFormLayout()
        self.fields = {key: plain_label() for key in ("VM", "vCPUs", "Memory", "Virtual disks", "To upload")}
        rows = (translate("ImportWizard", "VM:"), translate("ImportWizard", "vCPUs:"),
                translate("ImportWizard", "Memory:"), translate("ImportWizard", "Virtual disks:"),
                translate("ImportWizard", "To upload:"))
        for text, label in zip(rows, self.fields.values(), strict=True):
            self.contents.addRow(text, label)
        self.layout_.addLayout(self.contents)
        self.layout_.addStretch(1)
        self.path.editingFinished.connect(self._read)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Import"), self.path.text(),
            translate("ImportWizard", "VMs and appliances (*.xva *.ova *.ovf);;All files (*)"))
        if path:
            self.path.setText(path)
            self._read()

    def _read(self) -> None:
        path = self.path.text().strip()
        self.answers.update(file=path, contents=None, error="")
        if path:
            try:
                self.answers["contents"] = read_import_contents(path)
            except BadFile as e:
                self.answers["error"] = str(e)
        contents: XvaContents | None = self.answers["contents"]
        values = ("", "", "", "", "")
        if contents is not None:
            name = translate("ImportWizard", "{name} (a template)").format(name=contents.name) \
                if contents.is_template else contents.name
            values = (name, str(contents.vcpus), size_text(contents.memory),
                      ", ".join(size_text(d.size) for d in contents.disks) or translate("ImportWizard", "none"),
                      size_text(contents.size))
        for label, value in zip(self.fields.values(), values, strict=True):
            label.setText(value)
        self._edited()

    def problem(self) -> str:
        if not self.answers.get("file"):
            return translate("ImportWizard", "Choose the file to import.")
        return self.answers.get("error") or ""

    def summary(self) -> str:
        return os.path.basename(self.answers.get("file") or "")


class HomeStep(ImportStep):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Home Server"), QT_TRANSLATE_NOOP("Wizard", "Choose a home server for the VM")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.none = QRadioButton(translate("ImportWizard", "&No home server: the VM starts on any server that can run it"))
        self.some = QRadioButton(translate("ImportWizard", "&Place the VM on this server:"))
        self.hosts = QListWidget()
        for host in sorted(wizard.cache.all("host"), key=lambda h: natural_key(h.name)):
            item = QListWidgetItem(host.name, self.hosts)
            item.setData(ROLE, host)
        for widget in (self.none, self.some, self.hosts):
            self.layout_.addWidget(widget)
        preferred = wizard.preferred
        self.some.setChecked(preferred is not None)
        self.none.setChecked(preferred is None)
        for row in range(self.hosts.count()):
            if preferred is not None and self.hosts.item(row).data(ROLE).ref == preferred.ref:
                self.hosts.setCurrentRow(row)
        self.hosts.setEnabled(self.some.isChecked())
        self.some.toggled.connect(self._edited)
        self.hosts.currentRowChanged.connect(self._edited)
        self._edited()

    def _edited(self, *args: Any) -> None:
        self.hosts.setEnabled(self.some.isChecked())
        item = self.hosts.currentItem()
        self.answers["host"] = item.data(ROLE) if self.some.isChecked() and item is not None else None
        super()._edited()

    def problem(self) -> str:
        return translate("ImportWizard", "Choose the home server.") if self.some.isChecked() and \
            self.answers["host"] is None else ""

    def summary(self) -> str:
        host = self.answers.get("host")
        return host.name if host is not None else translate("ImportWizard", "None")


class StorageStep(ImportStep):
    title = QT_TRANSLATE_NOOP("Wizard", "Storage")
    heading = QT_TRANSLATE_NOOP("Wizard", "Where do you want to put the VM's virtual disks?")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.list = QListWidget()
        self.layout_.addWidget(self.list)
        self.layout_.addWidget(note(translate("ImportWizard", "The disks keep their sizes; on thin provisioned storage only what they use "
                                    "counts.")))
        self.list.currentRowChanged.connect(self._edited)

    def enter(self) -> None:
        contents: XvaContents | None = self.answers.get("contents")
        sizes = [d.size for d in contents.disks] if contents is not None else []
        host = self.answers.get("host")
        chosen = self.answers.get("sr") or self.wizard_default()
        self.list.blockSignals(True)
        self.list.clear()
        for sr in sorted(self.wizard.cache.all("SR"), key=lambda s: natural_key(s.name)):
            if not pv.supports_vdi_create(sr) or (host is not None and not pv.sr_seen_from(sr, host)):
                continue
            reason = pv.disk_fit_problem(sr, sizes)
            item = QListWidgetItem(f"{pv.sr_label(sr)} — {pv.sr_free_text(sr)}" + (f"  ({reason})" if reason else ""),
                                   self.list)
            item.setData(ROLE, (sr, reason))
            if chosen is not None and sr.ref == chosen.ref:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._edited()

    def wizard_default(self) -> Any:
        pool = next(iter(self.wizard.cache.all("pool")), None)
        return getattr(pool, "default_SR", None)

    def _edited(self, *args: Any) -> None:
        item = self.list.currentItem()
        self.answers["sr"], self.answers["sr_problem"] = item.data(ROLE) if item is not None else (None, "")
        super()._edited()

    def problem(self) -> str:
        if self.answers.get("sr") is None:
            return translate("ImportWizard", "Choose the storage for the virtual disks.")
        return self.answers.get("sr_problem") or ""

    def summary(self) -> str:
        sr = self.answers.get("sr")
        return sr.name if sr is not None else ""


class NetworkStep(ImportStep):
    title = QT_TRANSLATE_NOOP("Wizard", "Networking")
    heading = QT_TRANSLATE_NOOP("Wizard", "Connect the VM's virtual network interfaces")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("ImportWizard", "Each interface goes to the network of the same name in this pool (one is "
                                    "made when there is none), or all of them to the network chosen here.")))
        self.choice = QComboBox()
        self.choice.addItem(translate("ImportWizard", "The networks named in the file"), None)
        for network in sorted(wizard.cache.all("network"), key=lambda n: natural_key(n.name)):
            if network.PIFs or not network.other_config.get("is_host_internal_management_network"):
                self.choice.addItem(network.name, network)
        self.layout_.addWidget(self.choice)
        self.layout_.addStretch(1)
        self.choice.currentIndexChanged.connect(self._edited)
        self._edited()

    def _edited(self, *args: Any) -> None:
        self.answers["network"] = self.choice.currentData()
        super()._edited()

    def summary(self) -> str:
        network = self.answers.get("network")
        return network.name if network is not None else translate("ImportWizard", "As in the file")


class ImportFinish(FinishStep):
    heading = QT_TRANSLATE_NOOP("Wizard", "Ready to import")
    wizard: ImportWizard

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.start = QCheckBox(translate("ImportWizard", "&Start the VM after import"))
        self.options.addWidget(self.start)
        self.start.toggled.connect(self._edited)
        self.answers["start"] = False

    def describe(self) -> str:
        contents: XvaContents | None = self.answers.get("contents")
        if contents is None:
            return translate("ImportWizard", "The VM will be uploaded to the pool and made there. The import shows in "
                             "the Events tab, where it can be cancelled; a cancelled or failed import leaves nothing "
                             "behind.")
        return translate("ImportWizard", "'{name}' will be uploaded to the pool and made there. The import shows in "
                         "the Events tab, where it can be cancelled; a cancelled or failed import leaves nothing "
                         "behind.").format(name=contents.name)

    def _edited(self, *args: Any) -> None:
        self.answers["start"] = self.start.isChecked()
        super()._edited()

    def command_line(self) -> str:
        a = self.answers
        pool = next(iter(self.wizard.cache.all("pool")), None)
        parts = ["python main.py run vm.import", shlex.quote(pool.name if pool is not None else ""),
                 "--file", shlex.quote(a.get("file") or "FILE")]
        for option, key in (("--sr", "sr"), ("--host", "host"), ("--network", "network")):
            if a.get(key) is not None:
                parts += [option, shlex.quote(a[key].uuid)]
        if a.get("start"):
            parts.append("--start")
        return " ".join(parts) + connection_options(self.wizard.context, self.wizard.cache)

    def summary(self) -> str:
        return translate("ImportWizard", "Start it") if self.answers.get("start") else translate(
            "ImportWizard", "Leave it shut down")


class ImportWizard(StepWizard):
    """See the module docstring. ``target``: the pool, server (the preferred home) or connection to import to."""

    def __init__(self, context: AppContext, target: Any = None, parent: Any = None) -> None:
        super().__init__(translate("ImportWizard", "Import"), parent)
        self.context = context
        cache = getattr(target, "cache", None) or getattr(getattr(target, "connection", None), "cache", None)
        if cache is None:
            raise ValueError(translate("ImportWizard", "Connect to a server first."))
        self.cache: ObjectCache = cache
        self.preferred = target if getattr(target, "cls", "") == "host" else None
        self.add(SourceStep(self), HomeStep(self), StorageStep(self), NetworkStep(self), ImportFinish(self))

    def params(self) -> dict[str, Any]:
        return {key: self.answers.get(key) for key in ("file", "sr", "host", "network", "start")}
