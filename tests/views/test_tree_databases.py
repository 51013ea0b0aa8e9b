"""The Infrastructure tree of every shared pool database, served by the simulator and read through a real
connection: XenCenter's placement rules hold on the rows the window shows (rules written out here, not
copied from tree.py), and the model matches the pure tree row for row."""

from __future__ import annotations

import pytest
from live_helpers import connect_live
from PySide6.QtCore import QModelIndex

from tests.conftest import XAPI_DBS
from xencenter.model.naming import natural_key
from xencenter.model.tree import VIEWS, render_text
from xencenter.views.tree_model import KindRole

TOP = QModelIndex()

KIND_ORDER = {"host": 0, "vm": 1, "sr": 2, "template": 3}


def walk(model, parent=TOP):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from walk(model, index)


def text(model, parent=TOP, depth=0):
    lines = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        lines.append("  " * depth + index.data())
        lines += text(model, index, depth + 1)
    return lines


def xencenter_order(obj) -> tuple:
    """Host.CompareTo: coordinators first; an SR by its Name() with the host (XenObject.CompareTo); natural."""
    if obj.cls == "host":
        return obj.cache.pool().ref_of("master") != obj.ref, natural_key(obj.name)
    return (natural_key(obj.name),)


@pytest.mark.parametrize("db", XAPI_DBS, ids=lambda p: p.stem)
def test_infrastructure_rows_follow_the_placement_rules(qtbot, qtmodeltester, sim_factory, tmp_path, db):
    live = connect_live(qtbot, sim_factory("--db", str(db)), tmp_path)
    try:
        model, cache = live.model, live.cache
        qtmodeltester.check(model)
        assert model.rowCount() == 1
        top = model.index(0, 0)
        pool = cache.pool()
        pool_shown = bool(pool.name_label) or cache.count("host") > 1
        assert top.data(KindRole) == ("pool" if pool_shown else "host")
        top_obj = model.object_at(top)
        for index in walk(model, top):
            obj = model.object_at(index)
            assert obj is not None, index.data()
            parent = model.object_at(index.parent())
            if obj.cls == "host":
                assert parent == top_obj
            elif obj.cls == "VM":
                assert not obj.is_control_domain and not obj.is_snapshot, obj.name
                assert not obj.hidden and "xensource_internal" not in obj.other_config
                if obj.is_a_template:
                    assert parent == top_obj and not obj.is_default_template
                elif obj.power_state == "Running" and obj.resident_on is not None:
                    assert parent == (obj.resident_on if pool_shown else top_obj), obj.name
            elif obj.cls == "SR":
                if obj.shared or len(obj.PBDs) != 1:
                    assert parent == top_obj, obj.name
                else:
                    assert parent == obj.PBDs[0].host or not pool_shown, obj.name
        for index in [top, *walk(model, top)]:
            children = [model.index(r, 0, index) for r in range(model.rowCount(index))]
            kinds = [KIND_ORDER[c.data(KindRole)] for c in children]
            assert kinds == sorted(kinds), f"kinds out of order under {index.data()}"
            for kind in set(kinds):
                keys = [xencenter_order(model.object_at(c)) for c in children if KIND_ORDER[c.data(KindRole)] == kind]
                assert keys == sorted(keys), f"not in XenCenter's order under {index.data()}"
        pure = render_text(VIEWS["infrastructure"](live.context.connections.sources(), model.options))
        assert text(model) == [line[2:] for line in pure.splitlines()[1:]]
    finally:
        live.connection.shutdown(5)
