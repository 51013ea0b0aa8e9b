"""The Performance tab's ranges and graphs in the window's context against the simulator: each range asks
``/rrd_updates`` for its archive (the query the simulator got) and draws that step; zoom and pan move every
graph together; the hover says the value and time in words; New, Edit and Delete Graph are saved in the
pool's gui_config under XenCenter's keys (read back with the official SDK) and redraw the page."""

from __future__ import annotations

import time

import pytest
import XenAPI
from tab_helpers import shoot

from tests.views.live_helpers import PASSWORD, USER, connect_live
from xencenter.model.graphs import RANGES, custom_range
from xencenter.views.tabs.performance import PerformancePage

WAIT = 20_000


@pytest.fixture
def live(qtbot, sim_factory, tmp_path):
    server = sim_factory("--hosts", "2", "--vms", "6", "--seed", "3")
    live = connect_live(qtbot, server, tmp_path)
    live.server = server
    yield live
    live.connection.shutdown(5)


def sdk(server):
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password(USER, PASSWORD, "1.0", "tests")
    return session


def shown(qtbot, host_page, live, obj) -> PerformancePage:
    page = host_page(PerformancePage(live.context), 900, 1000)
    live.context.connections.objects_changed.connect(lambda _, changes: page.on_changes(changes))
    page.set_selection([obj])
    qtbot.waitUntil(lambda: bool(page.graphs), timeout=WAIT)
    return page


def running_vm(live):
    return next(v for v in live.vms("Running") if v.VIFs and v.VBDs)


@pytest.mark.parametrize("index", range(len(RANGES)))
def test_each_range_asks_for_its_archive(qtbot, host_page, live, index):
    vm = running_vm(live)
    page = shown(qtbot, host_page, live, vm)
    graph_range = RANGES[index]
    before = len(live.connection.session.call("sim.rrd_requests"))
    asked_at = time.time()
    page.set_range(graph_range)
    qtbot.waitUntil(lambda: page.data.step == graph_range.step and bool(page.graphs) and bool(page.data.rows),
                    timeout=WAIT)
    query = live.connection.session.call("sim.rrd_requests")[before]
    assert query["interval"] == str(graph_range.step) and query["vm_uuid"] == vm.uuid
    assert abs(int(query["start"]) - (asked_at - graph_range.span + 2 * graph_range.step)) < 30
    times = sorted(page.data.rows)
    assert all(b - a == graph_range.step for a, b in zip(times, times[1:]))  # the archive's own step
    expected = {5: 118, 60: 118, 3600: 166, 86400: 364}[graph_range.step]
    assert expected <= len(times) <= expected + 1
    cpu = page.graph_widgets[0]
    assert cpu.time_window[1] - cpu.time_window[0] == graph_range.span
    assert page.range_box.currentText() == graph_range.name
    shoot(page, f"performance-range-{graph_range.step}")


def test_the_mouse_hovers_zooms_and_pans(qtbot, host_page, live):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    page = shown(qtbot, host_page, live, running_vm(live))
    chart = page.graph_widgets[0]
    area = chart.chart().plotArea()
    middle = QPoint(int(area.center().x()), int(area.center().y()))
    qtbot.mouseMove(chart.viewport(), middle)
    qtbot.waitUntil(lambda: chart.hover_text.startswith("CPU 0: "), timeout=WAIT)
    first, last = page.time_window
    wheel = QWheelEvent(QPointF(middle), QPointF(chart.viewport().mapToGlobal(middle)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(chart.viewport(), wheel)
    zoomed = page.time_window
    assert zoomed[1] - zoomed[0] == pytest.approx((last - first) * 0.8)
    assert first < zoomed[0] and zoomed[1] < last  # around the mouse, in the middle
    qtbot.mousePress(chart.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(chart.viewport(), middle + QPoint(100, 0))
    qtbot.mouseRelease(chart.viewport(), Qt.MouseButton.LeftButton, pos=middle + QPoint(100, 0))
    assert page.time_window[0] < zoomed[0]  # dragged right: earlier times come into view
    assert page.graph_widgets[1].time_window == page.time_window


def test_a_custom_range_reads_the_archive_that_covers_it(qtbot, host_page, live):
    host = live.cache.pool().master
    page = shown(qtbot, host_page, live, host)
    now = time.time()
    first, last = now - 3 * 86400, now - 86400
    before = len(live.connection.session.call("sim.rrd_requests"))
    page.set_range(custom_range(first, last, now), (first, last))
    qtbot.waitUntil(lambda: page.data.step == 3600 and bool(page.data.rows), timeout=WAIT)
    query = live.connection.session.call("sim.rrd_requests")[before]
    assert (query["interval"], query["start"], query["host"]) == ("3600", str(int(first)), "true")
    assert page.time_window == (first, last) and page.range_box.currentText() == "Custom..."
    qtbot.wait(200)
    assert not page.polling  # a window in the past does not change


def test_zoom_and_pan_move_every_graph_and_hover_says_value_and_time(qtbot, host_page, live):
    page = shown(qtbot, host_page, live, running_vm(live))
    first, last = page.time_window
    chart = page.graph_widgets[0]
    chart.window_requested.emit(*chart.zoomed(last, 0.5))
    assert page.time_window == (pytest.approx(last - 300), pytest.approx(last))
    assert all(c.time_window == page.time_window for c in page.graph_widgets)
    page.set_time_window(first - 1000, first - 700)  # panned past the oldest row: held at the data's edge
    oldest = min(page.data.rows)
    assert page.time_window == (oldest, oldest + 300)
    newest = max(page.data.rows)
    text = chart.hover(0, newest)
    assert text.startswith("CPU 0: ") and text.endswith(time.strftime("%H:%M:%S", time.localtime(newest)))
    assert "%" in text
    memory = page.graph_widgets[1].hover(0, newest)
    assert memory.startswith("Total Memory: ") and ("MiB" in memory or "GiB" in memory)
    network = page.graph_widgets[2].hover(0, newest)
    assert "/s at " in network
    together = chart.hover_all(newest)
    assert together.splitlines()[0] == text and len(together.splitlines()) == len(chart.graph.lines)


def test_new_edit_and_delete_graph_are_saved_where_xencenter_reads_them(qtbot, host_page, live):
    vm = running_vm(live)
    page = shown(qtbot, host_page, live, vm)
    defaults = [g.title for g in page.graphs]
    live.prompter.graph_answer = {"name": "Guest load", "source": ["cpu0", "memory_internal_free"]}
    page.run_graph_command("graph.new")
    assert live.prompter.asked[-1] == ("graph", "new")
    qtbot.waitUntil(lambda: [g.title for g in page.graphs] == [*defaults, "Guest load"], timeout=WAIT)
    session = sdk(live.server)
    try:
        api = session.xenapi
        config = api.pool.get_gui_config(api.pool.get_all()[0])
        assert config[f"XenCenter.GraphLayout.4.vm.{vm.uuid}"] == "cpu0,memory_internal_free"
        assert config[f"XenCenter.GraphName.4.vm.{vm.uuid}"] == "Guest load"
        assert config[f"XenCenter.GraphLayout.0.vm.{vm.uuid}"].startswith("cpu0,")  # the defaults saved too
        page.select_graph(4)
        live.prompter.graph_answer = {"name": "Guest CPU", "source": ["cpu0"]}
        page.run_graph_command("graph.edit")
        assert live.prompter.asked[-1] == ("graph", "Guest load")
        qtbot.waitUntil(lambda: page.graphs[-1].title == "Guest CPU" and len(page.graphs[-1].lines) == 1,
                        timeout=WAIT)
        assert api.pool.get_gui_config(api.pool.get_all()[0])[f"XenCenter.GraphLayout.4.vm.{vm.uuid}"] == "cpu0"
        page.select_graph(0)
        page.run_graph_command("graph.delete")
        qtbot.waitUntil(lambda: [g.title for g in page.graphs] == [*defaults[1:], "Guest CPU"], timeout=WAIT)
        config = api.pool.get_gui_config(api.pool.get_all()[0])
        assert f"XenCenter.GraphLayout.4.vm.{vm.uuid}" not in config
        assert config[f"XenCenter.GraphName.3.vm.{vm.uuid}"] == "Guest CPU"
    finally:
        session.xenapi.session.logout()
    shoot(page, "performance-new-graph")
