"""The query builder's rules without Qt (XenCenter's QueryElement, GroupingControl and SearchFor): which filter
types and groupings a scope offers, how rows become filters and back, and what the edits do."""

from __future__ import annotations

from datetime import date

import pytest

from xencenter.model.virtualization import OPTIMIZED
from xencenter.model.xensearch import editing
from xencenter.model.xensearch import grouping_types as gt
from xencenter.model.xensearch.customfields import CustomFieldDefinition
from xencenter.model.xensearch.editing import FilterRow, rows_for
from xencenter.model.xensearch.filters import (
    DUMMY,
    FILTER_TYPES,
    KEPT,
    UUID_IS,
    custom_field_types,
    type_for,
    wanted,
)
from xencenter.model.xensearch.grouping import (
    BoolGrouping,
    CustomFieldGrouping,
    FolderGrouping,
    PropertyGrouping,
    UnknownGrouping,
    XenModelObjectPropertyGrouping,
)
from xencenter.model.xensearch.kinds import POWER_STATE, VIRTUALIZATION, PowerState
from xencenter.model.xensearch.marshal import filter_element, parse_search, search_xml
from xencenter.model.xensearch.properties import Prop
from xencenter.model.xensearch.queries import (
    EnumPropertyQuery,
    GroupQuery,
    IntPropertyQuery,
    ListEmptyQuery,
    NullQuery,
    RecursiveXMOListPropertyQuery,
    RecursiveXMOPropertyQuery,
    StringPropertyQuery,
    UnknownQuery,
    XenModelObjectListContainsQuery,
)
from xencenter.model.xensearch.scope import ALL_EXC_FOLDERS, ALL_INC_FOLDERS, ObjectTypes

VM, SERVER, POOL, FOLDER = ObjectTypes.VM, ObjectTypes.Server, ObjectTypes.Pool, ObjectTypes.Folder


def labels(scope: ObjectTypes, sub_row: bool = False) -> list[str]:
    return [t.label for t in FILTER_TYPES if wanted(t, scope, sub_row)]


def by_label(label: str):
    return next(t for t in FILTER_TYPES if t.label == label)


# ---- which filters a scope offers (XenCenter's WantQueryType) -------------------------------------------------


def test_a_vm_search_offers_vm_filters_and_related_objects_but_not_itself():
    offered = labels(VM)
    assert offered[:3] == ["All of the following:", "Any of the following:", "None of the following:"]
    for wanted_label in ("Name", "Description", "UUID", "Tags", "Memory", "Address", "Start time", "Power state",
                         "Virtualization", "Operating System", "HA restart priority", "Is in a pool",
                         "Is standalone", "Pool", "Server", "Network", "Storage Repository", "Virtual Disk",
                         "vApp", "Is in a vApp", "Parent folder", "Any ancestor folder", "Not in any folder",
                         "Has any custom field"):
        assert wanted_label in offered, wanted_label
    # "VM" (the VMs of ...) about VMs themselves, "Is <object>" at the top, and types applying to no scope
    for absent in ("VM", "Is", "Size", "Shared", "HA", "Type", "Storage type", "Select a filter..."):
        assert absent not in offered, absent


def test_a_mixed_scope_only_offers_what_applies_to_every_searched_type():
    offered = labels(VM | SERVER)
    assert "Address" in offered and "Is in a pool" in offered and "VM" in offered
    assert "Power state" not in offered and "Memory" not in offered  # VM-only filters
    # XenCenter: "it's permissible to search for Servers and VMs with a constraint on the Servers"
    assert "Server" in offered and "Server" not in labels(SERVER)


def test_folders_are_the_exception_a_folder_search_can_filter_on_the_parent_folder():
    offered = labels(FOLDER)
    assert "Parent folder" in offered and "Any ancestor folder" in offered and "Name" in offered
    assert "Pool" not in offered and "Tags" not in offered


def test_a_sub_row_offers_single_filters_only_and_the_is_row():
    offered = labels(POOL, sub_row=True)
    assert offered[0] == "Is" and "Name" in offered and "HA" in offered
    assert not any(label.endswith("following:") for label in offered)
    assert "Server" not in offered  # no parent-child inside a parent-child


# ---- rows <-> filters -------------------------------------------------------------------------------------------


NESTED = GroupQuery("And", (
    EnumPropertyQuery(Prop.power_state, POWER_STATE, PowerState.Running, True),
    GroupQuery("Or", (
        StringPropertyQuery(Prop.label, "web", "startswith", False),
        RecursiveXMOPropertyQuery(Prop.pool, "pool", StringPropertyQuery(Prop.label, "prod", "contains", False)),
    )),
    IntPropertyQuery(Prop.memory, 2048 << 20, "gt"),
))


def test_a_nested_filter_reads_as_rows_and_writes_back_the_same_xml():
    root = rows_for(NESTED)
    assert root.type.label == "All of the following:"
    assert [r.type.label for r in root.rows] == ["Power state", "Any of the following:", "Memory",
                                                  "Select a filter..."]
    power, either, memory, _ = root.rows
    assert (power.operator, power.value) == ("is", PowerState.Running)
    assert (memory.operator, memory.value, memory.type.units(memory.operator)) == ("bigger than", 2048, "MB")
    name, pool, dummy = either.rows
    assert (name.operator, name.value) == ("starts with", "web") and dummy.is_dummy
    assert pool.type.label == "Pool" and pool.rows[0].about == POOL
    assert (pool.rows[0].type.label, pool.rows[0].operator, pool.rows[0].value) == ("Name", "contains", "prod")
    assert root.filter() == NESTED
    assert filter_element_text(root.filter()) == filter_element_text(NESTED)


def filter_element_text(f) -> str:
    import xml.etree.ElementTree as ET

    return ET.tostring(filter_element(f), encoding="unicode")


def test_types_read_the_filters_xencenter_writes_for_them():
    assert type_for(StringPropertyQuery(Prop.uuid, "abc", "exactmatch", True), sub_row=True) is UUID_IS
    assert type_for(StringPropertyQuery(Prop.uuid, "abc", "exactmatch", True)).label == "UUID"  # not "Is" at top
    assert type_for(NullQuery(Prop.pool, "pool", True)).label == "Is standalone"
    assert type_for(NullQuery(Prop.pool, "pool", False)).label == "Is in a pool"
    assert type_for(ListEmptyQuery(Prop.tags, True)).label == "Tags"
    assert type_for(None) is DUMMY
    # old-style and unknown filters are kept as written
    old = XenModelObjectListContainsQuery(Prop.networks, True, "network", "net-uuid")
    assert type_for(old) is KEPT and rows_for(old).filter() is old
    unknown = UnknownQuery("<HologramQuery colour='blue' />", "not known")
    assert rows_for(GroupQuery("Or", (unknown,))).filter() == GroupQuery("Or", (unknown,))


def test_custom_field_rows():
    owner, since = CustomFieldDefinition("Owner"), CustomFieldDefinition("Since", "Date")
    custom = custom_field_types([owner, since])
    row = FilterRow()
    editing.set_type(row, custom[0])
    row.value = "dave"
    editing.set_operator(row, "exactly matches")
    assert row.filter().query == "dave" and row.filter().type == "exactmatch"
    date_row = FilterRow()
    editing.set_type(date_row, custom[1])
    assert date_row.operator == "is today" and date_row.type.editor(date_row.operator) is None
    editing.set_operator(date_row, "is before")
    assert date_row.type.editor("is before") == "date" and isinstance(date_row.value, date)


# ---- edits ------------------------------------------------------------------------------------------------------


def test_choosing_a_type_on_the_last_row_of_a_group_adds_a_new_select_a_filter_row():
    root = rows_for(None)
    editing.set_type(root, by_label("Name"))
    root.value = "web"
    editing.set_type(root, by_label("Any of the following:"))  # XenCenter's CA-25127: the row becomes the first
    assert [r.type.label for r in root.rows] == ["Name", "Select a filter..."]
    assert root.rows[0].value == "web"
    editing.set_type(root.rows[1], by_label("Power state"), lambda row: row.type.entries())
    editing.normalize(root)
    assert [r.type.label for r in root.rows] == ["Name", "Power state", "Select a filter..."]
    assert root.rows[1].value == PowerState.Halted  # the first choice
    assert root.filter() == GroupQuery("Or", (StringPropertyQuery(Prop.label, "web", "contains", False),
                                              EnumPropertyQuery(Prop.power_state, POWER_STATE, PowerState.Halted,
                                                                True)))


def test_a_parent_child_row_without_its_sub_row_filters_nothing():
    root = FilterRow()
    editing.set_type(root, by_label("Server"))
    assert root.rows[0].about == SERVER and root.rows[0].is_dummy and root.filter() is None
    editing.set_type(root.rows[0], UUID_IS, lambda row: [("pool", None), ("h1", "uuid-h1")])
    assert root.rows[0].value == "uuid-h1"  # the first object that can be chosen, not the pool above it
    assert root.filter() == RecursiveXMOListPropertyQuery(
        Prop.host, "host", StringPropertyQuery(Prop.uuid, "uuid-h1", "exactmatch", True))


def test_removing_rows():
    root = rows_for(NESTED)
    assert not editing.removable(root, root.rows[-1])  # "Select a filter..."
    pool = root.rows[1].rows[1]
    assert editing.removable(root, pool) and not editing.removable(root, pool.rows[0])  # the sub-row goes with it
    root = editing.remove(root, root.rows[1])
    assert [r.type.label for r in root.rows] == ["Power state", "Memory", "Select a filter..."]
    assert editing.remove(root, root).is_dummy


def test_searching_for_something_else_drops_what_no_longer_applies():
    root = rows_for(NESTED)
    kept = editing.prune_top(root, ObjectTypes.Server)
    # power state and memory are VM-only; in the Or, the pool row stays and the name row stays: Or kept
    assert kept.type.label == "Any of the following:"
    assert [r.type.label for r in kept.rows] == ["Name", "Pool", "Select a filter..."]
    only_name = editing.prune_top(rows_for(GroupQuery("And", (
        StringPropertyQuery(Prop.label, "x", "contains", False),
        EnumPropertyQuery(Prop.virtualisation_status, VIRTUALIZATION, OPTIMIZED, False)))), ObjectTypes.Server)
    assert only_name.type.label == "Name"  # an And left with one row becomes that row
    assert editing.prune_top(rows_for(NESTED.subqueries[0]), ObjectTypes.Network).is_dummy


# ---- groupings (XenCenter's GroupingControl) --------------------------------------------------------------------


def test_groupings_read_and_write_level_by_level():
    grouping = XenModelObjectPropertyGrouping(Prop.pool, "pool", subgrouping=PropertyGrouping(
        Prop.power_state, subgrouping=BoolGrouping(Prop.read_caching_enabled)))
    levels = gt.levels_of(grouping)
    assert [level.label for level in levels] == ["Pool", "Power state", "Using read caching"]
    assert gt.grouping_of(levels) == grouping
    field = CustomFieldDefinition("Owner")
    assert gt.grouping_of(gt.levels_of(CustomFieldGrouping(field))) == CustomFieldGrouping(field)
    unknown = UnknownGrouping("<HologramGrouping />", "not known", subgrouping=PropertyGrouping(Prop.tags))
    assert gt.grouping_of(gt.levels_of(unknown)) == unknown


def test_folder_grouping_comes_first_and_ends_the_levels():
    assert [level.label for level in gt.levels_of(FolderGrouping(subgrouping=PropertyGrouping(Prop.tags)))] == ["Folder"]
    assert gt.levels_of(PropertyGrouping(Prop.tags, subgrouping=FolderGrouping())) == [gt.levels_of(
        PropertyGrouping(Prop.tags))[0]]
    assert gt.folder_offered([], None) and not gt.folder_offered([gt.BY_POOL], None)
    assert gt.folder_offered([gt.BY_POOL], 0) and not gt.folder_offered([gt.BY_POOL, gt.BY_HOST], 1)
    assert gt.prune_levels([gt.BY_POOL], ALL_INC_FOLDERS) == [gt.BY_FOLDER]  # searching for folders


def test_the_more_menu_offers_what_fits_after_the_levels():
    remaining = [t.label for t in gt.remaining([gt.BY_HOST], None, VM)]
    assert "Server" not in remaining  # no type twice
    assert "Pool" not in remaining and "vApp" not in remaining  # not an ancestor after its descendant
    assert "Operating System" in remaining and "Virtual Disk" in remaining
    assert "VM" not in remaining  # the VMs of a VM: VMs are not searched for it
    assert "VM" in [t.label for t in gt.remaining([], None, ObjectTypes.Network)]


def test_a_button_offers_what_fits_in_its_place():
    levels = [gt.BY_POOL, gt.BY_HOST]
    first = [t.label for t in gt.remaining(levels, 0, VM)]
    assert "Server" not in first and "Pool" not in first  # Server is already there, Pool is the button itself
    assert "vApp" in first and "Virtual Disk" in first  # neither is under Server in the tree
    # a grouping under Server (the VMs of...) cannot come before it
    assert "VM" in [t.label for t in gt.remaining([gt.BY_POOL], 0, ObjectTypes.Network)]
    assert "VM" not in [t.label for t in gt.remaining(levels, 0, ObjectTypes.Network)]
    second = [t.label for t in gt.remaining(levels, 1, VM)]
    assert "Pool" not in second and "Server" not in second
    assert "vApp" in second and "Operating System" in second  # vApp sits under Pool: fine after it


def test_at_most_five_levels():
    five = [gt.BY_POOL, gt.BY_HOST] + [t for t in gt.GROUPING_TYPES if t.label in ("Operating System",
                                                                                  "Power state", "Tags")]
    assert len(five) == 5 and not gt.can_add(five, VM) and gt.can_add(five[:4], VM)


def test_scope_labels():
    assert gt.scope_label(VM) == "VMs"
    assert gt.scope_label(ObjectTypes.LocalSR | ObjectTypes.RemoteSR) == "All Storage Repositories"
    assert gt.scope_label(ALL_EXC_FOLDERS) == "All resources"
    assert gt.scope_label(ObjectTypes.DefaultTemplate, "XCP-ng") == "XCP-ng Templates"
    assert gt.scope_label(VM | POOL) == "Custom..."


@pytest.mark.parametrize("xml_name", ["nested"])
def test_a_built_search_saves_as_xencenter_writes_it(xml_name):
    """The filter and grouping made from rows and buttons, in a search, give XenCenter's XML."""
    from xencenter.model.xensearch.scope import QueryScope
    from xencenter.model.xensearch.search import Query, Search

    search = Search(Query(QueryScope(VM), rows_for(NESTED).filter()), gt.grouping_of([gt.BY_POOL, gt.BY_HOST]),
                    "Built", "0a0a")
    xml = search_xml(search)
    assert xml.startswith('<Search uuid="0a0a" name="Built" major_version="2" minor_version="0"><Query><QueryScope>'
                          '<VM /></QueryScope><GroupQuery type="And"><EnumPropertyQuery property="power_state" '
                          'equals="yes" query="Running" /><GroupQuery type="Or">')
    assert ('<XenModelObjectPropertyGrouping property="pool"><XenModelObjectPropertyGrouping property="host" />'
            '</XenModelObjectPropertyGrouping><sorting /></Search>') in xml
    assert parse_search(xml) == search
