"""Performance metrics: ``GET /rrd_updates`` on each host, parsed from xapi's XML or JSON export.

A host reports itself and the VMs resident on it, so a pool's graphs need one request per host, each over
that host's own trusted TLS (its pinned fingerprint). Column names are ``CF:KIND:UUID:NAME``
(``AVERAGE:vm:0a1b...:cpu0``); rows come newest first as xapi sends them; values are floats, NaN where
the host had no data. Anything that is not such an export raises ProtocolError: the body comes from the
network and is never trusted (no DTD, no entities, every row as wide as the legend).
"""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from xencenter import ORIGINATOR

from .address import normalize_url
from .errors import ProtocolError, SessionInvalid, XenAPIError
from .session import Session
from .tls import TLSAdapter
from .transport import network_error
from .values import NULL_REF

STEPS = (5, 60, 3600, 86400)  # the archives xapi keeps
_BARE_KEY = re.compile(r'([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:')  # old xapi wrote {meta: {start: ...}}


@dataclass(frozen=True, slots=True)
class Column:
    """One legend entry, split: consolidation (AVERAGE), kind (host, vm, sr), the object's uuid, the metric."""

    cf: str
    kind: str
    uuid: str
    name: str

    @classmethod
    def parse(cls, entry: str) -> Column:
        parts = entry.split(":", 3)
        if len(parts) != 4 or not all(parts):
            raise ProtocolError(f"not an RRD legend entry: {entry[:80]!r}")
        return cls(*parts)


@dataclass(frozen=True, slots=True)
class RRDUpdates:
    """An export: ``columns`` (legend entries) and ``rows`` of ``(unix time, values)``, newest first."""

    columns: tuple[str, ...]
    rows: tuple[tuple[int, tuple[float, ...]], ...]
    start: int = 0
    step: int = 0
    end: int = 0

    def column(self, index: int) -> Column:
        return Column.parse(self.columns[index])

    def series(self, entry: str) -> list[tuple[int, float]]:
        """``(time, value)`` of one column, oldest first (for a graph); KeyError if absent."""
        try:
            index = self.columns.index(entry)
        except ValueError:
            raise KeyError(entry) from None
        return [(t, values[index]) for t, values in reversed(self.rows)]

    def latest(self, entry: str) -> float | None:
        """The newest value of a column that is a number, else None."""
        for _, value in reversed(self.series(entry)):
            if not math.isnan(value):
                return value
        return None


# -- parsing -----------------------------------------------------------------------------------------------


def parse_rrd_updates(body: bytes) -> RRDUpdates:
    """An XML (``<xport>``) or JSON export; ProtocolError for anything else."""
    head = body.lstrip()[:1]
    if head == b"<":
        return _from_xml(body)
    if head == b"{":
        return _from_json(body)
    raise ProtocolError("the metrics answer is neither XML nor JSON")


def _int(text: Any, what: str) -> int:
    if isinstance(text, bool):
        raise ProtocolError(f"RRD {what} is not an integer")
    try:
        return int(text)
    except (TypeError, ValueError, OverflowError):
        raise ProtocolError(f"RRD {what} is not an integer: {str(text)[:40]!r}") from None


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ProtocolError("an RRD value is not a number")
    try:
        return float(value)
    except (ValueError, OverflowError):
        raise ProtocolError(f"an RRD value is not a number: {str(value)[:40]!r}") from None


def _legend(entries: list[Any]) -> tuple[str, ...]:
    if not all(isinstance(e, str) for e in entries):
        raise ProtocolError("an RRD legend entry is not text")
    for entry in entries:
        Column.parse(entry)
    return tuple(entries)


def _row(t: Any, values: list[Any], width: int) -> tuple[int, tuple[float, ...]]:
    if len(values) != width:
        raise ProtocolError(f"an RRD row has {len(values)} values for {width} columns")
    return _int(t, "time"), tuple(_float(v) for v in values)


def _from_xml(body: bytes) -> RRDUpdates:
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise ProtocolError("the metrics answer declares a DTD")  # never expand entities from the network
    try:
        root = ET.fromstring(body)
    except (ET.ParseError, ValueError, LookupError) as e:  # LookupError: an unknown declared encoding
        raise ProtocolError(f"malformed RRD XML: {str(e)[:80]}") from None
    meta, data = root.find("meta"), root.find("data")
    legend = root.find("meta/legend")
    if root.tag != "xport" or meta is None or data is None or legend is None:
        raise ProtocolError("the metrics answer is not an xport")
    columns = _legend([entry.text or "" for entry in legend.findall("entry")])
    rows = []
    for row in data.findall("row"):
        t = row.find("t")
        rows.append(_row(t.text if t is not None else None, [v.text for v in row.findall("v")], len(columns)))
    return RRDUpdates(columns, tuple(rows), *(_int(meta.findtext(k, "0"), k) for k in ("start", "step", "end")))


def _from_json(body: bytes) -> RRDUpdates:
    try:
        text = body.decode("utf-8")
        try:
            document = json.loads(text)
        except ValueError:
            document = json.loads(_BARE_KEY.sub(r'\1"\2":', text))
    except (ValueError, RecursionError) as e:
        raise ProtocolError(f"malformed RRD JSON: {str(e)[:80]}") from None
    meta = document.get("meta") if isinstance(document, dict) else None
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(meta, dict) or not isinstance(data, list) or not isinstance(meta.get("legend"), list):
        raise ProtocolError("the metrics answer is not an RRD export")
    columns = _legend(meta["legend"])
    rows = []
    for row in data:
        if not isinstance(row, dict) or not isinstance(row.get("values"), list):
            raise ProtocolError("an RRD row is not a record with values")
        rows.append(_row(row.get("t"), row["values"], len(columns)))
    return RRDUpdates(columns, tuple(rows), *(_int(meta.get(k, 0), k) for k in ("start", "step", "end")))


# -- fetching ----------------------------------------------------------------------------------------------


def fetch_rrd_updates(
    session: Session,
    host_url: str,
    start: int,
    interval: int,
    fingerprint: str | None,
    *,
    vm_uuid: str | None = None,
    timeout: float | None = None,
) -> RRDUpdates:
    """The metrics of one host (and its resident VMs) since ``start`` at ``interval`` s per row.

    ``host_url`` is that host's address; ``fingerprint`` its pin (None: the system's trust store), the same
    trust as the API. Raises SessionInvalid (401/403), ProtocolError, TransportError, CertificateMismatch or
    CertificateUntrusted.
    """
    url = normalize_url(host_url)
    query = {"session_id": session.ref or NULL_REF, "start": str(int(start)), "cf": "AVERAGE",
             "interval": str(int(interval)), "host": "true", "json": "true"}
    if vm_uuid:
        query["vm_uuid"] = vm_uuid
    http = requests.Session()
    http.trust_env = False  # trust is ours to decide, never the environment's
    http.headers["User-Agent"] = ORIGINATOR
    http.mount("https://", TLSAdapter(fingerprint))
    read_timeout = session.timeout if timeout is None else timeout
    host, port = _host_port(url)
    try:
        response = http.get(f"{url}/rrd_updates", params=query, timeout=(session.connect_timeout, read_timeout))
        body = response.content
    except XenAPIError:
        raise
    except requests.RequestException as e:
        raise network_error(e, host, port, connect_timeout=session.connect_timeout, read_timeout=read_timeout) from None
    finally:
        http.close()
    if response.status_code in (401, 403):
        raise SessionInvalid(params=[session.ref or NULL_REF])
    if response.status_code != 200:
        raise ProtocolError(f"{host} answered the metrics request with HTTP {response.status_code}")
    return parse_rrd_updates(body)


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
