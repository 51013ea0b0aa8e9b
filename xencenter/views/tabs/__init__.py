"""The property tabs of the right-hand pane, as XenCenter shows them for each kind of selection.

Contract with the main window: ``all_pages(context)`` makes every page once; the window shows, in list
order, the pages whose ``applies_to(selection)`` is true, calls ``set_selection(selection)`` when the
selection changes and ``on_changes(changeset)`` for every change batch of any connection. Pages read the
model and run commands; they never call the wire (the properties dialog applies edits on a worker).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from xencenter.views.tabs.base import TabPage
from xencenter.views.tabs.console import ConsolePage
from xencenter.views.tabs.events import EventsPage
from xencenter.views.tabs.general import GeneralPage
from xencenter.views.tabs.ha import HaPage
from xencenter.views.tabs.memory import MemoryPage
from xencenter.views.tabs.networking import NetworkingPage, NicsPage
from xencenter.views.tabs.performance import PerformancePage
from xencenter.views.tabs.search import SearchPage
from xencenter.views.tabs.snapshots import SnapshotsPage
from xencenter.views.tabs.storage import StoragePage
from xencenter.views.tabs.summary import SummaryPage
from xencenter.views.tabs.users import UsersPage

if TYPE_CHECKING:
    from xencenter.connection import Connection


class TabContext(Protocol):
    """What the pages need from the window: the connections, the task history and the command registry."""

    @property
    def connections(self) -> Iterable[Connection]: ...

    @property
    def history(self) -> Any: ...  # xencenter.operations.history.OperationHistory

    @property
    def commands(self) -> Any: ...  # the command registry


def all_pages(context: TabContext) -> list[TabPage]:
    """One instance of every page, in XenCenter's tab order."""
    return [
        SummaryPage(context),
        GeneralPage(context),
        MemoryPage(context),
        StoragePage(context),
        NetworkingPage(context),
        NicsPage(context),
        ConsolePage(context),
        PerformancePage(context),
        HaPage(context),
        SnapshotsPage(context),
        UsersPage(context),
        SearchPage(context),
        EventsPage(context),
    ]


__all__ = ["TabContext", "TabPage", "all_pages"]
