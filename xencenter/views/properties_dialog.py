"""A VM's (or template's) properties as XenCenter shows them: vertical pages on the left (General, CPUs,
Memory, Boot Options), the page on the right, OK applies.

Only what the user changed is sent (virt-manager's rule): the dialog keeps the settings it opened with and
runs the ``vm.edit`` command with the fields that differ, so an edit made meanwhile by someone else to another
field is never overwritten. The edit is an operation like any other (the Events tab shows it, with its XenAPI
calls); a failure is shown in words in the dialog, which stays open.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.naming import natural_key
from xencenter.model.summaries import MIB, size_text
from xencenter.model.vm_settings import Change, VMSettings, plan_changes
from xencenter.views.tabs.widgets import plain_label, secondary_text_color, set_warning

if TYPE_CHECKING:
    from xencenter.model.objects import VM
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

BOOT_DEVICES = (("c", "Hard Disk"), ("d", "DVD-Drive"), ("n", "Network"))
CHECKLIST_STYLE = "QListWidget::item { padding: 3px 2px; }"
MAX_VCPUS = 64
MEMORY_STEP_MIB = 128
MAX_MEMORY_MIB = 16 * 1024 * 1024  # 16 TiB, xapi's limit is far beyond any host


# ---- pages --------------------------------------------------------------------------------------------------


def _form(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setContentsMargins(16, 12, 16, 12)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def page_title(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def note_label(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {secondary_text_color(label)};")
    return label


class PageListDelegate(QStyledItemDelegate):
    """XenCenter's vertical tabs: the page's title in bold with a one-line summary under it."""

    SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        return QSize(option.rect.width(), 2 * option.fontMetrics.height() + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        style = option.widget.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                          else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(10, 6, -8, -6)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         index.data(Qt.ItemDataRole.DisplayRole))
        painter.setFont(option.font)
        if not selected:
            text_color.setAlpha(150)
        painter.setPen(text_color)
        summary = option.fontMetrics.elidedText(index.data(self.SUMMARY_ROLE) or "", Qt.TextElideMode.ElideRight,
                                                rect.width())
        painter.drawText(rect.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         summary)
        painter.restore()


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
        self.new_tag.setPlaceholderText("New tag")
        self.new_tag.returnPressed.connect(self._on_add)
        add = QPushButton("Add", self)
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


class BootOrderEditor(QWidget):
    """HVM boot devices in order, each enabled or not, moved with Up and Down."""

    def __init__(self, order: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setStyleSheet(CHECKLIST_STYLE)
        self.list.setFixedHeight(100)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        names = dict(BOOT_DEVICES)
        listed = [c for c in dict.fromkeys(order) if c in names]
        for code in listed + [c for c, _ in BOOT_DEVICES if c not in listed]:
            item = QListWidgetItem(names[code], self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in listed else Qt.CheckState.Unchecked)
        self.list.setCurrentRow(0)
        self.up = QPushButton("Move Up", self)
        self.down = QPushButton("Move Down", self)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def order(self) -> str:
        items = (self.list.item(i) for i in range(self.list.count()))
        return "".join(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)


def _mib_spin(value: int, minimum_bytes: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(max(minimum_bytes // MIB, 1), MAX_MEMORY_MIB)
    spin.setSingleStep(MEMORY_STEP_MIB)
    spin.setSuffix(" MB")
    spin.setValue(value // MIB)
    spin.setAccelerated(True)
    return spin


# ---- the dialog ---------------------------------------------------------------------------------------------


class PropertiesDialog(QDialog):
    """Signals: ``applied(list)`` with the Changes made, after OK applied them all."""

    applied = Signal(list)

    def __init__(self, context: AppContext, vm: VM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vm = vm
        self.original = VMSettings.of(vm)
        self.running = vm.power_state in ("Running", "Paused")
        self._operation: Operation | None = None
        self._planned: list[Change] = []
        self._ready = False  # pages connect signals while being built; validate once all exist
        kind = "Template" if vm.is_a_template else "VM"
        self.setWindowTitle(f"'{vm.name}' Properties")
        self.setMinimumSize(QSize(680, 460))
        self.pages = QListWidget(self)
        self.pages.setFixedWidth(190)
        self.pages.setItemDelegate(PageListDelegate(self.pages))
        self.stack = QStackedWidget(self)
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._build_general(kind)
        self._build_cpus()
        self._build_memory()
        self._build_boot()
        self.pages.setCurrentRow(0)
        self.error = plain_label("")
        self.error.setWordWrap(True)
        set_warning(self.error, True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        context.history.changed.connect(self._on_operation)
        self._ready = True
        self._validate()

    # ---- building the pages ------------------------------------------------------------------------------

    def _add_page(self, title: str, summary: str, page: QWidget) -> None:
        item = QListWidgetItem(title, self.pages)
        item.setData(PageListDelegate.SUMMARY_ROLE, summary)
        item.setToolTip(f"{title}: {summary}" if summary else title)
        self.stack.addWidget(page)

    def page_titles(self) -> list[str]:
        return [self.pages.item(i).text() for i in range(self.pages.count())]

    def show_page(self, title: str) -> None:
        self.pages.setCurrentRow(self.page_titles().index(title))

    def _build_general(self, kind: str) -> None:
        page = QWidget()
        form = _form(page)
        form.addRow(page_title(f"{kind} name, description, folder and tags"))
        self.name_edit = QLineEdit(self.original.name)
        self.description_edit = QPlainTextEdit(self.original.description)
        self.description_edit.setFixedHeight(70)
        self.folder_edit = QComboBox()
        self.folder_edit.setEditable(True)
        folders = sorted({obj.folder for cls in ("VM", "host", "SR", "network", "pool")
                          for obj in self.vm.cache.all(cls) if obj.folder} | {self.original.folder} - {""},
                         key=natural_key)
        self.folder_edit.addItems(["", *folders])
        self.folder_edit.setCurrentText(self.original.folder)
        folder_line = self.folder_edit.lineEdit()
        if folder_line is not None:
            folder_line.setPlaceholderText("Not in a folder (e.g. /Production/Web)")
        known = {tag for cls in ("VM", "host", "SR", "network", "pool") for obj in self.vm.cache.all(cls)
                 for tag in obj.tags}
        self.tag_editor = TagEditor(self.original.tags, sorted(known))
        form.addRow("Name:", self.name_edit)
        form.addRow("Description:", self.description_edit)
        form.addRow("Folder:", self.folder_edit)
        form.addRow("Tags:", self.tag_editor)
        self.name_edit.textChanged.connect(self._validate)
        self._add_page("General", self.original.name, page)

    def _build_cpus(self) -> None:
        page = QWidget()
        form = _form(page)
        form.addRow(page_title("Virtual CPUs"))
        self.vcpus_edit = QSpinBox()
        self.vcpus_max_edit = QSpinBox()
        self.vcpus_max_edit.setRange(1, max(MAX_VCPUS, self.original.vcpus_max))
        self.vcpus_max_edit.setValue(self.original.vcpus_max)
        self.vcpus_edit.setRange(self.original.vcpus_at_startup if self.running else 1, self.original.vcpus_max
                                 if self.running else max(MAX_VCPUS, self.original.vcpus_max))
        self.vcpus_edit.setValue(self.original.vcpus_at_startup)
        self.topology_edit = QComboBox()
        form.addRow("Number of vCPUs:", self.vcpus_edit)
        form.addRow("Maximum number of vCPUs:", self.vcpus_max_edit)
        form.addRow("Topology:", self.topology_edit)
        if self.running:
            self.vcpus_max_edit.setEnabled(False)
            self.topology_edit.setEnabled(False)
            form.addRow(note_label("The VM is running: you can add vCPUs up to the maximum now; shut it down to "
                              "change the maximum or the topology."))
        self.vcpus_max_edit.valueChanged.connect(self._fill_topology)
        self.vcpus_edit.valueChanged.connect(self._validate)
        self.topology_edit.currentIndexChanged.connect(self._validate)
        self._fill_topology()
        count = self.original.vcpus_at_startup
        self._add_page("CPUs", f"{count} vCPU{'s' if count != 1 else ''}", page)

    def _fill_topology(self) -> None:
        maximum = self.vcpus_max_edit.value()
        current = self.topology_edit.currentData() or self.original.cores_per_socket
        self.topology_edit.blockSignals(True)
        self.topology_edit.clear()
        for cores in (c for c in range(1, maximum + 1) if maximum % c == 0):
            sockets = maximum // cores
            self.topology_edit.addItem(
                f"{sockets} socket{'s' if sockets != 1 else ''} with {cores} core{'s' if cores != 1 else ''} "
                "per socket", cores)
        index = self.topology_edit.findData(current)
        self.topology_edit.setCurrentIndex(max(index, 0))
        self.topology_edit.blockSignals(False)
        if not self.running:
            self.vcpus_edit.setMaximum(maximum)
        self._validate()

    def _build_memory(self) -> None:
        page = QWidget()
        form = _form(page)
        form.addRow(page_title("Memory"))
        o = self.original
        self.static_min_label = plain_label(size_text(o.memory_static_min))
        self.dynamic_min_edit = _mib_spin(o.memory_dynamic_min)
        self.dynamic_max_edit = _mib_spin(o.memory_dynamic_max)
        self.static_max_edit = _mib_spin(o.memory_static_max)
        form.addRow("Static minimum:", self.static_min_label)
        form.addRow("Dynamic minimum:", self.dynamic_min_edit)
        form.addRow("Dynamic maximum:", self.dynamic_max_edit)
        form.addRow("Static maximum:", self.static_max_edit)
        form.addRow(note_label("With a dynamic range, the server may lower the VM's memory down to the dynamic "
                          "minimum when it needs memory for other VMs (Dynamic Memory Control)."))
        if self.running:
            self.static_max_edit.setEnabled(False)
            form.addRow(note_label("The VM is running: the dynamic range can change now; shut it down to change "
                              "the static maximum."))
        for spin in (self.dynamic_min_edit, self.dynamic_max_edit, self.static_max_edit):
            spin.valueChanged.connect(self._validate)
        self._add_page("Memory", size_text(o.memory_static_max), page)

    def _build_boot(self) -> None:
        page = QWidget()
        form = _form(page)
        form.addRow(page_title("Boot Options"))
        self.boot_editor: BootOrderEditor | None = None
        self.pv_args_edit: QLineEdit | None = None
        if self.vm.is_hvm:
            self.boot_editor = BootOrderEditor(self.original.boot_order)
            form.addRow("Boot order:", self.boot_editor)
            form.addRow(note_label("Tick the devices to boot from and put them in order."))
        else:
            self.pv_args_edit = QLineEdit(self.original.pv_args)
            form.addRow("OS boot parameters:", self.pv_args_edit)
        summary = ", ".join(dict(BOOT_DEVICES)[c] for c in self.original.boot_order if c in dict(BOOT_DEVICES))
        self._add_page("Boot Options", summary or ("PV boot" if not self.vm.is_hvm else ""), page)

    # ---- reading the edits ---------------------------------------------------------------------------------

    def edited(self) -> VMSettings:
        """The settings as the user has edited them (unchanged fields keep their original values)."""
        o = self.original

        def memory(spin: QSpinBox, original: int) -> int:
            return original if spin.value() == original // MIB else spin.value() * MIB

        return replace(
            o,
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText(),
            folder=_folder_path(self.folder_edit.currentText()),
            tags=self.tag_editor.tags(o.tags),
            vcpus_at_startup=self.vcpus_edit.value(),
            vcpus_max=self.vcpus_max_edit.value(),
            cores_per_socket=self.topology_edit.currentData() or o.cores_per_socket,
            memory_dynamic_min=memory(self.dynamic_min_edit, o.memory_dynamic_min),
            memory_dynamic_max=memory(self.dynamic_max_edit, o.memory_dynamic_max),
            memory_static_max=memory(self.static_max_edit, o.memory_static_max),
            boot_order=self.boot_editor.order() if self.boot_editor is not None else o.boot_order,
            pv_args=self.pv_args_edit.text() if self.pv_args_edit is not None else o.pv_args,
        )

    def planned_calls(self) -> list[Change]:
        return plan_changes(self.vm.ref, self.original, self.edited(), self.running)

    def changed_params(self) -> dict[str, Any]:
        """The ``vm.edit`` parameters for what the user changed (nothing else is sent)."""
        o, e = self.original, self.edited()
        params: dict[str, Any] = {}
        for name, field in (("name", "name"), ("description", "description"), ("folder", "folder"),
                            ("vcpus", "vcpus_at_startup"), ("vcpus_max", "vcpus_max"),
                            ("cores_per_socket", "cores_per_socket"), ("boot_order", "boot_order"),
                            ("pv_args", "pv_args")):
            if getattr(e, field) != getattr(o, field):
                params[name] = getattr(e, field)
        if e.tags != o.tags:
            params["tags"] = list(e.tags)
        for name, field in (("memory_dynamic_min_mib", "memory_dynamic_min"),
                            ("memory_dynamic_max_mib", "memory_dynamic_max"),
                            ("memory_static_max_mib", "memory_static_max")):
            if getattr(e, field) != getattr(o, field):
                params[name] = getattr(e, field) // MIB
        return params

    def _problem(self) -> str:
        edited = self.edited()
        if not edited.name.strip():
            return "The name cannot be empty."
        if self.boot_editor is not None and not edited.boot_order:
            return "Tick at least one boot device."
        return edited.cpu_problem() or edited.memory_problem()

    def _validate(self, *args: Any) -> None:
        if not self._ready:
            return
        problem = self._problem()
        self._show_error(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem and self._operation is None)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ---- applying ------------------------------------------------------------------------------------------

    def _on_ok(self) -> None:
        if self._problem() or self._operation is not None:
            return
        calls = self.planned_calls()
        if not calls:
            self.accept()
            return
        connection = self.context.connections.connection_of(self.vm)
        if connection is None or connection.session is None:
            self._show_error("Not connected to the server: reconnect, then try again.")
            return
        vm = self.vm.cache.get("VM", self.vm.ref) or self.vm  # a VM gone meanwhile: the server says so, in words
        operations = self.context.commands["vm.edit"].run([vm], self.context, **self.changed_params())
        if not operations:
            self.accept()
            return
        self._operation, self._planned = operations[0], calls
        self._operation.report = False  # its failure is shown here, in the dialog that stays open
        self._set_busy(True)
        self._on_operation(self._operation)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Saving…" if busy else "OK")
        self.pages.setEnabled(not busy)
        self.stack.setEnabled(not busy)

    def _on_operation(self, op: Operation) -> None:
        if op is not self._operation or not op.status.finished:
            return
        self._operation = None
        if op.status.value == "success":
            self.applied.emit(self._planned)
            self.accept()
            return
        self._set_busy(False)
        self._show_error(op.error or "The changes were not saved.")
        self.error.setToolTip(op.details)

    def reject(self) -> None:
        if self._operation is not None:
            self._operation.report = True  # nobody here to read its outcome: the Events tab and errors tell
            self._operation = None
        super().reject()


def _folder_path(text: str) -> str:
    """``Production/Web/`` -> ``/Production/Web``; blank means no folder."""
    parts = [p.strip() for p in text.strip().split("/") if p.strip()]
    return "/" + "/".join(parts) if parts else ""


__all__ = ["PropertiesDialog"]
