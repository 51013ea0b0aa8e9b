"""Caches of the shared XAPI databases for search tests, and ways to read results compactly."""

from __future__ import annotations

import functools
from datetime import datetime, timezone
from typing import Any

from tests.conftest import SHARED_DATA
from tests.model.model_world import load_cache, new_ref
from xencenter.model.cache import ObjectCache
from xencenter.model.tree import Source
from xencenter.model.xensearch.context import SearchOptions
from xencenter.model.xensearch.run import ResultRow, SearchResult, run_search
from xencenter.model.xensearch.saved import builtin_searches, saved_searches
from xencenter.model.xensearch.search import Search
from xencenter.sim.fieldtypes import new_record
from xencenter.sim.statedb import load_state_db

DB_DIR = SHARED_DATA / "xapi-db"
#: A fixed "now" (1 January 2026, UTC) and zone, so date filters and the virtualization grace are repeatable.
NOW = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc).timestamp()
OPTIONS = SearchOptions(now=NOW, tz=timezone.utc)


@functools.cache
def _records(name: str) -> Any:
    return load_state_db(DB_DIR / f"{name}.xml")


def database(name: str, live_hosts: bool = False) -> ObjectCache:
    """A cache of ``<name>.xml``. ``live_hosts``: give hosts whose metrics the dump lacks live metrics, as xapi
    does when it starts (``host_metrics`` is not persisted: state1-4 and snapshots.xml have none, so as they
    are every host is down and XenCenter hides the VMs and SRs on them)."""
    db = {cls: dict(table) for cls, table in _records(name).items()}
    if live_hosts:
        for ref, host in list(db["host"].items()):
            if host["metrics"] not in db["host_metrics"]:
                metrics = new_ref()
                db["host_metrics"][metrics] = new_record("host_metrics", {"uuid": new_ref()[10:], "live": True})
                db["host"][ref] = {**host, "metrics": metrics}
    return load_cache(db)


def sources(*caches: ObjectCache) -> list[Source]:
    return [Source(f"server{i}", f"server{i}", cache) for i, cache in enumerate(caches)]


def saved(cache: ObjectCache, name: str) -> Search:
    """A search saved in the cache's pool, by name."""
    found = [s.search for s in saved_searches(sources(cache)).searches if s.search.name == name]
    assert len(found) == 1, name
    return found[0]


def builtin(name: str) -> Search:
    return next(s for s in builtin_searches() if s.name == name)


def run(search: Search, *caches: ObjectCache) -> SearchResult:
    return run_search(search, sources(*caches), OPTIONS)


def shape(rows: list[ResultRow] | SearchResult) -> list[Any]:
    """Rows as nested lists: an object is its name, a group ``(label, [members])``, in display order."""
    if isinstance(rows, SearchResult):
        rows = rows.rows
    return [(r.label, shape(list(r.children))) if r.is_group else r.label for r in rows]
