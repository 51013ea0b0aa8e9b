"""The Tags, Folders and Custom Fields views by XenCenter's rules (``OrganizationView*``): every type of object
whatever the View options (snapshots, disks, all templates, local SRs), no vApps, hidden objects only with the
option, the Folders view with the pools' empty folders, custom fields only where the pool defines them; on every
shared database (each object tagged, filed and given a field) they list exactly what the Objects view lists,
which is XenCenter's search over the same scope."""

from __future__ import annotations

import copy
import functools

import pytest
from model_world import load_cache
from test_tree import FIELDS, small_world

from tests.conftest import XAPI_DBS
from xencenter.model.tree import (
    Source,
    TreeOptions,
    custom_fields_tree,
    folders_tree,
    objects_tree,
    render_text,
    tags_tree,
)
from xencenter.sim.statedb import load_state_db

CLASSES = ("pool", "host", "VM", "SR", "VDI", "network", "VM_appliance")
OPTION_SETS = [TreeOptions(), TreeOptions(hidden_objects=True, default_templates=True, local_srs=True),
               TreeOptions(user_templates=False, local_srs=False)]


@functools.cache
def organized(path):
    """The database with every object of ``CLASSES`` tagged "t", in folder /f and with field Owner = o."""
    records = copy.deepcopy(load_state_db(path))
    for pool in records["pool"].values():
        pool["gui_config"] = {**(pool.get("gui_config") or {}), "XenCenter.CustomFields": FIELDS}
    for cls in CLASSES:
        for record in records[cls].values():
            record["tags"] = ["t"]
            record["other_config"] = {**(record.get("other_config") or {}), "folder": "/f",
                                      "XenCenter.CustomFields.Owner": "o"}
    return load_cache(records)


def refs(node) -> set[str]:
    return {n.ref for _, n in node.walk() if n.ref}


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
@pytest.mark.parametrize("options", OPTION_SETS, ids=["default", "all-on", "no-templates"])
def test_organization_views_list_what_the_objects_view_lists(path, options):
    cache = organized(path)
    sources = [Source("c", "c", cache)]
    listed = refs(objects_tree(sources, options))
    tags, folders, fields = (view(sources, options) for view in (tags_tree, folders_tree, custom_fields_tree))
    assert [n.name for n in tags.children] == ["t"] and refs(tags) == listed
    filed = next(n for n in folders.children if n.key == "/f")
    assert all(n.kind == "folder" for n in folders.children) and refs(filed) == refs(folders) == listed
    assert [n.name for n in fields.children] == ["Owner"] and [n.name for n in fields.children[0].children] == ["o"]
    assert refs(fields) == listed
    assert not {vapp.ref for vapp in cache.all("VM_appliance")} & listed, "vApps are outside AllExcFolders"


def test_view_options_do_not_scope_the_organization_views():
    w = small_world()
    w.update("VM", w.default_t, tags=["os"])
    w.update("VM", w.user_t, tags=["os"])
    w.update("SR", w.local, tags=["os"])
    w.update("VM", w.hidden, tags=["os"])
    snapshot = w.vm("before upgrade", is_a_template=True, is_a_snapshot=True, tags=["os"])
    sources = [Source("c", "c", w.cache())]
    for options in (TreeOptions(), TreeOptions(default_templates=False, user_templates=False, local_srs=False)):
        names = render_text(tags_tree(sources, options)).splitlines()
        assert {"    Debian 12", "    my template", "    Local storage", "    before upgrade"} <= set(names)
        assert "    secret" not in names and "    secret (hidden)" not in names
    shown = render_text(tags_tree(sources, TreeOptions(hidden_objects=True))).splitlines()
    assert any(line.strip().startswith("secret") for line in shown), "hidden objects with the option"
    assert snapshot


def test_empty_folders_of_the_pool_show_in_the_folders_view():
    w = small_world()
    w.update("pool", w.pool_ref, other_config={"EMPTY_FOLDERS": "/Empty;/Production/Later"})
    w.vm("db1", other_config={"folder": "/Production"})
    root = folders_tree([Source("c", "c", w.cache())])
    assert render_text(root).splitlines() == ["Folders", "  Empty", "  Production", "    Later", "    db1"]
    assert [n.key for n in root.children] == ["/Empty", "/Production"]
