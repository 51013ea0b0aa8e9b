"""Hostile names and descriptions, set on a live server and shown by the real views: HTML, right-to-left
overrides, 10,000 characters, control characters. Everything reads as the text it is (no rich text in
labels, tree items or tooltips) and no widget grows without bound."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from fault_helpers import login
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLayout,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tests.conftest import start_sim
from xencenter.connection import ConnectionState
from xencenter.operations.connections import ConnectionManager
from xencenter.settings import Settings
from xencenter.views.tabs.general import GeneralPage
from xencenter.views.tree_model import TreeModel

HTML = '<b>bold</b><img src="file:///etc/hostname"><a href="https://example.com">click</a> &amp; <script>x</script>'
RTL = "\u202egnp.exe\u202c \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u05e2\u05d1\u05e8\u05d9\u05ea"
LONG = "L" * 10_000
LONG_WORDS = "word " * 2_000
CONTROL = "tab\there\r\nnext line\x00nul\x1b[31mansi\x07bell\u200bzero-width\u2028separator"
HOSTILE = {"html": HTML, "rtl": RTL, "long": LONG, "long words": LONG_WORDS, "control": CONTROL}
WINDOW = (900, 700)
might_be_rich = QtGuiNamespace.mightBeRichText  # what tooltips and AutoText labels use to decide
MAX_WIDTH = 2_000  # no widget may ask for more than this, whatever the names


@pytest.fixture(scope="module")
def hostile_pool(request):
    """A pool whose VMs, host, SR, network and pool carry the hostile values (over the wire, JSON)."""
    server = start_sim("--hosts", "1", "--vms", "8")
    request.addfinalizer(server.stop)
    admin = login(server.url, server.fingerprint)
    api = admin.xenapi
    vms = sorted(ref for ref, r in api.VM.get_all_records().items()
                 if not r["is_control_domain"] and not r["is_a_template"] and not r["is_a_snapshot"])
    named = {}
    for (kind, text), vm in zip(HOSTILE.items(), vms, strict=False):
        api.VM.set_name_label(vm, text)
        api.VM.set_name_description(vm, text)
        api.VM.add_tags(vm, text[:200])
        named[kind] = vm
    api.host.set_name_label(api.host.get_all()[0], RTL)
    api.host.set_name_description(api.host.get_all()[0], LONG)
    api.pool.set_name_label(api.pool.get_all()[0], HTML)
    sr = next(ref for ref, r in api.SR.get_all_records().items() if r["shared"] or r["content_type"] != "iso")
    api.SR.set_name_label(sr, CONTROL)
    network = api.network.get_all()[0]
    api.network.set_name_label(network, LONG_WORDS)
    admin.logout()
    return server, named


@pytest.fixture
def live(hostile_pool, connect, wait_state, tmp_path):
    server, named = hostile_pool
    connection = connect(server)
    wait_state(connection, ConnectionState.CONNECTED)
    connections = ConnectionManager(Settings.load(tmp_path / "settings"))
    connections.adopt(connection)
    return SimpleNamespace(connection=connection, connections=connections, named=named)


def _host(qtbot, widget: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the window keeps its size
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    window.resize(*WINDOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_as(text: str, rich_or_plain: str) -> str:
    """What Qt draws for a string given to a widget that auto-detects rich text (tooltips, AutoText labels)."""
    if not might_be_rich(rich_or_plain):
        return rich_or_plain
    document = QTextDocument()
    document.setHtml(rich_or_plain)
    return document.toPlainText()


def assert_reads_as_text(where: str, original: str, given: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText):
    if fmt == Qt.TextFormat.PlainText:
        return
    assert not might_be_rich(given) or original not in given, f"{where}: {given[:80]!r} is taken as rich text"


def effective_minimum_width(widget: QWidget) -> int:
    """The width a layout must give the widget: its explicit minimum, else its minimum size hint."""
    return widget.minimumWidth() if widget.minimumWidth() > 0 else widget.minimumSizeHint().width()


def _all_indexes(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _all_indexes(model, index)


# -- the navigation tree ------------------------------------------------------------------------------------


def test_tree_items_and_tooltips_read_as_text(live, qtbot):
    model = TreeModel(live.connections)
    live.connections.objects_changed.connect(lambda _, changes: model.on_objects_changed(changes))
    qtbot.waitUntil(lambda: model.item_count() > 10, timeout=10000)
    shown = {}
    for index in _all_indexes(model):
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        tooltip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
        for kind, text in HOSTILE.items():
            if text[:100] in name:
                shown[kind] = (name, tooltip)
    assert set(shown) >= {"html", "rtl", "control"}, sorted(shown)
    problems = []
    for kind, (name, tooltip) in shown.items():
        drawn = shown_as(HOSTILE[kind], tooltip)  # what the user reads in the tooltip
        def letters(text: str) -> str:
            return "".join(ch for ch in text if ch.isprintable() and not ch.isspace())

        if letters(HOSTILE[kind][:40])[:20] not in letters(drawn):
            problems.append(f"tree tooltip of the {kind} name is drawn as {drawn[:60]!r}, not as its text")
    assert not problems, problems
    assert "<b>bold</b>" in shown_as(HTML, shown["html"][1])  # markup in a name is shown, never applied


def test_the_tree_stays_usable_with_huge_and_multiline_names(live, qtbot):
    model = TreeModel(live.connections)
    qtbot.waitUntil(lambda: model.item_count() > 10, timeout=10000)
    view = QTreeView()
    view.setModel(model)
    view.expandAll()
    window = _host(qtbot, view)
    normal = view.fontMetrics().height()
    rows = [view.sizeHintForIndex(i).height() for i in _all_indexes(model)]
    assert max(rows) <= 3 * normal + 8, f"a row is {max(rows)} px high (a line is {normal})"
    assert view.sizeHint().width() < MAX_WIDTH and view.minimumSizeHint().width() < MAX_WIDTH
    assert (window.width(), window.height()) == WINDOW


# -- the General tab ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_the_general_tab_shows_hostile_vm_values_as_text_within_bounds(live, qtbot, kind):
    page = GeneralPage(SimpleNamespace(connections=live.connections, history=None, commands=None))
    window = _host(qtbot, page)
    vm = live.connection.cache.get("VM", live.named[kind])
    page.set_selection([vm])
    qtbot.wait(50)
    text = HOSTILE[kind]
    rows = {label: value for _, label, value in page.rows_text()}
    assert rows["Name"] == text and rows["Description"] == text  # exactly, nothing lost or altered
    problems = []
    for label in page.findChildren(QLabel):
        if text[:50] in label.text() or text[:50] in label.toolTip():
            if label.textFormat() != Qt.TextFormat.PlainText and might_be_rich(label.text()):
                problems.append(f"label {label.objectName() or type(label).__name__} takes it as rich text")
            if might_be_rich(label.toolTip()):
                problems.append(f"tooltip of {type(label).__name__} is rich text")
    for button in page.findChildren(QAbstractButton):
        if "&" in text and text[:20].replace("&", "") in button.text().replace("&", ""):
            problems.append(f"button {button.text()[:40]!r}: '&' turns into a keyboard accelerator")
    for widget in (page, page.content, *page.findChildren(QLabel)):
        width = effective_minimum_width(widget)
        if width > MAX_WIDTH:
            problems.append(f"{type(widget).__name__} needs {width} px")
    assert (window.width(), window.height()) == WINDOW
    assert not problems, problems


def test_the_general_tab_of_a_host_pool_sr_and_network_with_hostile_names(live, qtbot):
    page = GeneralPage(SimpleNamespace(connections=live.connections, history=None, commands=None))
    window = _host(qtbot, page)
    cache = live.connection.cache
    sr = next(ref for ref, r in cache.items("SR") if r["name_label"] == CONTROL)
    network = next(ref for ref, r in cache.items("network") if r["name_label"] == LONG_WORDS)
    problems = []
    for cls, ref, text in (("host", cache.refs("host")[0], RTL), ("pool", cache.refs("pool")[0], HTML),
                           ("SR", sr, CONTROL), ("network", network, LONG_WORDS)):
        page.set_selection([cache.get(cls, ref)])
        qtbot.wait(20)
        rows = {label: value for _, label, value in page.rows_text()}
        if rows.get("Name") != text:
            problems.append(f"{cls} name shown as {str(rows.get('Name'))[:60]!r}")
        for label in page.findChildren(QLabel):
            if label.textFormat() != Qt.TextFormat.PlainText and text[:30] in label.text():
                problems.append(f"{cls}: a {type(label).__name__} may take the name as rich text")
        if page.minimumSizeHint().width() > MAX_WIDTH or page.content.minimumSizeHint().width() > MAX_WIDTH:
            problems.append(f"{cls}: the page needs {page.content.minimumSizeHint().width()} px")
    assert (window.width(), window.height()) == WINDOW
    assert not problems, problems
