"""The simulator's data sources and RRD history through the official XenAPI SDK and plain HTTP: every
source a host or VM publishes (per CPU, vCPU, PIF, VIF, disk), query_data_source, forgetting and recording
archives, ``/rrd_updates`` picking xapi's archive for ``start`` and ``interval``, and the same values for the
same time whoever asks."""

from __future__ import annotations

import time

import pytest
import requests
import XenAPI

DAY = 86400
pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")


@pytest.fixture
def x(sim_factory):
    server = sim_factory("--hosts", "2", "--vms", "4", "--seed", "7")
    session = XenAPI.Session(server.url, ignore_ssl=True)
    session.xenapi.login_with_password("root", "xenroot", "1.0", "tests")
    session.server_url = server.url
    yield session
    session.xenapi.session.logout()


def _running_vm(api) -> str:
    return next(ref for ref, r in api.VM.get_all_records().items()
                if r["power_state"] == "Running" and not r["is_control_domain"])


def _export(session, host_url: str, **query) -> dict:
    params = {"session_id": session._session, "cf": "AVERAGE", "host": "true", "json": "true", **query}
    response = requests.get(f"{host_url}/rrd_updates", params=params, verify=False, timeout=10)
    response.raise_for_status()
    return response.json()


def test_a_vm_publishes_a_source_per_vcpu_interface_and_disk(x):
    api = x.xenapi
    vm = _running_vm(api)
    names = {d["name_label"]: d for d in api.VM.get_data_sources(vm)}
    vcpus = int(api.VM.get_VCPUs_at_startup(vm))
    assert {f"cpu{i}" for i in range(vcpus)} <= set(names)
    for vif in api.VM.get_VIFs(vm):
        device = api.VIF.get_device(vif)
        assert {f"vif_{device}_rx", f"vif_{device}_tx"} <= set(names)
    disks = [api.VBD.get_device(b) for b in api.VM.get_VBDs(vm) if api.VBD.get_type(b) == "Disk"]
    assert disks and all(f"vbd_{d}_read" in names and f"vbd_{d}_write" in names for d in disks)
    assert names["memory"]["units"] == "B" and names["cpu0"]["units"] == "(fraction)"
    assert 0.0 <= float(api.VM.query_data_source(vm, "cpu0")) <= 1.0
    api.VM.hard_shutdown(vm)
    assert api.VM.get_data_sources(vm) == []  # rrdd knows running domains only


def test_a_host_publishes_cpus_load_memory_and_nics(x):
    api = x.xenapi
    host = api.host.get_all()[0]
    names = {d["name_label"] for d in api.host.get_data_sources(host)}
    assert {"cpu_avg", "loadavg", "memory_total_kib", "memory_free_kib", "xapi_free_memory_kib",
            "pif_aggr_rx", "pif_aggr_tx"} <= names
    assert {f"cpu{i}" for i in range(len(api.host.get_host_CPUs(host)))} <= names
    for pif in api.host.get_PIFs(host):
        assert f"pif_{api.PIF.get_device(pif)}_rx" in names
    api.host.forget_data_source_archives(host, "loadavg")
    assert not next(d for d in api.host.get_data_sources(host) if d["name_label"] == "loadavg")["enabled"]
    api.host.record_data_source(host, "loadavg")
    assert next(d for d in api.host.get_data_sources(host) if d["name_label"] == "loadavg")["enabled"]
    with pytest.raises(XenAPI.Failure):
        api.host.query_data_source(host, "no_such_source")


@pytest.mark.parametrize("span, interval, step, rows", [
    (600, 5, 5, 118), (7200, 60, 60, 118), (7 * DAY, 3600, 3600, 166), (366 * DAY, 86400, 86400, 364),
])
def test_rrd_updates_serves_each_archive(x, span, interval, step, rows):
    now = int(time.time())
    export = _export(x, x.server_url, start=str(now - span + 2 * interval), interval=str(interval))
    assert export["meta"]["step"] == step
    assert rows <= len(export["data"]) <= rows + 1
    times = [row["t"] for row in export["data"]]
    assert times == sorted(times, reverse=True) and all(t % step == 0 for t in times)


def test_rrd_updates_takes_a_coarser_archive_when_the_finer_one_does_not_reach_back(x):
    now = int(time.time())
    assert _export(x, x.server_url, start=str(now - 3600), interval="5")["meta"]["step"] == 60
    assert _export(x, x.server_url, start=str(now - 30 * DAY), interval="5")["meta"]["step"] == 86400
    assert _export(x, x.server_url, start="0", interval="5")["meta"]["step"] == 86400
    asked = x.xenapi.sim.rrd_requests()
    assert [(q["start"], q["interval"]) for q in asked[-1:]] == [("0", "5")]
    assert all("session_id" not in q for q in asked)


def test_the_same_time_has_the_same_value_whoever_asks(x):
    now = int(time.time())
    first = _export(x, x.server_url, start=str(now - 5 * DAY), interval="3600")
    second = _export(x, x.server_url, start=str(now - 3 * DAY), interval="3600")
    values = {row["t"]: row["values"] for row in first["data"]}
    assert second["meta"]["legend"] == first["meta"]["legend"]
    assert all(values[row["t"]] == row["values"] for row in second["data"] if row["t"] in values)
    days = [float(row["values"][0]) for row in _export(x, x.server_url, start=str(now - 300 * DAY),
                                                       interval="86400")["data"]]
    assert max(days) - min(days) > 0.1  # a year of history moves, it is not one flat line
