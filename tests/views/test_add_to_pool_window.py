"""Add to Pool with several pools connected (XenCenter's submenu: each pool, greyed with PoolJoinRules' reason
where the server cannot join it, then New Pool...) and dragging a standalone server onto a pool in the tree
(no drop where it cannot join, the reason in the status bar; the drop asks XenCenter's question and joins),
against three simulators, read back with the SDK."""

from __future__ import annotations

from live_helpers import connect_live
from PySide6.QtCore import Qt
from test_new_pool_dialog import connect_more
from test_transfer_wizards import finished

from tests.sim.test_sim_pooljoin import forget_shared_storage, halt_guests, remove_vlans
from tests.test_cli import sdk_session
from xencenter.views.main_window import MainWindow
from xencenter.views.tree_drag import MIME

COPY = Qt.DropAction.CopyAction


def rows(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from rows(model, index)


def row_of(model, obj):
    return next(i for i in rows(model) if (o := model.object_at(i)) is not None and o.ref == obj.ref
                and o.cache is obj.cache)


def test_add_to_pool_submenu_and_dragging_a_server_onto_a_pool(qtbot, sim_factory, tmp_path):
    first = sim_factory("--hosts", "2", "--vms", "2", "--op-seconds", "0.05")
    second = sim_factory("--hosts", "2", "--vms", "2", "--seed", "3", "--op-seconds", "0.05")
    server = sim_factory("--hosts", "1", "--vms", "2", "--seed", "5", "--op-seconds", "0.05")
    fx, px, sx = (sdk_session(s).xenapi for s in (first, second, server))
    fx.pool.set_name_label(fx.pool.get_all()[0], "alpha pool")
    px.pool.set_name_label(px.pool.get_all()[0], "beta pool")
    heartbeat = next(sr for sr, r in px.SR.get_all_records().items() if r["shared"] and r["type"] != "iso")
    px.pool.enable_ha([heartbeat], {})
    sx.pool.set_name_label(sx.pool.get_all()[0], "")
    remove_vlans(sx)
    live = connect_live(qtbot, first, tmp_path)
    beta = connect_more(qtbot, live.context, second)
    joiner = connect_more(qtbot, live.context, server)
    qtbot.waitUntil(lambda: not joiner.cache.all("VLAN") and beta.cache.pool().ha_enabled)
    host = joiner.cache.pool().master
    command = live.commands["pool.join"]

    # the submenu: both pools by name, then New Pool...
    shared = "This server has shared storage"
    assert [(c.label, c.reason, c.command) for c in command.choices([host], live.context)] == [
        (f"alpha pool ({shared})", shared, ""), (f"beta pool ({shared})", shared, ""),
        ("New Pool...", "", "pool.new")]
    halt_guests(sx)
    forget_shared_storage(sx)
    qtbot.waitUntil(lambda: not any(sr.shared for sr in joiner.cache.all("SR")))
    choices = command.choices([host], live.context)
    assert [(c.label, c.reason) for c in choices[:2]] == [
        ("alpha pool", ""), ("beta pool (HA is enabled on the pool)", "HA is enabled on the pool")]
    assert choices[0].params == {"pool_server": live.cache}
    window = MainWindow(live.context)
    qtbot.addWidget(window)
    menu = window.command_actions.submenus["pool.join"]
    qtbot.waitUntil(lambda: window.navigation.select_object(live.context.connections.key(joiner), host.ref))
    menu.aboutToShow.emit()
    entries = [(a.text(), a.isEnabled()) for a in menu.actions()]
    assert entries == [("alpha pool", True), ("beta pool (HA is enabled on the pool)", False), ("", True),
                       ("New Pool...", True)]
    assert menu.actions()[1].toolTip() == "HA is enabled on the pool"

    # dragging: nothing on the server itself, the reason on the HA pool, a drop on the other pool's member
    model = window.navigation.model
    assert window.navigation.tree.dragDropMode() is window.navigation.tree.DragDropMode.DragDrop
    data = model.mimeData([row_of(model, host)])
    assert data.hasFormat(MIME) and model.dragged(data) == [host]
    assert not model.canDropMimeData(data, COPY, -1, -1, row_of(model, host))
    with qtbot.waitSignal(window.navigation.drag_status,
                          check_params_cb=lambda text: text == "HA is enabled on the pool"):
        assert not model.canDropMimeData(data, COPY, -1, -1, row_of(model, beta.cache.pool()))
    assert window.statusBar().currentMessage() == "HA is enabled on the pool"
    assert not model.dropMimeData(data, COPY, -1, -1, row_of(model, beta.cache.pool()))
    member = next(h for h in live.cache.all("host") if h.ref != live.cache.pool().master.ref)
    target = row_of(model, member)  # anything in the pool stands for the pool
    assert model.canDropMimeData(data, COPY, -1, -1, target)
    assert not model.canDropMimeData(model.mimeData([row_of(model, member)]), COPY, -1, -1,
                                     row_of(model, beta.cache.pool())), "a pool member is not standalone"
    asked = len(live.prompter.asked)
    assert model.dropMimeData(data, COPY, -1, -1, target)
    qtbot.waitUntil(lambda: len(live.prompter.asked) > asked)
    assert live.prompter.asked[-1] == ("Adding to Pool",
                                       f"Do you want to move the server {host.name} into the pool alpha pool?")
    op = next(o for o in reversed(live.context.history.operations()) if "alpha pool" in o.title)
    finished(qtbot, op)
    assert fx.host.get_by_uuid(host.uuid) in fx.host.get_all()
    qtbot.waitUntil(lambda: joiner not in live.context.connections)
    beta.shutdown(5)
    live.connection.shutdown(5)
