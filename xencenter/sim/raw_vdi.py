"""``PUT /import_raw_vdi`` and ``GET /export_raw_vdi``: one disk's bytes, raw or as VHD, under a task, as xapi
serves them (``import_raw_vdi.ml``, ``export_raw_vdi.ml``).

- ``/import_raw_vdi?vdi=REF|UUID&format=raw|vhd`` (raw when absent): the body (Content-Length) is written into
  the VDI; a raw image longer than the disk, or a VHD that is not one or is larger, fails the task with
  ``VDI_IO_ERROR``; an unknown format ``INTERNAL_ERROR ["Unknown format x"]`` (HTTP 404); a VHD sent chunked
  ``INTERNAL_ERROR ["Cannot handle chunked VHD"]``. Without ``vdi``, a raw upload with ``sr_id`` makes a new VDI of
  the body's length ("Imported VDI"). The task's result is the VDI.
- ``/export_raw_vdi?vdi=REF|UUID&format=raw|vhd``: the whole disk (raw, with Content-Length) or a dynamic VHD of
  its used blocks (``vhd``).
"""

from __future__ import annotations

import os
from typing import Any

from .context import Context
from .devices import make_vdi
from .disks import CHUNK, disks_of
from .errors import XapiError
from .routes import route
from .tasks import run_task
from .transfer import begin, failing, refuse, start_stream
from .vhd import dynamic_vhd, read_exactly, receive_vhd

FORMATS = ("raw", "vhd")


def _vdi_of(store: Any, query: dict[str, str]) -> str:
    value = query.get("vdi", "")
    if value.startswith("OpaqueRef:"):
        store.get("VDI", value)
        return value
    return store.by_uuid("VDI", value)


def _start(request: Any, label: str, action: str) -> tuple[Context, str] | None:
    """The handler's context and the format asked for, or None when the request was answered."""
    ctx = begin(request, label, action)
    if ctx is None:
        return None
    fmt = request.query.get("format", "raw")
    if fmt not in FORMATS:
        run_task(ctx, failing(XapiError("INTERNAL_ERROR", f"Unknown format {fmt}")), [])
        request.send_plain(404, "Unknown format")
        return None
    return ctx, fmt


@route("PUT", "/import_raw_vdi")
def import_raw_vdi(request: Any) -> None:
    started_as = _start(request, "VDI import", "http/put_import_raw_vdi")
    if started_as is None:
        return
    ctx, fmt = started_as
    task = ctx.task or ""
    if fmt == "vhd" and "chunked" in request.headers.get("Transfer-Encoding", "").lower():
        run_task(ctx, failing(XapiError("INTERNAL_ERROR", "Cannot handle chunked VHD")), [])
        request.send_plain(404, "Cannot handle chunked VHD")
        return
    length = int(request.headers.get("Content-Length") or 0)
    left = [length]
    started = []

    def read(n: int) -> bytes:
        data = request.rfile.read(min(n, left[0])) if left[0] > 0 else b""
        left[0] -= len(data)
        return data

    def work(ctx: Context) -> str:
        store = ctx.store
        if "vdi" in request.query:
            vdi = _vdi_of(store, request.query)
        elif fmt == "raw" and request.query.get("sr_id"):
            with store.lock:
                vdi = make_vdi(ctx, {"name_label": "Imported VDI", "SR": request.query["sr_id"],
                                     "virtual_size": length, "type": "user", "sharable": False, "read_only": False,
                                     "other_config": {}})
        else:
            raise XapiError("INTERNAL_ERROR", "Not enough info supplied to import")
        record = store.get("VDI", vdi)
        size = record["virtual_size"]
        start_stream(request, task)
        started.append(True)
        fd = os.open(disks_of(ctx.api).path(record["uuid"], size), os.O_WRONLY)
        try:
            def write(offset: int, data: bytes) -> None:
                os.pwrite(fd, data, offset)
                done = offset + len(data)
                if ctx.task and done % (16 * CHUNK) < len(data):
                    store.update("task", ctx.task, {"progress": round(min(0.99, done / max(size, 1)), 3)})

            if fmt == "vhd":
                receive_vhd(read, length, size, write, ctx.check_cancelled)
            else:
                if length > size:
                    raise XapiError("VDI_IO_ERROR", "Device I/O errors")
                offset = 0
                while offset < length:
                    data = read_exactly(read, min(CHUNK, length - offset))
                    write(offset, data)
                    offset += len(data)
                    ctx.check_cancelled()
        finally:
            os.close(fd)
        return vdi

    run_task(ctx, work, [])
    if not started:
        refuse(request, task)


@route("GET", "/export_raw_vdi")
def export_raw_vdi(request: Any) -> None:
    started_as = _start(request, "VDI export", "http/get_export_raw_vdi")
    if started_as is None:
        return
    ctx, fmt = started_as
    task = ctx.task or ""
    started = []

    def work(ctx: Context) -> None:
        record = ctx.store.get("VDI", _vdi_of(ctx.store, request.query))
        size = record["virtual_size"]
        fd = os.open(disks_of(ctx.api).path(record["uuid"], size), os.O_RDONLY)
        try:
            if fmt == "vhd":
                length, pieces = dynamic_vhd(fd, size)
            else:
                length, pieces = size, (os.pread(fd, min(CHUNK, size - o), o) for o in range(0, size, CHUNK))
            request.close_connection = True
            request.send_response(200)
            request.send_header("Content-Type", "application/octet-stream")
            request.send_header("Content-Length", str(length))
            request.send_header("task-id", task)
            request.send_header("Connection", "close")
            request.end_headers()
            started.append(True)
            sent = 0
            try:
                for piece in pieces:
                    request.wfile.write(piece)
                    sent += len(piece)
                    ctx.check_cancelled()
                    if sent % (16 * CHUNK) < len(piece):
                        ctx.store.update("task", task, {"progress": round(min(0.99, sent / max(length, 1)), 3)})
            except OSError as e:
                raise XapiError("CLIENT_ERROR", str(e)) from None
        finally:
            os.close(fd)

    run_task(ctx, work, [])
    if not started:
        refuse(request, task)
