"""The New SR wizard (XenCenter's NewSRWizard, in part): Type, Location (the fields of that kind of storage),
Name, Finish. It only gathers ``sr.new``'s parameters; the Location page's Probe (``commands.sr_new.probe``,
SR.probe_ext) lists what is there (an NFS server's exports, an export's SRs, a target's IQNs, an IQN's LUNs
with their size and SR, HBA LUNs, an SMB share's SRs): picking one fills in the page, and picking an SR found
there reattaches it instead of making a new one. Passwords stay in the wizard's answers; the command line
shown reads them from a file.
"""

from __future__ import annotations

import re
import shlex
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
)

from xencenter.commands.sr_new import probe
from xencenter.model.naming import natural_key
from xencenter.model.new_sr import KINDS, describe_result, device_config, kind_of_sr
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.wizards.steps import FinishStep, Step, StepWizard, connection_options, note

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

#: The Location page's fields per kind: (parameter, label, secret).
_FIELDS = {
    "nfs": (("storage_server", QT_TRANSLATE_NOOP("NewSRWizard", "&Server:"), False), ("path", QT_TRANSLATE_NOOP("NewSRWizard", "&Path:"), False), ("nfs_version", QT_TRANSLATE_NOOP("NewSRWizard", "NFS &version:"), False)),
    "iscsi": (("target", QT_TRANSLATE_NOOP("NewSRWizard", "&Target host:"), False), ("iqn", QT_TRANSLATE_NOOP("NewSRWizard", "Target &IQN:"), False), ("chap_user", QT_TRANSLATE_NOOP("NewSRWizard", "CHAP &user:"), False),
              ("chap_password", QT_TRANSLATE_NOOP("NewSRWizard", "CHAP &secret:"), True)),
    "hba": (("device", QT_TRANSLATE_NOOP("NewSRWizard", "LUN's &SCSI id:"), False),),
    "smb": (("storage_server", QT_TRANSLATE_NOOP("NewSRWizard", "&Share (//server/share):"), False), ("username", QT_TRANSLATE_NOOP("NewSRWizard", "&User name:"), False),
            ("share_password", QT_TRANSLATE_NOOP("NewSRWizard", "&Password:"), True)),
    "lvm": (("device", QT_TRANSLATE_NOOP("NewSRWizard", "&Device (/dev/sdb):"), False),),
    "ext": (("device", QT_TRANSLATE_NOOP("NewSRWizard", "&Device (/dev/sdb):"), False),),
    "iso-nfs": (("storage_server", QT_TRANSLATE_NOOP("NewSRWizard", "&Server:"), False), ("path", QT_TRANSLATE_NOOP("NewSRWizard", "&Path:"), False)),
    "iso-smb": (("storage_server", QT_TRANSLATE_NOOP("NewSRWizard", "&Share (//server/share):"), False), ("username", QT_TRANSLATE_NOOP("NewSRWizard", "&User name:"), False),
                ("share_password", QT_TRANSLATE_NOOP("NewSRWizard", "&Password:"), True)),
}
#: What each kind is, under the Type page's list (XenCenter's words, shortened).
_ABOUT = {
    "nfs": QT_TRANSLATE_NOOP("NewSRWizard", "NFS servers are a common form of shared filesystem infrastructure: the disks are VHD files there, "
           "thin provisioned, shared by every server of the pool."),
    "iscsi": QT_TRANSLATE_NOOP("NewSRWizard", "Shared Logical Volume Manager (LVM) support is available using either iSCSI or Fibre Channel "
             "access to a shared LUN."),
    "hba": QT_TRANSLATE_NOOP("NewSRWizard", "Hardware HBAs (Fibre Channel, FCoE, SAS) give every server of the pool access to shared LUNs."),
    "smb": QT_TRANSLATE_NOOP("NewSRWizard", "SMB servers are a common form of Windows shared filesystem infrastructure."),
    "lvm": QT_TRANSLATE_NOOP("NewSRWizard", "A disk of one server, made into a local LVM volume group (its contents are erased)."),
    "ext": QT_TRANSLATE_NOOP("NewSRWizard", "A disk of one server, made into a local EXT filesystem holding VHD files (its contents are erased)."),
    "iso-nfs": QT_TRANSLATE_NOOP("NewSRWizard", "An NFS export holding ISO images, which VMs can use as CDs."),
    "iso-smb": QT_TRANSLATE_NOOP("NewSRWizard", "A Windows (SMB/CIFS) share holding ISO images, which VMs can use as CDs."),
}
_SECRETS = {"share_password", "chap_password"}


class TypeStep(Step):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Type"), QT_TRANSLATE_NOOP("Wizard", "Choose the type of new storage")

    def __init__(self, wizard: NewSRWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("NewSRWizard", "Virtual disk storage holds VMs' disks; an ISO library holds CD images.")))
        self.kinds = QListWidget()
        for kind in KINDS.values():
            item = QListWidgetItem(kind.title, self.kinds)
            item.setData(256, kind.key)
        self.kinds.setSpacing(3)
        self.kinds.setCurrentRow(list(KINDS).index(self.answers["type"]))
        self.kinds.currentRowChanged.connect(self._edited)
        self.layout_.addWidget(self.kinds, 1)
        self.about = note(translate("NewSRWizard", _ABOUT[self.answers["type"]]))
        self.layout_.addWidget(self.about)

    def _edited(self, *args: Any) -> None:
        kind = self.kinds.currentItem().data(256)
        if kind != self.answers["type"]:  # another kind of storage: what was said of the last one goes
            for name in {f[0] for fields in _FIELDS.values() for f in fields} | {"reattach", "found_name"}:
                self.answers.pop(name, None)
            if self.answers.get("name") == self.answers.get("suggested_name"):
                self.answers["name"] = ""  # the Name page suggests another
        self.answers["type"] = kind
        self.about.setText(translate("NewSRWizard", _ABOUT[kind]))
        super()._edited()

    def summary(self) -> str:
        return KINDS[self.answers["type"]].title


class LocationStep(Step):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Location"), QT_TRANSLATE_NOOP("Wizard", "Where is the storage?")

    def __init__(self, wizard: NewSRWizard) -> None:
        super().__init__(wizard)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.edits: dict[str, QLineEdit] = {}
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(3260)
        self.lun = QSpinBox()
        self.lun.setRange(0, 4095)
        self.port.valueChanged.connect(self._edited)
        self.lun.valueChanged.connect(self._edited)
        self.host = QComboBox()  # a local SR's server
        for host in sorted(wizard.cache.all("host"), key=lambda h: natural_key(h.name)):
            self.host.addItem(host.name, host)
        self.host.currentIndexChanged.connect(self._edited)
        self.probe_button = QPushButton(translate("NewSRWizard", "&Probe"))
        self.probe_button.clicked.connect(self._probe)
        self.status = note("")
        self.results = QListWidget()
        self.results.setSpacing(2)
        self.results.itemClicked.connect(self._picked)
        row = QHBoxLayout()
        row.addWidget(self.probe_button)
        row.addWidget(self.status, 1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.results, 10)
        self.layout_.addStretch(1)  # keeps the fields at the top when there is nothing to probe

    def enter(self) -> None:
        while self.form.rowCount():
            row = self.form.takeRow(0)
            made = row.labelItem.widget() if row.labelItem is not None else None
            if made is not None:  # addRow's own label; the fields are the page's
                made.hide()
                made.deleteLater()
        for edit in self.edits.values():
            edit.hide()
            edit.deleteLater()
        self.edits = {}
        kind = self.answers["type"]
        local = not KINDS[kind].shared
        if local:
            self.form.addRow(translate("NewSRWizard", "S&erver:"), self.host)
        self.host.setVisible(local)
        for name, label, secret in _FIELDS[kind]:
            edit = QLineEdit(str(self.answers.get(name) or ""))
            edit.setObjectName(name)
            if secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._edited)
            self.edits[name] = edit
            self.form.addRow(translate("NewSRWizard", label), edit)
            if name == "target":
                self.form.addRow(translate("NewSRWizard", "&Port:"), self.port)
            if name == "iqn":
                self.form.addRow(translate("NewSRWizard", "&LUN:"), self.lun)
        self.port.setVisible(kind == "iscsi")
        self.lun.setVisible(kind == "iscsi")
        probes = KINDS[kind].probes
        for widget in (self.probe_button, self.status, self.results):
            widget.setVisible(probes)
        self.status.setText(translate("NewSRWizard", "Probe lists what is there.") if probes else "")

    def _probe(self) -> None:
        wizard: NewSRWizard = self.wizard  # type: ignore[assignment]
        self.probe_button.setEnabled(False)
        self.status.setText(translate("NewSRWizard", "Probing..."))
        self.results.clear()
        self.answers["reattach"] = ""  # what is picked from this probe's results counts
        probe(wizard.context, wizard.cache, KINDS[self.answers["type"]], dict(self.answers), self._probed)

    def _probed(self, results: list[dict[str, Any]], problem: str) -> None:
        self.probe_button.setEnabled(True)
        self.results.clear()
        if problem:
            self.status.setText(translate("NewSRWizard", "The probe failed: {problem}").format(problem=problem))
            return
        self.status.setText(translate("NewSRWizard", "Found {count}: pick one.").format(count=len(results)) if results else
                            translate("NewSRWizard", "Nothing was found there: a new SR will be made."))
        if any(r.get("sr") for r in results):
            QListWidgetItem(translate("NewSRWizard", "Create a new SR"), self.results).setData(256, {})
        for result in results:
            QListWidgetItem(describe_result(result), self.results).setData(256, result)

    def _picked(self, item: QListWidgetItem) -> None:
        """A result fills in the page: its path, IQN or LUN, and the SR there to reattach."""
        result = item.data(256) or {}
        config, extra, sr = result.get("configuration", {}), result.get("extra_info", {}), result.get("sr")
        for key, name in (("serverpath", "path"), ("targetIQN", "iqn")):
            if key in config and name in self.edits:
                self.edits[name].setText(config[key])
        if self.answers["type"] == "hba" and "SCSIid" in config:
            self.edits["device"].setText(config["SCSIid"])
        if "LUNid" in extra:
            self.lun.setValue(int(extra["LUNid"]))
        self.answers["reattach"] = sr["uuid"] if sr else ""
        if sr:
            self.answers["found_name"] = sr["name_label"]
        self._edited()

    def _edited(self, *args: Any) -> None:
        for name, edit in self.edits.items():
            self.answers[name] = edit.text().strip()
        if self.answers["type"] == "iscsi":
            self.answers.update(port=self.port.value(), lun=self.lun.value())
        self.answers["host"] = self.host.currentData() if not KINDS[self.answers["type"]].shared else None
        super()._edited()

    def problem(self) -> str:
        try:
            device_config(KINDS[self.answers["type"]], self.answers)
        except ValueError as exc:
            # the model names the missing option in the command line's words: say which field it is
            missing = [label for name, label, _ in _FIELDS[self.answers["type"]]
                       if f"--{name.replace('_', '-')}" in str(exc)]
            if missing:
                field = re.sub(r"\(&\w\)|&", "", translate("NewSRWizard", missing[0])).rstrip(":：")  # no accelerator
                return translate("NewSRWizard", "Fill in {field}.").format(field=field)
            return translate("NewSRWizard", "Fill in every field: {problem}.").format(problem=exc)
        return ""

    def summary(self) -> str:
        return str(self.answers.get("storage_server") or self.answers.get("target") or self.answers.get("device") or "")


class NameStep(Step):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Name"), QT_TRANSLATE_NOOP("Wizard", "What do you want to call the new SR?")

    def __init__(self, wizard: NewSRWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.default = QCheckBox(translate("NewSRWizard", "Make it the pool's &default SR"))
        form.addRow(translate("NewSRWizard", "&Name:"), self.name)
        form.addRow(translate("NewSRWizard", "&Description:"), self.description)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.default)
        self.layout_.addStretch(1)
        for signal in (self.name.textChanged, self.description.textChanged, self.default.toggled):
            signal.connect(self._edited)

    def enter(self) -> None:
        """Suggest a name (the SR found, else the kind's), unless the user typed one."""
        found = self.answers.get("found_name") if self.answers.get("reattach") else ""
        if found or self.name.text() in ("", self.answers.get("suggested_name")):
            self.answers["suggested_name"] = found or translate("NewSRWizard", "{kind} storage").format(
                kind=KINDS[self.answers["type"]].title)
            self.name.setText(self.answers["suggested_name"])

    def _edited(self, *args: Any) -> None:
        self.answers.update(name=self.name.text().strip(), description=self.description.text().strip(),
                            default=self.default.isChecked())
        super()._edited()

    def problem(self) -> str:
        return "" if self.answers.get("name") else translate("NewSRWizard", "Enter a name for the SR.")

    def summary(self) -> str:
        return str(self.answers.get("name", ""))


class NewSRFinish(FinishStep):
    heading = QT_TRANSLATE_NOOP("Wizard", "Ready to create the SR")
    wizard: NewSRWizard

    def describe(self) -> str:
        kind = KINDS[self.answers["type"]]
        host = self.answers.get("host")
        reattach = bool(self.answers.get("reattach"))
        if kind.shared:
            text = translate("NewSRWizard", "The {kind} SR '{name}' will be reattached and connected on every server "
                             "of the pool. It shows in the Events tab meanwhile.") if reattach else translate(
                "NewSRWizard", "The {kind} SR '{name}' will be made and connected on every server of the pool. It "
                "shows in the Events tab meanwhile.")
        else:
            text = translate("NewSRWizard", "The {kind} SR '{name}' will be reattached and connected on '{server}'. "
                             "It shows in the Events tab meanwhile.") if reattach else translate(
                "NewSRWizard", "The {kind} SR '{name}' will be made and connected on '{server}'. It shows in the "
                "Events tab meanwhile.")
        return text.format(kind=kind.title, name=self.answers.get("name", ""), server=getattr(host, "name", ""))

    def command_line(self) -> str:
        text = f"python main.py run sr.new --type {self.answers['type']}"
        for name, value in self.wizard.params().items():
            if name in ("type",) or value in (None, "", False):
                continue
            option = "--" + name.replace("_", "-")
            value = getattr(value, "name", value)  # the server of a local SR, by name
            text += f" {option}-file {name.upper()}_FILE" if name in _SECRETS else \
                (f" {option}" if value is True else f" {option} {shlex.quote(str(value))}")
        return text + connection_options(self.wizard.context, self.wizard.cache)


class NewSRWizard(StepWizard):
    """See the module docstring."""

    def __init__(self, context: AppContext, target: Any, parent: Any = None) -> None:
        reattaching = getattr(target, "cls", "") == "SR"
        super().__init__(translate("NewSRWizard", "Reattach '{name}'").format(name=target.name) if reattaching
                         else translate("NewSRWizard", "New Storage Repository"), parent)
        self.context = context
        self.cache: ObjectCache = target.cache
        self.answers.update(type="nfs", name="", description="", default=False)
        if reattaching:  # XenCenter's Reattach: the wizard for that SR, its kind and name given
            self.answers.update(type=kind_of_sr(target.type or ""), reattach=target.uuid, found_name=target.name)
        self.add(TypeStep(self), LocationStep(self), NameStep(self), NewSRFinish(self))

    def params(self) -> dict[str, Any]:
        kind = self.answers["type"]
        wanted = {"type", "name", "description", "default", "reattach", "host", *(f[0] for f in _FIELDS[kind])}
        if kind == "iscsi":
            wanted |= {"port", "lun"}
        return {k: v for k, v in self.answers.items() if k in wanted}
