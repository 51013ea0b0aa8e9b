"""New Graph / Edit Graph against the simulator: the data sources the object publishes (VM.get_data_sources,
fetched in the background) in XenCenter's categories and words, OK only with a source chosen, the answer
graph.new takes; and graph.new from the command line saved where XenCenter reads it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.test_cli import connection_args, run, sdk_session
from xencenter.model.graphs import DesignedGraph
from xencenter.views import graph_dialog
from xencenter.views.graph_dialog import NAME_ROLE, GraphDesignDialog

WAIT = 15_000


def test_the_dialog_lists_what_the_vm_publishes_by_category(qtbot, live, monkeypatch):
    monkeypatch.setattr(graph_dialog, "expected_sources", lambda obj: [])  # only what the server says
    vm = next(v for v in live.vms("Running") if v.VIFs)
    dialog = GraphDesignDialog(live.context, vm, DesignedGraph("Mine", ("cpu0",)))
    qtbot.addWidget(dialog)
    dialog.show()
    published = live.connection.session.call("VM.get_data_sources", vm.ref)
    qtbot.waitUntil(lambda: len(dialog._items) == len(published), timeout=WAIT)
    groups = [dialog.sources.topLevelItem(i).text(0) for i in range(dialog.sources.topLevelItemCount())]
    assert groups == ["CPU", "Memory", "Network", "Disk"]
    cpu = dialog.sources.topLevelItem(0)
    assert [cpu.child(i).text(0) for i in range(cpu.childCount())] == [f"CPU {i}" for i in range(vm.VCPUs_at_startup)]
    assert cpu.child(0).checkState(0) == Qt.CheckState.Checked and dialog.windowTitle() == "Edit Graph"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    cpu.child(0).setCheckState(0, Qt.CheckState.Unchecked)
    assert not ok.isEnabled() and dialog.note.isVisible()
    network = dialog.sources.topLevelItem(2)
    network.child(0).setCheckState(0, Qt.CheckState.Checked)
    dialog.name.setText("  Traffic ")
    assert dialog.answer() == {"name": "Traffic", "source": [network.child(0).data(0, NAME_ROLE)]}
    dialog.resize(440, 520)
    dialog.grab().save("/tmp/shots/graph-dialog.png")


def test_graph_new_and_task_cancel_from_the_command_line(small_pool, config_dir, password_file):
    session = sdk_session(small_pool)
    try:
        api = session.xenapi
        host = api.pool.get_master(api.pool.get_all()[0])
        name, uuid = api.host.get_name_label(host), api.host.get_uuid(host)
        done = run(config_dir, "run", "graph.new", name, "--name", "Load", "--source", "loadavg", "--source",
                   "cpu_avg", *connection_args(small_pool, password_file))
        assert done.returncode == 0, done.stdout + done.stderr
        config = api.pool.get_gui_config(api.pool.get_all()[0])
        assert config[f"XenCenter.GraphLayout.3.host.{uuid}"] == "loadavg,cpu_avg"  # after the three defaults
        assert config[f"XenCenter.GraphName.3.host.{uuid}"] == "Load"
        done = run(config_dir, "run", "graph.new", name, *connection_args(small_pool, password_file))
        assert done.returncode == 1 and "give --source" in done.stdout  # no window to ask in
        api.sim.set_op_seconds(5.0)
        vm = next(ref for ref, r in api.VM.get_all_records().items()
                  if r["power_state"] == "Running" and not r["is_control_domain"])
        task = api.Async.VM.clean_shutdown(vm)
        done = run(config_dir, "run", "task.cancel", api.task.get_uuid(task), *connection_args(small_pool, password_file))
        assert done.returncode == 0, done.stdout + done.stderr
        assert api.task.get_status(task) in ("cancelling", "cancelled")
        assert api.VM.get_power_state(vm) == "Running"
    finally:
        session.xenapi.session.logout()
