"""A VM's (or template's) properties as XenCenter shows them: vertical pages on the left (General, CPUs,
Memory, Boot Options), the page on the right, OK applies.

Only what the user changed is sent (virt-manager's rule): the dialog keeps the settings it opened with,
``plan_changes`` compares them with the edited ones and returns the xapi calls for the differences, so an
edit made meanwhile by someone else to another field is never overwritten. The calls run in order on a
worker through the connection's session; a failure is shown in words in the dialog, which stays open.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
from xencenter.model.summaries import MIB, size_text, vm_cpus
from xencenter.operations.background import report_progress, run_in_background
from xencenter.operations.history import explain_failure
from xencenter.views.tabs.widgets import plain_label, secondary_text_color, set_warning

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.model.objects import VM
    from xencenter.xenapi.session import Session

BOOT_DEVICES = (("c", "Hard Disk"), ("d", "DVD-Drive"), ("n", "Network"))
CHECKLIST_STYLE = "QListWidget::item { padding: 3px 2px; }"
MAX_VCPUS = 64
MEMORY_STEP_MIB = 128
MAX_MEMORY_MIB = 16 * 1024 * 1024  # 16 TiB, xapi's limit is far beyond any host


# ---- what can be edited, and the calls that apply an edit ---------------------------------------------------


@dataclass(frozen=True)
class VMSettings:
    """The editable properties of a VM; compared field by field to find what the user changed."""

    name: str
    description: str
    folder: str
    tags: tuple[str, ...]
    vcpus_at_startup: int
    vcpus_max: int
    cores_per_socket: int
    memory_static_min: int
    memory_static_max: int
    memory_dynamic_min: int
    memory_dynamic_max: int
    boot_order: str  # HVM ``HVM_boot_params["order"]`` (e.g. "dcn"), "" for PV VMs
    pv_args: str

    @classmethod
    def of(cls, vm: VM) -> VMSettings:
        cpus = vm_cpus(vm)
        return cls(
            name=vm.name,
            description=vm.description,
            folder=vm.folder,
            tags=tuple(vm.tags),
            vcpus_at_startup=cpus.at_startup,
            vcpus_max=cpus.maximum,
            cores_per_socket=cpus.cores_per_socket,
            memory_static_min=vm.memory_static_min,
            memory_static_max=vm.memory_static_max,
            memory_dynamic_min=vm.memory_dynamic_min,
            memory_dynamic_max=vm.memory_dynamic_max,
            boot_order=(vm.HVM_boot_params.get("order") or "cd").lower() if vm.is_hvm else "",
            pv_args=vm.PV_args or "",
        )

    def memory_problem(self) -> str:
        """Why the memory settings are impossible ("" when they are fine), xapi's constraint in words."""
        if not (self.memory_static_min <= self.memory_dynamic_min <= self.memory_dynamic_max
                <= self.memory_static_max):
            return ("Memory must satisfy: static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum "
                    f"(static minimum is {size_text(self.memory_static_min)}).")
        return ""

    def cpu_problem(self) -> str:
        if self.vcpus_at_startup > self.vcpus_max:
            return "The number of vCPUs cannot exceed the maximum."
        if self.vcpus_max % self.cores_per_socket:
            return f"{self.vcpus_max} vCPUs cannot be split into sockets of {self.cores_per_socket} cores."
        return ""


@dataclass(frozen=True)
class Call:
    """One xapi call (the session is added by the caller) and what it changes, for messages."""

    method: str
    args: tuple[Any, ...]
    what: str


def _map_entry(method_prefix: str, ref: str, key: str, value: str, what: str) -> list[Call]:
    """Set one key of a map field: remove it, then add the new value (xapi refuses duplicate keys)."""
    calls = [Call(f"VM.remove_from_{method_prefix}", (ref, key), what)]
    if value:
        calls.append(Call(f"VM.add_to_{method_prefix}", (ref, key, value), what))
    return calls


def plan_changes(ref: str, before: VMSettings, after: VMSettings, running: bool) -> list[Call]:
    """The calls that turn ``before`` into ``after``, touching only the fields that differ.

    ``running``: only what xapi allows on a live VM (dynamic memory range, more vCPUs up to the maximum).
    """
    calls: list[Call] = []
    if after.name != before.name:
        calls.append(Call("VM.set_name_label", (ref, after.name), "the name"))
    if after.description != before.description:
        calls.append(Call("VM.set_name_description", (ref, after.description), "the description"))
    if after.folder != before.folder:
        calls += _map_entry("other_config", ref, "folder", after.folder, "the folder")
    for tag in after.tags:
        if tag not in before.tags:
            calls.append(Call("VM.add_tags", (ref, tag), f"the tag '{tag}'"))
    for tag in before.tags:
        if tag not in after.tags:
            calls.append(Call("VM.remove_tags", (ref, tag), f"the tag '{tag}'"))
    calls += _cpu_calls(ref, before, after, running)
    calls += _memory_calls(ref, before, after, running)
    if after.boot_order != before.boot_order:
        calls += _map_entry("HVM_boot_params", ref, "order", after.boot_order, "the boot order")
    if after.pv_args != before.pv_args:
        calls.append(Call("VM.set_PV_args", (ref, after.pv_args), "the boot parameters"))
    return calls


def _cpu_calls(ref: str, before: VMSettings, after: VMSettings, running: bool) -> list[Call]:
    what = "the number of vCPUs"
    if running:
        if after.vcpus_at_startup != before.vcpus_at_startup:
            return [Call("VM.set_VCPUs_number_live", (ref, after.vcpus_at_startup), what)]
        return []
    calls: list[Call] = []
    startup = Call("VM.set_VCPUs_at_startup", (ref, after.vcpus_at_startup), what)
    maximum = Call("VM.set_VCPUs_max", (ref, after.vcpus_max), "the maximum number of vCPUs")
    if after.vcpus_max > before.vcpus_max:
        calls.append(maximum)  # raise the ceiling first, so that at_startup <= max holds at every step
    if after.vcpus_at_startup != before.vcpus_at_startup:
        calls.append(startup)
    if after.vcpus_max < before.vcpus_max:
        calls.append(maximum)
    if after.cores_per_socket != before.cores_per_socket:
        calls += _map_entry("platform", ref, "cores-per-socket", str(after.cores_per_socket), "the topology")
    return calls


def _memory_calls(ref: str, before: VMSettings, after: VMSettings, running: bool) -> list[Call]:
    dynamic = (after.memory_dynamic_min, after.memory_dynamic_max)
    static = (after.memory_static_min, after.memory_static_max)
    if static == (before.memory_static_min, before.memory_static_max):
        if dynamic == (before.memory_dynamic_min, before.memory_dynamic_max):
            return []
        return [Call("VM.set_memory_dynamic_range", (ref, *dynamic), "the memory")]
    if running:
        return []  # the static range of a running VM is fixed; the page does not offer it
    return [Call("VM.set_memory_limits", (ref, *static, *dynamic), "the memory")]


class ApplyFailed(Exception):
    """Call ``failed`` raised ``cause``; the calls in ``done`` were applied before it."""

    def __init__(self, failed: Call, done: list[Call], cause: BaseException) -> None:
        super().__init__(failed.method)
        self.failed, self.done, self.cause = failed, done, cause


def apply_calls(session: Session, calls: list[Call]) -> list[Call]:
    """Make the calls in order (on a worker); returns them, or raises ApplyFailed at the first failure."""
    done: list[Call] = []
    for index, call in enumerate(calls):
        report_progress(index / len(calls), call.what)
        try:
            session.call(call.method, *call.args)
        except Exception as exc:
            raise ApplyFailed(call, done, exc) from exc
        done.append(call)
    return done


# ---- pages --------------------------------------------------------------------------------------------------


def _form(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setContentsMargins(16, 12, 16, 12)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _page_title(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _note(text: str) -> QLabel:
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
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def move(self, step: int) -> None:
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
    """Signals: ``applied(list)`` with the Calls made, after OK applied them all."""

    applied = Signal(list)

    def __init__(self, vm: VM, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.connection = connection
        self.original = VMSettings.of(vm)
        self.running = vm.power_state in ("Running", "Paused")
        self._task: Any = None
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
        form.addRow(_page_title(f"{kind} name, description, folder and tags"))
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
        self.folder_edit.lineEdit().setPlaceholderText("Not in a folder (e.g. /Production/Web)")
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
        form.addRow(_page_title("Virtual CPUs"))
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
            form.addRow(_note("The VM is running: you can add vCPUs up to the maximum now; shut it down to "
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
        form.addRow(_page_title("Memory"))
        o = self.original
        self.static_min_label = plain_label(size_text(o.memory_static_min))
        self.dynamic_min_edit = _mib_spin(o.memory_dynamic_min)
        self.dynamic_max_edit = _mib_spin(o.memory_dynamic_max)
        self.static_max_edit = _mib_spin(o.memory_static_max)
        form.addRow("Static minimum:", self.static_min_label)
        form.addRow("Dynamic minimum:", self.dynamic_min_edit)
        form.addRow("Dynamic maximum:", self.dynamic_max_edit)
        form.addRow("Static maximum:", self.static_max_edit)
        form.addRow(_note("With a dynamic range, the server may lower the VM's memory down to the dynamic "
                          "minimum when it needs memory for other VMs (Dynamic Memory Control)."))
        if self.running:
            self.static_max_edit.setEnabled(False)
            form.addRow(_note("The VM is running: the dynamic range can change now; shut it down to change "
                              "the static maximum."))
        for spin in (self.dynamic_min_edit, self.dynamic_max_edit, self.static_max_edit):
            spin.valueChanged.connect(self._validate)
        self._add_page("Memory", size_text(o.memory_static_max), page)

    def _build_boot(self) -> None:
        page = QWidget()
        form = _form(page)
        form.addRow(_page_title("Boot Options"))
        self.boot_editor: BootOrderEditor | None = None
        self.pv_args_edit: QLineEdit | None = None
        if self.vm.is_hvm:
            self.boot_editor = BootOrderEditor(self.original.boot_order)
            form.addRow("Boot order:", self.boot_editor)
            form.addRow(_note("Tick the devices to boot from and put them in order."))
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

    def planned_calls(self) -> list[Call]:
        return plan_changes(self.vm.ref, self.original, self.edited(), self.running)

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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem and self._task is None)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ---- applying ------------------------------------------------------------------------------------------

    def _on_ok(self) -> None:
        if self._problem() or self._task is not None:
            return
        calls = self.planned_calls()
        if not calls:
            self.accept()
            return
        session = self.connection.session if self.connection is not None else None
        if session is None:
            self._show_error("Not connected to the server: reconnect, then try again.")
            return
        self._set_busy(True)
        self._task = run_in_background(lambda: apply_calls(session, calls), on_success=self._on_applied,
                                       on_failure=self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Saving…" if busy else "OK")
        self.pages.setEnabled(not busy)
        self.stack.setEnabled(not busy)

    def _on_applied(self, done: list[Call]) -> None:
        self._task = None
        self.applied.emit(done)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, ApplyFailed):
            words, details = explain_failure(exc.cause, self._name_of)
            saved = sorted({c.what for c in exc.done} - {exc.failed.what})
            text = f"Could not change {exc.failed.what}: {words}"
            if saved:
                text += f" (Saved: {', '.join(saved)}.)"
        else:
            words, details = explain_failure(exc, self._name_of)
            text = words
        self._show_error(text)
        self.error.setToolTip(details)

    def _name_of(self, ref: str) -> str | None:
        for cls in ("VM", "host", "SR", "network"):
            record = self.vm.cache.record(cls, ref)
            if record is not None:
                return record.get("name_label") or None
        return None

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()  # the calls already sent stay made; no callback reaches a closed dialog
            self._task = None
        super().reject()


def _folder_path(text: str) -> str:
    """``Production/Web/`` -> ``/Production/Web``; blank means no folder."""
    parts = [p.strip() for p in text.strip().split("/") if p.strip()]
    return "/" + "/".join(parts) if parts else ""


__all__ = ["ApplyFailed", "Call", "PropertiesDialog", "VMSettings", "apply_calls", "plan_changes"]
