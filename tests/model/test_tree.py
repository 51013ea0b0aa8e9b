"""Navigation trees: the Infrastructure placement rules on every shared database, options, other views.

Every check states a rule and verifies it on the built tree; no expected tree is copied from output.
"""

from __future__ import annotations

import functools

import pytest
from model_world import World, load_cache

from tests.conftest import XAPI_DBS
from xencenter.model.naming import natural_key
from xencenter.model.placement import sr_home, sr_is_local, vm_home
from xencenter.model.tree import (
    Node,
    Source,
    TreeOptions,
    custom_fields_tree,
    folders_tree,
    infrastructure_parent,
    infrastructure_tree,
    objects_tree,
    pool_is_visible,
    render_text,
    tags_tree,
)
from xencenter.sim.statedb import load_state_db
from xencenter.sim.synthetic import generate_pool

ALL_ON = TreeOptions(default_templates=True, user_templates=True, local_srs=True, hidden_objects=True)
OPTION_SETS = [TreeOptions(), TreeOptions(default_templates=True), ALL_ON,
               TreeOptions(user_templates=False, local_srs=False)]


@functools.cache
def db_cache(path):
    return load_cache(load_state_db(path))


@functools.cache
def synthetic_cache():
    return load_cache(generate_pool(3, 60, seed=7))


def parents(root: Node) -> dict[str, Node]:
    """ref -> parent node, asserting that no object appears twice."""
    found: dict[str, Node] = {}

    def visit(node: Node) -> None:
        for child in node.children:
            if child.ref is not None:
                assert child.ref not in found, f"{child.name} appears twice"
                found[child.ref] = node
            visit(child)

    visit(root)
    return found


def live(host) -> bool:
    metrics = host.cache.record("host_metrics", host.record.metrics)
    return metrics is not None and str(metrics.live).lower() == "true"


def expected_vm(vm, options: TreeOptions) -> bool:
    """The listing rule, written out independently of tree.py."""
    if vm.is_control_domain or vm.is_snapshot:
        return False
    home = vm_home(vm)
    if home is not None and not live(home):
        return False
    if "xensource_internal" in vm.other_config or vm.name.startswith("__gui__"):
        return False
    if vm.other_config.get("HideFromXenCenter", "").lower() == "true" and not options.hidden_objects:
        return False
    if vm.is_a_template:
        default = vm.is_default_template
        return options.default_templates if default else options.user_templates
    return True


def check_infrastructure_rules(cache, options: TreeOptions) -> None:
    root = infrastructure_tree([Source("c", "conn", cache)], options)
    assert root.kind == "root" and len(root.children) == 1
    top = root.children[0]
    pool = cache.pool()
    visible_pool = pool_is_visible(pool, cache.count("host"))
    assert top.cls == ("pool" if visible_pool else "host")
    where = parents(root)

    for vm in cache.all("VM"):
        if not expected_vm(vm, options):
            assert vm.ref not in where, f"{vm.name} must not be shown"
            continue
        parent = where[vm.ref]
        home = vm_home(vm)
        if vm.power_state == "Running" and vm.resident_on is not None:
            assert parent.ref == vm.resident_on.ref, f"running {vm.name} not under its host"
        if vm.is_a_template:
            assert parent is top, "templates live at the pool level"
        elif home is not None:
            assert parent.ref == home.ref
        else:
            assert parent is top

    for sr in cache.all("SR"):
        home = sr_home(sr)
        hidden_sr = sr.record.get("type") in ("local", "tmpfs") or (
            not options.hidden_objects and (sr.hidden or sr.ref_of("introduced_by")))
        hidden_sr = hidden_sr or is_tools_sr(sr) or (home is not None and not live(home))
        if hidden_sr or (not options.local_srs and sr_is_local(sr)):
            assert sr.ref not in where
            continue
        parent = where[sr.ref]
        if sr.shared:
            assert parent is top, f"shared SR {sr.name} must be under the pool"
        assert parent.ref == (home.ref if home is not None else top.ref)

    for host in cache.all("host"):
        assert (where[host.ref] is top) if visible_pool else (host.ref == top.ref or host.ref not in where)

    for _, node in top.walk():
        kinds = [_rank(c) for c in node.children]
        assert kinds == sorted(kinds), f"kinds out of order under {node.name}"
        for rank in set(kinds):
            keys = [xencenter_order(cache, c) for c in node.children if _rank(c) == rank]
            assert keys == sorted(keys), f"{[c.name for c in node.children]} out of XenCenter's order"


def is_tools_sr(sr) -> bool:
    return sr.name_label == "XenServer Tools" or str(sr.record.is_tools_sr).lower() == "true"


def xencenter_order(cache, node: Node) -> tuple:
    """Host.CompareTo: coordinators first; SRs by their full Name() (with the host), VMs and networks by their
    name (without the "(hidden)" shown), nameless disks as ""; then names naturally."""
    obj = cache.get(node.cls, node.ref)
    if node.kind == "host":
        return cache.pool().ref_of("master") != node.ref, natural_key(obj.name)
    if node.cls in ("SR", "VM"):
        return (natural_key(obj.name),)
    if node.cls == "network":
        return (natural_key(network_name(obj)),)
    return (natural_key("" if node.name == "(No Name)" else node.name),)


def _rank(node: Node) -> int:
    if node.kind == "template":
        return 3 if node.icon_state == "user" else 4
    return {"host": 0, "vm": 1, "sr": 2}[node.kind]


@pytest.mark.parametrize("options", OPTION_SETS, ids=["default", "default-templates", "all-on", "no-local"])
@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_infrastructure_rules_on_shared_databases(path, options):
    check_infrastructure_rules(db_cache(path), options)


@pytest.mark.parametrize("options", OPTION_SETS, ids=["default", "default-templates", "all-on", "no-local"])
def test_infrastructure_rules_on_a_synthetic_pool(options):
    check_infrastructure_rules(synthetic_cache(), options)


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_parent_function_agrees_with_the_tree(path):
    cache = db_cache(path)
    where = parents(infrastructure_tree([Source("c", "c", cache)], ALL_ON))
    for cls in ("host", "VM", "SR"):
        for obj in cache.all(cls):
            parent = infrastructure_parent(obj, ALL_ON)
            assert (where[obj.ref].ref if obj.ref in where else None) == (parent.ref if parent else None)


def test_no_control_domain_or_snapshot_anywhere():
    cache = load_cache(load_state_db(next(p for p in XAPI_DBS if "snapshots" in p.name)))
    assert any(vm.is_snapshot for vm in cache.all("VM"))
    for view in (infrastructure_tree, objects_tree, tags_tree, folders_tree, custom_fields_tree):
        for _, node in view([Source("c", "c", cache)], ALL_ON).walk():
            if node.cls == "VM":
                vm = cache.get("VM", node.ref)
                assert not vm.is_control_domain
                assert not vm.is_snapshot or view is not infrastructure_tree, "no snapshot in Infrastructure"


# ---- hand-made pools ---------------------------------------------------------------------------------------


def small_world(pool_name="Pool A"):
    w = World()
    w.h10 = w.host("host 10")
    w.h2 = w.host("host 2")
    w.pool_ref = w.pool(pool_name, master=w.h2)
    w.shared = w.sr("NFS", [w.h2, w.h10], shared=True, type="nfs")
    w.local = w.sr("Local storage", [w.h2])
    for name in ("VM 10", "VM 2", "vm 1"):
        w.running_vm(name, w.h2)
    w.halted = w.vm("halted on shared")
    w.disk(w.halted, w.shared)
    w.hidden = w.vm("secret", other_config={"HideFromXenCenter": "true"})
    w.user_t = w.vm("my template", is_a_template=True)
    w.default_t = w.vm("Debian 12", is_a_template=True, other_config={"default_template": "true"})
    return w


def test_small_pool_shape_and_natural_order():
    w = small_world()
    text = render_text(infrastructure_tree([Source("c", "c", w.cache())]))
    assert text.splitlines() == [
        "XenCenter",
        "  Pool A",
        "    host 2",
        "      vm 1",
        "      VM 2",
        "      VM 10",
        "      Local storage",
        "    host 10",
        "    halted on shared",
        "    NFS",
        "    my template",
    ]


def test_view_options():
    w = small_world()
    cache = w.cache()
    names = lambda opts: {n.name for _, n in infrastructure_tree([Source("c", "c", cache)], opts).walk()}  # noqa: E731
    assert "Debian 12" not in names(TreeOptions()) and "Debian 12" in names(TreeOptions(default_templates=True))
    assert "my template" not in names(TreeOptions(user_templates=False))
    assert "secret (hidden)" not in names(TreeOptions()) and "secret (hidden)" in names(TreeOptions(hidden_objects=True))
    assert "Local storage" not in names(TreeOptions(local_srs=False)) and "NFS" in names(TreeOptions(local_srs=False))


def test_default_templates_come_after_user_templates():
    w = small_world()
    top = infrastructure_tree([Source("c", "c", w.cache())], TreeOptions(default_templates=True)).children[0]
    assert [c.name for c in top.children][-2:] == ["my template", "Debian 12"]


def test_lone_host_holds_everything():
    w = World()
    h = w.host("standalone")
    w.pool("", master=h)
    shared = w.sr("NFS", [h], shared=True, type="nfs")
    vm = w.vm("halted")
    w.disk(vm, shared)
    w.running_vm("running", h)
    w.vm("tmpl", is_a_template=True)
    root = infrastructure_tree([Source("c", "c", w.cache())])
    (top,) = root.children
    assert top.kind == "host" and top.name == "standalone"
    assert [c.name for c in top.children] == ["halted", "running", "NFS", "tmpl"]


def test_nameless_pool_with_two_hosts_is_shown_under_its_coordinators_name():
    """...which also comes first among the hosts (Host.CompareTo)."""
    w = World()
    w.host("alpha")
    b = w.host("beta")
    w.pool("", master=b)
    (top,) = infrastructure_tree([Source("c", "c", w.cache())]).children
    assert top.kind == "pool" and top.name == "beta" and [c.name for c in top.children] == ["beta", "alpha"]


def test_disconnected_server_keeps_its_name_greyed():
    w = small_world()
    sources = [Source("a", "Pool A", w.cache()), Source("b", "old-server.example", None, connected=False)]
    root = infrastructure_tree(sources)
    assert [(c.kind, c.name, c.icon_state) for c in root.children] == [
        ("pool", "Pool A", ""), ("connection", "old-server.example", "disconnected")]
    objects = objects_tree(sources)
    assert "Disconnected servers" in [g.name for g in objects.children]


def test_icon_states():
    w = small_world()
    w.update("host", w.h10, enabled=False)
    suspended = w.vm("sleepy", "Suspended")
    cache = w.cache()
    nodes = {n.name: n for _, n in infrastructure_tree([Source("c", "c", cache)]).walk()}
    assert nodes["VM 2"].icon_state == "running"
    assert nodes["halted on shared"].icon_state == "halted"
    assert nodes["sleepy"].icon_state == "suspended" and cache.get("VM", suspended)
    assert nodes["host 2"].icon_state == "live" and nodes["host 10"].icon_state == "maintenance"
    assert nodes["my template"].kind == "template"


# ---- the other views ---------------------------------------------------------------------------------------


def test_objects_view_groups_by_type_in_xencenter_order():
    w = small_world()
    w.add("network", name_label="Pool-wide network")
    root = objects_tree([Source("c", "c", w.cache())], TreeOptions(product_brand="XCP-ng"))
    groups = {g.name: [c.name for c in g.children] for g in root.children}
    assert list(groups) == ["Pools", "Servers", "VMs", "Custom Templates", "XCP-ng Templates",
                            "Remote Storage Repositories", "Local Storage Repositories", "Virtual Disks", "Networks"]
    assert groups["Servers"] == ["host 2", "host 10"]
    assert groups["VMs"] == ["halted on shared", "vm 1", "VM 2", "VM 10"]
    assert groups["Remote Storage Repositories"] == ["NFS"]
    assert groups["Local Storage Repositories"] == ["Local storage"]


@pytest.mark.parametrize("path", XAPI_DBS, ids=lambda p: p.name)
def test_objects_view_lists_each_listed_object_once(path):
    cache = db_cache(path)
    root = objects_tree([Source("c", "c", cache)], ALL_ON)
    refs = [n.ref for _, n in root.walk() if n.ref]
    assert len(refs) == len(set(refs))
    listed_vms = {vm.ref for vm in cache.all("VM") if expected_vm(vm, ALL_ON)}
    assert listed_vms <= set(refs)
    for group in root.children:
        assert group.kind == "group" and group.children
        keys = [xencenter_order(cache, c) for c in group.children]
        assert keys == sorted(keys), f"{group.name}: {[c.name for c in group.children]} out of XenCenter's order"


def test_tags_view():
    w = small_world()
    vm = w.vm("tagged", tags=["web", "prod"])
    w.update("SR", w.shared, tags=["prod"])
    root = tags_tree([Source("c", "c", w.cache())])
    assert render_text(root).splitlines() == ["Tags", "  prod", "    tagged", "    NFS", "  web", "    tagged"]
    assert vm


def test_folders_view_nests_paths():
    w = small_world()
    w.vm("web1", other_config={"folder": "/Production/Web"})
    w.vm("db1", other_config={"folder": "/Production"})
    w.update("SR", w.shared, other_config={"folder": "/Storage"})
    root = folders_tree([Source("c", "c", w.cache())])
    assert render_text(root).splitlines() == [
        "Folders", "  Production", "    Web", "      web1", "    db1", "  Storage", "    NFS"]
    assert root.children[0].key == "/Production" and root.children[0].children[0].key == "/Production/Web"


FIELDS = ('<CustomFieldDefinitions><CustomFieldDefinition name="Owner" type="String" defaultValue="" />'
          '<CustomFieldDefinition name="Cost" type="String" defaultValue="" /></CustomFieldDefinitions>')


def test_custom_fields_view():
    w = small_world()
    w.update("pool", w.pool_ref, gui_config={"XenCenter.CustomFields": FIELDS})
    w.vm("a", other_config={"XenCenter.CustomFields.Owner": "alice", "XenCenter.CustomFields.Cost": "7",
                            "XenCenter.CustomFields.Undefined": "x"})
    w.vm("b", other_config={"XenCenter.CustomFields.Owner": "bob"})
    w.vm("c", other_config={"XenCenter.CustomFields.Owner": ""})
    root = custom_fields_tree([Source("c", "c", w.cache())])
    assert render_text(root).splitlines() == [
        "Custom Fields", "  Cost", "    7", "      a", "  Owner", "    alice", "      a", "    bob", "      b"]


def test_render_text_indents_two_spaces_per_level():
    root = Node("root", "r", children=[Node("group", "a", children=[Node("vm", "b")]), Node("group", "c")])
    assert render_text(root) == "r\n  a\n    b\n  c"


# ---- XenCenter's rules the shared databases exercise ---------------------------------------------------------


def shared_dbs_where(predicate) -> list:
    """The shared databases for which ``predicate(cache)`` holds; the test fails if none does (the case would
    then be untested)."""
    found = [path for path in XAPI_DBS if predicate(db_cache(path))]
    assert found, "no shared database exercises this rule"
    return found


def object_names(root: Node) -> list[tuple[str | None, str]]:
    return [(n.ref, n.name) for _, n in root.walk() if n.ref is not None]


def test_coordinator_comes_first_among_hosts():
    """Host.CompareTo (XenModel/XenAPI-Extensions/Host.cs, CA-20865): coordinators first, then the other
    hosts, each naturally by name; in the Infrastructure pool node and the Objects view's Servers group. The
    databases where the coordinator's name sorts after a member's (dt23, grimsby, inflames) show it."""

    def coordinator_sorts_late(cache):
        master = cache.pool().ref_of("master")
        hosts = sorted(cache.all("host"), key=lambda h: natural_key(h.name))
        return len(hosts) > 1 and hosts[0].ref != master

    for path in shared_dbs_where(coordinator_sorts_late):
        cache = db_cache(path)
        master = cache.pool().ref_of("master")
        members = sorted((h for h in cache.all("host") if h.ref != master), key=lambda h: natural_key(h.name))
        expected = [master] + [h.ref for h in members]
        (top,) = infrastructure_tree([Source("c", "c", cache)]).children
        assert [c.ref for c in top.children if c.kind == "host"] == expected, path.name
        servers = next(g for g in objects_tree([Source("c", "c", cache)]).children if g.key == "servers")
        assert [c.ref for c in servers.children] == expected, path.name


def test_coordinators_of_all_connections_come_before_members_in_the_objects_view():
    """Host.CompareTo across connections: every coordinator, then every member (Objects view, Servers)."""
    paths = shared_dbs_where(lambda c: c.count("host") > 1)[:2]
    sources = [Source(p.name, p.name, db_cache(p)) for p in paths]
    servers = next(g for g in objects_tree(sources).children if g.key == "servers")
    is_coordinator = [db_cache(next(p for p in paths if p.name == c.source)).pool().ref_of("master") == c.ref
                      for c in servers.children]
    assert is_coordinator == sorted(is_coordinator, reverse=True) and is_coordinator.count(True) == 2
    for coordinators in (True, False):
        names = [c.name for c, first in zip(servers.children, is_coordinator) if first is coordinators]
        assert [natural_key(n) for n in names] == sorted(natural_key(n) for n in names)


def test_tools_sr_is_never_shown():
    """GroupAlg.Hide (XenModel/XenSearch/GroupAlg.cs): an SR with IsToolsSR() (SR.cs: named "XenServer
    Tools" or is_tools_sr) is left out of every view, even with hidden objects shown."""
    for path in shared_dbs_where(lambda c: any(is_tools_sr(sr) for sr in c.all("SR"))):
        cache = db_cache(path)
        tools = {sr.ref for sr in cache.all("SR") if is_tools_sr(sr)}
        for view in (infrastructure_tree, objects_tree, tags_tree, folders_tree, custom_fields_tree):
            shown = {ref for ref, _ in object_names(view([Source("c", "c", cache)], ALL_ON))}
            assert not tools & shown, (path.name, view.__name__)


def test_vms_and_srs_of_a_host_that_is_not_live_are_not_shown():
    """GroupAlg.Hide: "Hide VMs on non-live hosts" and "Hide SRs on non-live hosts" (VM.Home() / SR.Home()
    not IsLive()), in every view; the host itself stays (snapshots.xml, state1.xml...: host_metrics not live)."""

    def has_dead_home(cache):
        return any(not live(h) for h in cache.all("host"))

    for path in shared_dbs_where(has_dead_home):
        cache = db_cache(path)
        dead = {h.ref for h in cache.all("host") if not live(h)}
        on_dead = {vm.ref for vm in cache.all("VM") if (home := vm_home(vm)) is not None and home.ref in dead}
        on_dead |= {sr.ref for sr in cache.all("SR") if (home := sr_home(sr)) is not None and home.ref in dead}
        assert on_dead, path.name
        for view in (infrastructure_tree, objects_tree):
            shown = {ref for ref, _ in object_names(view([Source("c", "c", cache)], ALL_ON))}
            assert not on_dead & shown, (path.name, view.__name__)
            assert dead <= shown, "hosts that are not live are still shown"


def test_srs_sort_by_their_name_with_the_host():
    """XenObject.CompareTo (XenModel/XenAPI-Extensions/XenObject.cs) compares SR.Name(), which names an
    installer's SR with its host ("Local storage on dt16"), while the tree shows NameWithoutHost(): the
    Objects view's local SRs of a pool come in their hosts' order, not in ref order."""

    def same_shown_names(cache):
        srs = [sr for sr in cache.all("SR") if sr.name != sr.name_without_host]
        return len({sr.name_without_host for sr in srs}) < len(srs)

    checked = 0
    for path in shared_dbs_where(same_shown_names):
        cache = db_cache(path)
        for group in objects_tree([Source("c", "c", cache)], ALL_ON).children:
            if group.key in ("local_srs", "remote_srs"):
                full = [cache.get("SR", c.ref).name for c in group.children]
                assert [natural_key(n) for n in full] == sorted(natural_key(n) for n in full), (path.name, full)
                checked += len({c.name for c in group.children}) < len(group.children)
    assert checked, "no group showed two SRs under one name"


def test_objects_view_lists_every_type_of_xencenters_scope():
    """The Objects view is XenCenter's SearchForAllTypes (XenModel/XenSearch/Search.cs) through
    OrganizationViewObjects (XenAdmin/OrganizationalView.cs): scope ObjectTypes.AllExcFolders (Common.cs), so
    it lists snapshots ("Snapshots") and virtual disks ("Virtual Disks", VDI.Show: present, managed, not hidden)
    too, every template and local SR whatever the View options (TreeSearch.cs applies those to the
    Infrastructure view only), and no vApps (ObjectTypes.Appliance is outside AllExcFolders)."""
    for path in shared_dbs_where(lambda c: any(vm.is_snapshot and not (
            (home := vm_home(vm)) is not None and not live(home)) for vm in c.all("VM"))):
        cache = db_cache(path)
        groups = {g.key: g for g in objects_tree([Source("c", "c", cache)]).children}
        assert "vapps" not in groups
        snapshots = {vm.ref for vm in cache.all("VM") if vm.is_snapshot and vm.shown(False)
                     and not ((home := vm_home(vm)) is not None and not live(home))}
        assert {c.ref for c in groups["snapshots"].children} == snapshots, path.name
        vdis = {vdi.ref for vdi in cache.all("VDI") if str(vdi.record.missing).lower() != "true"
                and str(vdi.record.managed).lower() != "false" and not vdi.hidden}
        assert {c.ref for c in groups["vdis"].children} == vdis, path.name
        defaults = {vm.ref for vm in cache.all("VM") if expected_vm(vm, ALL_ON) and vm.is_default_template}
        assert {c.ref for c in groups["default_templates"].children} == defaults and defaults
        assert [g.key for g in objects_tree([Source("c", "c", cache)], TreeOptions(
            user_templates=False, local_srs=False)).children] == list(groups), "View options changed it"


def test_a_disc_in_a_hosts_drive_is_named_after_the_host():
    """VDI.Name() (XenModel/XenAPI-Extensions/VDI.cs): a VDI of a physical SR (SR.Physical(): udev with
    sm_config type cd) on one host is "DVD drive on <host>"; a nameless VDI shows "(No Name)" (MainWindowTreeBuilder)."""
    checked = 0
    for path in XAPI_DBS:
        cache = db_cache(path)
        vdis = next((g for g in objects_tree([Source("c", "c", cache)]).children if g.key == "vdis"), None)
        for node in vdis.children if vdis else ():
            vdi = cache.get("VDI", node.ref)
            sr = cache.get("SR", vdi.ref_of("SR"))
            if sr is not None and sr.record.type == "udev" and sr.record.sm_config.get("type") == "cd":
                assert node.name == f"DVD drive on {sr_home(sr).name}"
                checked += 1
            else:
                assert node.name == (vdi.name_label or "(No Name)")
    assert checked


def test_hidden_objects_and_bond_members_are_named_as_xencenter_does():
    """MainWindowTreeBuilder (XenAdmin/MainWindowTreeBuilder.cs): with hidden objects shown, a hidden VM, SR
    or network reads "<name> (hidden)" (Messages.X_HIDDEN) and the network of a bond member interface
    "<name> (Bonded member)" (Network.IsMember, Messages.NIC_BONDED_MEMBER); they sort by their plain name."""

    def bond_member(network) -> bool:
        return any(network.cache.record("Bond", pif.ref_of("bond_slave_of")) is not None
                   for pif in (network.cache.get("PIF", r) for r in network.refs_of("PIFs")) if pif is not None)

    hidden_paths = shared_dbs_where(lambda c: any(vm.hidden and expected_vm(vm, ALL_ON) for vm in c.all("VM")))
    bond_paths = shared_dbs_where(lambda c: any(bond_member(n) for n in c.all("network")))
    for path in dict.fromkeys(hidden_paths + bond_paths):
        cache = db_cache(path)
        for view in (infrastructure_tree, objects_tree):
            for _, node in view([Source("c", "c", cache)], ALL_ON).walk():
                if node.cls in ("VM", "network"):
                    obj = cache.get(node.cls, node.ref)
                    name = network_name(obj) if node.cls == "network" else obj.name
                    if node.cls == "network" and bond_member(obj):
                        assert node.name == f"{name} (Bonded member)"
                    elif obj.hidden:
                        assert node.name == f"{name} (hidden)", path.name
                    else:
                        assert node.name == name
        names = {n.name for _, n in objects_tree([Source("c", "c", cache)]).walk()}
        assert not any(name.endswith((" (hidden)", " (Bonded member)")) for name in names)


def test_connections_are_in_xencenters_order_whatever_the_server_list_order():
    """GroupAlg.Compare (XenModel/XenSearch/GroupAlg.cs) sorts the Infrastructure root's nodes: pools ("20")
    before hosts ("30": standalone servers, and the fake hosts of disconnected servers), Host.CompareTo puts
    the connected servers before the disconnected ones, each naturally by name."""
    paths = XAPI_DBS
    sources = [Source(p.name, p.name, db_cache(p)) for p in reversed(paths)]
    sources.insert(1, Source("gone", "a-gone-server", None, connected=False))
    top = infrastructure_tree(sources).children
    ranks = [{"pool": 0, "host": 1}.get(n.kind, 2) for n in top]
    assert ranks == sorted(ranks) and set(ranks) == {0, 1, 2}
    for rank in (0, 1):
        names = [n.name for n, r in zip(top, ranks) if r == rank]
        assert [natural_key(n) for n in names] == sorted(natural_key(n) for n in names), names
    assert top[-1].name == "a-gone-server"


def test_names_from_punctuation_sort_before_names_from_digits():
    """StringUtility.NaturalCompare (XenCenterLib/StringUtility.cs) compares a digit with another character in
    the culture's order, which puts punctuation before digits and digits before letters: Cowley-db's disk
    "/vol/Berlin_storage.../..._snap01" comes before its disks "0" and "1"."""

    def first_class(name: str) -> int:
        return 2 if name[:1].isalpha() else 1 if name[:1].isdigit() else 0

    def mixed(cache) -> bool:
        names = {first_class(vdi.name_label) for vdi in cache.all("VDI") if vdi.name_label}
        return {0, 1} <= names

    for path in shared_dbs_where(mixed):
        cache = db_cache(path)
        vdis = next(g for g in objects_tree([Source("c", "c", cache)]).children if g.key == "vdis")
        classes = [first_class(c.name) for c in vdis.children if c.name != "(No Name)"]
        assert classes == sorted(classes), path.name


def network_name(network) -> str:
    """Network.Name() for the physical, unbonded case; other default-named networks just "Network ..."."""
    label = network.name_label
    if not label.startswith(("Network associated with ", "Pool-wide network associated with ")):
        return label
    pifs = [network.cache.get("PIF", r) for r in network.refs_of("PIFs")]
    master = network.cache.pool().ref_of("master")
    pif = next((p for p in pifs if p.ref_of("host") == master), pifs[0] if pifs else None)
    if pif is None:
        return label
    assert not pif.refs_of("bond_master_of") and int(pif.record.VLAN) == -1, "case not written out here"
    return "Network " + pif.record.device.removeprefix("eth")


def test_networks_with_the_servers_names_are_named_after_their_interface():
    """Network.Name() (XenModel/XenAPI-Extensions/Network.cs): a network still called "Pool-wide network
    associated with ethN" (or "Network associated with ethN") is "Network N" after the coordinator's PIF
    (PIFName, Messages.NETWORK_NAME); a network the user renamed keeps its name."""
    renamed = 0
    for path in shared_dbs_where(lambda c: any(n.name_label.startswith("Pool-wide network associated with ")
                                               for n in c.all("network"))):
        cache = db_cache(path)
        networks = next(g for g in objects_tree([Source("c", "c", cache)]).children if g.key == "networks")
        for node in networks.children:
            network = cache.get("network", node.ref)
            assert node.name == network_name(network), path.name
            renamed += node.name != network.name_label
    assert renamed
