"""New Pool, as XenCenter's NewPoolDialog: the pool's name and description, its coordinator (a connected
standalone server) and the other connected standalone servers to add, each with ``PoolJoinRules``' reason when it
cannot join (``model/pool_join.py``); Create Pool runs ``pool.new`` with the answer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.pool_join import coordinator_of, is_a_pool, join_reason

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate


def standalone_servers(context: AppContext) -> list[ObjectCache]:
    """The connected servers that are not in a pool (XenCenter lists these as coordinators and members)."""
    return [c.cache for c in context.connections
            if c.session is not None and coordinator_of(c.cache) is not None and not is_a_pool(c.cache)]


def server_name(cache: ObjectCache) -> str:
    master = coordinator_of(cache)
    return master.name if master is not None else ""


class NewPoolDialog(QDialog):
    def __init__(self, context: AppContext, cache: ObjectCache | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewPoolDialog", "Create New Pool"))
        self.servers = standalone_servers(context)
        self.name = QLineEdit()
        self.name.setMinimumWidth(380)
        self.description = QLineEdit()
        self.description.setPlaceholderText(translate("NewPoolDialog", "(optional)"))
        self.coordinator = QComboBox()
        for server in self.servers:
            self.coordinator.addItem(server_name(server))
        if cache is not None and cache in self.servers:
            self.coordinator.setCurrentIndex(self.servers.index(cache))
        self.members = QListWidget()
        self.members.setMinimumHeight(160)
        self.note = QLabel()
        self.note.setStyleSheet("color: palette(dark);")
        form = QFormLayout()
        form.addRow(translate("NewPoolDialog", "&Name:"), self.name)
        form.addRow(translate("NewPoolDialog", "&Description:"), self.description)
        form.addRow(translate("NewPoolDialog", "C&oordinator:"), self.coordinator)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(translate("NewPoolDialog", "&Create Pool"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("NewPoolDialog", "To create your pool provide a name and select which servers you would like to be "
                                "added to the pool.")))
        layout.addLayout(form)
        members_label = QLabel(translate("NewPoolDialog", "&Additional members:"))
        members_label.setBuddy(self.members)
        layout.addWidget(members_label)
        layout.addWidget(self.members)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.coordinator.currentIndexChanged.connect(self._list_members)
        self.name.textChanged.connect(self._enable)
        self._list_members()

    def chosen_coordinator(self) -> ObjectCache | None:
        index = self.coordinator.currentIndex()
        return self.servers[index] if 0 <= index < len(self.servers) else None

    def _list_members(self) -> None:
        """Every other standalone server, checkable when it can join, else greyed with the reason."""
        self.members.clear()
        coordinator = self.chosen_coordinator()
        for server in self.servers:
            if server is coordinator:
                continue
            reason = join_reason(server, coordinator)
            item = QListWidgetItem(f"{server_name(server)}" + (f" ({reason.text})" if reason else ""))
            item.setData(Qt.ItemDataRole.UserRole, self.servers.index(server))
            if reason:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self._enable()

    def _enable(self) -> None:
        """XenCenter's tooltips: an empty name, no eligible coordinator."""
        why = "" if self.name.text().strip() else translate("NewPoolDialog", "Pool name cannot be empty")
        if self.chosen_coordinator() is None:
            why = translate("NewPoolDialog", "There is no eligible coordinator")
        self.create_button.setEnabled(not why)
        self.create_button.setToolTip(why)
        self.note.setText(why)

    def chosen_members(self) -> list[ObjectCache]:
        chosen = []
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(self.servers[int(item.data(Qt.ItemDataRole.UserRole))])
        return chosen

    def answer(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "description": self.description.text(),
                "coordinator": self.chosen_coordinator(), "members": self.chosen_members()}
