"""The Export wizard (XenCenter's ExportApplianceWizard, simplified to what ``vm.export`` does): Export Settings
(the folder, the file name, the format: XVA, OVA or OVF, replacing a file already there) and Finish (what will be written, the equivalent
command line). It only gathers ``vm.export``'s parameters; nothing here calls the server.
"""

from __future__ import annotations

import os
import shlex
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from xencenter.commands.transfer import format_of
from xencenter.model.summaries import size_text
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.wizards.steps import FinishStep, Step, StepWizard, connection_options, destination_fields, note

if TYPE_CHECKING:
    from xencenter.model.objects import VM
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate


def suggested_name(vm: VM) -> str:
    """The VM's name as a file name (what XenCenter suggests), with the XVA extension."""
    safe = "".join(c if c.isalnum() or c in " ._-()" else "_" for c in vm.name).strip() or "export"
    return f"{safe}.xva"


class ExportStep(Step):
    wizard: ExportWizard


class SettingsStep(ExportStep):
    title = QT_TRANSLATE_NOOP("Wizard", "Export Settings")
    heading = QT_TRANSLATE_NOOP("Wizard", "Where do you want to save the export?")

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate(
            "ExportWizard", "'{name}' is saved with its settings and the contents of its virtual disks: as XVA, the "
            "format of 'xe vm-export', or as an OVF appliance that other hypervisors can read too (OVA: all in one "
            "file).").format(name=wizard.vm.name)))
        self.format = QComboBox()
        for label, fmt in ((translate("ExportWizard", "XVA (a VM, as 'xe vm-export' writes it)"), "xva"),
                           (translate("ExportWizard", "OVA (an appliance in one file)"), "ova"),
                           (translate("ExportWizard", "OVF (an appliance: an envelope, its manifest and VHD disks)"),
                            "ovf")):
            self.format.addItem(label, fmt)
        self.name, self.folder, self.overwrite = destination_fields(
            self, wizard.answers["name"], wizard.answers["folder"],
            extra=((translate("ExportWizard", "&Format:"), self.format),))
        self.format.currentIndexChanged.connect(self._on_format)

    def _on_format(self) -> None:
        """The file's extension follows the format."""
        stem = os.path.splitext(self.name.text())[0] if format_of(self.name.text()) == self.answers["format"] \
            else self.name.text()
        self.answers["format"] = self.format.currentData()
        self.name.setText(f"{stem}.{self.answers['format']}")

    def _edited(self, *args: Any) -> None:
        self.answers.update(name=self.name.text().strip(), folder=self.folder.text().strip(),
                            overwrite=self.overwrite.isChecked(), format=self.format.currentData())
        super()._edited()

    def problem(self) -> str:
        name, folder = self.answers["name"], self.answers["folder"]
        if not name:
            return translate("ExportWizard", "Enter a name for the file.")
        if os.sep in name or (os.altsep and os.altsep in name):
            return translate("ExportWizard", "The name cannot contain a folder: choose the folder under Location.")
        if not os.path.isdir(folder):
            return translate("ExportWizard", "The folder '{folder}' does not exist.").format(folder=folder)
        if os.path.exists(self.wizard.path) and not self.answers["overwrite"]:
            return translate("Wizard", "'{name}' already exists in this folder: choose another name, or replace "
                             "it.").format(name=name)
        return ""

    def summary(self) -> str:
        return self.answers["name"]


class ExportFinish(FinishStep):
    heading = QT_TRANSLATE_NOOP("Wizard", "Ready to export")
    wizard: ExportWizard

    def describe(self) -> str:
        vm = self.wizard.vm
        disks = sum(vbd.VDI.virtual_size for vbd in vm.VBDs if vbd.type == "Disk" and vbd.VDI is not None)
        text = {
            "xva": translate("ExportWizard", "'{name}' and its virtual disks ({size}, only the blocks in use are "
                             "written) will be exported as an XVA file to {path}. The export shows in the Events tab, "
                             "where it can be cancelled; the file appears once it is complete."),
            "ova": translate("ExportWizard", "'{name}' and its virtual disks ({size}, only the blocks in use are "
                             "written) will be exported as an OVA appliance to {path}. The export shows in the Events "
                             "tab, where it can be cancelled; the file appears once it is complete."),
            "ovf": translate("ExportWizard", "'{name}' and its virtual disks ({size}, only the blocks in use are "
                             "written) will be exported as an OVF appliance (with its disks and manifest beside it) "
                             "to {path}. The export shows in the Events tab, where it can be cancelled; the file "
                             "appears once it is complete."),
        }[self.answers["format"]]
        return text.format(name=vm.name, size=size_text(disks), path=self.wizard.path)

    def command_line(self) -> str:
        vm = self.wizard.vm
        text = f"python main.py run vm.export {shlex.quote(vm.name)} --file {shlex.quote(self.wizard.path)}"
        if self.answers["format"] != format_of(self.wizard.path):
            text += f" --format {self.answers['format']}"
        if self.answers["overwrite"]:
            text += " --overwrite"
        return text + connection_options(self.wizard.context, vm.cache)


class ExportWizard(StepWizard):
    """See the module docstring."""

    def __init__(self, context: AppContext, vm: VM, parent: Any = None) -> None:
        super().__init__(translate("ExportWizard", "Export '{name}'").format(name=vm.name), parent)
        self.context, self.vm = context, vm
        self.answers.update(name=suggested_name(vm), folder=os.path.expanduser("~"), overwrite=False, format="xva")
        self.add(SettingsStep(self), ExportFinish(self))

    @property
    def path(self) -> str:
        return os.path.join(self.answers["folder"], self.answers["name"])

    def params(self) -> dict[str, Any]:
        return {"file": self.path, "format": self.answers["format"], "overwrite": self.answers["overwrite"]}
