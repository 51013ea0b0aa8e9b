"""``GET /rrd_updates``: performance metrics as xapi's rrdd exports them, with plausible synthetic values.

Query: ``session_id``, ``start`` (unix time; negative means relative to now), ``cf`` (AVERAGE, MIN, MAX),
``interval`` (the step wanted: 5, 60, 3600 or 86400 s; the nearest archive at or above it is used),
``host=true`` (include the host's own data sources), ``vm_uuid`` (only that VM), ``json=true`` (JSON instead
of XML). Like xapi, each endpoint reports the host it serves and only the VMs resident on that host.

XML: ``<xport><meta><start/><step/><end/><rows/><columns/><legend><entry>AVERAGE:vm:UUID:cpu0</entry>...
</legend></meta><data><row><t>T</t><v>0.0123</v>...</row>...</data></xport>``, newest row first; JSON:
``{"meta": {... "legend": [...]}, "data": [{"t": T, "values": ["0.0123", ...]}, ...]}``.
Values come from ``datasources`` (a function of object, data source, time and step), so requests agree.
The archive used is xapi's choice (``archive_step``); ``sim.rrd_requests`` tells tests what was asked.
"""

from __future__ import annotations

import json
import math
import time
from typing import Any
from xml.sax.saxutils import escape

from .datasources import Value, host_sources, vm_sources
from .registry import control
from .routes import route

# step (seconds) -> rows kept, as xapi's default archives: 10 minutes, 2 hours, 1 week, 1 year
ARCHIVES = {5: 120, 60: 120, 3600: 168, 86400: 366}
CONSOLIDATIONS = ("AVERAGE", "MIN", "MAX")


class BadQuery(ValueError):
    """The query cannot be answered (HTTP 400 with this text)."""


def archive_step(interval: int, start: int, now: int) -> int:
    """xapi's choice: the finest archive at least as coarse as ``interval`` whose rows reach back past ``start``
    else the coarsest one at or above ``interval``."""
    steps = [step for step in sorted(ARCHIVES) if step >= interval] or [max(ARCHIVES)]
    return next((step for step in steps if start > now - step * ARCHIVES[step]), steps[-1])


def _query_int(query: dict[str, str], name: str, default: int | None = None) -> int:
    text = query.get(name)
    if text is None:
        if default is None:
            raise BadQuery(f"missing {name}")
        return default
    try:
        return int(float(text))
    except ValueError:
        raise BadQuery(f"{name} is not a number: {text!r}") from None


def updates(store: Any, host_ref: str, query: dict[str, str], now: float | None = None) -> dict[str, Any]:
    """The export as a plain structure: start, step, end, legend and rows (newest first)."""
    cf = query.get("cf", "AVERAGE").upper()
    if cf not in CONSOLIDATIONS:
        raise BadQuery(f"unknown consolidation function {cf!r}")
    clock = int(time.time() if now is None else now)
    start = _query_int(query, "start")
    if start < 0:
        start += clock
    step = archive_step(max(1, _query_int(query, "interval", 5)), start, clock)
    end = clock - clock % step
    first = max(start - start % step + step, end - (ARCHIVES[step] - 1) * step)
    columns: list[tuple[str, Value]] = []
    host = store.records["host"].get(host_ref)
    if host is not None and query.get("host", "").lower() == "true" and not query.get("vm_uuid"):
        columns += [(f"{cf}:host:{host['uuid']}:{s.name}", s.value) for s in host_sources(store, host)]
    for vm_ref in host.get("resident_VMs", []) if host else []:
        vm = store.records["VM"].get(vm_ref)
        if vm is None or vm.get("is_control_domain") or query.get("vm_uuid", vm["uuid"]) != vm["uuid"]:
            continue
        columns += [(f"{cf}:vm:{vm['uuid']}:{s.name}", s.value) for s in vm_sources(store, vm)]
    times = list(range(end, first - 1, -step))
    return {
        "start": first, "step": step, "end": end,
        "legend": [name for name, _ in columns],
        "rows": [(t, [fn(t, step) for _, fn in columns]) for t in times],
    }


def _number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return f"{value:.4f}"


def to_xml(export: dict[str, Any]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?><xport><meta>']
    out.append(f"<start>{export['start']}</start><step>{export['step']}</step><end>{export['end']}</end>")
    out.append(f"<rows>{len(export['rows'])}</rows><columns>{len(export['legend'])}</columns><legend>")
    out.extend(f"<entry>{escape(name)}</entry>" for name in export["legend"])
    out.append("</legend></meta><data>")
    for t, values in export["rows"]:
        out.append(f"<row><t>{t}</t>" + "".join(f"<v>{_number(v)}</v>" for v in values) + "</row>")
    out.append("</data></xport>")
    return "".join(out).encode()


def to_json(export: dict[str, Any]) -> bytes:
    meta = {
        "start": export["start"], "step": export["step"], "end": export["end"],
        "rows": len(export["rows"]), "columns": len(export["legend"]), "legend": export["legend"],
    }
    data = [{"t": t, "values": [_number(v) for v in values]} for t, values in export["rows"]]
    return json.dumps({"meta": meta, "data": data}, separators=(",", ":")).encode()


@route("GET", "/rrd_updates")
def rrd_updates(request: Any) -> None:
    if request.session() is None:
        request.send_plain(401, "Unauthorised")
        return
    query = request.query
    request.api.rrd_requests.append({k: v for k, v in query.items() if k != "session_id"})
    try:
        export = updates(request.api.store, request.host, query)
    except BadQuery as e:
        request.send_plain(400, str(e))
        return
    as_json = query.get("json", "").lower() == "true" or "application/json" in request.headers.get("Accept", "")
    if as_json:
        request.send_body(200, "application/json", to_json(export))
    else:
        request.send_body(200, "text/xml", to_xml(export))


@control("sim.rrd_requests")
def rrd_requests(ctx: Any) -> list[dict[str, str]]:
    """The queries ``/rrd_updates`` got on any endpoint (without the session), oldest first."""
    return list(ctx.api.rrd_requests)
