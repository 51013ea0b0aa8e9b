"""The navigation pane's Tags, Folders and Custom Fields views, as XenCenter builds them: each is a search
(``OrganizationalView.OrgViewSearch`` over ``Search.SearchForTags`` / ``SearchForFolders`` /
``SearchForCustomFields``) whose groups become the tree.

What that means, against the Infrastructure view:

- Scope: every type of object (``AllExcFolders``; the Folders view ``AllIncFolders``, so empty folders, kept in
  the pool's ``EMPTY_FOLDERS``, show too): snapshots, virtual disks, default and custom templates and local SRs
  whatever the View options (those are the Infrastructure view's, ``TreeSearch``); no vApps.
- Filter: has a tag (``ListEmptyQuery(tags, false)``), is in a folder (``NullQuery(folder, false)``), has a value
  for a custom field defined in its pool (``BooleanQuery(has_custom_fields)``: a value without a definition in
  ``gui_config["XenCenter.CustomFields"]`` is no field).
- Grouping: by tag (an object under each of its tags), the folder tree (sub-folders, then what is filed there),
  field name then value (``AllCustomFieldsGrouping``); no sort given, so XenCenter's default order.
- Hidden: ``GroupAlg.Hide`` (the search's own rules): control domains, the tools SR, VMs and SRs of hosts that
  are down, templates that need a restricted vTPM; hidden objects only with the Hidden Objects option.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from xencenter.model.tree import Node, Source, TreeOptions
from xencenter.model.xensearch.context import SearchOptions
from xencenter.model.xensearch.grouping import AllCustomFieldsGrouping, FolderGrouping, Grouping, PropertyGrouping
from xencenter.model.xensearch.navigation import row_node
from xencenter.model.xensearch.properties import Prop
from xencenter.model.xensearch.queries import BooleanQuery, ListEmptyQuery, NullQuery, QueryFilter
from xencenter.model.xensearch.run import ResultRow, run_search
from xencenter.model.xensearch.scope import ALL_EXC_FOLDERS, ALL_INC_FOLDERS, ObjectTypes, QueryScope
from xencenter.model.xensearch.search import Query, Search

#: view -> (root name, scope, filter, grouping): XenCenter's ``OrganizationView*``.
VIEWS: dict[str, tuple[str, ObjectTypes, QueryFilter, Grouping]] = {
    "tags": ("Tags", ALL_EXC_FOLDERS, ListEmptyQuery(Prop.tags, False), PropertyGrouping(Prop.tags)),
    "folders": ("Folders", ALL_INC_FOLDERS, NullQuery(Prop.folder, "folder", False), FolderGrouping()),
    "custom_fields": ("Custom Fields", ALL_EXC_FOLDERS, BooleanQuery(Prop.has_custom_fields, True),
                      AllCustomFieldsGrouping()),
}
ROOT_KEYS = {"tags": "tags", "folders": "/", "custom_fields": "custom_fields"}


def organization_search(view: str) -> Search:
    """The search behind one of the views."""
    _, types, query, grouping = VIEWS[view]
    return Search(Query(QueryScope(types), query), grouping)


def _group_node(view: str, row: ResultRow, parent: Node, sources: dict[int, str]) -> Node:
    """A group row as the view's node: a tag, a field, a field's value (folders are objects: ``row_node``)."""
    if view == "tags":
        node = Node("tag", row.label, key=str(row.value))
    elif parent.kind == "field":
        node = Node("value", row.label, key=f"{parent.key}\x00{row.label}")
    else:
        node = Node("field", row.label, key=row.label)
    node.children = [_node(view, child, node, sources) for child in row.children]
    return node


def _node(view: str, row: ResultRow, parent: Node, sources: dict[int, str]) -> Node:
    if row.item is None and row.is_group:
        return _group_node(view, row, parent, sources)
    node = row_node(row, sources, children=False)
    node.children = [_node(view, child, node, sources) for child in row.children]
    return node


def organization_tree(view: str, sources: Sequence[Source], options: TreeOptions = TreeOptions()) -> Node:
    """The Tags, Folders or Custom Fields view (``view``) of the servers."""
    name = VIEWS[view][0]
    root = Node("root", name, key=ROOT_KEYS[view])
    search_options = SearchOptions(show_hidden=options.hidden_objects)
    if options.product_brand:
        search_options = replace(search_options, product_brand=options.product_brand)
    result = run_search(organization_search(view), sources, search_options)
    source_keys = {id(s.cache): s.key for s in sources if s.cache is not None}
    root.children = [_node(view, row, root, source_keys) for row in result.rows]
    return root
