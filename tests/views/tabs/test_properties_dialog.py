"""The VM properties dialog: only the fields the user changed reach the server (checked against the
simulator with a separate session), in an order xapi accepts, and failures are shown in words."""

from __future__ import annotations

import pytest
from live_helpers import AnsweringPrompter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tab_helpers import World, shoot

from xencenter.model.summaries import GIB, MIB
from xencenter.model.vm_settings import Change, VMSettings, plan_changes
from xencenter.operations.context import make_context
from xencenter.settings import Settings
from xencenter.views.properties_dialog import PropertiesDialog
from xencenter.views.tabs.widgets import is_warning


@pytest.fixture
def context(tmp_path):
    """A context without servers (a World cache's VM has no connection)."""
    prompter = AnsweringPrompter()
    return make_context(Settings.load(tmp_path / "settings"), prompter, prompter)


@pytest.fixture
def live_context(context, live_pool):
    context.connections.adopt(live_pool.connection)
    return context


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def halted_vm(qtbot, live_pool, hvm=True):
    """A VM of the pool shut down by the test's own session, once the window's cache knows it is halted."""
    cache = live_pool.connection.cache
    vm = next(v for v in sorted(cache.all("VM"), key=lambda v: v.name) if v.is_real_vm and v.is_hvm == hvm)
    if vm.power_state != "Halted":
        live_pool.admin.xenapi.VM.hard_shutdown(vm.ref)
    qtbot.waitUntil(lambda: cache.get("VM", vm.ref).power_state == "Halted", timeout=10000)
    return cache.get("VM", vm.ref)


# ---- against the simulator ------------------------------------------------------------------------------------


def test_only_changed_fields_are_applied(qtbot, live_pool, live_context):
    connection, admin = live_pool.connection, live_pool.admin
    vm = halted_vm(qtbot, live_pool)
    before = admin.xenapi.VM.get_record(vm.ref)
    dialog = PropertiesDialog(live_context, vm)
    qtbot.addWidget(dialog)
    dialog.show()
    # Someone else edits the description and another field while our dialog is open.
    admin.xenapi.VM.set_name_description(vm.ref, "changed by a colleague")
    admin.xenapi.VM.add_to_other_config(vm.ref, "colleague", "yes")
    # We change the name, tags, folder, vCPUs and boot order.
    dialog.name_edit.setText("renamed <b>web</b>")
    dialog.tag_editor.set_checked("brand-new", True)
    for tag in before["tags"]:
        dialog.tag_editor.set_checked(tag, False)
    dialog.folder_edit.setCurrentText("Lab/ Test/")
    dialog.vcpus_max_edit.setValue(vm.VCPUs_max + 2)
    dialog.vcpus_edit.setValue(vm.VCPUs_max + 1)
    dialog.show_page("Boot Options")
    dialog.boot_editor.list.setCurrentRow(2)
    dialog.boot_editor.list.item(2).setCheckState(Qt.CheckState.Checked)
    dialog.boot_editor.move_current(-1)
    applied = []
    dialog.applied.connect(applied.extend)
    ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)

    methods = [c.method for c in applied]
    assert "VM.set_name_description" not in methods and not any("memory" in m for m in methods)
    assert methods.index("VM.set_VCPUs_max") < methods.index("VM.set_VCPUs_at_startup")
    after = admin.xenapi.VM.get_record(vm.ref)
    assert after["name_label"] == "renamed <b>web</b>"
    assert after["name_description"] == "changed by a colleague"
    assert after["other_config"]["colleague"] == "yes" and after["other_config"]["folder"] == "/Lab/Test"
    assert after["tags"] == ["brand-new"]
    assert int(after["VCPUs_max"]) == vm.VCPUs_max + 2 and int(after["VCPUs_at_startup"]) == vm.VCPUs_max + 1
    order = before["HVM_boot_params"].get("order", "cd")
    assert after["HVM_boot_params"]["order"] == order[0] + "n" + order[1:]
    untouched = ("memory_static_max", "memory_dynamic_min", "PV_args", "platform", "affinity")
    assert {k: after[k] for k in untouched} == {k: before[k] for k in untouched}
    qtbot.waitUntil(lambda: connection.cache.get("VM", vm.ref).name == "renamed <b>web</b>", timeout=10000)
    (op,) = live_context.history.operations()  # the edit is an operation like any other, with its calls
    assert op.description == "Changing properties of VM 'renamed <b>web</b>'" or op.target == vm.name
    assert op.status.value == "success" and [c.method for c in op.log.calls] == methods


def test_nothing_changed_sends_nothing(qtbot, live_pool, live_context):
    vm = halted_vm(qtbot, live_pool)
    dialog = PropertiesDialog(live_context, vm)
    qtbot.addWidget(dialog)
    dialog.show()
    for title in dialog.page_titles():
        dialog.show_page(title)
    assert dialog.planned_calls() == []
    applied = []
    dialog.applied.connect(applied.append)
    ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted and applied == []


def test_memory_of_a_halted_vm(qtbot, live_pool, live_context):
    admin = live_pool.admin
    vm = halted_vm(qtbot, live_pool, hvm=False)
    dialog = PropertiesDialog(live_context, vm)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_page("Memory")
    target = vm.memory_static_max + GIB
    dialog.static_max_edit.setValue(target // MIB)
    dialog.dynamic_max_edit.setValue(target // MIB)
    dialog.dynamic_min_edit.setValue(target // MIB // 2)
    assert [c.method for c in dialog.planned_calls()] == ["VM.set_memory_limits"]
    ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=10000)
    assert not dialog.isVisible(), dialog.error.text()
    after = admin.xenapi.VM.get_record(vm.ref)
    assert (int(after["memory_static_max"]), int(after["memory_dynamic_max"]),
            int(after["memory_dynamic_min"])) == (target, target, target // 2)


def test_a_failure_is_shown_in_words_and_the_dialog_stays(qtbot, live_pool, live_context):
    admin = live_pool.admin
    vm = halted_vm(qtbot, live_pool)
    dialog = PropertiesDialog(live_context, vm)
    qtbot.addWidget(dialog)
    dialog.show()
    admin.xenapi.VM.destroy(vm.ref)  # deleted by someone else while the dialog is open
    dialog.name_edit.setText("too late")
    ok(dialog)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.isVisible() and is_warning(dialog.error)
    assert dialog.error.text() == ("Could not change the name: The VM no longer exists: "
                                   "it was probably deleted by someone else.")
    assert "HANDLE_INVALID" in dialog.error.toolTip()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_screenshots(qtbot, live_pool, live_context):
    vm = halted_vm(qtbot, live_pool)
    dialog = PropertiesDialog(live_context, vm)
    qtbot.addWidget(dialog)
    dialog.show()
    for title in dialog.page_titles():
        dialog.show_page(title)
        shoot(dialog, "properties-" + title.split()[0].lower())


# ---- the plan alone --------------------------------------------------------------------------------------------


def settings(**fields):
    base = {"name": "vm", "description": "", "folder": "", "tags": ("a", "b"), "vcpus_at_startup": 2, "vcpus_max": 4,
                "cores_per_socket": 1, "memory_static_min": 512 * MIB, "memory_static_max": 2 * GIB,
                "memory_dynamic_min": GIB, "memory_dynamic_max": 2 * GIB, "boot_order": "cd", "pv_args": ""}
    base.update(fields)
    return VMSettings(**base)


def test_plan_is_empty_without_edits():
    assert plan_changes("r", settings(), settings(), running=False) == []


def test_plan_orders_vcpu_changes_so_that_every_step_is_valid():
    grow = plan_changes("r", settings(), settings(vcpus_max=8, vcpus_at_startup=8), running=False)
    assert [c.method for c in grow] == ["VM.set_VCPUs_max", "VM.set_VCPUs_at_startup"]
    shrink = plan_changes("r", settings(), settings(vcpus_max=1, vcpus_at_startup=1), running=False)
    assert [c.method for c in shrink] == ["VM.set_VCPUs_at_startup", "VM.set_VCPUs_max"]
    live = plan_changes("r", settings(), settings(vcpus_at_startup=3), running=True)
    assert live == [Change("VM.set_VCPUs_number_live", ("r", 3), "the number of vCPUs")]


def test_plan_memory_calls():
    dynamic = settings(memory_dynamic_min=GIB // 2)
    assert [c.method for c in plan_changes("r", settings(), dynamic, running=True)] == ["VM.set_memory_dynamic_range"]
    static = settings(memory_static_max=4 * GIB, memory_dynamic_max=4 * GIB)
    assert plan_changes("r", settings(), static, running=False) == [
        Change("VM.set_memory_limits", ("r", 512 * MIB, 4 * GIB, GIB, 4 * GIB), "the memory")]
    assert plan_changes("r", settings(), static, running=True) == []


def test_plan_tags_and_folder_are_incremental():
    calls = plan_changes("r", settings(folder="/Old"), settings(tags=("b", "c"), folder=""), running=False)
    assert [(c.method, c.args) for c in calls] == [
        ("VM.remove_from_other_config", ("r", "folder")),
        ("VM.add_tags", ("r", "c")), ("VM.remove_tags", ("r", "a"))]


def test_running_vm_offers_only_what_xapi_allows(qtbot, context):
    world = World()
    host = world.host("h")
    world.pool(master=host)
    metrics = world.add("VM_metrics", start_time="20240101T00:00:00Z")
    ref = world.vm("live", "Running", resident_on=host, metrics=metrics, VCPUs_max=4, VCPUs_at_startup=2,
                   memory_static_min=512 * MIB, memory_static_max=2 * GIB, memory_dynamic_min=GIB,
                   memory_dynamic_max=2 * GIB)
    vm = world.cache().get("VM", ref)
    dialog = PropertiesDialog(context, vm)
    qtbot.addWidget(dialog)
    assert not dialog.static_max_edit.isEnabled() and not dialog.vcpus_max_edit.isEnabled()
    assert dialog.vcpus_edit.minimum() == 2 and dialog.vcpus_edit.maximum() == 4
    dialog.dynamic_min_edit.setValue(3 * 1024)  # above the dynamic maximum
    assert dialog.error.text().startswith("Memory must satisfy")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.dynamic_min_edit.setValue(768)
    assert dialog.error.text() == "" and [c.method for c in dialog.planned_calls()] == ["VM.set_memory_dynamic_range"]
    ok(dialog)
    assert dialog.error.text().startswith("Not connected")


def test_unchanged_odd_byte_values_are_not_rewritten(qtbot, context):
    world = World()
    host = world.host("h")
    world.pool(master=host)
    ref = world.vm("odd", memory_static_min=512 * MIB + 1, memory_static_max=GIB + 12345,
                   memory_dynamic_min=GIB + 12345, memory_dynamic_max=GIB + 12345, VCPUs_max=1, VCPUs_at_startup=1)
    dialog = PropertiesDialog(context, world.cache().get("VM", ref))
    qtbot.addWidget(dialog)
    assert dialog.planned_calls() == []
