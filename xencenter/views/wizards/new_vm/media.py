"""The Installation Media page: an ISO or a server's DVD drive, a network install URL, a network boot."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
)

from xencenter.model import provision as pv
from xencenter.model.provision import NewVMPlan
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.dvd import append_disc_choices

from .base import ROLE, Page

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache

    from .wizard import NewVMWizard

translate = QCoreApplication.translate



def iso_model(cache: ObjectCache, parent: Any) -> QStandardItemModel:
    """The discs grouped by library (headers not selectable), servers' DVD drives last."""
    model = QStandardItemModel(parent)
    append_disc_choices(model, pv.iso_choices(cache))
    return model


class InstallPage(Page):
    title = QT_TRANSLATE_NOOP("NewVMWizard", "Installation Media")
    heading = QT_TRANSLATE_NOOP("NewVMWizard", "Locate the operating system installation media")

    def applies(self, plan: NewVMPlan) -> bool:
        return pv.is_default_template(plan.template)  # a custom template or a snapshot has its OS installed

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.iso = QComboBox()
        self.iso.setMinimumContentsLength(36)
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://mirror.example/distro/")
        self.boot_args = QLineEdit()
        self.boot_mode = QComboBox()
        for method in ("cd", "url", "network", "none"):
            radio = QRadioButton(pv.INSTALL_WORDS[method])
            self.radios[method] = radio
            self.group.addButton(radio)
            self.layout_.addWidget(radio)
            if method == "cd":
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(self.iso, 1)
                self.layout_.addLayout(row)
            elif method == "url":
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(self.url, 1)
                self.layout_.addLayout(row)
            radio.toggled.connect(self._edited)
        form = QFormLayout()
        form.addRow(translate("NewVMWizard", "Boot mode:"), self.boot_mode)
        form.addRow(translate("NewVMWizard", "Boot parameters:"), self.boot_args)
        self.boot_args_label = form.labelForField(self.boot_args)
        self.boot_mode_label = form.labelForField(self.boot_mode)
        self.layout_.addSpacing(8)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.iso.activated.connect(self._edited)
        self.url.textChanged.connect(self._edited)
        self.boot_args.textChanged.connect(self._edited)
        self.boot_mode.activated.connect(self._edited)
        self._template = ""

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        template = plan.template
        methods = pv.install_methods(template)
        for method, radio in self.radios.items():
            radio.setVisible(method in methods)
        self.iso.setVisible("cd" in methods)
        self.url.setVisible("url" in methods)
        if self._template != template.ref:
            self._template = template.ref
            self.iso.setModel(iso_model(self.cache, self.iso))
            self.boot_mode.clear()
            for mode in pv.boot_modes(template):
                self.boot_mode.addItem(pv.BOOT_MODE_WORDS[mode], mode)
        self.radios.get(plan.install, self.radios["none"]).setChecked(True)
        index = next((i for i in range(self.iso.count()) if self.iso.itemData(i, ROLE) == plan.iso), -1)
        if index < 0:
            index = next((i for i in range(self.iso.count()) if self.iso.itemData(i, ROLE)), -1)
        self.iso.setCurrentIndex(index)
        self.url.setText(plan.url)
        hvm = template.is_hvm
        for widget in (self.boot_mode, self.boot_mode_label):
            widget.setVisible(hvm and self.boot_mode.count() > 0)
        for widget in (self.boot_args, self.boot_args_label):
            widget.setVisible(not hvm)
        self.boot_args.setText(plan.boot_args)
        mode_index = self.boot_mode.findData(plan.boot_mode)
        self.boot_mode.setCurrentIndex(max(mode_index, 0))
        self._loading = False

    def method(self) -> str:
        return next((m for m, r in self.radios.items() if r.isChecked() and not r.isHidden()), "none")

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        method = self.method()
        iso = self.iso.currentData(ROLE) or "" if method == "cd" else ""
        changes: dict[str, Any] = {"install": method, "iso": iso, "url": self.url.text().strip()}
        if not plan.template.is_hvm:
            changes["boot_args"] = self.boot_args.text()
        elif self.boot_mode.count():
            changes["boot_mode"] = self.boot_mode.currentData() or plan.boot_mode
        updated = pv.with_boot_disk(replace(plan, **changes))
        if iso != plan.iso:  # a disc on one server's storage ties the VM to that server
            tied = pv.iso_host(updated.iso_vdi)
            if tied is not None and updated.home != tied.ref:
                updated = pv.with_home(updated, tied.ref)
        return updated

    def problem(self, plan: NewVMPlan) -> str:
        return pv.install_problem(plan)

    def summary(self, plan: NewVMPlan) -> str:
        if plan.install == "cd":
            vdi = plan.iso_vdi
            return vdi.name if vdi is not None else (
                translate("NewVMWizard", "Choose a disc") if pv.is_default_template(plan.template)
                else translate("NewVMWizard", "Empty DVD drive"))
        if plan.install == "url":
            return plan.url or translate("NewVMWizard", "Network install")
        return translate("NewVMWizard", "Boot from network") if plan.install == "network" else translate("NewVMWizard", "None")
