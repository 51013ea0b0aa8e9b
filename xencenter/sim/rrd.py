"""``GET /rrd_updates``: performance metrics as xapi's rrdd exports them, with plausible synthetic values.

Query: ``session_id``, ``start`` (unix time; negative means relative to now), ``cf`` (AVERAGE, MIN, MAX),
``interval`` (the step wanted: 5, 60, 3600 or 86400 s; the nearest archive at or above it is used),
``host=true`` (include the host's own data sources), ``vm_uuid`` (only that VM), ``json=true`` (JSON instead
of XML). Like xapi, each endpoint reports the host it serves and only the VMs resident on that host.

XML: ``<xport><meta><start/><step/><end/><rows/><columns/><legend><entry>AVERAGE:vm:UUID:cpu0</entry>...
</legend></meta><data><row><t>T</t><v>0.0123</v>...</row>...</data></xport>``, newest row first; JSON:
``{"meta": {... "legend": [...]}, "data": [{"t": T, "values": ["0.0123", ...]}, ...]}``.
Values are a function of (object, data source, time), so two requests for the same time agree.
"""

from __future__ import annotations

import json
import math
import time
import zlib
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from .routes import route

# step (seconds) -> rows kept, as xapi's default archives: 10 minutes, 2 hours, 1 week, 1 year
ARCHIVES = {5: 120, 60: 120, 3600: 168, 86400: 366}
CONSOLIDATIONS = ("AVERAGE", "MIN", "MAX")

Source = tuple[str, Callable[[int], float]]  # (name, value at time t)


class BadQuery(ValueError):
    """The query cannot be answered (HTTP 400 with this text)."""


def _wave(seed: str, low: float, high: float, period: float) -> Callable[[int], float]:
    """A smooth, deterministic signal between low and high, different for every seed."""
    phase = zlib.crc32(seed.encode()) / 2**32 * 2 * math.pi

    def value(t: int) -> float:
        level = 0.5 + 0.35 * math.sin(t / period * 2 * math.pi + phase) + 0.15 * math.sin(t / 37.0 + 2 * phase)
        return low + (high - low) * min(1.0, max(0.0, level))

    return value


def _vm_sources(store: Any, vm: dict[str, Any]) -> list[Source]:
    uuid = vm["uuid"]
    memory = float(vm.get("memory_target") or vm.get("memory_static_max") or 0)
    busy = 0.05 + (zlib.crc32(uuid.encode()) % 60) / 100
    sources: list[Source] = [
        (f"cpu{i}", _wave(f"{uuid}cpu{i}", 0.0, busy, 600)) for i in range(max(1, int(vm.get("VCPUs_at_startup") or 1)))
    ]
    sources.append(("memory", lambda t: memory))
    sources.append(("memory_internal_free", _wave(f"{uuid}free", memory * 0.1 / 1024, memory * 0.6 / 1024, 900)))
    for vif in vm.get("VIFs", []):
        device = store.records["VIF"].get(vif, {}).get("device", "0")
        for way in ("rx", "tx"):
            sources.append((f"vif_{device}_{way}", _wave(f"{uuid}vif{device}{way}", 0, 2e6, 300)))
    for vbd in vm.get("VBDs", []):
        record = store.records["VBD"].get(vbd, {})
        if record.get("type") == "Disk" and record.get("device"):
            for way in ("read", "write"):
                sources.append((f"vbd_{record['device']}_{way}", _wave(f"{uuid}{vbd}{way}", 0, 5e6, 450)))
    return sources


def _host_sources(store: Any, host: dict[str, Any]) -> list[Source]:
    uuid = host["uuid"]
    metrics = store.records["host_metrics"].get(host.get("metrics", ""), {})
    total_kib = float(metrics.get("memory_total") or 0) / 1024
    # one data source per physical CPU, as rrdd has: the host_cpu objects, else what cpu_info counts
    cpus = max(1, len(host.get("host_CPUs", [])) or int((host.get("cpu_info") or {}).get("cpu_count") or 0) or 4)
    sources: list[Source] = [(f"cpu{i}", _wave(f"{uuid}cpu{i}", 0.01, 0.6, 700)) for i in range(cpus)]
    sources += [
        ("cpu_avg", _wave(f"{uuid}cpu_avg", 0.02, 0.5, 700)),
        ("loadavg", _wave(f"{uuid}load", 0.1, 4.0, 1200)),
        ("memory_total_kib", lambda t: total_kib),
        ("memory_free_kib", _wave(f"{uuid}memfree", total_kib * 0.1, total_kib * 0.7, 1800)),
    ]
    for pif in host.get("PIFs", []):
        device = store.records["PIF"].get(pif, {}).get("device", "")
        if device:
            for way in ("rx", "tx"):
                sources.append((f"pif_{device}_{way}", _wave(f"{uuid}{device}{way}", 0, 1e7, 400)))
    return sources


def _archive_step(interval: int) -> int:
    return next((step for step in sorted(ARCHIVES) if step >= interval), max(ARCHIVES))


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
    step = _archive_step(max(1, _query_int(query, "interval", 5)))
    clock = int(time.time() if now is None else now)
    start = _query_int(query, "start")
    if start < 0:
        start += clock
    end = clock - clock % step
    first = max(start - start % step + step, end - (ARCHIVES[step] - 1) * step)
    columns: list[tuple[str, Callable[[int], float]]] = []
    host = store.records["host"].get(host_ref)
    if host is not None and query.get("host", "").lower() == "true" and not query.get("vm_uuid"):
        columns += [(f"{cf}:host:{host['uuid']}:{name}", fn) for name, fn in _host_sources(store, host)]
    for vm_ref in host.get("resident_VMs", []) if host else []:
        vm = store.records["VM"].get(vm_ref)
        if vm is None or vm.get("is_control_domain") or query.get("vm_uuid", vm["uuid"]) != vm["uuid"]:
            continue
        columns += [(f"{cf}:vm:{vm['uuid']}:{name}", fn) for name, fn in _vm_sources(store, vm)]
    times = list(range(end, first - 1, -step))
    return {
        "start": first, "step": step, "end": end,
        "legend": [name for name, _ in columns],
        "rows": [(t, [fn(t) for _, fn in columns]) for t in times],
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
