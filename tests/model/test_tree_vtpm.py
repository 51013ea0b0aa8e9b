"""XenCenter's vTPM rule on every shared database: a template (or snapshot) whose platform asks for a vTPM is
left out of every view, the search and the New VM template list, hidden objects shown or not, while any server
of the connection restricts vTPM; a missing ``restrict_vtpm`` counts as restricting (``BoolKeyPreferTrue``)."""

from __future__ import annotations

import copy
import functools

import pytest
from model_world import load_cache

from tests.conftest import XAPI_DBS
from xencenter.model.provision.templates import templates
from xencenter.model.tree import (
    Source,
    TreeOptions,
    custom_fields_tree,
    folders_tree,
    infrastructure_tree,
    objects_tree,
    tags_tree,
)
from xencenter.model.xensearch.context import SearchOptions
from xencenter.model.xensearch.run import run_search
from xencenter.model.xensearch.scope import ALL_EXC_FOLDERS, QueryScope
from xencenter.model.xensearch.search import Query, Search
from xencenter.sim.statedb import load_state_db

ALL_ON = TreeOptions(default_templates=True, user_templates=True, local_srs=True, hidden_objects=True)
VIEWS = (infrastructure_tree, objects_tree, tags_tree, folders_tree, custom_fields_tree)


@functools.cache
def db(path):
    return load_state_db(path)


def vtpm_world(path, restrict: dict[int, str | None]):
    """The database with every template and snapshot asking for a vTPM ("True", any case counts) and each
    server's ``restrict_vtpm`` set by its position (None: the key removed); other servers keep theirs."""
    records = copy.deepcopy(db(path))
    marked = []
    for ref, vm in records["VM"].items():
        if str(vm.get("is_a_template")).lower() == "true" and str(vm.get("is_control_domain")).lower() != "true":
            vm["platform"] = {**(vm.get("platform") or {}), "vtpm": "True"}
            vm["tags"] = ["vtpm"]
            vm["other_config"] = {**(vm.get("other_config") or {}), "folder": "/vtpm", "XenCenter.CustomFields.f": "x"}
            marked.append(ref)
    for i, host in enumerate(sorted(records["host"].values(), key=lambda h: h["uuid"])):
        params = dict(host.get("license_params") or {})
        if i in restrict:
            params.pop("restrict_vtpm", None)
            if restrict[i] is not None:
                params["restrict_vtpm"] = restrict[i]
        host["license_params"] = params
    return load_cache(records), set(marked)


def shown_refs(cache) -> set[str]:
    sources = [Source("c", "c", cache)]
    refs = {n.ref for view in VIEWS for _, n in view(sources, ALL_ON).walk() if n.ref}
    search = run_search(Search(Query(QueryScope(ALL_EXC_FOLDERS))), sources, SearchOptions(show_hidden=True))
    refs |= {row.item.ref for _, row in search.walk() if row.item is not None}
    return refs | {vm.ref for vm in templates(cache, show_hidden=True)}


def all_hosts(path, value):
    return dict.fromkeys(range(len(db(path)["host"])), value)


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_vtpm_templates_are_hidden_while_a_server_restricts_vtpm(path):
    cache, marked = vtpm_world(path, all_hosts(path, "false"))
    allowed = shown_refs(cache)
    assert marked & allowed, "every server allows vTPM: the templates are where they always are"
    for restrict in (all_hosts(path, None), all_hosts(path, "true"), {**all_hosts(path, "false"), 0: None},
                     {**all_hosts(path, "false"), 0: "False"}):
        cache, _ = vtpm_world(path, restrict)
        assert shown_refs(cache) == allowed - marked, restrict


def test_a_vm_that_is_not_a_template_stays():
    path = XAPI_DBS[0]
    records = copy.deepcopy(db(path))
    before = shown_refs(load_cache(records))
    for vm in records["VM"].values():
        if str(vm["is_a_template"]).lower() != "true":
            vm["platform"] = {**vm["platform"], "vtpm": "true"}
    assert shown_refs(load_cache(records)) == before
