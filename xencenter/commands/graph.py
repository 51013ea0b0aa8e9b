"""Graph commands: the Performance tab's New Graph, Edit Graph and Delete Graph (XenCenter's GraphList),
saved in the pool's ``gui_config`` under XenCenter's keys (``model.graphs``) with ``pool.set_gui_config``, as
XenCenter's SaveDataSourceStateAction writes them, so either client shows the other's graphs. The first change
to an object still showing the defaults saves the defaults with it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Param
from xencenter.commands.work import start_operation
from xencenter.model.graphs import DesignedGraph, graphs_of, pool_gui_config, with_graphs
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

NO_POOL = QT_TRANSLATE_NOOP("CommandReasons", "The server's pool is not known yet.")
#: The operation's title (translated where started, context ``Activities``).
SAVING = QT_TRANSLATE_NOOP("Activities", "Saving performance graphs")


def _save(obj: Any, change: Any) -> Any:
    """Work that writes the object's graphs as ``change(graphs)`` makes them, into the pool's gui_config as
    the cache holds it when the work runs."""

    def work(session: Session, op: Operation) -> None:
        pool, config = obj.cache.pool(), pool_gui_config(obj)
        graphs, _ = graphs_of(obj, config)
        kind = "host" if obj.cls == "host" else "vm"
        session.call("pool.set_gui_config", pool.ref, with_graphs(config, kind, obj.uuid, change(list(graphs))))

    return work


class _GraphCommand(Command):
    kinds = ("host", "vm")
    wants, single = "a server or a VM", "Select one server or VM."
    menus, group, in_context_menu = (), 60, False

    def refusal(self, obj: Any) -> str:
        return "" if obj.cache.pool() is not None else translate("CommandReasons", NO_POOL)

    def _index(self, obj: Any, params: dict[str, Any]) -> int | None:
        graphs, _ = graphs_of(obj, pool_gui_config(obj))
        index = params.get("index")
        return index if isinstance(index, int) and 0 <= index < len(graphs) else None


class NewGraphCommand(_GraphCommand):
    """Add a graph of the chosen data sources to a server's or VM's Performance tab."""

    id, title, text = "graph.new", "New Graph", "&New Graph..."
    help = "Add a performance graph of the chosen data sources (saved in the pool for XenCenter too)."
    activity, order = "Saving performance graphs", 10
    params = (Param("name", str, "the graph's name"),
              Param("source", str, "a data source (cpu0, memory, vif_0_rx...); repeat for several", many=True))

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("source"):
            return params
        answer = context.dialogs.graph_design(context, targets[0], None) if targets else None
        return {**params, **answer} if answer else None

    def run_on(self, obj: Any, context: AppContext, **params: Any) -> Operation | None:
        graph = DesignedGraph(params.get("name") or "", tuple(params.get("source") or ()))
        return start_operation(context, SAVING, obj, _save(obj, lambda gs: [*gs, graph]))


class EditGraphCommand(_GraphCommand):
    """Change a graph's name and data sources."""

    id, title, text = "graph.edit", "Edit Graph", "&Edit Graph..."
    help = "Change the name and data sources of a performance graph (by its position, from 0)."
    activity, order = "Saving performance graphs", 20
    params = (Param("index", int, "the graph's position, from 0 (top)", required=True),
              Param("name", str, "its new name"),
              Param("source", str, "a data source; repeat for several (the new list)", many=True))

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if not targets or self._index(targets[0], params) is None:
            context.prompter.show_error(translate("Commands", self.title),
                                        translate("CommandReasons", "There is no graph at that position."))
            return None
        if params.get("source"):
            return params
        graphs, _ = graphs_of(targets[0], pool_gui_config(targets[0]))
        answer = context.dialogs.graph_design(context, targets[0], graphs[params["index"]])
        return {**params, **answer} if answer else None

    def run_on(self, obj: Any, context: AppContext, **params: Any) -> Operation | None:
        index = params["index"]

        def change(graphs: list[DesignedGraph]) -> list[DesignedGraph]:
            old = graphs[index]
            name = params.get("name")
            graphs[index] = DesignedGraph(old.name if name is None else name,
                                          tuple(params.get("source") or old.sources))
            return graphs

        return start_operation(context, SAVING, obj, _save(obj, change))


class DeleteGraphCommand(_GraphCommand):
    """Remove a graph from the Performance tab."""

    id, title, text = "graph.delete", "Delete Graph", "&Delete Graph"
    help = "Remove a performance graph (by its position, from 0)."
    activity, order = "Saving performance graphs", 30
    params = (Param("index", int, "the graph's position, from 0 (top)", required=True),)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        if not targets or self._index(targets[0], params) is None:
            context.prompter.show_error(translate("Commands", self.title),
                                        translate("CommandReasons", "There is no graph at that position."))
            return False
        graphs, _ = graphs_of(targets[0], pool_gui_config(targets[0]))
        question = translate("Confirmations", "Are you sure you want to delete the graph '{name}'?")
        return context.prompter.confirm(translate("Confirmations", "Delete Graph"),
                                        question.format(name=graphs[params["index"]].title),
                                        ok=translate("Confirmations", "Delete"), danger=True)

    def run_on(self, obj: Any, context: AppContext, **params: Any) -> Operation | None:
        index = params["index"]
        return start_operation(context, SAVING, obj,
                               _save(obj, lambda gs: [g for i, g in enumerate(gs) if i != index]))
