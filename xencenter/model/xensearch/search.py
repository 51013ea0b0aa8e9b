"""A XenCenter search: what to look at (scope and filter), how to group and sort it, which columns to show."""

from __future__ import annotations

from dataclasses import dataclass, field

from xencenter.model.xensearch.grouping import Grouping
from xencenter.model.xensearch.ordering import Sort
from xencenter.model.xensearch.properties import Prop
from xencenter.model.xensearch.queries import QueryFilter, RecursiveXMOPropertyQuery, StringPropertyQuery
from xencenter.model.xensearch.scope import QueryScope


@dataclass(frozen=True)
class Query:
    """XenCenter's ``Query``: a scope and an optional filter (no filter keeps everything in scope)."""

    scope: QueryScope = QueryScope()
    filter: QueryFilter | None = None


@dataclass(frozen=True)
class Search:
    query: Query = Query()
    grouping: Grouping | None = None
    name: str = ""
    #: None until the search is saved (a new one gets a fresh UUID then).
    uuid: str | None = None
    #: ``(column, width)`` pairs, None when the search does not say (the Search tab shows its defaults).
    columns: tuple[tuple[str, int], ...] | None = None
    sorting: tuple[Sort, ...] = ()
    #: One of XenCenter's built-in searches (never written to a pool).
    builtin: bool = False
    #: Attributes of the ``<Search>`` element this version does not use, kept so saving does not lose them.
    extra_attributes: tuple[tuple[str, str], ...] = ()
    #: What was not understood when the search was read (each part still round-trips as written).
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def folder_for_navigator(self) -> str | None:
        """The folder path of a "folder is ..." search (XenCenter shows that folder's navigator above the
        results instead of grouping them by folder), else None."""
        f = self.query.filter
        if isinstance(f, RecursiveXMOPropertyQuery) and f.prop == Prop.folder:
            sub = f.subquery
            if isinstance(sub, StringPropertyQuery) and sub.prop == Prop.uuid:
                return sub.query
        return None

    @property
    def effective_grouping(self) -> Grouping | None:
        """The grouping the results use: none for a "folder is ..." search (see ``folder_for_navigator``)."""
        return None if self.folder_for_navigator is not None else self.grouping
