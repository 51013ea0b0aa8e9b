"""Performance data for the views, fetched on a worker: each host serves ``/rrd_updates`` for itself and the
VMs it runs, reached as the pool says (``Connection.url_of``) with the pin the pool vouches for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from xencenter.operations.background import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.xenapi.rrd import RRDUpdates


def fetch_metrics(connection: Connection, host_url: str, start: int, step: int, vm_uuid: str | None, *,
                  on_success: Callable[[RRDUpdates], None], on_failure: Callable[[BaseException], None],
                  timeout: float = 10.0) -> BackgroundTask | None:
    """Rows since ``start`` at ``step`` seconds for a host (and one of its VMs when ``vm_uuid``); None (after
    ``on_failure``) when not connected."""
    from xencenter.xenapi.rrd import fetch_rrd_updates

    session = connection.session
    if session is None:
        on_failure(ConnectionError("not connected"))
        return None
    fingerprint = connection.fingerprint_for(host_url)

    def fetch() -> Any:
        return fetch_rrd_updates(session, host_url, start, step, fingerprint, vm_uuid=vm_uuid, timeout=timeout)

    return run_in_background(fetch, on_success=on_success, on_failure=on_failure)
