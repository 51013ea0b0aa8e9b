"""xapi's releases in order (``ocaml/idl/datamodel_types.ml``), so a message's lifecycle says whether a server
of a given release has it: the simulator serves an older xapi with ``--release``, and the client can tell
which calls an older pool lacks.

The schema names a message's first release by code name (``kolkata``) or, after Stockholm, by xapi version
(``1.250.0``, ``21.2.0``); every numbered release comes after every named one.
"""

from __future__ import annotations

from typing import Any

#: code name -> the API version (major, minor) its hosts report
NAMED: dict[str, tuple[int, int]] = {
    "rio": (1, 1), "miami": (1, 2), "symc": (1, 2), "orlando": (1, 3), "orlando-update-1": (1, 3),
    "george": (1, 6), "midnight-ride": (1, 7), "cowley": (1, 8), "boston": (1, 9), "tampa": (1, 10),
    "clearwater": (2, 0), "vgpu-tech-preview": (2, 0), "vgpu-productisation": (2, 1),
    "clearwater-felton": (2, 2), "clearwater-whetstone": (2, 2), "creedence": (2, 3), "cream": (2, 4),
    "indigo": (2, 4), "dundee": (2, 5), "ely": (2, 6), "falcon": (2, 7), "inverness": (2, 8), "jura": (2, 9),
    "kolkata": (2, 10), "lima": (2, 11), "naples": (2, 12), "oslo": (2, 13), "quebec": (2, 14),
    "stockholm": (2, 15), "stockholm_psr": (2, 15),
}
_ORDER = {name: index for index, name in enumerate(NAMED)}


def release_key(release: str) -> tuple[int, ...]:
    """A sort key: named releases in xapi's order, then numbered ones by number ("26.16.1-next" as 26.16.1)."""
    if release in _ORDER:
        return (0, _ORDER[release])
    numbers = [int(part) for part in release.split("-")[0].split(".") if part.isdigit()]
    if not numbers:
        raise ValueError(f"unknown xapi release {release!r}")
    return (1, *numbers)


def introduced(message: dict[str, Any]) -> str:
    """The release that first had ``message`` (a schema message: prototyped or published, whichever came
    first); "rio" when the schema says nothing."""
    transitions = (message.get("lifecycle") or {}).get("transitions") or []
    releases = [t["release"] for t in transitions if t.get("transition") in ("prototyped", "published")]
    return min(releases, key=release_key) if releases else "rio"


def has_message(message: dict[str, Any], release: str | None) -> bool:
    """Whether a server of ``release`` (None: the newest) offers ``message``."""
    return release is None or release_key(introduced(message)) <= release_key(release)
