"""Shut Down, Power On, Restart Toolstack, Remove From Pool and Make Pool Coordinator in the window: refusals in
XenCenter's words on the menu actions, a member shut down and powered on again through events alone, and the
connection coming back by itself after a toolstack restart."""

from __future__ import annotations

from test_commands import look_of, wait_done

from xencenter.connection import ConnectionState
from xencenter.operations.history import OperationStatus

WAIT = 30_000


def test_the_coordinators_refusals_are_in_words_on_the_menu_actions(qtbot, demo):
    window, connection, *_ = demo
    navigation = window.navigation
    navigation.tree.expandAll()
    host = connection.cache.pool().master
    assert navigation.select_object(navigation.connections.key(connection), host.ref)
    qtbot.waitUntil(lambda: [o.ref for o in navigation.selection()] == [host.ref], timeout=WAIT)
    actions = window.actions_by_id
    qtbot.waitUntil(lambda: not actions["pool.eject"].isEnabled(), timeout=WAIT)
    assert "You cannot remove the coordinator from the pool." in actions["pool.eject"].toolTip()
    assert not actions["host.power-on"].isEnabled()
    assert "This server is already powered on." in actions["host.power-on"].toolTip()
    assert f"'{host.name}' is already the pool coordinator." in actions["pool.designate-coordinator"].toolTip()
    assert actions["host.shutdown"].isEnabled() and actions["host.restart-toolstack"].isEnabled()


def test_a_member_shut_down_and_powered_on_again(qtbot, live):
    coordinator = live.cache.pool().master
    host = next(h for h in live.cache.all("host") if h.ref != coordinator.ref)
    ops = live.commands["host.shutdown"].run([host], live.context)
    title, text = live.prompter.asked[-1][:2]
    assert title == "Shut Down Server" and text.startswith(f"Are you sure you want to shut down '{host.name}'?")
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    qtbot.waitUntil(lambda: look_of(live, host) == "dead", timeout=WAIT)
    power_on = live.commands["host.power-on"]
    assert power_on.reason([live.fresh(host)]) == "This host does not have its Power On mode set."
    assert live.commands["host.shutdown"].reason([live.fresh(host)]) == "This server is already shut down."
    live.connection.session.call("host.set_power_on_mode", host.ref, "wake-on-lan", {})
    qtbot.waitUntil(lambda: power_on.can_run([live.fresh(host)]), timeout=WAIT)
    wait_done(qtbot, power_on.run([live.fresh(host)], live.context))
    qtbot.waitUntil(lambda: look_of(live, host) == "live", timeout=WAIT)


def test_the_connection_rides_through_a_toolstack_restart(qtbot, live):
    coordinator = live.cache.pool().master
    started = coordinator.agent_start_time
    before = live.connection.session._ref
    ops = live.commands["host.restart-toolstack"].run([coordinator], live.context)
    assert live.prompter.asked[-1][0] == "Restart Toolstack"
    wait_done(qtbot, ops)
    assert ops[0].status is OperationStatus.SUCCESS, ops[0].error
    qtbot.waitUntil(lambda: live.fresh(coordinator).agent_start_time != started, timeout=WAIT)  # events again
    qtbot.waitUntil(lambda: live.connection.session._ref != before, timeout=WAIT)  # lost, renewed by the heartbeat
    assert live.connection.state is ConnectionState.CONNECTED
    assert live.connection.session.call("pool.get_all")
