"""Which search the Search tab shows for what the navigation pane has selected (XenCenter's
``MainWindow``: a saved search chosen in its view, a tag, a folder; else the selection's own search), and the
window's side of the search commands (``current_search``, ``show_search``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xencenter.model.xensearch.defaults import search_for_folder, search_for_tag
from xencenter.model.xensearch.navigation import search_of

if TYPE_CHECKING:
    from xencenter.model.xensearch.search import Search
    from xencenter.views.navigation import NavigationPane


def navigation_search(navigation: NavigationPane) -> Search | None:
    """The search of the selected row when it stands for one: a search of the Saved Searches view (or a row
    under it), a tag of the Tags view, a folder of the Folders view; None: the selection's own search."""
    uuid = navigation.selected_search()
    if uuid is not None:
        return search_of(navigation.connections.sources(), uuid)
    group = navigation.selected_group()
    if group is None:
        return None
    kind, key = group
    if kind == "tag":
        return search_for_tag(key)
    if kind == "folder":
        return search_for_folder(key)
    return None


def only_searches_selected(navigation: NavigationPane) -> bool:
    """Every selected row is a search (the tabs then show the search alone, as XenCenter does)."""
    from xencenter.views.tree_model import KindRole

    indexes = navigation.selected_indexes()
    return bool(indexes) and all(i.data(KindRole) == "search" for i in indexes)
