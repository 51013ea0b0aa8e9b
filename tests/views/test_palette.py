"""The command palette in the demo window: fuzzy matches of commands and objects, reasons in grey, Enter runs
on the selection or the typed object, an object alone is selected, and its calls copy as an SDK script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from xencenter.commands.finder import Finder, score
from xencenter.views.palette import CommandPalette, palette_texts

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
WAIT = 30_000


def unique_vm(connection, power_state: str):
    vms = [vm for vm in connection.cache.all("VM") if vm.is_real_vm]
    names = [vm.name for vm in vms]
    return sorted((vm for vm in vms if vm.power_state == power_state and names.count(vm.name) == 1),
                  key=lambda vm: vm.name)[0]


def open_palette(qtbot, window) -> CommandPalette:
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "command_palette", None) is not None and window.command_palette.isVisible(), timeout=WAIT)
    return window.command_palette


def select(window, connection, obj) -> None:
    navigation = window.navigation
    assert navigation.select_object(navigation.connections.key(connection), obj.ref)


def test_scores_prefer_prefixes_then_word_starts_then_letters_in_order():
    assert score("sta", "start") > score("sta", "restart") > score("srt", "start") > 0
    assert score("web", "web 1") > score("web", "the web 1")
    assert score("xyz", "start") is None


def test_typing_a_command_runs_it_on_the_selection(qtbot, demo):
    window, connection, *_ = demo
    vm = unique_vm(connection, "Running")
    select(window, connection, vm)
    palette = open_palette(qtbot, window)
    QTest.keyClicks(palette.query, "shut d")
    found = palette.current()
    assert found.command.id == "vm.shutdown" and found.target is None and found.reason == ""
    assert palette_texts(found)[1] == "Ctrl+E"
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    assert not palette.isVisible()
    qtbot.waitUntil(lambda: connection.cache.get("VM", vm.ref).power_state == "Halted", timeout=WAIT)
    assert window.recent_commands == ["vm.shutdown"]


def test_a_command_and_an_object_together_and_refusals_in_grey(qtbot, demo):
    window, connection, *_ = demo
    halted, running = unique_vm(connection, "Halted"), unique_vm(connection, "Running")
    select(window, connection, running)
    palette = open_palette(qtbot, window)
    QTest.keyClicks(palette.query, "start")
    on_selection = next(f for f in palette.results if f.command and f.command.id == "vm.start" and f.target is None)
    assert on_selection.reason == f"'{running.name}' is running." and palette_texts(on_selection)[2] == on_selection.reason
    palette.query.setText(f"start {halted.name}")
    found = palette.current()
    assert (found.command.id, found.target.ref, found.reason) == ("vm.start", halted.ref, "")
    assert palette_texts(found)[0] == f"Start VM '{halted.name}'"
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: connection.cache.get("VM", halted.ref).power_state == "Running", timeout=WAIT)
    assert [o.ref for o in window.navigation.selection()] == [running.ref], "the selection was not the target"


def test_an_object_alone_is_selected_in_the_tree(qtbot, demo):
    window, connection, *_ = demo
    vm = unique_vm(connection, "Halted")
    palette = open_palette(qtbot, window)
    palette.query.setText(vm.name)
    found = palette.current()
    assert found.command is None and found.target.ref == vm.ref
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [o.ref for o in window.navigation.selection()] == [vm.ref], timeout=WAIT)


def test_the_calls_copy_as_python_without_changing_anything(qtbot, demo):
    window, connection, *_ = demo
    vm = unique_vm(connection, "Running")
    palette = open_palette(qtbot, window)
    palette.query.setText(f"reboot {vm.name}")
    assert palette.current().command.id == "vm.reboot"
    QTest.keyClick(palette, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(palette.copied), timeout=WAIT)
    assert f"session.xenapi.VM.clean_reboot({vm.ref!r})" in palette.copied
    assert QGuiApplication.clipboard().text() == palette.copied
    compile(palette.copied, "copied.py", "exec")
    assert not window.context.history.operations(), "a plan is not an operation of the window"
    assert connection.cache.get("VM", vm.ref).power_state == "Running"


def test_the_finder_knows_hosts_and_leaves_snapshots_out():
    """Hosts, pools, SRs, networks, VMs and templates are found by name; snapshots and control domains not."""
    import time

    from tests.model.model_world import load_cache
    from xencenter.commands import default_commands
    from xencenter.sim.synthetic import generate_pool

    cache = load_cache(generate_pool(4, 60, now=time.time()))
    finder = Finder(default_commands(), [cache])
    assert not any(f.target for f in finder.find("", [])), "nothing typed: commands only"
    for cls in ("host", "pool", "SR", "network"):
        obj = cache.all(cls)[0]
        assert any(f.target == obj for f in finder.find(obj.name, [])), cls
    template = next(vm for vm in cache.all("VM") if vm.is_a_template and not vm.is_snapshot)
    assert any(f.target == template for f in finder.find(template.name, []))
    hidden = [vm for vm in cache.all("VM") if vm.is_snapshot or vm.is_control_domain]
    assert hidden and not any(f.target in hidden for vm in hidden for f in finder.find(vm.name, []))


def test_screenshot(qtbot, demo, tmp_path):
    from tests.views.test_main_window import distinct_colours, grab

    window, connection, *_ = demo
    select(window, connection, unique_vm(connection, "Running"))
    palette = open_palette(qtbot, window)
    palette.query.setText("s")
    qtbot.wait(100)
    assert distinct_colours(grab(window, tmp_path, "palette")) > 40
