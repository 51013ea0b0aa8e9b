"""Which server release a pool runs, as XenCenter asks it (``Helpers.KolkataOrGreater`` and friends): the
coordinator's ``software_version["platform_version"]`` compared number by number.

The thresholds are XenCenter's: Kolkata "2.5.50", Lima "2.6.50", Naples "3.0.0", Stockholm "3.2.0" ...
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import Host


def version_tuple(text: str) -> tuple[int, ...]:
    """``"3.4.0"`` -> (3, 4, 0); the leading digits of each part ("2b" -> 2), missing parts as 0 when compared."""
    return tuple(int(m.group()) if (m := re.match(r"\d+", part)) else 0 for part in text.split("."))


def _compare(a: str, b: str) -> int:
    x, y = version_tuple(a), version_tuple(b)
    width = max(len(x), len(y))
    x, y = x + (0,) * (width - len(x)), y + (0,) * (width - len(y))
    return (x > y) - (x < y)


def coordinator(cache: ObjectCache) -> Host | None:
    pool = cache.pool()
    host = pool.master if pool is not None else None
    return host if host is not None else next(iter(cache.all("host")), None)


def platform_at_least(cache: ObjectCache, version: str) -> bool:
    """Whether the pool's coordinator runs platform ``version`` or later; a pool without hosts yet counts as
    new (XenCenter: "May be null, in which case true is returned"), one without a platform version as old."""
    host = coordinator(cache)
    if host is None:
        return True
    platform = (host.software_version or {}).get("platform_version")
    return platform is not None and _compare(str(platform), version) >= 0
