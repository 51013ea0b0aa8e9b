"""Add to Pool from the window (the one connected pool, XenCenter's confirmation, the joiner's connection gone
after), and New Pool's dialog against three connected standalone simulators: the coordinator among them, the
others as members (one greyed with PoolJoinRules' reason), Create Pool only with a name; its answer run by
pool.new joins the chosen member, read back with the SDK."""

from __future__ import annotations

from live_helpers import PASSWORD, USER, connect_live
from PySide6.QtCore import Qt
from test_transfer_wizards import finished, shot

from tests.sim.test_sim_hostpool import error_of, eventually, login
from tests.sim.test_sim_pooljoin import forget_shared_storage, halt_guests, remove_vlans
from tests.test_cli import sdk_session
from xencenter.commands.pool import NewPoolCommand
from xencenter.connection import ConnectionState
from xencenter.views.new_pool_dialog import NewPoolDialog
from xencenter.xenapi.address import ServerAddress


def connect_more(qtbot, context, server):
    address = ServerAddress.parse(server.url)
    context.settings.trust.trust(address, server.fingerprint)
    connection = context.connections.create(address, USER)
    context.connections.adopt(connection)
    with qtbot.waitSignal(connection.state_changed, timeout=30_000,
                          check_params_cb=lambda state, _: state is ConnectionState.CONNECTED):
        connection.start(PASSWORD)
    qtbot.waitUntil(lambda: connection.cache.pool() is not None and connection.cache.pool().master is not None)
    return connection


def test_new_pool_dialog_and_its_answer(qtbot, sim_factory, tmp_path):
    servers = [sim_factory("--hosts", "1", "--vms", "2", "--seed", str(seed), "--op-seconds", "0.05")
               for seed in (5, 6, 7)]
    xs = [sdk_session(s).xenapi for s in servers]
    for x, name in zip(xs, ("alpha", "beta", "gamma"), strict=True):
        x.pool.set_name_label(x.pool.get_all()[0], "")  # standalone servers
        x.host.set_name_label(x.host.get_all()[0], name)
    for x in xs[:2]:
        halt_guests(x)
        forget_shared_storage(x)
        remove_vlans(x)
    live = connect_live(qtbot, servers[0], tmp_path)
    others = [connect_more(qtbot, live.context, s) for s in servers[1:]]
    names = [x.host.get_name_label(x.host.get_all()[0]) for x in xs]
    qtbot.waitUntil(lambda: not any(sr.shared for sr in others[0].cache.all("SR")))

    dialog = NewPoolDialog(live.context, live.cache)
    qtbot.addWidget(dialog)
    assert [dialog.coordinator.itemText(i) for i in range(dialog.coordinator.count())] == names
    assert dialog.chosen_coordinator() is live.cache
    rows = [dialog.members.item(i) for i in range(dialog.members.count())]
    assert [r.text() for r in rows] == [names[1], f"{names[2]} (This server has shared storage)"]
    assert rows[0].flags() & Qt.ItemFlag.ItemIsUserCheckable and not rows[1].flags() & Qt.ItemFlag.ItemIsEnabled
    assert not dialog.create_button.isEnabled() and dialog.create_button.toolTip() == "Pool name cannot be empty"
    dialog.name.setText("  Lab pool ")
    dialog.description.setText("made in the dialog")
    rows[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.create_button.isEnabled()
    dialog.show()
    shot(dialog, "new_pool_dialog")
    answer = dialog.answer()
    assert answer == {"name": "Lab pool", "description": "made in the dialog", "coordinator": live.cache,
                      "members": [others[0].cache]}

    op = NewPoolCommand().create(live.context, answer)
    finished(qtbot, op)
    qtbot.waitUntil(lambda: others[0] not in live.context.connections)  # reached through its pool now
    assert others[1] in live.context.connections and live.connection in live.context.connections
    x = xs[0]
    pool = x.pool.get_all()[0]
    assert x.pool.get_name_label(pool) == "Lab pool" and x.pool.get_name_description(pool) == "made in the dialog"
    assert sorted(x.host.get_name_label(h) for h in x.host.get_all()) == sorted(names[:2])
    assert eventually(lambda: error_of(lambda: login(servers[1].url)) or None, "the member restarts")[0] == \
        "HOST_IS_SLAVE"
    for connection in others:
        connection.shutdown(5)
    live.connection.shutdown(5)


def test_add_to_pool_from_the_window_joins_the_connected_pool(qtbot, sim_factory, tmp_path):
    pool = sim_factory("--hosts", "2", "--vms", "2", "--op-seconds", "0.05")
    server = sim_factory("--hosts", "1", "--vms", "2", "--seed", "5", "--op-seconds", "0.05")
    px, sx = sdk_session(pool).xenapi, sdk_session(server).xenapi
    sx.pool.set_name_label(sx.pool.get_all()[0], "")
    halt_guests(sx)
    forget_shared_storage(sx)
    remove_vlans(sx)
    live = connect_live(qtbot, pool, tmp_path)
    joiner = connect_more(qtbot, live.context, server)
    qtbot.waitUntil(lambda: not any(sr.shared for sr in joiner.cache.all("SR")) and not joiner.cache.all("VLAN"))
    host = joiner.cache.pool().master
    command = live.commands["pool.join"]
    assert command.reason([host]) == ""
    coordinator = live.cache.pool().master
    member = next(h for h in live.cache.all("host") if h is not coordinator and h.ref != coordinator.ref)
    assert command.reason([coordinator]) == "This server is coordinator of an existing pool"
    assert command.reason([member]) == f"'{member.name}' is already in pool '{live.cache.pool().name_label}'."
    [op] = command.run([host], live.context)
    pool_name = px.pool.get_name_label(px.pool.get_all()[0])
    assert live.prompter.asked[-1] == ("Adding to Pool",
                                       f"Do you want to move the server {host.name} into the pool {pool_name}?")
    finished(qtbot, op)
    assert px.host.get_by_uuid(host.uuid) in px.host.get_all()
    qtbot.waitUntil(lambda: joiner not in live.context.connections)
    qtbot.waitUntil(lambda: len(live.cache.all("host")) == 3)  # the pool's connection sees its new member
    live.connection.shutdown(5)
