"""Building blocks of the tab pages: page headers, collapsible sections of label/value rows, copyable
plain-text values, usage bars and object tables.

Every text that comes from a server (names, descriptions, tags) is shown as plain text: a VM named
``<b>x</b>`` must read exactly that, never bold. The only rich-text labels are help links, whose text is
ours and escaped anyway.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.views.theme import styled

translate = QCoreApplication.translate

#: XenCenter's warning red, readable on light and dark backgrounds.
WARNING_RED = "#c62828"
SECTION_HEADER_STYLE = """
QToolButton#sectionHeader {
    border: none; border-bottom: 1px solid palette(mid); padding: 5px 6px; text-align: left;
    font-weight: bold; background: palette(alternate-base);
}
QToolButton#sectionHeader:hover { background: palette(midlight); }
"""
PAGE_HEADER_STYLE = """
QFrame#pageHeader {
    border: none; border-bottom: 1px solid $band_line;
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 $band_top, stop:1 $band_bottom);
}
QFrame#pageHeader QLabel { color: $band_text; background: transparent; }
QFrame#pageHeader QLabel#pageSubtitle { color: $band_muted; }
"""
#: Values longer than this wrap; shorter ones stay on one line (wrapping labels in a grid get uneven
#: heights from Qt's height-for-width guess).
WRAP_AT = 60
TABLE_STYLE = """
QTreeView::item { padding: 3px 4px; }
QHeaderView::section { padding: 4px 6px; }
"""
SPACING = 8
MARGIN = 12


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that can never interpret its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def secondary_text_color(widget: QWidget) -> str:
    """The colour of row labels: the text colour two thirds of the way from the background."""
    palette = widget.palette()
    text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mix = QColor(
        round(text.red() * 0.65 + back.red() * 0.35),
        round(text.green() * 0.65 + back.green() * 0.35),
        round(text.blue() * 0.65 + back.blue() * 0.35),
    )
    return mix.name()


def set_warning(label: QLabel, warning: bool) -> None:
    """Red text for a warning (through the style sheet, so application styles cannot hide it)."""
    label.setProperty("warning", warning)
    label.setStyleSheet(f"color: {WARNING_RED};" if warning else "")


def is_warning(label: QLabel) -> bool:
    return bool(label.property("warning"))


class ValueLabel(QLabel):
    """A value the user can select with the mouse or keyboard and copy from a context menu."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(len(text) > WRAP_AT)
        if self.wordWrap():
            # A run without spaces (a 10,000-character name, a key) cannot wrap: rather than widen the whole
            # page to fit it, it is clipped; it stays selectable and copyable in full.
            self.setMinimumWidth(1)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def copy_text(self) -> str:
        """The selection if there is one, else the whole value."""
        return self.selectedText() or self.text()

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(translate("Tabs", "Copy"), lambda: copy_to_clipboard(self.copy_text()))
        menu.exec(self.mapToGlobal(pos))


class LinkLabel(QLabel):
    """A help link: ``text`` is escaped, clicking opens ``url`` in the browser."""

    def __init__(self, text: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>')
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(lambda href: QDesktopServices.openUrl(QUrl(href)))
        self.link_text = text


@dataclass(frozen=True, slots=True)
class ValueLine:
    """One line of a row's value: red for warnings, an optional help link below it."""

    text: str
    red: bool = False
    link_text: str | None = None
    link_url: str | None = None


class CollapsibleSection(QWidget):
    """XenCenter's General-tab box: a header that folds the rows below it.

    Signals: ``toggled(str, bool)`` (title, expanded) when the user folds or unfolds the section.
    """

    toggled = Signal(str, bool)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.header = QToolButton(self)
        self.header.setObjectName("sectionHeader")
        self.header.setStyleSheet(SECTION_HEADER_STYLE)
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.toggled.connect(self._on_header_toggled)
        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(MARGIN + 10, SPACING, MARGIN, SPACING + 4)
        self.grid.setHorizontalSpacing(2 * SPACING + 8)
        self.grid.setVerticalSpacing(SPACING - 2)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.labels: list[QLabel] = []
        self.values: list[list[QLabel]] = []

    @property
    def expanded(self) -> bool:
        return self.header.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.header.setChecked(expanded)

    def _on_header_toggled(self, expanded: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self.toggled.emit(self.title, expanded)

    def add_row(self, label: str, lines: Sequence[ValueLine]) -> list[QLabel]:
        """A row: the label on the left, one selectable label per value line (and its link) on the right."""
        row = self.grid.rowCount()
        name = plain_label(f"{label}:", self.body)
        name.setStyleSheet(f"color: {secondary_text_color(name)};")
        name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        cell = QWidget(self.body)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        widgets: list[QLabel] = []
        for line in lines:
            value = ValueLabel(line.text, cell)
            set_warning(value, line.red)
            column.addWidget(value)
            widgets.append(value)
            if line.link_text and line.link_url:
                link = LinkLabel(line.link_text, line.link_url, cell)
                column.addWidget(link)
                widgets.append(link)
        self.grid.addWidget(cell, row, 1, Qt.AlignmentFlag.AlignTop)
        self.labels.append(name)
        self.values.append(widgets)
        return widgets

    def label_width_hint(self) -> int:
        return max((label.sizeHint().width() for label in self.labels), default=0)

    def set_label_width(self, width: int) -> None:
        """Align the value column with the other sections of the page."""
        self.grid.setColumnMinimumWidth(0, width)


class PageHeader(QFrame):
    """The band at the top of a tab: the page's title and the selected object's name, plus buttons."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        styled(self, PAGE_HEADER_STYLE)
        self.setAutoFillBackground(True)
        self.title = plain_label(title, self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label("", self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.hide()
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(SPACING)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(MARGIN, SPACING + 2, MARGIN, SPACING + 2)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        layout.addLayout(text, 1)
        layout.addLayout(self.buttons)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def add_button(self, text: str, slot: Callable[[], Any], tooltip: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tooltip)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button


def scroll_area(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """A frameless scroll area on the base (white) background, like XenCenter's property panes."""
    area = QScrollArea(parent)
    area.setBackgroundRole(QPalette.ColorRole.Base)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def message_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A centred, wrapped notice for pages with nothing to list."""
    label = plain_label(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(dark); padding: 24px;")
    return label


# ---- bars --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BarSegment:
    value: float
    color: str
    label: str = ""


#: Alternating segment colours for many VMs on one host bar (XenCenter's light/dark green pairs).
VM_COLORS = ("#4caf50", "#81c784", "#388e3c", "#a5d6a7")
SERVER_COLOR = "#5c6bc0"
FREE_COLOR = "#e0e0e0"
RANGE_COLOR = "#ffb74d"


class UsageBar(QWidget):
    """A horizontal bar of coloured segments over a total; a segment's label shows on hover and, when it
    fits, inside the bar. An optional range marks a dynamic memory range under the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = 0.0
        self.segments: list[BarSegment] = []
        self.range: tuple[float, float] | None = None
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_data(self, total: float, segments: Sequence[BarSegment],
                 value_range: tuple[float, float] | None = None) -> None:
        self.total = float(total)
        self.segments = list(segments)
        self.range = value_range
        self.setMinimumHeight(34 if value_range else 26)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.minimumHeight())

    def _bar_rect(self) -> QRectF:
        height = 22
        return QRectF(0.5, 0.5, self.width() - 1.0, height)

    def _segment_rects(self) -> list[tuple[BarSegment, QRectF]]:
        bar = self._bar_rect()
        if self.total <= 0:
            return []
        rects, x = [], bar.left()
        for segment in self.segments:
            width = bar.width() * max(segment.value, 0.0) / self.total
            width = min(width, bar.right() - x)
            rects.append((segment, QRectF(x, bar.top(), width, bar.height())))
            x += width
        return rects

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        bar = self._bar_rect()
        painter.fillRect(bar, QColor(FREE_COLOR))
        metrics = painter.fontMetrics()
        for segment, rect in self._segment_rects():
            painter.fillRect(rect, QColor(segment.color))
            painter.setPen(QColor("#ffffff"))
            painter.drawLine(rect.topRight(), rect.bottomRight())
            text = segment.label
            if text and metrics.horizontalAdvance(text) + 8 < rect.width():
                painter.setPen(QColor("#1b1b1b"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        if self.range is not None and self.total > 0:
            low, high = self.range
            x0 = bar.left() + bar.width() * low / self.total
            x1 = bar.left() + bar.width() * high / self.total
            y = bar.bottom() + 6
            painter.setPen(QColor(RANGE_COLOR).darker(130))
            painter.setBrush(QColor(RANGE_COLOR))
            painter.drawRect(QRectF(x0, y - 2, max(x1 - x0, 2.0), 4))
        painter.end()

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip:
            for segment, rect in self._segment_rects():
                if rect.contains(event.position() if hasattr(event, "position") else event.pos()):
                    self.setToolTip(segment.label)
                    break
            else:
                self.setToolTip("")
        return super().event(event)


# ---- tables ------------------------------------------------------------------------------------------------


class SortItem(QTreeWidgetItem):
    """Sorts by the value stored under ``SORT_ROLE`` (sizes as numbers, names naturally) when present."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, self.SORT_ROLE), other.data(column, self.SORT_ROLE)
        if mine is not None and theirs is not None:
            try:
                return mine < theirs
            except TypeError:
                pass
        return self.text(column).casefold() < other.text(column).casefold()


@dataclass(slots=True)
class TableRow:
    """One row of an ``ObjectTable``: an identity (kept selected across refreshes), texts, sort keys."""

    key: Any
    texts: Sequence[str]
    sort_keys: Sequence[Any] | None = None
    red_columns: Sequence[int] = ()
    children: Sequence[TableRow] = ()
    #: An ``icons.icon_key`` for the first cell ("" for none); ``bold`` for a row that stands out ("Now").
    icon: str = ""
    bold: bool = False


#: The widest a column is made to fit its content (the user may widen it further).
MAX_COLUMN_WIDTH = 420


class ObjectTable(QTreeWidget):
    """A sortable list of objects whose rows are replaced on refresh while keeping selection and sort.

    Cells are plain text by construction (QTreeWidgetItem never interprets HTML). "Copy" copies the
    selected rows as tab-separated text.
    """

    KEY_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, columns: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(columns))
        self.setHeaderLabels([translate("Tabs", c) for c in columns])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(120)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(TABLE_STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self._sized = False

    def set_rows(self, rows: Sequence[TableRow]) -> None:
        selected = set(self.selected_keys())
        item = self.currentItem()
        current = item.data(0, self.KEY_ROLE) if item is not None else None
        self.setUpdatesEnabled(False)
        sorting = self.isSortingEnabled()
        self.setSortingEnabled(False)
        self.clear()
        items = [self._item(row) for row in rows]
        self.addTopLevelItems(items)
        self.expandAll()
        self.setSortingEnabled(sorting)
        for item in self._all_items():
            key = item.data(0, self.KEY_ROLE)
            if key in selected:
                item.setSelected(True)
            if key == current:
                self.setCurrentItem(item, 0, self.selectionModel().SelectionFlag.NoUpdate)
        self.setRootIsDecorated(any(row.children for row in rows))
        if rows and self.viewport().width() >= 300:
            self._fit_columns(first=not self._sized)
            self._sized = True
        self.setUpdatesEnabled(True)

    def _fit_columns(self, first: bool) -> None:
        """Columns as wide as their header and rows need (nesting included, capped): the first time squeezed to
        the view's width by narrowing the widest ones, later only ever widened (a longer name, a deeper
        branch), so a width the user chose stays; the last column takes what is left."""
        header = self.header()
        needed = [min(max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) + 12, MAX_COLUMN_WIDTH)
                  for c in range(self.columnCount() - 1)]
        if first:
            available = max(self.viewport().width(), 400)
            widths = list(needed)
            while widths and sum(widths) + 60 > available and max(widths) > 90:
                widths[widths.index(max(widths))] -= 10
            for column, width in enumerate(widths):
                self.setColumnWidth(column, width)
            return
        for column, width in enumerate(needed):
            if header.sectionSize(column) < width:
                self.setColumnWidth(column, width)

    def resizeEvent(self, event: Any) -> None:
        """Fit the columns once the view has its real width (rows may arrive before it is laid out)."""
        super().resizeEvent(event)
        if not self._sized and self.topLevelItemCount() and self.viewport().width() >= 300:
            self._sized = True
            self._fit_columns(first=True)
        elif not self._sized:
            self._fit_headers()

    def _fit_headers(self) -> None:
        """Before any row, no column narrower than its header (a translated title may be longer than the
        default width); the first rows still size the columns."""
        header = self.header()
        for column in range(self.columnCount() - 1):
            width = header.sectionSizeHint(column) + 12
            if header.sectionSize(column) < width:
                self.setColumnWidth(column, width)

    def reset_column_sizes(self) -> None:
        """Size the columns to their contents again at the next ``set_rows`` (after the columns changed)."""
        self._sized = False

    def _item(self, row: TableRow) -> SortItem:
        item = SortItem([str(t) for t in row.texts])
        item.setData(0, self.KEY_ROLE, row.key)
        if row.sort_keys is not None:
            for column, key in enumerate(row.sort_keys):
                if key is not None:
                    item.setData(column, SortItem.SORT_ROLE, key)
        for column in row.red_columns:
            item.setForeground(column, QColor(WARNING_RED))
        if row.icon:
            from xencenter.views import icons

            item.setIcon(0, icons.icon(row.icon))
        if row.bold:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        for child in row.children:
            item.addChild(self._item(child))
        return item

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def selected_keys(self) -> list[Any]:
        return [item.data(0, self.KEY_ROLE) for item in self.selectedItems()]

    def rows_text(self) -> list[list[str]]:
        """Every row's cells in display order (for tests and "Copy")."""
        return [[item.text(c) for c in range(self.columnCount())] for item in self._display_order()]

    def _display_order(self) -> list[QTreeWidgetItem]:
        ordered: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            ordered.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.topLevelItemCount()):
            walk(self.topLevelItem(i))
        return ordered

    def _on_context_menu(self, pos: QPoint) -> None:
        items = [i for i in self._display_order() if i.isSelected()]
        if not items:
            return
        text = "\n".join("\t".join(i.text(c) for c in range(self.columnCount())) for i in items)
        menu = QMenu(self)
        menu.addAction(translate("Tabs", "Copy"), lambda: copy_to_clipboard(text))
        menu.exec(self.viewport().mapToGlobal(pos))
