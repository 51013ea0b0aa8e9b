"""Commands on XenCenter searches: save one in a pool (``pool.gui_config``, where XenCenter's users find it),
delete a saved one, export one to a ``.xensearch`` file, import one from a file (the window shows it).

Which search: the one given (``--search`` names a built-in or saved search by name or UUID, ``--query-file``
holds one in XenCenter's format), else the one the window's Search tab shows (``context.dialogs.current_search``).
Saving writes what XenCenter's ``Search.Save`` writes: ``pool.remove_from_gui_config(key)`` then
``pool.add_to_gui_config(key, xml)``, under a new UUID each time, the name made unique among the searches
("Running VMs (2)"), as XenCenter does. Deleting removes the search's key from every connected pool.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from xencenter import APP_NAME
from xencenter.commands.base import Command, Param, Selection
from xencenter.commands.work import start_operation, steps, sync_call
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.model.xensearch.files import EXTENSION, SearchFileError, read_export, read_search, write_export
from xencenter.model.xensearch.items import connected_cache
from xencenter.model.xensearch.saved import builtin_searches_for, gui_config_entry, saved_searches

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject
    from xencenter.model.xensearch.search import Search
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

_SEARCH = Param("search", str, "a built-in or saved search: its name or UUID")


def connected_pools(context: AppContext) -> list[XenObject]:
    """The pool of every connected server (XenCenter saves to a connection's pool, visible or not)."""
    pools: list[XenObject] = []
    for source in context.connections.sources():
        cache = connected_cache(source)
        pool = cache.pool() if cache is not None else None
        if pool is not None:
            pools.append(pool)
    return pools


def all_searches(context: AppContext) -> list[Search]:
    """The searches saved in the connected pools, then XenCenter's built-in ones."""
    stored = saved_searches(context.connections.sources())
    return [s.search for s in stored.searches] + builtin_searches_for(context.connections.sources())


def find_search(context: AppContext, text: str) -> Search:
    """A search by UUID, else by name; ValueError in words when there is none or several."""
    searches = all_searches(context)
    by_uuid = [s for s in searches if s.uuid == text]
    if by_uuid:
        return by_uuid[0]
    by_name = [s for s in searches if s.name == text]
    if not by_name:
        raise ValueError(translate("CommandReasons", "there is no search called {name}").format(name=repr(text)))
    if len(by_name) > 1:
        raise ValueError(translate("CommandReasons", "several searches are called {name}: give its UUID ({uuids})")
                         .format(name=repr(text), uuids=", ".join(s.uuid or "" for s in by_name)))
    return by_name[0]


def unique_name(name: str, taken: set[str]) -> str:
    """XenCenter's CA-34780: a name already used gets " (2)", " (3)"..."""
    if name not in taken:
        return name
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"


def _file_search(path: str) -> Search:
    try:
        return read_search(path)
    except SearchFileError as e:
        raise ValueError(str(e)) from None


#: Why a command about the shown search cannot run without one, by what it does (translated where raised).
_NO_SEARCH = {"save": QT_TRANSLATE_NOOP("CommandReasons", "there is no search to save: give one"),
              "delete": QT_TRANSLATE_NOOP("CommandReasons", "there is no search to delete: give one"),
              "export": QT_TRANSLATE_NOOP("CommandReasons", "there is no search to export: give one")}


def _shown_search(context: AppContext, what: str) -> Search:
    search = context.dialogs.current_search(context)
    if search is None:
        raise ValueError(translate("CommandReasons", _NO_SEARCH[what]))
    return search


class SearchCommand(Command):
    """A command about a search, not about the selected objects."""

    needs_selection, in_context_menu, group = False, False, 60


class SaveSearchCommand(SearchCommand):
    id, title, text = "search.save", "Save Search", "Sav&e Search..."
    help = "Save a search in a pool, where XenCenter's users see it too (pool.gui_config)."
    activity, order = "Saving search", 10
    params = (Param("query_file", str, "a file holding the search (one <Search> element, or a .xensearch export)"),
              Param("name", str, "the name to save it under (default: its own, made unique)"),
              Param("pool", "pool", "the pool to save it in (default: the only connected one)"))

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        path = params.get("query_file")
        search = _file_search(path) if path else _shown_search(context, "save")
        pools = connected_pools(context)
        if not pools:
            raise ValueError(translate("CommandReasons", "connect to a server first: a search is saved in a pool"))
        name, pool = params.get("name"), params.get("pool")
        if not (name and pool):
            taken = {s.name for s in all_searches(context)}
            default = search.name or translate("SearchTab", "New Search")
            answer = context.dialogs.save_search(context, name or unique_name(default, taken),
                                                 pool, pools)
            if answer is None:
                return []
            name, pool = answer
        entry = gui_config_entry(replace(search, name=name, uuid=None, builtin=False))
        work = steps(sync_call("pool.remove_from_gui_config", pool.ref, entry.key),
                     sync_call("pool.add_to_gui_config", pool.ref, entry.key, entry.value))
        title = translate("Activities", "Saving search '{name}' in").format(name=name)
        return [start_operation(context, title, pool, work, cancellable=False)]


class DeleteSearchCommand(SearchCommand):
    id, title, text = "search.delete", "Delete Search", "&Delete Search..."
    help = "Delete a saved search from every connected pool."
    activity, order, params = "Deleting search", 20, (_SEARCH,)

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        text = params.get("search")
        search = find_search(context, text) if text else _shown_search(context, "delete")
        if search.builtin or not search.uuid:
            raise ValueError(translate("CommandReasons", "'{name}' is not a saved search: it cannot be deleted")
                             .format(name=search.name))
        suffix = f".Search-{search.uuid}"
        found = []
        for pool in connected_pools(context):
            keys = [key for key in (pool.record.gui_config or {}) if key.endswith(suffix)]
            if keys:
                found.append((pool, keys))
        if not found:
            raise ValueError(translate("CommandReasons", "'{name}' is not saved in any connected pool").format(
                name=search.name))
        if not context.prompter.confirm(translate("Confirmations", "Delete Search '{name}'").format(name=search.name),
                                        translate("Confirmations", "Are you sure you want to delete saved search "
                                                                   "'{name}'?").format(name=search.name),
                                        ok=translate("Confirmations", "Delete"), danger=True):
            return []
        title = translate("Activities", "Deleting search '{name}' from").format(name=search.name)
        return [start_operation(context, title, pool,
                                steps(*(sync_call("pool.remove_from_gui_config", pool.ref, key) for key in keys)),
                                cancellable=False)
                for pool, keys in found]


class ExportSearchCommand(SearchCommand):
    id, title, text = "search.export", "Export Search", "E&xport Search..."
    help = f"Write a search to a .{EXTENSION} file, as XenCenter exports it."
    activity, order = "Exporting search", 30
    params = (_SEARCH, Param("file", str, f"the .{EXTENSION} file to write"))

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        text = params.get("search")
        search = find_search(context, text) if text else _shown_search(context, "export")
        path = params.get("file") or context.dialogs.search_file(context, True, f"{search.name}.{EXTENSION}")
        if not path:
            return []
        history = context.history
        op = history.start(translate("Activities", "Exporting search '{name}' to").format(name=search.name), path)
        op.planned = context.dry_run
        if not context.dry_run:
            try:
                write_export(path, [search])
            except OSError as e:
                history.fail(op, translate("CommandReasons", "Cannot write {path}: {error}.").format(
                    path=path, error=e.strerror or e), str(e), e)
                context.prompter.show_error(translate("Operations", "{operation} failed").format(
                    operation=op.description), op.error)
                return [op]
        history.succeed(op)
        return [op]


class ImportSearchCommand(SearchCommand):
    id, title, text = "search.import", "Import Search", "Import Searc&h..."
    help = f"Open a search from a .{EXTENSION} file and show its results."
    menus, group, order = ("File",), 30, 10
    params = (Param("file", str, f"the .{EXTENSION} file to read"),)
    window_only = ("an imported search is shown in the window: main.py search --query-file FILE runs one, "
                   "search.save stores one in a pool")

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        path = params.get("file") or context.dialogs.search_file(context, False, "")
        if not path:
            return []
        try:
            searches = read_export(path)
        except SearchFileError as e:
            context.prompter.show_error(
                translate("Commands", self.title),
                translate("CommandReasons", "{program} was unable to import a saved search from file '{path}'.\n\n"
                                            "Verify that the file is a valid {extension} export.").format(
                    program=APP_NAME, path=path, extension=EXTENSION), str(e))
            return []
        context.dialogs.show_search(context, searches[0])
        return []
