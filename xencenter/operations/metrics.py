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


def fetch_data_sources(connection: Connection, obj: Any, *, on_success: Callable[[list[dict[str, Any]]], None],
                       on_failure: Callable[[BaseException], None]) -> BackgroundTask | None:
    """``host.get_data_sources`` / ``VM.get_data_sources`` of ``obj`` (what rrdd publishes for it), or None
    (after ``on_failure``) when not connected."""
    session = connection.session
    if session is None:
        on_failure(ConnectionError("not connected"))
        return None
    method = "host.get_data_sources" if obj.cls == "host" else "VM.get_data_sources"
    return run_in_background(lambda: session.call(method, obj.ref), on_success=on_success, on_failure=on_failure)
