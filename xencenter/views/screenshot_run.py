"""``main.py [--demo] --screenshot FILE [--select NAME] [--tab TAB]``: start, select, show the tab, save a grab of
the window, exit. For documentation and visual review: the pictures are the real window, not a mock-up.

The run waits for the first connection's tree, selects the object named (a VM, server, pool, SR or network, by
name or UUID), brings the tab up, lets the tab fill, then saves. Whatever goes wrong is one ``error: ...`` line
and exit status 1, as on the command line.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from xencenter.commands.finder import FINDABLE

if TYPE_CHECKING:
    from xencenter.views.main_window import MainWindow

#: how long the tab is given to fill (its lists, graphs and badges come in over a few event batches)
SETTLE_MS = 1500
#: the run gives up after this long without a connected tree
TIMEOUT_MS = 90_000


@dataclass(frozen=True)
class ScreenshotRequest:
    path: Path
    select: str | None = None
    tab: str | None = None


def find_named(window: MainWindow, name: str) -> Any:
    """The object called ``name`` (exactly, else ignoring case) or with that UUID, in any connected pool."""
    caches = [c.cache for c in window.context.connections if c.cache is not None]
    for matches in (lambda o: o.name == name or getattr(o, "uuid", None) == name,
                    lambda o: o.name.casefold() == name.casefold()):
        for cache in caches:
            for cls in FINDABLE:
                for obj in cache.all(cls):
                    if matches(obj) and not getattr(obj, "is_control_domain", False):
                        return obj
    return None


class ScreenshotRun(QObject):
    """Drives the window through the request once it shows; ``exit_code`` is what ``main.py`` returns."""

    def __init__(self, window: MainWindow, request: ScreenshotRequest) -> None:
        super().__init__(window)
        self._window, self._request = window, request
        self.exit_code = 0
        self._done = False
        self._poll = QTimer(self)
        self._poll.setInterval(200)
        self._poll.timeout.connect(self._check_ready)
        QTimer.singleShot(TIMEOUT_MS, self, lambda: self._fail("no connection reached a tree in time"))

    def start(self) -> None:
        self._poll.start()

    def _check_ready(self) -> None:
        connected = [c for c in self._window.context.connections if c.cache is not None and c.state.value == "connected"]
        if not connected or self._window.navigation.model.rowCount() == 0:
            return
        self._poll.stop()  # the tree shows once the first fill is in the cache: every object is known now
        if self._request.select is not None and find_named(self._window, self._request.select) is None:
            self._fail(f"no VM, server, pool, SR or network called '{self._request.select}'")
            return
        self._select_and_show()

    def _select_and_show(self) -> None:
        request = self._request
        if request.select is not None:
            self._window.reveal(find_named(self._window, request.select))
        QTimer.singleShot(300, self, self._show_tab)  # the tree's selection reaches the tabs on the next batch

    def _show_tab(self) -> None:
        tab = self._request.tab
        if tab is not None:
            tabs = self._window.tabs
            titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
            english = [getattr(tabs.widget(i), "title", "") for i in range(tabs.count())]  # whatever the --lang
            wanted = [i for i, names in enumerate(zip(titles, english))
                      if tab.casefold() in (name.casefold() for name in names)]
            if not wanted:
                self._fail(f"no tab called '{tab}' for this selection (its tabs: {', '.join(titles)})")
                return
            tabs.setCurrentIndex(wanted[0])
        QTimer.singleShot(SETTLE_MS, self, self._save)

    def _save(self) -> None:
        path = self._request.path
        if not path.parent.is_dir():
            self._fail(f"cannot write {path}: the folder {path.parent} does not exist")
            return
        if not self._window.grab().save(str(path)):
            self._fail(f"cannot write {path}")
            return
        self._finish(0)

    def _fail(self, message: str) -> None:
        if not self._done:
            print(f"error: {message}", file=sys.stderr)
            self._finish(1)

    def _finish(self, code: int) -> None:
        self.exit_code, self._done = code, True
        self._poll.stop()
        self._window.close()
        QApplication.quit()
