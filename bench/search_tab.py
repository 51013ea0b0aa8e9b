"""Search tab benchmark: what the UI thread pays to show a search over a big pool, and what runs on a worker.

    python bench/search_tab.py [--hosts 64] [--vms 5000] [--runs 9] [--json]

Builds the synthetic pool into an ObjectCache (as bench/search.py does), shows the real ``SearchPage`` in an
offscreen window of 1280 x 800 over it, and for each search below, ``--runs`` times (medians, min, max in ms):

- ``run_ms``: ``run_search`` on its own (what the page runs on a worker);
- ``show_ms``: the UI thread taking a finished result: the model reset, the columns, expanding every group as
  XenCenter shows them, the selection and scroll put back, and the layout and first paint of the rows on screen
  (``processEvents`` until idle);
- ``update_ms``: the UI thread taking a run with the same rows (a change that moved nothing): cells read again
  in place, no reset;
- ``figures_ms``: new performance figures arriving (the figure cells read again, one ``dataChanged`` per parent)
  and the repaint;
- ``stall_ms``: the worst lateness of a 10 ms timer on the UI thread while the page re-runs the search five times
  on its worker (the worker and the UI thread share the interpreter lock).

See bench/README.md ("Search tab").
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from bench.search import filled_cache, pool_arguments  # noqa: E402
from xencenter.model.tree import Source  # noqa: E402
from xencenter.model.xensearch.defaults import search_for  # noqa: E402
from xencenter.model.xensearch.run import run_search  # noqa: E402
from xencenter.model.xensearch.saved import builtin_searches  # noqa: E402
from xencenter.model.xensearch.search import Search  # noqa: E402


def _stats(times: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1),
            "max_ms": round(max(times), 1)}


def _idle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _wait(app: QApplication, done: Any, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the search did not finish")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def measure(app: QApplication, page: Any, search: Search, sources: list[Source], runs: int) -> dict[str, Any]:
    page.set_explicit(search)
    _wait(app, lambda: page.result is not None and page.result.search == search)
    options = page._options()
    run_times, show_times, update_times, figure_times = [], [], [], []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = run_search(search, sources, options)
        run_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        page._show_result(result, sources, options)
        _idle(app)
        show_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        assert page.model.update_result(result)
        page.view.viewport().update()
        _idle(app)
        update_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        page.model.figures_changed()
        page.view.viewport().update()
        _idle(app)
        figure_times.append((time.perf_counter() - start) * 1000)
    late = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        late[0] = max(late[0], (now - last[0]) * 1000 - 10)
        last[0] = now
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    for _ in range(5):
        generation = page._generation
        page.run()
        _wait(app, lambda: page._generation > generation and not page._running)
        _idle(app)
    timer.stop()
    assert result is not None
    return {"search": search.name, "objects": result.count, "rows": page.model.row_count(),
            "run": _stats(run_times), "show": _stats(show_times), "update": _stats(update_times),
            "figures": _stats(figure_times),
            "stall_ms": round(late[0], 1)}


def main(argv: list[str] | None = None) -> int:
    args = pool_arguments("python bench/search_tab.py", __doc__.split("\n\n")[0], 9, argv)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from xencenter.views.tabs.search import SearchPage

    cache = filled_cache(args.hosts, args.vms)
    sources = [Source("bench", "bench", cache)]
    context = SimpleNamespace(connections=SimpleNamespace(sources=lambda: sources), history=None, commands=None)
    window = QWidget()
    layout = QVBoxLayout(window)
    page = SearchPage(context)
    layout.addWidget(page)
    window.resize(1280, 800)
    window.show()
    _idle(app)
    builtin = {s.name: s for s in builtin_searches()}
    searches = [search_for(cache.pool()), builtin["VMs and Snapshots"], builtin["VMs by Operating System"]]
    results = [measure(app, page, s, sources, args.runs) for s in searches]
    for r in results:
        print(f"{r['search']}: {r['objects']} objects, {r['rows']} rows; run {r['run']['median_ms']} ms, "
              f"show {r['show']['median_ms']} ms, update {r['update']['median_ms']} ms, figures {r['figures']['median_ms']} ms, "
              f"worst UI stall while re-running {r['stall_ms']} ms")
    if args.json:
        print(json.dumps({"hosts": args.hosts, "vms": args.vms, "runs": args.runs, "searches": results}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
