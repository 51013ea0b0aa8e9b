"""The pages every object's Properties have: General (name, description, folder, tags) and Custom Fields
(XenCenter's custom fields, defined in the pool's ``gui_config``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.naming import natural_key
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.model.xensearch.customfields import definitions
from xencenter.views.properties.frame import EditPage, form_layout, note_label, page_title

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject

translate = QCoreApplication.translate

CHECKLIST_STYLE = "QListWidget::item { padding: 3px 2px; }"
FOLDER_CLASSES = ("VM", "host", "SR", "network", "pool")


class TagEditor(QWidget):
    """Tags as a checklist of every tag in use in the pool, plus a field to add a new one."""

    def __init__(self, tags: tuple[str, ...], known: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setStyleSheet(CHECKLIST_STYLE)
        self.list.setMinimumHeight(110)
        for tag in sorted(set(known) | set(tags), key=natural_key):
            self._add_item(tag, tag in tags)
        self.new_tag = QLineEdit(self)
        self.new_tag.setPlaceholderText(translate("PropertiesDialog", "New tag"))
        self.new_tag.returnPressed.connect(self._on_add)
        add = QPushButton(translate("PropertiesDialog", "Add"), self)
        add.clicked.connect(self._on_add)
        row = QHBoxLayout()
        row.addWidget(self.new_tag, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _add_item(self, tag: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(tag, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _on_add(self) -> None:
        tag = self.new_tag.text().strip()
        if not tag:
            return
        existing = self.list.findItems(tag, Qt.MatchFlag.MatchExactly)
        item = existing[0] if existing else self._add_item(tag, True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.scrollToItem(item)
        self.new_tag.clear()

    def set_checked(self, tag: str, checked: bool) -> None:
        items = self.list.findItems(tag, Qt.MatchFlag.MatchExactly)
        item = items[0] if items else self._add_item(tag, checked)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def tags(self, original: tuple[str, ...]) -> tuple[str, ...]:
        """The checked tags, in the VM's original order first (so an unchanged list compares equal)."""
        checked = [self.list.item(i).text() for i in range(self.list.count())
                   if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return tuple([t for t in original if t in checked] + [t for t in checked if t not in original])


def folder_path(text: str) -> str:
    """``Production/Web/`` -> ``/Production/Web``; blank means no folder."""
    parts = [p.strip() for p in text.strip().split("/") if p.strip()]
    return "/" + "/".join(parts) if parts else ""



class GeneralPage(EditPage):
    """Name, description, folder and tags; ``heading`` names the kind ("Server name, description, ...")."""

    title = QT_TRANSLATE_NOOP("PropertiesDialog", "General")

    def __init__(self, obj: XenObject, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.obj = obj
        self.original = (obj.name, obj.description, obj.folder, tuple(obj.tags))
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "{kind} name, description, folder and tags").format(
            kind=kind)))
        self.name_edit = QLineEdit(obj.name)
        self.description_edit = QPlainTextEdit(obj.description)
        self.description_edit.setFixedHeight(70)
        self.folder_edit = QComboBox()
        self.folder_edit.setEditable(True)
        cache = obj.cache
        folders = sorted({o.folder for cls in FOLDER_CLASSES for o in cache.all(cls) if o.folder} | {obj.folder} - {""},
                         key=natural_key)
        self.folder_edit.addItems(["", *folders])
        self.folder_edit.setCurrentText(obj.folder)
        folder_line = self.folder_edit.lineEdit()
        if folder_line is not None:
            folder_line.setPlaceholderText(translate("PropertiesDialog", "Not in a folder (e.g. /Production/Web)"))
        known = {tag for cls in FOLDER_CLASSES for o in cache.all(cls) for tag in o.tags}
        self.tag_editor = TagEditor(tuple(obj.tags), sorted(known))
        form.addRow(translate("PropertiesDialog", "Name:"), self.name_edit)
        form.addRow(translate("PropertiesDialog", "Description:"), self.description_edit)
        form.addRow(translate("PropertiesDialog", "Folder:"), self.folder_edit)
        form.addRow(translate("PropertiesDialog", "Tags:"), self.tag_editor)
        self.name_edit.textChanged.connect(self.changed)
        self.description_edit.textChanged.connect(self.changed)
        self.folder_edit.currentTextChanged.connect(self.changed)
        self.tag_editor.list.itemChanged.connect(self.changed)

    def summary(self) -> str:
        return self.obj.name

    def values(self) -> tuple[str, str, str, tuple[str, ...]]:
        return (self.name_edit.text(), self.description_edit.toPlainText(),
                folder_path(self.folder_edit.currentText()), self.tag_editor.tags(self.original[3]))

    def params(self) -> dict[str, Any]:
        params: dict[str, Any] = {}
        for key, before, after in zip(("name", "description", "folder", "tags"), self.original, self.values()):
            if after != before:
                params[key] = list(after) if key == "tags" else after
        return params

    def problem(self) -> str:
        return "" if self.name_edit.text().strip() else translate("PropertiesDialog", "The name cannot be empty.")


class CustomFieldsPage(EditPage):
    """One field per custom field the pool defines (a date as ``YYYY-MM-DD HH:MM:SS``); empty clears it."""

    title = QT_TRANSLATE_NOOP("PropertiesDialog", "Custom Fields")

    def __init__(self, obj: XenObject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.obj = obj
        self.original = obj.custom_fields
        self.edits: dict[str, QLineEdit] = {}
        form = form_layout(self)
        form.addRow(page_title(translate("PropertiesDialog", "Custom fields")))
        fields = definitions(obj.cache)
        for field in fields:
            edit = QLineEdit(self.original.get(field.name, ""))
            if field.is_date:
                edit.setPlaceholderText("YYYY-MM-DD HH:MM:SS")
            edit.textChanged.connect(self.changed)
            self.edits[field.name] = edit
            form.addRow(f"{field.name}:", edit)
        if not fields:
            form.addRow(note_label(translate("PropertiesDialog", "The pool defines no custom fields. XenCenter users define them with "
                                   "\"Edit Custom Fields\"; their values show here and in searches.")))

    def summary(self) -> str:
        count = sum(1 for v in self.original.values() if v)
        if not count:
            return translate("PropertiesDialog", "None set")
        return translate("PropertiesDialog", "1 field set") if count == 1 else translate(
            "PropertiesDialog", "{count} fields set").format(count=count)

    def params(self) -> dict[str, Any]:
        changed = [f"{name}={edit.text().strip()}" for name, edit in self.edits.items()
                   if edit.text().strip() != self.original.get(name, "")]
        return {"custom": changed} if changed else {}
