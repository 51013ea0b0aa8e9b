"""The Search tab's Qt-free parts on hand-made pools: the search a selection gets, export files, what each
cell shows, the performance figures, the Saved Searches view and the builder's choices."""

from __future__ import annotations

import math

from search_world import OPTIONS, shape, sources

from tests.model.model_world import World
from xencenter.model.tree import VIEWS, TreeOptions, render_text
from xencenter.model.xensearch import cells
from xencenter.model.xensearch.choices import ServerChoices, all_tags, object_choices, os_names
from xencenter.model.xensearch.context import SearchContext, SearchOptions
from xencenter.model.xensearch.defaults import (
    OVERVIEW_NAME,
    OVERVIEW_TYPES,
    search_for_folder,
    search_for_server,
    search_for_tag,
)
from xencenter.model.xensearch.editing import FilterRow
from xencenter.model.xensearch.files import export_xml, read_export, read_search, write_export
from xencenter.model.xensearch.filters import UUID_IS
from xencenter.model.xensearch.marshal import parse_searches
from xencenter.model.xensearch.navigation import listed_searches
from xencenter.model.xensearch.run import run_search
from xencenter.model.xensearch.saved import builtin_searches
from xencenter.model.xensearch.scope import ObjectTypes
from xencenter.model.xensearch.usage import UsageFigures
from xencenter.xenapi.rrd import RRDUpdates


def _pool() -> World:
    w = World()
    w.hosts = [w.host("h1", address="10.0.0.1"), w.host("h2", address="10.0.0.2")]
    w.pool("Lab", master=w.hosts[0])
    return w


# ---- the search for a selection ---------------------------------------------------------------------------------


def test_a_selection_in_one_pool_shows_the_pools_overview_grouped_by_server():
    w = _pool()
    web = w.running_vm("web", w.hosts[1])
    w.vm("halted")
    other = World()
    lone = other.host("solo")
    other.pool("", master=lone)
    other.running_vm("db", lone)
    cache, lone_cache = w.cache(), other.cache()
    search = search_for_server([cache.get("VM", web)])
    assert search.name == "Lab: Overview" and search.query.scope.types == OVERVIEW_TYPES
    result = run_search(search, sources(cache, lone_cache), OPTIONS)
    # the other server's VM is not in Lab; "halted" has no home: under the pool, after its servers
    assert shape(result) == [("Lab", [("h1", []), ("h2", ["web"]), "halted"])]
    lone_search = search_for_server([lone_cache.get("host", lone)])
    assert lone_search.name == "solo: Overview"  # no visible pool: the coordinator's overview
    assert shape(run_search(lone_search, sources(cache, lone_cache), OPTIONS)) == [("solo", ["db"])]
    both = search_for_server([cache.get("VM", web), lone_cache.get("host", lone)])
    assert both.name == OVERVIEW_NAME and both.query.filter is None


def test_tag_and_folder_searches():
    w = _pool()
    w.vm("a", tags=["prod"], other_config={"folder": "/Apps/Web"})
    w.vm("b", other_config={"folder": "/Apps"})
    cache = w.cache()
    assert shape(run_search(search_for_tag("prod"), sources(cache), OPTIONS)) == ["a"]
    apps = search_for_folder("/Apps")
    assert apps.name == "Apps" and apps.folder_for_navigator == "/Apps"
    assert shape(run_search(apps, sources(cache), OPTIONS)) == ["Web", "b"]  # the sub-folder, then its contents


# ---- export files -----------------------------------------------------------------------------------------------


def test_an_export_is_what_xencenter_writes(tmp_path):
    by_state = next(s for s in builtin_searches() if s.name == "VMs by Power State")
    text = export_xml([by_state])
    assert text.splitlines()[:4] == [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<!DOCTYPE xensearch PUBLIC "-//XENSEARCH//DTD XENSEARCH 1//EN" "xensearch-1.dtd">',
        '<Searches xmlns="http://www.citrix.com/XenCenter/XenSearch/schema">',
        '    <Search uuid="dead-beef-1234-vmsbyps" name="VMs by Power State" major_version="2" minor_version="0">']
    assert "            <QueryScope>\n                <VM />\n            </QueryScope>" in text
    path = tmp_path / "state.xensearch"
    write_export(path, [by_state])
    [read] = read_export(path)
    assert (read.query, read.grouping, read.name, read.uuid) == (by_state.query, by_state.grouping, by_state.name,
                                                                 by_state.uuid)


def test_a_search_without_uuid_gets_one_when_exported_and_a_file_must_hold_one(tmp_path):
    from xencenter.model.xensearch.files import SearchFileError
    from xencenter.model.xensearch.search import Search

    [exported] = parse_searches(export_xml([Search(name="fresh")]))
    assert exported.uuid and len(exported.uuid) == 36
    two = tmp_path / "two.xensearch"
    two.write_text(export_xml(builtin_searches()[:2]))
    try:
        read_search(two)
    except SearchFileError as e:
        assert "holds 2 searches" in str(e)
    else:
        raise AssertionError("two searches read as one")
    (tmp_path / "bad.xensearch").write_text("<Searches><Nonsense/></Searches>")
    try:
        read_export(tmp_path / "bad.xensearch")
    except SearchFileError as e:
        assert "holds no search" in str(e)


# ---- cells ------------------------------------------------------------------------------------------------------


def _figures(values: dict[tuple[str, str], float]):
    return lambda obj, name: values.get((obj.uuid, name), 0.0)


def test_cells_show_figures_bars_and_xencenters_tools_warnings():
    w = _pool()
    optimized = w.add("VM_guest_metrics", PV_drivers_detected=True, PV_drivers_up_to_date=True,
                      PV_drivers_version={"major": "9", "minor": "0"},
                      other={"feature-static-ip-setting": "1"}, networks={"0/ip": "10.1.0.9"})
    web = w.running_vm("web", w.hosts[0], guest_metrics=optimized, name_description="front end\nsecond line",
                       uuid="web-uuid")
    w.update("VM_metrics", w.tables["VM"][web]["metrics"], VCPUs_number=2, memory_actual=1 << 30)
    w.add("VIF", VM=web, device="0", network=w.add("network", name_label="lan"))  # addresses are per VIF
    bare = w.running_vm("bare", w.hosts[0])
    w.update("VM_metrics", w.tables["VM"][bare]["metrics"], VCPUs_number=1)
    cache = w.cache()
    figures = {("web-uuid", "cpu0"): 0.5, ("web-uuid", "cpu1"): 0.3, ("web-uuid", "memory"): 2 << 30,
               ("web-uuid", "memory_internal_free"): (1 << 30) / 1024}
    ctx = SearchContext(sources(cache), SearchOptions(now=OPTIONS.now, tz=OPTIONS.tz, metrics=_figures(figures)))
    vm, naked = cache.get("VM", web), cache.get("VM", bare)
    status = ctx.virtualization(vm).flags
    assert status & 4 and status & 8, status  # the guest metrics above are what an optimized guest reports
    assert cells.object_cell("name", vm, ctx) == cells.Cell("web", "front end")
    assert cells.object_cell("cpu", vm, ctx) == cells.Cell("40% of 2 CPUs", bar=40)
    assert cells.object_cell("memory", vm, ctx) == cells.Cell("1 GB of 2 GB", bar=50)
    assert cells.object_cell("ip", vm, ctx).text == "10.1.0.9"
    # no agent: XenCenter's advice instead of the memory, and "I/O not optimized" over disks and network
    assert cells.object_cell("memory", naked, ctx) == cells.Cell(cells.MANAGEMENT_MISSING, warning=True)
    assert cells.object_cell("disks", naked, ctx) == cells.Cell(cells.IO_MISSING, warning=True)
    assert cells.object_cell("network", naked, ctx) == cells.BLANK
    assert cells.object_cell("cpu", naked, ctx) == cells.Cell("0% of 1 CPU", bar=0)  # no figure yet is 0


def test_a_host_shows_its_memory_from_its_metrics_before_any_figure_arrives():
    w = _pool()
    cache = w.cache()
    figures = UsageFigures()
    ctx = SearchContext(sources(cache), SearchOptions(metrics=figures.value))
    host = cache.get("host", w.hosts[0])
    assert cells.object_cell("memory", host, ctx) == cells.Cell("32 GB of 64 GB", bar=50)  # World's host_metrics


def test_columns_a_search_shows():
    assert [c for c, _ in cells.shown_columns(None, ["Owner"], False)] == [
        "name", "cpu", "memory", "disks", "network", "ip", "uptime", "CustomField:Owner"]
    assert "ha" in [c for c, _ in cells.shown_columns(None, [], True)]
    chosen = cells.shown_columns((("uptime", 90), ("Owner", 60), ("name", 300)), ["Owner"], False)
    assert chosen == [("name", 300), ("uptime", 90), ("CustomField:Owner", 60)]


# ---- figures ------------------------------------------------------------------------------------------------------


def test_the_newest_number_of_each_source_is_kept_per_object():
    figures = UsageFigures()
    updates = RRDUpdates(("AVERAGE:vm:v1:cpu0", "AVERAGE:host:h1:memory_free_kib"),
                         ((20, (math.nan, 5.0)), (15, (0.25, 7.0))))
    assert figures.merge(updates) == {"v1", "h1"}
    vm = type("Obj", (), {"uuid": "v1", "cls": "VM"})()
    assert figures.value(vm, "cpu0") == 0.25  # the newest row had no number
    assert figures.value(vm, "cpu1") == 0.0
    figures.merge(RRDUpdates(("AVERAGE:vm:v2:cpu0",), ((25, (0.5,)),)))
    assert figures.value(vm, "cpu0") == 0.25  # another host's answer keeps this one's figures


# ---- the Saved Searches view and the builder's lists --------------------------------------------------------------


def test_the_saved_searches_view_lists_saved_then_built_in_searches_and_runs_only_the_open_one():
    w = _pool()
    w.running_vm("web", w.hosts[0])
    pool_ref = next(iter(w.tables["pool"]))
    w.update("pool", pool_ref, gui_config={
        "xensearch.Search-aa": '<Search uuid="aa" name="Zeta" major_version="2" minor_version="0"><Query>'
                               '<QueryScope><VM /></QueryScope></Query></Search>',
        "[xensearch].Search-bb": '<Search uuid="bb" name="alpha" major_version="2" minor_version="0"><Query>'
                                 '<QueryScope><Server /></QueryScope></Query></Search>'})
    src = sources(w.cache())
    names = [s.name for s in listed_searches(src)]
    assert names[:2] == ["alpha", "Zeta"] and names[2:] == sorted(s.name for s in builtin_searches())
    closed = VIEWS["saved_searches"](src, TreeOptions())
    assert all(not node.children for node in closed.children)
    opened = VIEWS["saved_searches"](src, TreeOptions(open_search="bb"))
    assert render_text(opened).splitlines()[:4] == ["Saved Searches", "  alpha", "    h1", "    h2"]
    assert opened.children[0].children[0].ref == w.hosts[0] and opened.children[0].children[0].source == "server0"


def test_the_builders_lists_come_from_the_servers():
    w = _pool()
    w.vm("a", tags=["web", "prod"], os_version={"name": "Debian 12"})
    guest = w.add("VM_guest_metrics", os_version={"name": "Windows Server 2022"})
    w.vm("b", tags=["db"], guest_metrics=guest)
    w.vm("c")
    src = sources(w.cache())
    assert all_tags(src) == ["db", "prod", "web"]
    assert os_names(src) == ["Windows Server 2022", "Unknown"]  # what the VMs report; Unknown last
    hosts = object_choices(src, ObjectTypes.Server)
    assert hosts == [("Lab", None), ("    h1", hosts[1][1]), ("    h2", hosts[2][1])]  # by pool, the pool not choosable
    row = FilterRow(UUID_IS, about=ObjectTypes.Server)
    assert ServerChoices(lambda: src)(row) == hosts
