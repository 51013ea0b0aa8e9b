"""Properties of servers, pools, SRs, networks and the VM pages beyond CPUs and memory: the pages each class
has, only what changed reaches the server (read back with the test's own session), refusals in words, and a
screenshot of every page."""

from __future__ import annotations

import pytest
from live_helpers import AnsweringPrompter
from PySide6.QtWidgets import QDialogButtonBox
from tab_helpers import shoot

from xencenter.model import perfmon
from xencenter.operations.context import make_context
from xencenter.settings import Settings
from xencenter.views.properties.object_dialog import object_dialog
from xencenter.views.properties_dialog import PropertiesDialog

WAIT = 15000


@pytest.fixture
def live_context(tmp_path, live_pool):
    prompter = AnsweringPrompter()
    context = make_context(Settings.load(tmp_path / "settings"), prompter, prompter)
    context.connections.adopt(live_pool.connection)
    return context


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def page(dialog, cls):
    return next(p for p in dialog.edit_pages if isinstance(p, cls))


def shoot_pages(dialog, name):
    dialog.resize(760, 560)
    dialog.show()
    for title in dialog.page_titles():
        dialog.show_page(title)
        shoot(dialog, f"properties-{name}-{title.lower().replace(' ', '-')}")


def test_each_class_has_xencenters_pages(qtbot, live_pool, live_context):
    cache = live_pool.connection.cache
    host = min(cache.all("host"), key=lambda h: h.name)
    network = next(n for n in cache.all("network") if n.PIFs)
    sr = next(s for s in cache.all("SR") if s.shared and s.content_type != "iso")
    expected = {
        host: ["General", "Custom Fields", "Alerts", "Multipathing", "Log Destination", "Power On"],
        cache.pool(): ["General", "Custom Fields", "E-mail Options", "Live Patching", "Migration", "Security"],
        sr: ["General", "Custom Fields", "Alerts"],
        network: ["General", "Custom Fields", "Network Settings"],
    }
    for obj, titles in expected.items():
        dialog = object_dialog(live_context, obj)
        qtbot.addWidget(dialog)
        assert dialog.page_titles() == titles
        assert dialog.planned_calls() == []  # nothing changed, nothing to send
        shoot_pages(dialog, obj.cls.lower())
        dialog.reject()
    vm = next(v for v in cache.all("VM") if v.is_real_vm and v.is_hvm)
    dialog = PropertiesDialog(live_context, vm)
    qtbot.addWidget(dialog)
    assert dialog.page_titles() == ["General", "Custom Fields", "CPUs", "Memory", "Boot Options",
                                    "High Availability", "Alerts", "Home Server", "Advanced Options"]
    assert dialog.planned_calls() == []
    shoot_pages(dialog, "vm")


def test_host_alerts_page_writes_perfmon_and_only_that(qtbot, live_pool, live_context):
    from xencenter.views.properties.alert_pages import AlertsPage

    cache, admin = live_pool.connection.cache, live_pool.admin.xenapi
    host = min(cache.all("host"), key=lambda h: h.name)
    dialog = object_dialog(live_context, host)
    qtbot.addWidget(dialog)
    dialog.show()
    admin.host.set_name_description(host.ref, "changed by a colleague")  # while our dialog is open
    alerts = page(dialog, AlertsPage)
    cpu = next(g for g in alerts.groups if g.kind is perfmon.CPU)
    cpu.check.setChecked(True)
    cpu.level.setValue(75)
    cpu.minutes.setValue(3)
    alerts.interval.setValue(7)
    assert "multiple of 5" in dialog.error.text() and not dialog.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled()
    alerts.interval.setValue(15)
    assert dialog.error.isHidden()
    assert [c.method for c in dialog.planned_calls()] == ["host.remove_from_other_config",
                                                         "host.add_to_other_config", "host.call_plugin"]
    ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    definitions = perfmon.parse(admin.host.get_other_config(host.ref)["perfmon"])
    assert [(d.name, d.level, d.period, d.inhibit) for d in definitions] == [
        ("cpu_usage", perfmon.Decimal("0.75"), 180, 900)]
    assert admin.host.get_name_description(host.ref) == "changed by a colleague"


def test_network_and_vm_pages_apply(qtbot, live_pool, live_context):
    from xencenter.views.properties import class_pages

    cache, admin = live_pool.connection.cache, live_pool.admin.xenapi
    network = next(n for n in cache.all("network") if n.PIFs)
    dialog = object_dialog(live_context, network)
    qtbot.addWidget(dialog)
    dialog.show()
    settings = page(dialog, class_pages.NetworkSettingsPage)
    settings.mtu.setValue(9000)
    settings.automatic.setChecked(False)
    ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert int(admin.network.get_MTU(network.ref)) == 9000
    assert admin.network.get_other_config(network.ref)["automatic"] == "false"

    vm = next(v for v in sorted(cache.all("VM"), key=lambda v: v.name) if v.is_real_vm and v.is_hvm)
    if vm.power_state != "Halted":
        admin.VM.hard_shutdown(vm.ref)
    qtbot.waitUntil(lambda: cache.get("VM", vm.ref).power_state == "Halted", timeout=WAIT)
    vm = cache.get("VM", vm.ref)
    dialog = PropertiesDialog(live_context, vm)
    qtbot.addWidget(dialog)
    dialog.show()
    ha = page(dialog, class_pages.VMHAPage)
    ha.priority.setCurrentIndex(ha.priority.findData("restart"))
    ha.order.setValue(3)
    home = page(dialog, class_pages.HomeServerPage)
    target = max(cache.all("host"), key=lambda h: h.name)
    home.host.setCurrentIndex(home.host.findData(target.ref))
    advanced = page(dialog, class_pages.AdvancedPage)
    advanced.cps.setChecked(True)
    ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    record = admin.VM.get_record(vm.ref)
    assert (record["ha_restart_priority"], int(record["order"]), record["affinity"]) == ("restart", 3, target.ref)
    assert float(record["HVM_shadow_multiplier"]) == 4.0


def test_multipathing_is_refused_in_words_until_the_server_is_empty(qtbot, live_pool, live_context):
    from xencenter.views.properties import class_pages

    cache, admin = live_pool.connection.cache, live_pool.admin.xenapi
    host = min(cache.all("host"), key=lambda h: h.name)
    vm = next(v for v in sorted(cache.all("VM"), key=lambda v: v.name) if v.is_real_vm)
    if vm.power_state == "Running" and vm.record.resident_on != host.ref:
        admin.VM.hard_shutdown(vm.ref)
        qtbot.waitUntil(lambda: cache.get("VM", vm.ref).power_state == "Halted", timeout=WAIT)
    if cache.get("VM", vm.ref).power_state != "Running":
        admin.VM.start_on(vm.ref, host.ref, False, False)
    admin.host.disable(host.ref)
    qtbot.waitUntil(lambda: not cache.get("host", host.ref).record.enabled
                    and cache.get("VM", vm.ref).power_state == "Running", timeout=WAIT)
    dialog = object_dialog(live_context, cache.get("host", host.ref))
    qtbot.addWidget(dialog)
    dialog.show()
    multipath = page(dialog, class_pages.MultipathPage)
    assert multipath.check.isEnabled()
    multipath.check.setChecked(True)
    assert "must be in maintenance mode" in dialog.error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_disks_properties_gather_vdi_properties_parameters(qtbot, live_pool, live_context):
    from xencenter.commands.disks import resize_problem
    from xencenter.model.summaries import GIB
    from xencenter.views.properties.disk_pages import DeviceOptionsPage, SizeLocationPage, disk_dialog

    cache, admin = live_pool.connection.cache, live_pool.admin.xenapi
    vm = next(v for v in sorted(cache.all("VM"), key=lambda v: v.name)
              if v.is_real_vm and any(b.type == "Disk" and b.VDI is not None for b in v.VBDs))
    if vm.power_state != "Halted":
        admin.VM.hard_shutdown(vm.ref)
        qtbot.waitUntil(lambda: cache.get("VM", vm.ref).power_state == "Halted", timeout=WAIT)
    vbd = next(b for b in cache.get("VM", vm.ref).VBDs if b.type == "Disk" and b.VDI is not None)
    vdi = vbd.VDI
    dialog = disk_dialog(live_context, vdi, vbd, resize_problem(vdi, vdi.virtual_size + 1))
    qtbot.addWidget(dialog)
    assert dialog.page_titles() == ["General", "Custom Fields", "Size and Location", "Device Options"]
    shoot_pages(dialog, "vdi")
    general = dialog.edit_pages[0]
    general.name_edit.setText("data disk")
    general.tag_editor.set_checked("archive", True)
    size = page(dialog, SizeLocationPage)
    size.size_edit.number.setValue(size.size_edit.number.value() * 2)
    device = page(dialog, DeviceOptionsPage)
    assert device.position.isEnabled()
    ok(dialog)
    params = dialog.changed_params()
    assert params["name"] == "data disk" and params["tags"] == ["archive"] and params["size_gib"] > vdi.virtual_size / GIB
    operations = live_context.commands["vdi.properties"].run([vdi], live_context, **params)
    qtbot.waitUntil(lambda: all(op.status.finished for op in operations), timeout=WAIT)
    assert [op.status.value for op in operations] == ["success"], [op.error for op in operations]
    record = admin.VDI.get_record(vdi.ref)
    assert record["name_label"] == "data disk" and record["tags"] == ["archive"]
    assert int(record["virtual_size"]) > vdi.virtual_size
