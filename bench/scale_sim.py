"""The simulator as the scale benchmark runs it: ``python -m xencenter.sim`` plus a ``sim.churn`` method.

``sim.churn(n)`` makes ``n`` field changes as fast as the store takes them, holding the store's lock
throughout (so event.from sees them all at once), one per object, cycling over VM metrics, VMs, VDIs and
VBDs (a mix of what the tree shows and what it ignores), and answers how many distinct objects it changed:
the number of events a client should receive. It is registered here, beside
the benchmark, so that the simulator itself carries no benchmark-only method; run this file instead of
``python -m xencenter.sim`` (same arguments).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from xencenter.sim.__main__ import main  # noqa: E402
from xencenter.sim.errors import XapiError  # noqa: E402
from xencenter.sim.registry import control  # noqa: E402

#: (class, field, new value from a counter): the churned fields.
CHURNED = (
    ("VM_metrics", "memory_actual", lambda i: 1024**3 + i),
    ("VM", "name_description", lambda i: f"churn {i}"),
    ("VDI", "physical_utilisation", lambda i: 1024**2 * (i + 1)),
    ("VBD", "other_config", lambda i: {"churn": str(i)}),
)


def churn_targets(records: dict[str, dict[str, Any]]) -> list[tuple[str, str, str, Any]]:
    """(class, ref, field, value maker) for every churnable object, the classes interleaved."""
    per_class = [[(cls, ref, name, make) for ref in records[cls]] for cls, name, make in CHURNED]
    interleaved = itertools.chain.from_iterable(itertools.zip_longest(*per_class))
    return [t for t in interleaved if t is not None]


@control("sim.churn", "n")
def churn(ctx: Any, n: Any) -> int:
    try:
        count = int(n)
    except (TypeError, ValueError):
        raise XapiError("FIELD_TYPE_ERROR", "n") from None
    store = ctx.store
    with store.lock:
        targets = churn_targets(store.records)
        for i in range(count if targets else 0):
            cls, ref, name, make = targets[i % len(targets)]
            store.update(cls, ref, {name: make(i)})
    return min(count, len(targets))


if __name__ == "__main__":
    sys.exit(main())
