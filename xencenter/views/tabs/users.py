"""The Users tab of a pool (or of a server on its own), XenCenter's RBAC page: the domain it is joined to, its
users and groups with their roles, and Join Domain / Leave Domain / Add / Change Role / Remove as commands; and
the Join Domain and role dialogs those commands open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.tree import pool_display_name, pool_is_visible
from xencenter.model.users import ROLE_NAMES, blurb, user_rows
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.base import TablePage
from xencenter.views.tabs.commands import CommandButtons, fresh
from xencenter.views.tabs.widgets import MARGIN, SPACING, TableRow

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("Tabs", "User or group"), QT_TRANSLATE_NOOP("Tabs", "Full name"), QT_TRANSLATE_NOOP("Tabs", "Type"), QT_TRANSLATE_NOOP("Tabs", "Roles"))
#: (command, button text, runs on the page's pool rather than the selected rows)
BUTTONS = (("pool.ad-join", QT_TRANSLATE_NOOP("Tabs", "Join Domain…"), True), ("pool.ad-leave", QT_TRANSLATE_NOOP("Tabs", "Leave Domain"), True),
           ("subject.add", QT_TRANSLATE_NOOP("Tabs", "Add…"), True), ("subject.change-role", QT_TRANSLATE_NOOP("Tabs", "Change Role…"), False),
           ("subject.remove", QT_TRANSLATE_NOOP("Tabs", "Remove"), False))
#: FriendlyNames' Role.*.Description, shortened to their first sentence
ROLE_HELP = {
    "pool-admin": QT_TRANSLATE_NOOP("Tabs", "Full access to all features and settings, including the server console and other users' roles."),
    "pool-operator": QT_TRANSLATE_NOOP("Tabs", "Manages pool-wide resources: storage, patches, pools."),
    "vm-power-admin": QT_TRANSLATE_NOOP("Tabs", "Creates and manages VMs, and chooses where they run."),
    "vm-admin": QT_TRANSLATE_NOOP("Tabs", "Manages VMs and templates and the storage they need."),
    "vm-operator": QT_TRANSLATE_NOOP("Tabs", "Uses existing VMs: starts, stops, reaches their consoles."),
    "read-only": QT_TRANSLATE_NOOP("Tabs", "Sees the pool, changes nothing."),
}


class UsersPage(TablePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Users")

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        row = QHBoxLayout()
        row.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        self.buttons = CommandButtons(context)
        for command_id, text, on_page in BUTTONS:
            self.buttons.add(command_id, (lambda: fresh(self.current())) if on_page else self.selected_subjects,
                             translate("Tabs", text))
        row.addWidget(self.buttons)
        row.addStretch(1)
        self.body.insertLayout(0, row)
        self.table.itemSelectionChanged.connect(self.buttons.update_state)

    def applies_to(self, selection: list[XenObject]) -> bool:
        if len(selection) != 1 or selection[0].cls not in ("pool", "host"):
            return False
        obj = selection[0]
        return obj.cls == "pool" or not pool_is_visible(obj.cache.pool(), obj.cache.count("host"))

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        return frozenset({"subject", "host", "role"})

    def selected_subjects(self) -> list[Any]:
        objects = self.current()
        if not objects:
            return []
        cache = objects[0].cache
        return [s for key in self.table.selected_keys() if (s := cache.get("subject", key)) is not None]

    def refresh(self) -> None:
        obj = self.subject()
        if obj is None:
            return
        cache = obj.cache
        is_pool = obj.cls == "pool"
        name = pool_display_name(obj) if is_pool else obj.name  # type: ignore[arg-type]  # obj is the pool
        self.header.title.setText(translate("UsersTab", "Users and Roles"))
        self.set_note(blurb(cache, name, is_pool))
        refs = {s.name: s.ref for s in cache.all("subject")}
        rows = [TableRow(refs.get(texts[0], texts[0]), texts) for texts in user_rows(cache)]
        self.show_rows(COLUMNS, rows, "")
        self.buttons.update_state()


class JoinDomainDialog(QDialog):
    """The domain, a user who may join it and the password (kept only for the call)."""

    def __init__(self, obj: XenObject, given: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UsersTab", "Join Domain"))
        self.domain = QLineEdit(str(given.get("domain") or ""))
        self.user = QLineEdit(str(given.get("domain_user") or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(translate("UsersTab", "Users of the domain can then log in to '{name}' with the roles you give "
                                "them.").format(name=obj.name))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("UsersTab", "&Domain:"), self.domain)
        form.addRow(translate("UsersTab", "&User name:"), self.user)
        form.addRow(translate("UsersTab", "&Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("UsersTab", "&Join"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.domain, self.user, self.password):
            field.setMinimumWidth(320)
            field.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._enable()

    def _enable(self) -> None:
        ok = all(f.text().strip() for f in (self.domain, self.user)) and bool(self.password.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def answer(self) -> dict[str, Any]:
        return {"domain": self.domain.text().strip(), "domain_user": self.user.text().strip(),
                "domain_password": self.password.text()}


class RoleDialog(QDialog):
    """XenCenter's role selection: one role, each with what it may do."""

    def __init__(self, who: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UsersTab", "Select Role"))
        layout = QVBoxLayout(self)
        heading = QLabel(translate("UsersTab", "Choose the role of {who}:").format(who=who))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for name, words in ROLE_NAMES.items():
            button = QRadioButton(f"{translate('Users', words)} — {translate('Tabs', ROLE_HELP[name])}")
            button.setChecked(name == current)
            self.group.addButton(button)
            self.choices[name] = button
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def role(self) -> str | None:
        return next((name for name, button in self.choices.items() if button.isChecked()), None)
