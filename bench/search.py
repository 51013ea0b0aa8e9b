"""Search benchmark: XenCenter searches with nested groupings over a synthetic pool.

    python bench/search.py [--hosts 64] [--vms 5000] [--runs 15] [--json]

Builds the synthetic pool (``synthetic.generate_pool``) into an ObjectCache the way a connection's first
``event.from`` fills it, then times ``run_search`` (filter, every grouping level, display order) for each
search below, ``--runs`` times; prints the median and the range in milliseconds. Goal: under 100 ms at 5,000 VMs.
See bench/README.md ("Search").
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from xencenter.model.cache import ObjectCache  # noqa: E402
from xencenter.model.tree import Source  # noqa: E402
from xencenter.model.xensearch.marshal import parse_search  # noqa: E402
from xencenter.model.xensearch.run import run_search  # noqa: E402
from xencenter.model.xensearch.saved import builtin_searches  # noqa: E402
from xencenter.model.xensearch.search import Search  # noqa: E402
from xencenter.sim.synthetic import generate_pool  # noqa: E402
from xencenter.xenapi.events import Event  # noqa: E402

#: A search saved by XenCenter (state3.xml): a filter over a related object and three grouping levels.
BY_POWER_POOL_NETWORK = (
    '<Search uuid="89b7a217-6ab1-42e0-ace7-cd5f3c76c649" name="VMs using Network called *work*, group by '
    'power-pool-network, sort by name backwards" major_version="2" minor_version="0" show_expanded="yes"><Query>'
    '<QueryScope><VM /></QueryScope><RecursiveXMOListPropertyQuery property="networks"><StringPropertyQuery '
    'property="label" casesensitive="no" query="work" type="contains" /></RecursiveXMOListPropertyQuery></Query>'
    '<PropertyGrouping property="power_state"><XenModelObjectPropertyGrouping property="pool">'
    '<XenModelObjectPropertyGrouping property="networks" /></XenModelObjectPropertyGrouping></PropertyGrouping>'
    '<sorting><sort column="name" ascending="no" /></sorting></Search>')


def searches() -> list[Search]:
    builtin = {s.name: s for s in builtin_searches()}
    return [builtin["VMs and Snapshots"], parse_search(BY_POWER_POOL_NETWORK), builtin["VMs by Operating System"]]


def filled_cache(hosts: int, vms: int) -> ObjectCache:
    db = generate_pool(hosts, vms)
    events = [Event(i, "", cls.lower(), "add", ref, record)
              for i, (cls, ref, record) in enumerate((c, r, rec) for c, t in db.items() for r, rec in t.items())]
    cache = ObjectCache()
    cache.refill(events)
    return cache


def measure(search: Search, sources: list[Source], runs: int) -> dict[str, Any]:
    run_search(search, sources)  # warm-up: imports, schema lookups
    times, count = [], 0
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = run_search(search, sources)
        times.append((time.perf_counter() - start) * 1000)
        count = result.count
    return {"search": search.name, "median_ms": round(statistics.median(times), 1),
            "min_ms": round(min(times), 1), "max_ms": round(max(times), 1), "objects": count}


def pool_arguments(prog: str, description: str, runs: int, argv: list[str] | None) -> argparse.Namespace:
    """The options of the search benchmarks: the synthetic pool's size, the runs, JSON output."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--hosts", type=int, default=64)
    parser.add_argument("--vms", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = pool_arguments("python bench/search.py", __doc__.split("\n\n")[0], 15, argv)
    cache = filled_cache(args.hosts, args.vms)
    sources = [Source("bench", "bench", cache)]
    results = [measure(s, sources, args.runs) for s in searches()]
    for r in results:
        print(f"{r['median_ms']:8.1f} ms median ({r['min_ms']}-{r['max_ms']}), {r['objects']:5d} objects  "
              f"{r['search']}")
    if args.json:
        print(json.dumps({"hosts": args.hosts, "vms": args.vms, "runs": args.runs, "searches": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
