"""The pool's history and the graphs as data, without Qt: a task's object (XenCenter's applies_to, then the
objects whose current_operations name it, then its host), its words, a task destroyed while pending, our own
tasks left out; XenCenter's gui_config keys for graphs, archives per range, humanised units."""

from __future__ import annotations

import math

import pytest

from xencenter.model.cache import ObjectCache
from xencenter.model.graphs import (
    RANGES,
    DesignedGraph,
    friendly_name,
    humanised,
    saved_graphs,
    step_for,
    with_graphs,
)
from xencenter.model.tasks import foreign_tasks, tasks_of, title_of
from xencenter.sim.fieldtypes import new_record
from xencenter.xenapi.events import Event

NOW = 1_800_000_000


def _cache(*events: tuple[str, str, str, dict]) -> ObjectCache:
    cache = ObjectCache()
    cache.apply([Event(i, "", cls, op, ref, record) for i, (cls, op, ref, record) in enumerate(events)])
    return cache


def _task(**fields) -> dict:
    return {**new_record("task"), "name_label": "Async.VM.start", "status": "pending",
            "created": "20270115T08:00:00Z", **fields}


def test_a_task_names_its_object_as_xencenter_reads_it():
    host = {**new_record("host"), "name_label": "xcp-host-01"}
    vm = {**new_record("VM"), "name_label": "web 1", "current_operations": {"OpaqueRef:t1": "start"}}
    other = {**new_record("VM"), "name_label": "db"}
    cache = _cache(("host", "add", "OpaqueRef:h", host), ("VM", "add", "OpaqueRef:vm", vm),
                   ("VM", "add", "OpaqueRef:db", other),
                   ("task", "add", "OpaqueRef:t1", _task(resident_on="OpaqueRef:h", progress=0.4,
                                                         allowed_operations=["cancel"])),
                   ("task", "add", "OpaqueRef:t2", _task(name_label="VM import", resident_on="OpaqueRef:h")),
                   ("task", "add", "OpaqueRef:t3", _task(other_config={"applies_to": "OpaqueRef:db"},
                                                         name_label="Async.VM.clean_shutdown")),
                   ("task", "add", "OpaqueRef:t4", _task(subtask_of="OpaqueRef:t1")))
    rows = {t.ref: t for t in tasks_of(cache, "key", "pool")}
    assert set(rows) == {"OpaqueRef:t1", "OpaqueRef:t2", "OpaqueRef:t3"}  # subtasks show under their parent
    started = rows["OpaqueRef:t1"]
    assert (started.title, started.object_names, started.status_words) == ("Starting VM 'web 1'", "web 1",
                                                                          "In progress (40%)")
    assert started.cancellable and started.concerns({("VM", "OpaqueRef:vm")})
    assert (rows["OpaqueRef:t2"].title, rows["OpaqueRef:t2"].object_names) == ("VM import", "xcp-host-01")
    assert rows["OpaqueRef:t3"].title == "Shutting down VM 'db'"
    assert foreign_tasks(rows.values(), {"OpaqueRef:t1"}) == [r for r in rows.values() if r.ref != "OpaqueRef:t1"]


def test_destroyed_tasks_stay_as_they_ended():
    vm = {**new_record("VM"), "name_label": "web 1", "current_operations": {"OpaqueRef:t1": "clone"}}
    failed = _task(name_label="Async.VM.clone", status="failure", finished="20270115T08:00:05Z",
                   error_info=["VM_BAD_POWER_STATE", "OpaqueRef:vm", "halted", "running"])
    cache = _cache(("VM", "add", "OpaqueRef:vm", vm), ("task", "add", "OpaqueRef:t1", failed),
                   ("task", "add", "OpaqueRef:t2", _task()))
    tasks_of(cache, "key", "pool")  # seen while the VM named it
    cache.apply([Event(9, "", "VM", "mod", "OpaqueRef:vm", {**vm, "current_operations": {}}),
                 Event(10, "", "task", "del", "OpaqueRef:t1", None), Event(11, "", "task", "del", "OpaqueRef:t2", None)])
    rows = {t.ref: t for t in tasks_of(cache, "key", "pool")}
    gone = rows["OpaqueRef:t1"]
    assert gone.status == "failure" and gone.title == "Cloning VM 'web 1'" and not gone.cancellable
    assert "web 1" in gone.error and gone.details.startswith("VM_BAD_POWER_STATE")
    assert gone.finished - gone.started == pytest.approx(5)
    assert rows["OpaqueRef:t2"].status_words == "Ended" and rows["OpaqueRef:t2"].finished is not None


@pytest.mark.parametrize("label, words", [("Async.VM.hard_reboot", "Forcing reboot of VM"),
                                          ("host.evacuate", "Evacuating server"), ("Export of VM: x", "Export of VM: x")])
def test_task_titles(label, words):
    assert title_of(label, ()) == words


def test_graphs_are_kept_in_xencenter_s_keys():
    config = {"other": "kept", "XenCenter.GraphLayout.0.vm.other-vm": "cpu0",
              "XenCenter.GraphLayout.0.vm.u-1": "old", "XenCenter.GraphLayout.1.vm.u-1": "older"}
    graphs = [DesignedGraph("CPU", ("cpu0", "cpu1")), DesignedGraph("", ("memory",))]
    saved = with_graphs(config, "vm", "u-1", graphs)
    assert saved == {"other": "kept", "XenCenter.GraphLayout.0.vm.other-vm": "cpu0",
                     "XenCenter.GraphLayout.0.vm.u-1": "cpu0,cpu1", "XenCenter.GraphName.0.vm.u-1": "CPU",
                     "XenCenter.GraphLayout.1.vm.u-1": "memory"}
    assert saved_graphs(saved, "vm", "u-1") == graphs
    assert graphs[1].title == "Total Memory"


def test_each_range_reads_its_archive_and_units_are_humanised():
    for graph_range in RANGES:
        assert step_for(graph_range.start(NOW), NOW) == graph_range.step
    assert step_for(NOW - 3 * 86400, NOW) == 3600 and step_for(0, NOW) == 86400
    assert [friendly_name(n) for n in ("cpu3", "loadavg", "vbd_xvda_write", "pif_eth0_rx")] == [
        "CPU 3", "Control Domain Load", "Disk xvda Write", "NIC 0 Receive"]
    assert [humanised(v, u) for v, u in ((12.345, "%"), (3 * 2**29, "B"), (1536.0, "B/s"), (0.5, ""))] == [
        "12.3%", "1.5 GiB", "1.5 KiB/s", "0.50"]
    assert humanised(math.nan, "%") == "no data"


def test_a_pool_without_new_task_rows_is_not_walked(monkeypatch):
    """Finding the objects a task names walks every object of the pool: only done when a row is made (the
    Events page reads every pool's tasks after each batch that touches tasks)."""
    from xencenter.model import tasks

    walks = []
    original = tasks.busy_objects
    monkeypatch.setattr(tasks, "busy_objects", lambda cache: walks.append(1) or original(cache))
    vm = {**new_record("VM"), "name_label": "web 1"}
    cache = _cache(("VM", "add", "OpaqueRef:vm", vm))
    assert tasks_of(cache, "key", "pool") == [] and walks == []
    cache.apply([Event(1, "", "task", "add", "OpaqueRef:t1", _task(status="success")),
                 Event(2, "", "task", "del", "OpaqueRef:t1", None)])
    assert len(tasks_of(cache, "key", "pool")) == 1 and walks == [1]
    assert len(tasks_of(cache, "key", "pool")) == 1 and walks == [1], "an ended task's row is remembered"
    cache.apply([Event(3, "", "task", "add", "OpaqueRef:t2", _task())])
    assert len(tasks_of(cache, "key", "pool")) == 2 and walks == [1, 1], "once per read, for every live row"


def test_an_operation_in_words():
    from xencenter.model.tasks import operation_words

    assert operation_words("clean_shutdown") == "Shutting down"
    assert operation_words("some_new_operation") == "some new operation"
