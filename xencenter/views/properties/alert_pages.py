"""XenCenter's Alerts page (performance alerts of a server, VM or SR, in ``other_config["perfmon"]``) and a
pool's E-mail Options page (where xapi mails the alerts)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from xencenter.model import perfmon
from xencenter.model.object_settings import PoolSettings
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.properties.frame import EditPage, form_layout, note_label, page_title

if TYPE_CHECKING:
    from xencenter.model.objects import Pool, XenObject

translate = QCoreApplication.translate


def _spin(minimum: int, maximum: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setValue(min(max(value, minimum), maximum))
    spin.setSuffix(f" {suffix}")
    spin.setAccelerated(True)
    return spin


def _minutes() -> str:
    """The spin boxes' unit, after the number."""
    return translate("PropertiesDialog", "minutes")


class AlertGroup(QGroupBox):
    """One alert: the check box, its level and how long it must last."""

    def __init__(self, kind: perfmon.AlertKind, setting: perfmon.AlertSetting | None, maximum: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.original = kind, setting
        self.check = QCheckBox(kind.check)
        self.check.setChecked(setting is not None)
        level = int(setting.level) if setting is not None else kind.default
        self.level = _spin(kind.minimum, maximum or kind.maximum, level, kind.unit)
        self.minutes = _spin(1, 60, setting.minutes if setting is not None else 1, _minutes())
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.check, 0, 0, 1, 3)
        self.labels = [QLabel(kind.level_label), QLabel(translate("PropertiesDialog", "For longer than:"))]
        grid.addWidget(self.labels[0], 1, 0)
        grid.addWidget(self.level, 1, 1)
        grid.addWidget(self.labels[1], 2, 0)
        grid.addWidget(self.minutes, 2, 1)
        self.check.toggled.connect(self._enable)
        self._enable(self.check.isChecked())

    def _enable(self, on: bool) -> None:
        self.level.setEnabled(on)
        self.minutes.setEnabled(on)

    def setting(self) -> perfmon.AlertSetting | None:
        if not self.check.isChecked():
            return None
        o = self.original
        if o is not None and (self.level.value(), self.minutes.value()) == (int(o.level), o.minutes):
            return o  # a fractional level the spin box rounds stays as it was
        return perfmon.AlertSetting(self.kind.key, Decimal(self.level.value()), self.minutes.value())


class AlertsPage(EditPage):
    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Alerts")

    def __init__(self, obj: XenObject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.obj = obj
        self.original = perfmon.AlertSettings.of(obj)
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "Performance alerts")))
        form.addRow(note_label(translate("PropertiesDialog", "The server's performance monitor raises an alert when a value stays past its "
                               "threshold for the time given; alerts show under Notifications and can be mailed "
                               "(the pool's E-mail Options).")))
        memory_mib = self._memory_mib()
        self.groups = []
        for kind in perfmon.kinds_for(obj.cls):
            group = AlertGroup(kind, self.original.get(kind.key), memory_mib if kind is perfmon.MEMORY else None)
            group.check.toggled.connect(self._on_toggled)
            for spin in (group.level, group.minutes):
                spin.valueChanged.connect(self.changed)
            self.groups.append(group)
            form.addRow(group)
        width = max(label.sizeHint().width() for g in self.groups for label in g.labels)
        for group in self.groups:  # the groups' fields line up in one column
            for label in group.labels:
                label.setMinimumWidth(width)
        self.interval = _spin(perfmon.INTERVAL_STEP_MIN, 86400, self.original.interval, _minutes())
        self.interval.setSingleStep(perfmon.INTERVAL_STEP_MIN)
        self.interval.valueChanged.connect(self.changed)
        form.addRow(translate("PropertiesDialog", "Alert repeat interval:"), self.interval)
        self._on_toggled()

    def _memory_mib(self) -> int | None:
        metrics = getattr(self.obj, "metrics", None) if self.obj.cls == "host" else None
        total = getattr(metrics.record, "memory_total", 0) if metrics is not None else 0
        return int(total) // (1024 * 1024) or None

    def _on_toggled(self, *args: Any) -> None:
        self.interval.setEnabled(any(g.check.isChecked() for g in self.groups))
        self.changed.emit()

    def edited(self) -> perfmon.AlertSettings:
        alerts = tuple(s for g in self.groups if (s := g.setting()) is not None)
        return perfmon.AlertSettings(alerts, self.interval.value())

    def summary(self) -> str:
        return self.original.summary()

    def problem(self) -> str:
        return self.edited().problem()

    def params(self) -> dict[str, Any]:
        after = self.edited()
        if after == self.original:
            return {}
        params: dict[str, Any] = {}
        gone = [a.kind for a in self.original.alerts if after.get(a.kind) is None]
        changed = [a for a in after.alerts if a != self.original.get(a.kind)]
        if gone:
            params["no_alert"] = gone
        if changed:
            params["alert"] = [f"{a.kind}={a.level}/{a.minutes}" for a in changed]
        if after.interval != self.original.interval:
            params["alert_interval"] = after.interval
        return params


class MailPage(EditPage):
    """XenCenter's E-mail Options: xapi mails alerts of the pool's servers to this address through this SMTP
    server (``other_config["mail-destination"]`` and ``["ssmtp-mailhub"]``)."""

    title = QT_TRANSLATE_NOOP("PropertiesDialog", "E-mail Options")

    def __init__(self, pool: Pool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = PoolSettings.of(pool)
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "E-mail alerts")))
        self.enabled = QCheckBox(translate("PropertiesDialog", "Send e-mail alert notifications"))
        self.enabled.setChecked(bool(self.original.mail_to))
        self.address = QLineEdit(self.original.mail_to)
        self.address.setPlaceholderText("admin@example.com")
        self.server = QLineEdit(self.original.mail_server)
        self.server.setPlaceholderText("smtp.example.com:25")
        form.addRow(self.enabled)
        form.addRow(translate("PropertiesDialog", "Deliver to:"), self.address)
        form.addRow(translate("PropertiesDialog", "SMTP server:"), self.server)
        form.addRow(note_label(translate("PropertiesDialog", "The pool's coordinator sends the mail; the SMTP server must accept mail from it "
                               "without authentication.")))
        self.enabled.toggled.connect(self._enable)
        for edit in (self.address, self.server):
            edit.textChanged.connect(self.changed)
        self._enable(self.enabled.isChecked())

    def _enable(self, on: bool) -> None:
        self.address.setEnabled(on)
        self.server.setEnabled(on)
        self.changed.emit()

    def values(self) -> tuple[str, str]:
        if not self.enabled.isChecked():
            return "", ""
        return self.address.text().strip(), self.server.text().strip()

    def summary(self) -> str:
        return self.original.mail_to or translate("PropertiesDialog", "Not set")

    def problem(self) -> str:
        to, server = self.values()
        if self.enabled.isChecked() and not (to and server):
            return translate("PropertiesDialog", "Enter the address to deliver to and the SMTP server.")
        return ""

    def params(self) -> dict[str, Any]:
        to, server = self.values()
        params: dict[str, Any] = {}
        if to != self.original.mail_to:
            params["mail_to"] = to
        if server != self.original.mail_server:
            params["mail_server"] = server
        return params
