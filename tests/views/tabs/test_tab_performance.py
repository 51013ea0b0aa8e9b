"""The Performance tab against the simulator: a running VM's and a host's series fetched from their own
host, plotted; a halted VM explained in words; polling only while the page is visible."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest
from pytestqt.exceptions import TimeoutError
from tab_helpers import shoot

from xencenter.model.graphs import DesignedGraph
from xencenter.model.perf_series import Graph, Line, PerformanceData, axis_for, graphs_for
from xencenter.views.tabs.performance import NOT_RUNNING, PerformancePage

FETCH_MS = 15_000


@pytest.fixture
def pool(qtbot, sim_factory, tmp_path):
    """A connection to a 2-host simulator: each host answers on its own loopback address with its own metrics, and
    the member's certificate is trusted because the pool publishes it (Certificate objects)."""
    from xencenter.connection import Connection, ConnectionState, Timing
    from xencenter.settings import TrustStore
    from xencenter.xenapi.address import ServerAddress

    server = sim_factory("--hosts", "2", "--vms", "8")
    address = ServerAddress.parse(server.url)
    trust = TrustStore(tmp_path)
    trust.load()
    trust.trust(address, server.fingerprint)
    connection = Connection(address, "root", trust=trust, timing=Timing(event_timeout=1.0, call_timeout=10.0))
    connection.start("xenroot")
    qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=20_000)
    yield SimpleNamespace(connection=connection, cache=connection.cache,
                          context=SimpleNamespace(connections=[connection], history=None, commands=None))
    assert connection.shutdown(10)


def vms(cache, power_state):
    return sorted((vm for vm in cache.all("VM") if vm.is_real_vm and vm.power_state == power_state),
                  key=lambda vm: vm.name)


def coordinator(cache):
    return next(iter(cache.all("pool"))).master


def shown(qtbot, host_page, pool, obj):
    page = host_page(PerformancePage(pool.context), 760, 1000)
    assert page.applies_to([obj])
    page.set_selection([obj])
    return page


def wait_for_graphs(qtbot, page):
    try:
        qtbot.waitUntil(lambda: bool(page.graphs), timeout=FETCH_MS)
    except TimeoutError:
        raise AssertionError(f"no graphs; the page says {page.message.text()!r}") from None


def assert_plotted(page, titles):
    assert [g.title for g in page.graphs] == titles
    for graph, widget in zip(page.graphs, page.graph_widgets):
        assert widget.graph is graph and widget.isVisible()
        for line in graph.lines:
            values = [v for _, v in line.points if not math.isnan(v)]
            assert len(values) >= 100, (graph.title, line.name)  # ~10 minutes at 5 s
            assert all(v >= 0 for v in values)
            times = [t for t, _ in line.points]
            assert times == sorted(times) and times[-1] - times[0] <= 600
        assert [s.count() for s in widget._series] == [
            len([v for _, v in line.points if not math.isnan(v)]) for line in graph.lines]
    assert page.stack.currentWidget() is page.body_widget


def test_running_vm_on_a_member_is_graphed(qtbot, host_page, pool):
    # a VM on the member host: its data only comes from that host's own endpoint
    vm = next(v for v in vms(pool.cache, "Running") if v.resident_on.ref != coordinator(pool.cache).ref)
    page = shown(qtbot, host_page, pool, vm)
    wait_for_graphs(qtbot, page)
    assert_plotted(page, ["CPU Performance", "Memory Performance", "Network Performance", "Disk Performance"])
    cpu = page.graphs[0]
    assert cpu.top == 100 and all(0 <= v <= 100 for _, v in cpu.lines[0].points)
    assert [line.name for line in cpu.lines] == [f"CPU {i}" for i in range(vm.VCPUs_at_startup)]
    total, used = page.graphs[1].lines
    assert (total.name, used.name) == ("Total Memory", "Used Memory")
    assert all(u < t for (_, u), (_, t) in zip(used.points, total.points))
    assert page.data.uuid == vm.uuid and page.data.kind == "vm"
    shoot(page, "performance-vm")


def test_host_is_graphed_from_itself(qtbot, host_page, pool):
    host = coordinator(pool.cache)
    page = shown(qtbot, host_page, pool, host)
    wait_for_graphs(qtbot, page)
    assert_plotted(page, ["CPU Performance", "Memory Performance", "Network Performance"])
    assert page.data.kind == "host" and page.data.uuid == host.uuid
    assert {"loadavg", "cpu_avg", "memory_free_kib", "pif_aggr_rx"} <= set(page.data.names)
    shoot(page, "performance-host")


def shut_down(qtbot, pool, vm):
    pool.connection.session.xenapi.VM.hard_shutdown(vm.ref)
    qtbot.waitUntil(lambda: pool.cache.get("VM", vm.ref).power_state == "Halted", timeout=FETCH_MS)
    return pool.cache.get("VM", vm.ref)


def test_halted_vm_says_why(qtbot, host_page, pool):
    vm = shut_down(qtbot, pool, vms(pool.cache, "Running")[0])
    page = shown(qtbot, host_page, pool, vm)
    assert page.stack.currentWidget() is page.message and page.message.text() == NOT_RUNNING
    assert not page.polling and page.fetches == 0
    shoot(page, "performance-halted")


def test_polling_runs_while_visible_only(qtbot, host_page, pool, monkeypatch):
    monkeypatch.setattr(PerformancePage, "_schedule", lambda self: self.isVisible() and self._poll.start(300))
    host = coordinator(pool.cache)
    page = shown(qtbot, host_page, pool, host)
    qtbot.waitUntil(lambda: page.fetches >= 3, timeout=FETCH_MS)  # polls again and again
    newest = page.data.newest
    page.window().hide()
    qtbot.waitUntil(lambda: not page.polling, timeout=FETCH_MS)
    count = page.fetches
    qtbot.wait(1000)
    assert page.fetches == count and not page.polling
    page.window().show()
    qtbot.waitUntil(lambda: page.fetches > count, timeout=FETCH_MS)  # shown again: resumes
    assert page.data.newest >= newest and page.graphs


def test_selection_change_drops_the_old_series(qtbot, host_page, pool):
    shut_down(qtbot, pool, vms(pool.cache, "Running")[-1])
    running = vms(pool.cache, "Running")
    page = shown(qtbot, host_page, pool, running[0])
    wait_for_graphs(qtbot, page)
    page.set_selection([running[1]])
    assert page.data.uuid == running[1].uuid and not page.graphs
    wait_for_graphs(qtbot, page)
    page.set_selection([vms(pool.cache, "Halted")[0]])
    assert page.message.text() == NOT_RUNNING and not page.polling


def test_a_vm_shut_down_while_shown_stops_polling(qtbot, host_page, pool):
    vm = vms(pool.cache, "Running")[0]
    page = shown(qtbot, host_page, pool, vm)
    pool.connection.objects_changed.connect(page.on_changes)  # as the window wires its pages
    wait_for_graphs(qtbot, page)
    shut_down(qtbot, pool, vm)
    qtbot.waitUntil(lambda: page.message.text() == NOT_RUNNING, timeout=FETCH_MS)
    assert page.stack.currentWidget() is page.message and not page.polling


def test_unreachable_host_is_reported_in_words(qtbot, host_page, pool, monkeypatch):
    host = next(h for h in pool.cache.all("host") if h.ref != coordinator(pool.cache).ref)
    page = PerformancePage(pool.context)
    monkeypatch.setattr(type(host), "address", property(lambda self: "127.0.0.1:9"), raising=False)
    host_page(page)
    page.set_selection([host])
    failed = lambda: page.stack.currentWidget() is page.message and "could not" in page.message.text()
    qtbot.waitUntil(failed, timeout=FETCH_MS)
    assert not page.graphs and page.polling  # tries again later
    pool.connection.objects_changed.connect(page.on_changes)
    pool.connection.session.xenapi.host.set_name_label(host.ref, "renamed")  # a change that moves nothing
    qtbot.waitUntil(lambda: pool.cache.get("host", host.ref).name == "renamed", timeout=FETCH_MS)
    qtbot.wait(50)
    assert failed() and page.polling


def test_graphs_need_their_data_sources():
    from xencenter.xenapi.rrd import RRDUpdates

    data = PerformanceData("vm", "u")
    data.merge(RRDUpdates(("AVERAGE:vm:u:cpu0", "AVERAGE:vm:u:cpu1", "AVERAGE:vm:other:cpu0"),
                          ((10, (0.2, 0.4, 0.9)), (5, (0.0, float("nan"), 0.9)))))
    designed = [DesignedGraph("CPU", ("cpu0", "cpu1", "cpu7")), DesignedGraph("Disk", ("vbd_xvda_read",))]
    (cpu,) = graphs_for(data, designed)  # no disk data: no disk graph; no cpu7: no line for it
    assert [line.name for line in cpu.lines] == ["CPU 0", "CPU 1"]
    assert cpu.lines[1].points[1] == (10, pytest.approx(40.0))
    assert math.isnan(cpu.lines[1].points[0][1])


@pytest.mark.parametrize(("unit", "peak", "labels"), [
    ("B", 3.5 * 2**30, ["0 GiB", "1 GiB", "2 GiB", "3 GiB", "4 GiB"]),
    ("B/s", 5.6 * 2**20, ["0 MiB/s", "2 MiB/s", "4 MiB/s", "6 MiB/s"]),
    ("B/s", 700 * 1024, ["0 KiB/s", "200 KiB/s", "400 KiB/s", "600 KiB/s", "800 KiB/s"]),
    ("B/s", 0.0, ["0 B/s", "0.2 B/s", "0.4 B/s", "0.6 B/s", "0.8 B/s", "1 B/s"]),
])
def test_value_axis_is_round_in_its_unit(unit, peak, labels):
    axis = axis_for(Graph("g", (Line("l", "#000", ((0, peak / 2), (5, peak), (10, float("nan")))),), unit))
    assert [axis.label(axis.top * k / axis.ticks) for k in range(axis.ticks + 1)] == labels
    assert axis.top >= peak
