"""What a server's licence restricts, as XenCenter reads it: ``Host.Restrict*`` are ``BoolKeyPreferTrue(
license_params, "restrict_<feature>")`` (anything but the exact string "false" restricts, a missing key
included) and ``Helpers.FeatureForbidden(connection, ...)`` is true when any server of the connection restricts.

The project is checked against XenCenter's outputs, so a server whose licence does not mention a feature (an
xapi older than the feature) counts as restricting it, as it does for XenCenter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache


def restricted(cache: ObjectCache, key: str) -> bool:
    """``Helpers.FeatureForbidden`` for ``key`` (``restrict_vtpm``, ``restrict_checkpoint``...)."""
    return any((host.license_params or {}).get(key) != "false" for host in cache.all("host"))
