"""Saved searches in pool.gui_config (read from every server, written back as XenCenter writes them) and the
built-in searches."""

from __future__ import annotations

import uuid

from search_world import database, sources

from tests.model.model_world import World
from xencenter.model.tree import Source
from xencenter.model.xensearch.marshal import parse_search
from xencenter.model.xensearch.saved import builtin_searches, gui_config_entry, saved_searches
from xencenter.model.xensearch.search import Search

SEARCH = ('<Search uuid="{uuid}" name="{name}" major_version="2" minor_version="0"><Query><QueryScope><VM />'
          '</QueryScope></Query><sorting /></Search>')


def _pool_with(gui_config: dict[str, str]) -> World:
    w = World()
    host = w.host("h")
    w.pool("p", master=host, gui_config=gui_config)
    return w


def test_builtin_searches_have_xencenters_names_and_uuids():
    assert [(s.name, s.uuid) for s in builtin_searches()] == [
        ("VMs by Operating System", "dead-beef-1234-vmsbyos"),
        ("VMs without XenServer VM Tools", "dead-beef-1234-vmswotools"),
        ("VMs by Power State", "dead-beef-1234-vmsbyps"),
        ("VMs by Network", "dead-beef-1234-vmsbynet"),
        ("VMs by vApp", "dead-beef-1234-vmsbyappliance"),
        ("Resources by Tag", "dead-beef-1234-objbytags"),
        ("VMs and Snapshots", "dead-beef-1234-snapshotsbyvm"),
    ]
    assert builtin_searches("XCP-ng Tools")[1].name == "VMs without XCP-ng Tools"
    assert all(s.builtin for s in builtin_searches())


def test_state3_holds_nineteen_saved_searches():
    found = saved_searches(sources(database("state3")))
    assert len(found.searches) == 19 and found.warnings == []
    assert all(s.key == f"[xensearch].Search-{s.search.uuid}" for s in found.searches)
    assert "Folder hierarchy" in {s.search.name for s in found.searches}


def test_every_brand_prefix_is_read_and_unreadable_values_are_reported():
    w = _pool_with({
        "xensearch.Search-1": SEARCH.format(uuid="1", name="current"),
        "[xensearch].Search-2": SEARCH.format(uuid="2", name="old build"),
        "xensearch.Search-3": "null",  # what XenCenter's first versions stored for "no search"
        "xensearch.Search-4": "<Search major_version='2'><Query>",
        "xensearch.Search-5": SEARCH.format(uuid="", name="no uuid inside"),
        "XenCenter.CustomFields": "<CustomFieldDefinitions />",
    })
    found = saved_searches([Source("lab", "Lab", w.cache())])
    assert sorted((s.search.name, s.search.uuid) for s in found.searches) == [
        ("current", "1"), ("no uuid inside", "5"), ("old build", "2")]
    assert {s.source for s in found.searches} == {"lab"}
    [warning] = found.warnings
    assert "Lab" in warning and "xensearch.Search-4" in warning and "not well-formed" in warning


def test_servers_that_are_not_connected_have_no_saved_searches():
    assert saved_searches([Source("gone", "gone", None, False)]).searches == []


def test_saving_a_new_search_gives_it_a_uuid_and_xencenters_key():
    entry = gui_config_entry(Search(name="mine"))
    assert entry.search.uuid and uuid.UUID(entry.search.uuid)
    assert entry.key == f"xensearch.Search-{entry.search.uuid}"
    assert parse_search(entry.value) == entry.search
    assert entry.value.startswith(f'<Search uuid="{entry.search.uuid}" name="mine" major_version="2" '
                                  'minor_version="0"><Query><QueryScope>')


def test_saving_a_stored_search_keeps_its_key_and_xml():
    w = _pool_with({"[xensearch].Search-7": SEARCH.format(uuid="7", name="seven")})
    [stored] = saved_searches([Source("lab", "Lab", w.cache())]).searches
    entry = gui_config_entry(stored.search, stored.key)
    assert entry.key == "[xensearch].Search-7"
    assert entry.value == SEARCH.format(uuid="7", name="seven")  # XenCenter's own spelling, byte for byte
