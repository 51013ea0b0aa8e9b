"""The navigation trees as plain nodes: Infrastructure, Objects, Tags, Folders, Custom Fields.

Pure functions of the caches and the view options; the Qt tree model and ``main.py tree`` both render these
nodes, so the placement rules are tested once, here.

Infrastructure (docs/design.md §5): root -> one node per connection: the pool (or the lone host when the pool is
invisible: XenCenter shows a pool only when it has a name or more than one host) -> hosts (the coordinator
first, then natural order) -> under each host the VMs whose home is that host, then the SRs whose home is that
host; under the pool the VMs with no home, the SRs with no home, user templates, then default templates. A lone
host holds everything.
Never shown: control domains, snapshots (but in Objects), the tools SR, VMs and SRs whose home host is not
live, templates that need a vTPM while a server restricts vTPM (``vtpm_template_hidden``); hidden objects only
with the option. Connections: pools, then servers, then disconnected servers.

Trees are shared, read-only results: a connection's Infrastructure subtree is reused as long as its cache's
``generation`` and the options are unchanged (a filter keystroke or a view switch rebuilds nothing).
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from xencenter.give_way import give_way
from xencenter.model.brand import brand_of
from xencenter.model.licence import restricted
from xencenter.model.naming import natural_key
from xencenter.model.placement import LocalDisks, host_is_live, host_state, sr_home, sr_is_local, vm_home
from xencenter.model.values import as_int
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import SR, VM, Host, Pool, XenObject


@dataclass(frozen=True, slots=True)
class TreeOptions:
    """XenCenter's View menu options."""

    default_templates: bool = False
    user_templates: bool = True
    local_srs: bool = True
    hidden_objects: bool = False
    #: For the Objects view's "<brand> Templates" group; "" takes the first connected pool's (model.brand).
    product_brand: str = ""
    #: The Saved Searches view's open search (its UUID): the one whose results the view shows.
    open_search: str = ""


@dataclass(slots=True)
class Source:
    """One connection as the tree sees it. A disconnected server keeps its last known name."""

    key: str
    name: str
    cache: ObjectCache | None
    connected: bool = True
    #: While the cache shows the last known inventory from disk: when it was saved (epoch seconds).
    stale_since: float | None = None
    #: The Infrastructure subtree saved with that inventory and the options it was built with, shown while
    #: its records are still being read (``model.inventory``: the tree comes first).
    saved_tree: tuple[Node, TreeOptions] | None = None


@dataclass(slots=True, eq=False)
class Node:
    """A tree node: an object (``cls``/``ref`` of connection ``source``) or a group (``key``)."""

    kind: str  # root, connection, pool, host, vm, template, sr, network, vapp, group, tag, folder, field, value
    name: str
    cls: str | None = None
    ref: str | None = None
    source: str | None = None
    key: str | None = None
    icon_state: str = ""
    children: list[Node] = field(default_factory=list)

    @property
    def identity(self) -> tuple[str | None, ...]:
        """Stable among siblings across rebuilds: (source, ref) for objects, (kind, key) for groups."""
        if self.ref is not None:
            return (self.source, self.ref)
        return (self.kind, self.key)

    def walk(self, depth: int = 0) -> Iterator[tuple[int, Node]]:
        """Depth-first (depth, node) pairs, self first."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


def render_text(node: Node) -> str:
    """One node per line, two spaces per level, the node's name (what ``main.py tree`` prints)."""
    return "\n".join("  " * depth + n.name for depth, n in node.walk())


# ---- object nodes -------------------------------------------------------------------------------------------


def _name_key(obj: XenObject) -> tuple[object, ...]:
    """XenCenter's order of two objects of one kind (``XenObject.CompareTo``: ``NaturalCompare`` of ``Name()``,
    then the opaque ref). ``Host.CompareTo`` puts coordinators before the other hosts; an SR sorts by its full
    ``Name()`` ("Local storage on host-01") even where the tree shows it without its host, and a hidden object
    by its name without the "(hidden)" the tree adds."""
    if obj.cls == "host":
        return not host_state(obj).coordinator, natural_key(obj.name), obj.ref  # type: ignore[arg-type]
    return natural_key(_object_name(obj)), obj.ref


def _object_name(obj: XenObject) -> str:
    """XenCenter's ``Name()`` of the object."""
    if obj.cls == "pool":
        return pool_display_name(obj)  # type: ignore[arg-type]
    if obj.cls == "network":
        return _network_name(obj)
    return _vdi_name(obj) if obj.cls == "VDI" else obj.name


def _display_name(obj: XenObject) -> str:
    """The node's text (XenCenter's ``MainWindowTreeBuilder``): SRs without their host (the host is the parent),
    a nameless disk "(No Name)", a hidden VM, SR or network "<name> (hidden)", the network of a bond's member
    interface "<name> (Bonded member)"."""
    cls = obj.cls
    if cls == "VDI":
        return _vdi_name(obj) or translate("ObjectNames", "(No Name)")
    if cls not in ("VM", "SR", "network"):
        return _object_name(obj)
    name = obj.name_without_host if cls == "SR" else _object_name(obj)
    if cls == "network" and _is_bond_member(obj):
        return translate("ObjectNames", "{name} (Bonded member)").format(name=name)
    return translate("ObjectNames", "{name} (hidden)").format(name=name) if obj.hidden else name


_DEFAULT_NETWORK_NAMES = ("Network associated with ", "Pool-wide network associated with ")


def _network_name(network: XenObject) -> str:
    """XenCenter's ``Network.Name()``: a network still under the name the server gave it ("Pool-wide network
    associated with eth0") is named after its interface on the coordinator (else its first one): "Network 0",
    "Network 1+2" for a bond of eth1 and eth2, "Network 0 on VLAN 5"."""
    label = network.record.name_label or ""
    cache = network.cache
    pool = cache.pool()
    if not label.startswith(_DEFAULT_NETWORK_NAMES) or pool is None:
        return label
    pifs = [pif for pif in (cache.record("PIF", ref) for ref in network.refs_of("PIFs")) if pif is not None]
    master = pool.ref_of("master")
    pif = next((p for p in pifs if p.host == master), pifs[0] if pifs else None)
    if pif is None:
        return label
    if pif.bond_master_of:
        bonds = (cache.record("Bond", ref) for ref in pif.bond_master_of)
        members = (cache.record("PIF", ref) for bond in bonds if bond is not None for ref in bond.slaves or ())
        nic = "+".join(sorted((m.device or "").replace("eth", "") for m in members if m is not None))
    else:
        nic = (pif.device or "").replace("eth", "")
    vlan = as_int(pif.VLAN, -1)
    if vlan >= 0:
        return translate("ObjectNames", "Network {nic} on VLAN {vlan}").format(nic=nic, vlan=vlan)
    return translate("ObjectNames", "Network {nic}").format(nic=nic)


def _is_bond_member(network: XenObject) -> bool:
    """XenCenter's ``Network.IsMember``: one of its PIFs is a member of a bond."""
    cache = network.cache
    pifs = (cache.record("PIF", ref) for ref in network.refs_of("PIFs"))
    return any(pif is not None and cache.record("Bond", pif.bond_slave_of) is not None for pif in pifs)


def _vdi_name(vdi: XenObject) -> str:
    """XenCenter's ``VDI.Name()``: a disc in a host's physical drive is "DVD drive on <host>"."""
    sr_ref = vdi.ref_of("SR")
    sr: SR | None = vdi.cache.get("SR", sr_ref) if sr_ref else None
    if sr is not None and (sr.record.type == "local" or (
            sr.record.type == "udev" and (sr.record.sm_config or {}).get("type") == "cd")):
        host = sr_home(sr)
        if host is not None:
            return translate("ObjectNames", "DVD drive on {host}").format(host=host.name)
    return vdi.name


def object_node(obj: XenObject, source: str) -> Node:
    """An object's node as every view shows it (the Saved Searches view builds its trees from results too)."""
    kind, icon = kind_and_look(obj)
    return Node(kind, _display_name(obj), obj.cls, obj.ref, source, icon_state=icon)


def kind_and_look(obj: XenObject) -> tuple[str, str]:
    """The object's tree kind and icon state (``icons.icon_key`` draws them), for tables that show its icon."""
    cls = obj.cls
    if cls == "VM":
        vm: VM = obj  # type: ignore[assignment]
        if vm.is_snapshot:
            return "snapshot", ""
        if vm.is_a_template:
            return "template", "default" if vm.is_default_template else "user"
        return "vm", (vm.record.power_state or "").lower()
    if cls == "host":
        state = host_state(obj)  # type: ignore[arg-type]
        if not state.live:
            return "host", "dead"
        return "host", "maintenance" if state.maintenance else "live"
    if cls == "SR":
        return "sr", _sr_icon(obj)  # type: ignore[arg-type]
    if cls == "pool":
        return "pool", ""
    if cls == "VM_appliance":
        return "vapp", ""
    return cls.lower(), ""


def _sr_icon(sr: SR) -> str:
    """``broken`` (some PBD unplugged or missing), ``default`` (the pool's default SR) or ''."""
    pbds = [sr.cache.get("PBD", r) for r in sr.refs_of("PBDs")]
    if not pbds or any(p is None or not p.currently_attached for p in pbds):
        return "broken"
    pool = sr.cache.pool()
    if pool is not None and pool.ref_of("default_SR") == sr.ref:
        return "default"
    return ""


def pool_is_visible(pool: Pool | None, host_count: int) -> bool:
    """XenCenter's ``Pool.IsVisible``: a pool is shown when it has a name or more than one host."""
    return pool is not None and (bool(pool.name_label) or host_count > 1)


def pool_display_name(pool: Pool) -> str:
    """A nameless pool is called after its coordinator."""
    if pool.name_label:
        return pool.name_label
    coordinator = pool.master
    return coordinator.name if coordinator is not None else ""


# ---- what each connection shows -----------------------------------------------------------------------------


def vtpm_restricted(cache: ObjectCache) -> bool:
    """XenCenter's ``Cache.Hosts.Any(Host.RestrictVtpm)``: some server's licence restricts vTPM; a missing
    ``restrict_vtpm`` key restricts (``model/licence.py``: every shared database, xapi before vTPM support)."""
    return restricted(cache, "restrict_vtpm")


def vtpm_template_hidden(vm: VM) -> bool:
    """XenCenter's first rule of ``MainWindowTreeBuilder.AddVMNode`` and ``GroupAlg.Hide`` (and the New VM
    wizard's template list): a template (xapi's ``is_a_template``, so snapshots too) whose ``platform["vtpm"]``
    is "true" in any case is never shown, hidden objects or not, while vTPM is restricted (``vtpm_restricted``).
    The template test comes first: the hosts are looked at only for the rare template that needs a vTPM."""
    return (vm.is_a_template and str((vm.platform or {}).get("vtpm", "")).lower() == "true"
            and vtpm_restricted(vm.cache))


def vm_listed(vm: VM, options: TreeOptions) -> bool:
    """Whether a VM row exists in the views at all: never control domains or snapshots (outside the snapshot
    views), nor templates that need a restricted vTPM; templates per the template options; hidden VMs only with
    the hidden-objects option."""
    if vm.is_control_domain or vm.is_snapshot or not vm.shown(options.hidden_objects) or vtpm_template_hidden(vm):
        return False
    if not vm.is_a_template:
        return True
    return options.default_templates if vm.is_default_template else options.user_templates


def sr_listed(sr: SR, options: TreeOptions) -> bool:
    """Whether an SR row exists in the views: XenCenter's ``SR.Show`` and never the tools ISO SR
    (``GroupAlg.Hide``: ``IsToolsSR``); local SRs per the local-SRs option."""
    return (sr.shown(options.hidden_objects) and not sr.is_tools_sr
            and (options.local_srs or not sr_is_local(sr)))


def on_dead_host(home: Host | None) -> bool:
    """XenCenter's ``GroupAlg.Hide`` leaves out VMs and SRs whose home host is not live."""
    return home is not None and not host_is_live(home)


def top_object(cache: ObjectCache) -> XenObject | None:
    """The connection's node in the Infrastructure view: the pool, or the lone host of an invisible pool."""
    pool = cache.pool()
    if pool_is_visible(pool, cache.count("host")):
        return pool
    lone: XenObject | None = pool.master if pool is not None else None
    if lone is None:
        hosts = cache.all("host")
        lone = hosts[0] if hosts else None
    return lone


def infrastructure_parent(obj: XenObject, options: TreeOptions = TreeOptions()) -> XenObject | None:
    """The object under which ``obj`` appears in the Infrastructure view; None when it is not shown there
    (or is the connection's top node). The tree builder uses this very rule, so an incremental model can
    place a single changed object without rebuilding."""
    return _parent(obj, options, top_object(obj.cache))


def _parent(obj: XenObject, options: TreeOptions, top: XenObject | None) -> XenObject | None:
    if obj.cls == "host":
        return top if top is not None and top.cls == "pool" else None
    if obj.cls == "VM":
        if not vm_listed(obj, options):  # type: ignore[arg-type]
            return None
        home = vm_home(obj)  # type: ignore[arg-type]
    elif obj.cls == "SR":
        if not sr_listed(obj, options):  # type: ignore[arg-type]
            return None
        home = sr_home(obj)  # type: ignore[arg-type]
    else:
        return None
    if on_dead_host(home):
        return None
    return home if home is not None else top


def _disconnected_node(source: Source) -> Node:
    return Node("connection", source.name, source=source.key, key=source.key, icon_state="disconnected")


def shown_cache(source: Source) -> ObjectCache | None:
    """The cache whose objects the trees show: live, or the last known inventory while connecting."""
    if not (source.connected or source.stale_since is not None) or source.cache is None \
            or source.cache.pool() is None:
        return None
    return source.cache


# ---- Infrastructure -----------------------------------------------------------------------------------------


def infrastructure_tree(sources: Sequence[Source], options: TreeOptions = TreeOptions()) -> Node:
    """The connections in XenCenter's order (GroupAlg.Compare: pools before hosts; Host.CompareTo: connected
    servers before disconnected ones), each naturally by name, whatever the order of the server list."""
    root = Node("root", "XenCenter", key="infrastructure")
    for source in sources:
        cache = shown_cache(source)
        if source.saved_tree is not None and source.saved_tree[1] == options and not source.connected:
            root.children.append(source.saved_tree[0])  # the tree its records build, ready-made
        elif cache is not None:
            root.children.append(_connection_node(source.key, cache, options))
        else:
            root.children.append(_disconnected_node(source))
    root.children.sort(key=lambda n: (_TOP_RANK.get(n.kind, 2), natural_key(n.name), n.source or ""))
    return root


_TOP_RANK = {"pool": 0, "host": 1}


def _member_rank(obj: XenObject) -> int:
    """Order of kinds under one parent: hosts, VMs, SRs, user templates, default templates."""
    if obj.cls == "host":
        return 0
    if obj.cls == "SR":
        return 2
    if obj.is_a_template:
        return 4 if obj.is_default_template else 3
    return 1


#: cache -> (source key, options) -> (cache generation, subtree): the last Infrastructure subtree built.
_built: weakref.WeakKeyDictionary[ObjectCache, dict[tuple[str, TreeOptions], tuple[int, Node]]] = (
    weakref.WeakKeyDictionary())


def connection_node(source: str, cache: ObjectCache, options: TreeOptions) -> Node:
    """One connection's Infrastructure subtree (its pool or lone host and everything under it)."""
    return _connection_node(source, cache, options)


def _connection_node(source: str, cache: ObjectCache, options: TreeOptions) -> Node:
    generation = cache.generation
    per_cache = _built.setdefault(cache, {})
    last = per_cache.get((source, options))
    if last is not None and last[0] == generation:
        return last[1]
    give_way()  # each pool's subtree is tens of milliseconds of Python: a busy UI thread first
    node = _build_connection_node(source, cache, options)
    per_cache[(source, options)] = (generation, node)
    return node


def _build_connection_node(source: str, cache: ObjectCache, options: TreeOptions) -> Node:
    top = top_object(cache)
    if top is None:
        return Node("connection", "", source=source, key=source)
    members: dict[str, list[XenObject]] = defaultdict(list)
    for cls in ("host", "VM", "SR"):
        for obj in cache.all(cls):
            parent = _parent(obj, options, top)
            if parent is not None:
                members[parent.ref].append(obj)

    return _member_node(top, members, source)


def _member_node(obj: XenObject, members: dict[str, list[XenObject]], source: str) -> Node:
    """A node and its members' nodes, recursively. A module function, not a closure: a closure calling
    itself is a reference cycle, and that cycle kept a whole build's wrappers (and the records they read)
    alive until a full collection, which ``gc_policy`` makes rare and ``gc.freeze`` can make never."""
    node = object_node(obj, source)
    children = sorted(members.get(obj.ref, ()), key=lambda o: (_member_rank(o), *_name_key(o)))
    node.children = [_member_node(child, members, source) for child in children]
    return node


# ---- Objects, Tags, Folders, Custom Fields ------------------------------------------------------------------

#: The Objects view's groups, in XenCenter's order (its ``ObjectTypes`` enum), with its labels (Messages.resx).
OBJECT_GROUPS: tuple[tuple[str, str], ...] = (
    ("pools", QT_TRANSLATE_NOOP("ObjectGroups", "Pools")),
    ("servers", QT_TRANSLATE_NOOP("ObjectGroups", "Servers")),
    ("disconnected", QT_TRANSLATE_NOOP("ObjectGroups", "Disconnected servers")),
    ("vms", QT_TRANSLATE_NOOP("ObjectGroups", "VMs")),
    ("snapshots", QT_TRANSLATE_NOOP("ObjectGroups", "Snapshots")),
    ("user_templates", QT_TRANSLATE_NOOP("ObjectGroups", "Custom Templates")),
    ("default_templates", QT_TRANSLATE_NOOP("ObjectGroups", "{brand} Templates")),
    ("remote_srs", QT_TRANSLATE_NOOP("ObjectGroups", "Remote Storage Repositories")),
    ("local_srs", QT_TRANSLATE_NOOP("ObjectGroups", "Local Storage Repositories")),
    ("vdis", QT_TRANSLATE_NOOP("ObjectGroups", "Virtual Disks")),
    ("networks", QT_TRANSLATE_NOOP("ObjectGroups", "Networks")),
    ("vapps", QT_TRANSLATE_NOOP("ObjectGroups", "vApps")),
)
_GROUP_ORDER = {key: i for i, (key, _) in enumerate(OBJECT_GROUPS)}


def _typed_objects(cache: ObjectCache, options: TreeOptions, every_type: bool = False
                   ) -> Iterator[tuple[str, XenObject]]:
    """Every object of one connection that the Objects-style views list, with its Objects-view group.

    ``every_type``: the Objects view's own scope (XenCenter's ``SearchForAllTypes``, ``ObjectTypes.AllExcFolders``):
    snapshots and virtual disks too, templates and local SRs whatever the View options (those are the
    Infrastructure view's), and no vApps (``Appliance`` is outside ``AllExcFolders``)."""
    if every_type:
        options = TreeOptions(default_templates=True, user_templates=True, local_srs=True,
                              hidden_objects=options.hidden_objects)
    pool = cache.pool()
    if pool_is_visible(pool, cache.count("host")):
        yield "pools", pool  # type: ignore[misc]
    for host in cache.all("host"):
        yield "servers", host
    local_disks = LocalDisks(cache)
    for vm in cache.all("VM"):
        if every_type and vm.is_snapshot:
            listed = not vm.is_control_domain and vm.shown(options.hidden_objects) and not vtpm_template_hidden(vm)
        else:
            listed = vm_listed(vm, options)
        if listed and not on_dead_host(vm_home(vm, local_disks)):
            if vm.is_snapshot:
                yield "snapshots", vm
            elif not vm.is_a_template:
                yield "vms", vm
            else:
                yield ("default_templates" if vm.is_default_template else "user_templates"), vm
    for sr in cache.all("SR"):
        if sr_listed(sr, options) and not on_dead_host(sr_home(sr)):
            yield ("local_srs" if sr_is_local(sr) else "remote_srs"), sr
    if every_type:
        for vdi in cache.all("VDI"):
            if vdi.shown(options.hidden_objects):
                yield "vdis", vdi
    for network in cache.all("network"):
        if network.shown(options.hidden_objects):
            yield "networks", network
    if not every_type:
        for appliance in cache.all("VM_appliance"):
            yield "vapps", appliance


def _all_typed(sources: Sequence[Source], options: TreeOptions, every_type: bool = False
               ) -> Iterator[tuple[str, str, XenObject]]:
    for source in sources:
        cache = shown_cache(source)
        if cache is not None:
            for group, obj in _typed_objects(cache, options, every_type):
                yield source.key, group, obj


def _object_nodes(members: Iterable[tuple[str, str, XenObject]]) -> list[Node]:
    """Nodes sorted by type (XenCenter's order), then naturally by name."""
    ordered = sorted(members, key=lambda m: (_GROUP_ORDER[m[1]], *_name_key(m[2])))
    return [object_node(obj, source) for source, _, obj in ordered]


def objects_tree(sources: Sequence[Source], options: TreeOptions = TreeOptions()) -> Node:
    """Objects grouped by type; empty groups are left out."""
    grouped: dict[str, list[tuple[str, str, XenObject]]] = defaultdict(list)
    for member in _all_typed(sources, options, every_type=True):
        grouped[member[1]].append(member)
    disconnected = [_disconnected_node(s) for s in sources if shown_cache(s) is None]
    root = Node("root", "Objects", key="objects")
    brand = options.product_brand or brand_of(next((s.cache for s in sources if shown_cache(s) is not None),
                                                   None)).product
    for key, label in OBJECT_GROUPS:
        children = (sorted(disconnected, key=lambda n: natural_key(n.name)) if key == "disconnected"
                    else _object_nodes(grouped.get(key, ())))
        if children:
            name = translate("ObjectGroups", label).format(brand=brand)
            root.children.append(Node("group", name, key=key, children=children))
    return root


def folder_path(path: str) -> list[str]:
    """``/Production/Web`` -> ``["Production", "Web"]`` (XenCenter's folder paths; empty parts dropped)."""
    return [part for part in path.split("/") if part]


def tags_tree(sources: Sequence[Source], options: TreeOptions = TreeOptions()) -> Node:
    """The Tags view: XenCenter's search by tag (``model/xensearch/organization.py``)."""
    from xencenter.model.xensearch.organization import organization_tree

    return organization_tree("tags", sources, options)


def folders_tree(sources: Sequence[Source], options: TreeOptions = TreeOptions()) -> Node:
    """The Folders view: the folder tree of ``other_config["folder"]`` and the pools' empty folders, sub-folders
    first (``model/xensearch/organization.py``)."""
    from xencenter.model.xensearch.organization import organization_tree

    return organization_tree("folders", sources, options)


def custom_fields_tree(sources: Sequence[Source], options: TreeOptions = TreeOptions()) -> Node:
    """The Custom Fields view: field, then value, then the objects (``model/xensearch/organization.py``)."""
    from xencenter.model.xensearch.organization import organization_tree

    return organization_tree("custom_fields", sources, options)


def saved_searches_tree(sources: Sequence[Source], options: TreeOptions = TreeOptions()) -> Node:
    """The Saved Searches view (``model/xensearch/navigation.py``, which builds on this module)."""
    from xencenter.model.xensearch.navigation import saved_searches_tree as build

    return build(sources, options)


VIEWS: dict[str, Callable[[Sequence[Source], TreeOptions], Node]] = {
    "infrastructure": infrastructure_tree,
    "objects": objects_tree,
    "tags": tags_tree,
    "folders": folders_tree,
    "custom_fields": custom_fields_tree,
    "saved_searches": saved_searches_tree,
}
