"""Reading and writing XenCenter's <Search> XML: every stored search, the built-ins, old and new spellings, and
what a damaged or newer file gets."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from search_world import DB_DIR, _records

from xencenter.model.xensearch.grouping import PropertyGrouping, UnknownGrouping, XenModelObjectPropertyGrouping
from xencenter.model.xensearch.kinds import POWER_STATE, PowerState
from xencenter.model.xensearch.marshal import SearchXMLError, parse_search, parse_searches, search_xml
from xencenter.model.xensearch.properties import Prop
from xencenter.model.xensearch.queries import (
    DatePropertyQuery,
    EnumPropertyQuery,
    GroupQuery,
    StringPropertyQuery,
    UnknownQuery,
)
from xencenter.model.xensearch.saved import builtin_searches
from xencenter.model.xensearch.scope import ObjectTypes

DATABASES = sorted(p.stem for p in DB_DIR.glob("*.xml"))


def stored_searches() -> list[tuple[str, str, str]]:
    """(database, gui_config key, XML) of every search saved in a shared database."""
    found = []
    for name in DATABASES:
        for pool in _records(name)["pool"].values():
            for key, value in pool["gui_config"].items():
                if ".Search-" in key:
                    found.append((name, key, value))
    return found


STORED = stored_searches()


def test_the_shared_databases_hold_the_nineteen_searches_of_state3():
    assert len(STORED) == 19
    assert {db for db, _, _ in STORED} == {"state3"}
    assert all(key.startswith("[xensearch].Search-") for _, key, _ in STORED)


def _tree(element: ET.Element) -> tuple:
    """An element as (tag, attributes, children) for comparing documents."""
    return element.tag, dict(element.attrib), [_tree(child) for child in element]


@pytest.mark.parametrize(("db", "key", "xml"), STORED, ids=[key[-8:] for _, key, _ in STORED])
def test_every_stored_search_parses_and_round_trips(db, key, xml):
    search = parse_search(xml)
    assert search.warnings == ()
    assert key.endswith(search.uuid)
    written = search_xml(search)
    assert parse_search(written) == search
    # the same elements with the same attributes and values, in the same order (show_expanded included)
    assert _tree(ET.fromstring(written)) == _tree(ET.fromstring(xml))


@pytest.mark.parametrize("search", builtin_searches(), ids=lambda s: s.uuid)
def test_builtin_searches_round_trip(search):
    again = parse_search(search_xml(search))
    assert again == dataclasses.replace(search, builtin=False)


def test_a_stored_search_reads_into_the_right_parts():
    xml = next(x for _, _, x in STORED if "power-pool-network" in x)
    search = parse_search(xml)
    assert search.query.scope.types == ObjectTypes.VM
    grouping = search.grouping
    assert isinstance(grouping, PropertyGrouping) and grouping.prop == Prop.power_state
    assert isinstance(grouping.subgrouping, XenModelObjectPropertyGrouping) and grouping.subgrouping.target == "pool"
    assert grouping.subgrouping.subgrouping.prop == Prop.networks
    assert [(s.column, s.ascending) for s in search.sorting] == [("name", False)]
    assert search.columns[0] == ("name", 250) and len(search.columns) == 7
    assert search.extra_attributes == (("show_expanded", "yes"),)


def test_old_spellings_are_read():
    """Major version 1 has no scope (everything but folders), booleans may be True/False, "type is SR" means
    remote SRs, and dates may be ISO times."""
    search = parse_search(
        '<Search uuid="u" name="old" major_version="1" minor_version="0"><GroupQuery type="And">'
        '<EnumPropertyQuery property="type" equals="True" query="SR" />'
        '<DatePropertyQuery property="start_time" query="20090504T10:00:00Z" type="before" />'
        '</GroupQuery></Search>')
    assert search.query.scope.types == ObjectTypes(0b0111_1111_1111) & ~ObjectTypes.Folder
    first, second = search.query.filter.subqueries
    assert first.query == ObjectTypes.RemoteSR and first.equals is True
    assert second == DatePropertyQuery(Prop.start_time, date(2009, 5, 4), "before")


def test_an_exported_searches_file_is_read():
    exported = ('<?xml version="1.0" encoding="utf-8"?>\n'
                '<!DOCTYPE xensearch PUBLIC "-//XENSEARCH//DTD XENSEARCH 1//EN" "xensearch-1.dtd">\n'
                '<Searches xmlns="http://www.citrix.com/XenCenter/XenSearch/schema">\n'
                '    <Search uuid="a" name="Running" major_version="2" minor_version="0">\n'
                '        <Query><QueryScope><VM /></QueryScope>'
                '<EnumPropertyQuery property="power_state" equals="yes" query="Running" /></Query>\n'
                '        <sorting />\n    </Search>\n</Searches>\n')
    [search] = parse_searches(exported)
    assert search.name == "Running"
    assert search.query.filter == EnumPropertyQuery(Prop.power_state, POWER_STATE, PowerState.Running, True)


# ---- a newer XenCenter: understood parts stay, the rest is kept as written and reported ----------------------

NEWER = ('<Search uuid="n" name="newer" major_version="2" minor_version="3" colour="blue"><Query>'
         '<QueryScope><VM /><Hologram /></QueryScope><GroupQuery type="Or">'
         '<StringPropertyQuery property="label" casesensitive="no" query="web" type="contains" />'
         '<QuantumQuery property="label" spin="up" />'
         '<StringPropertyQuery property="aura" casesensitive="no" query="x" type="contains" />'
         '<EnumPropertyQuery property="power_state" equals="yes" query="Hibernating" />'
         '<StringPropertyQuery property="label" casesensitive="no" query="x" type="fuzzy" />'
         '</GroupQuery></Query>'
         '<MoodGrouping><PropertyGrouping property="os_name" /></MoodGrouping><sorting /></Search>')


def test_parts_a_newer_xencenter_wrote_are_reported_and_kept():
    search = parse_search(NEWER)
    f = search.query.filter
    assert isinstance(f, GroupQuery) and f.type == "Or"
    assert f.subqueries[0] == StringPropertyQuery(Prop.label, "web", "contains", False)
    assert all(isinstance(q, UnknownQuery) for q in f.subqueries[1:])
    assert isinstance(search.grouping, UnknownGrouping)
    assert search.grouping.subgrouping == PropertyGrouping(Prop.os_name)  # what it groups by next still applies
    assert search.query.scope.types == ObjectTypes.VM and search.query.scope.unknown == ("Hologram",)
    text = "\n".join(search.warnings)
    for named in ("Hologram", "QuantumQuery", "'aura'", "'Hibernating'", "'fuzzy'", "MoodGrouping"):
        assert named in text
    assert len(search.warnings) == 6
    # saved back unchanged, as this version's 2.0 (XenCenter too writes its own version)
    assert _tree(ET.fromstring(search_xml(search))) == _tree(ET.fromstring(NEWER.replace('"2" minor_version="3"',
                                                                                          '"2" minor_version="0"')))


# ---- damaged input: an error in words, never a traceback ------------------------------------------------------


@pytest.mark.parametrize(("xml", "message"), [
    ("<Search uuid='x' name='y' major_version='2'><Query><QueryScope><VM />", "not well-formed XML"),
    ("", "not well-formed XML"),
    ("<Search name='y' minor_version='0'><Query><QueryScope /></Query></Search>",
     "Search: attribute 'major_version' is missing"),
    ("<Search major_version='two'><Query><QueryScope /></Query></Search>", "'two' is not a whole number"),
    ("<Search major_version='3'><Query><QueryScope /></Query></Search>", "version 3 was written by a newer"),
    ("<Search major_version='2' />", "the Query element is missing"),
    ("<Search major_version='2'><Query /></Search>", "Query: the QueryScope element is missing"),
    ("<Search major_version='2'><PropertyGrouping property='type' /></Search>", "first element is PropertyGrouping"),
    ("<Searches><Search major_version='2' /></Searches>", "the root element is Searches, not Search"),
    ("<Search major_version='2'><Query><QueryScope /><StringPropertyQuery property='label' type='contains' "
     "casesensitive='no' /></Query></Search>", "StringPropertyQuery: attribute 'query' is missing"),
    ("<Search major_version='2'><Query><QueryScope /><IntPropertyQuery property='memory' query='lots' "
     "type='gt' /></Query></Search>", "IntPropertyQuery: query 'lots' is not a whole number"),
    ("<Search major_version='2'><Query><QueryScope /><DatePropertyQuery property='start_time' query='20091340' "
     "type='exact' /></Query></Search>", "'20091340' is not a date"),
    ("<Search major_version='2'><Query><QueryScope /><RecursiveXMOPropertyQuery property='pool' /></Query></Search>",
     "RecursiveXMOPropertyQuery: the inner query is missing"),
    ("<Search major_version='2'><Query><QueryScope /></Query><CustomFieldGrouping /></Search>",
     "CustomFieldGrouping: the CustomFieldDefinition element is missing"),
    ("<!DOCTYPE s [<!ENTITY a 'aaaa'>]><Search major_version='2'>&a;</Search>", "declares entities"),
])
def test_damaged_xml_is_an_error_naming_the_problem(xml, message):
    with pytest.raises(SearchXMLError, match=message.replace("(", r"\(")):
        parse_search(xml)


def test_every_query_and_grouping_type_round_trips():
    every = ('<Search uuid="e" name="every" major_version="2" minor_version="0"><Query><QueryScope><Pool />'
             '<Server /><VM /><Folder /><Appliance /></QueryScope><GroupQuery type="Nor">'
             '<CustomFieldQuery query="ops" type="startswith"><CustomFieldDefinition name="Owner" type="String" '
             'defaultValue="" /></CustomFieldQuery>'
             '<CustomFieldDateQuery query="20250101" type="after"><CustomFieldDefinition name="Seen" type="Date" '
             'defaultValue="" /></CustomFieldDateQuery>'
             '<StringPropertyQuery property="description" casesensitive="yes" query="db" type="endswith" />'
             '<DatePropertyQuery property="start_time" query="20250101" type="lastweek" />'
             '<EnumPropertyQuery property="virtualisation_status" equals="no" '
             'query="IoDriversInstalled, ManagementInstalled" />'
             '<EnumPropertyQuery property="ha_restart_priority" equals="yes" query="BestEffort" />'
             '<EnumPropertyQuery property="sr_type" equals="yes" query="nfs" />'
             '<ValuePropertyQuery property="os_name" equals="yes" query="Debian 4.0" />'
             '<XenModelObjectPropertyQuery property="pool" equals="yes" uuid="d44c0bc1" />'
             '<XenModelObjectPropertyQuery property="appliance" equals="no" query="OpaqueRef:old" />'
             '<XenModelObjectListContainsQuery property="networks" contains="yes" uuid="n1" />'
             '<XenModelObjectListContainsNameQuery property="storage" contains="no" query="nfs" type="contains" />'
             '<StringListContainsQuery property="tags" contains="yes" query="web" />'
             '<IPAddressQuery property="ip_address" contains="yes" address="10.*.*.*" />'
             '<ListEmptyQuery property="tags" empty="no" />'
             '<BooleanQuery property="shared" query="yes" />'
             '<NullQuery property="folder" query="no" />'
             '<IntPropertyQuery property="memory" query="1073741824" type="gt" />'
             '<RecursiveXMOPropertyQuery property="pool"><StringPropertyQuery property="label" casesensitive="no" '
             'query="lab" type="contains" /></RecursiveXMOPropertyQuery>'
             '<RecursiveXMOListPropertyQuery property="host"><BooleanQuery property="ha_enabled" query="no" />'
             '</RecursiveXMOListPropertyQuery>'
             '</GroupQuery></Query>'
             '<CustomFieldGrouping><BoolGrouping property="vendor_device_state"><AllCustomFieldsGrouping>'
             '<FolderGrouping /></AllCustomFieldsGrouping></BoolGrouping><CustomFieldDefinition name="Owner" '
             'type="String" defaultValue="" /></CustomFieldGrouping>'
             '<columns><column name="name" width="250" /><column name="CustomField:Owner" width="-90" />'
             '<column name="state" width="10" /><column name="ha" width="wide" /></columns>'
             '<sorting><sort column="cpu" ascending="yes" /><sort column="CustomField:Owner" ascending="no" />'
             '</sorting></Search>')
    search = parse_search(every)
    assert search.warnings == ()
    assert len(search.query.filter.subqueries) == 20
    assert search.columns == (("name", 250), ("CustomField:Owner", 90))  # "state" is gone, "wide" is no width
    again = parse_search(search_xml(search))
    assert again == search
    assert search_xml(again) == search_xml(search)
