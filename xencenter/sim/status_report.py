"""Server status reports as xapi serves them: ``host.get_system_status_capabilities`` (xen-bugtool's
``--capabilities`` XML) and ``GET /system-status`` (xen-bugtool's report, streamed under the client's task).

- ``/system-status?list``: the capabilities XML (xapi's ``send_capabilities``), no task.
- ``/system-status?entries=a,b&output=tar|tar.bz2|zip``: the session checked first (401), then the role (xapi's
  ``_R_POOL_OP``: 403 and ``RBAC_PERMISSION_DENIED`` on the task); 200 at once and the archive streamed, as
  ``send_via_fd`` does. Entries are xen-bugtool's: an unknown key is dropped with its warning (``--entries=KEY
  is not known!``, kept in the report's ``bugtool.log``), an empty list means the default-checked ones, an
  unknown output is tar (xapi's ``Output.of_string``). A write that fails (the client went away) ends the task
  ``SYSTEM_STATUS_RETRIEVAL_FAILED``, a ``task.cancel`` ``TASK_CANCELLED``.
- Tests hold the stream after its first entry with ``sim.stall("/system-status#stream", 1)``: it waits until
  the task is cancelled or the faults are cleared (then a ``sim.drop_connections`` cuts it).
"""

from __future__ import annotations

import hashlib
import io
import tarfile
import time
import zipfile
from typing import Any, NamedTuple
from xml.dom.minidom import getDOMImplementation

from .context import Context
from .errors import XapiError
from .registry import implements
from .routes import route
from .tasks import run_task
from .transfer import begin, refuse, start_stream

KB, MB = 1024, 1024 * 1024
#: xapi's ``_R_POOL_OP`` for ``http/get_system_status``.
REPORT_ROLES = ("pool-admin", "pool-operator")
STREAM_HOLD = "/system-status#stream"
HOLD_POLL_SECONDS = 0.02


class Cap(NamedTuple):
    key: str
    pii: str
    min_size: int = -1
    max_size: int = -1
    max_time: int = -1
    checked: bool = True


#: xen-bugtool's capabilities (the ones it does not hide), in its order, with its PII flags and size bounds.
CAPABILITIES = (
    Cap("blobs", "no", max_size=5 * MB), Cap("boot-loader", "no", max_size=3 * KB, max_time=10),
    Cap("device-model", "yes", 200 * KB, 8 * MB), Cap("disk-info", "maybe", max_size=8 * MB, max_time=120),
    Cap("fcoe", "yes", max_size=4 * KB, max_time=10), Cap("firstboot", "yes", 60 * KB, 80 * KB),
    Cap("hardware-info", "maybe", max_size=800 * KB, max_time=60), Cap("high-availability", "maybe", max_size=5 * MB),
    Cap("host-crashdump-logs", "maybe"), Cap("kernel-info", "maybe", max_size=360 * KB, max_time=50),
    Cap("loopback-devices", "maybe", max_size=KB, max_time=5), Cap("multipath", "maybe", max_size=20 * KB, max_time=10),
    Cap("network-config", "if_customized", 0, 100 * KB), Cap("network-status", "yes", max_size=20 * KB, max_time=30),
    Cap("pam", "yes", max_size=50 * MB), Cap("process-list", "yes", max_size=30 * KB, max_time=60),
    Cap("system-load", "maybe", max_size=70 * MB, max_time=30), Cap("system-logs", "maybe", max_size=50 * MB, max_time=10),
    Cap("system-services", "no", max_size=128 * KB, max_time=20), Cap("tapdisk-logs", "no", max_size=10 * MB),
    Cap("vtpm", "no", max_size=5 * KB), Cap("xapi-debug", "maybe", max_size=10 * MB),
    Cap("xapi-subprocess", "no", max_size=5 * KB, max_time=10), Cap("xen-bugtool", "no", 0),
    Cap("xenserver-config", "maybe", max_size=160 * KB, max_time=10),
    Cap("xenserver-domains", "no", max_size=KB, max_time=10),
    Cap("xenserver-databases", "yes", max_size=10 * MB, max_time=5), Cap("xenserver-install", "maybe", 10 * KB, 4 * MB),
    Cap("xenserver-logs", "maybe", 0, 70 * MB), Cap("xen-info", "maybe", max_size=20 * KB, max_time=10),
    Cap("xha-liveset", "maybe", max_size=10 * KB, max_time=10), Cap("yum", "if_customized", max_size=100 * KB, max_time=30),
    Cap("cron", "if_customized", max_size=100 * KB, max_time=30),
    Cap("block-scheduler", "no", max_size=100 * KB, max_time=30),
)
KNOWN = {c.key: c for c in CAPABILITIES}


def capabilities_xml() -> str:
    """What ``xen-bugtool --capabilities`` prints (minidom's pretty XML, in the namespace it uses)."""
    document = getDOMImplementation().createDocument("ns", "system-status-capabilities", None)
    root = document.documentElement
    assert root is not None
    for c in CAPABILITIES:
        element = document.createElement("capability")
        for name, value in (("key", c.key), ("pii", c.pii), ("min-size", str(c.min_size)),
                            ("max-size", str(c.max_size)), ("min-time", "-1"), ("max-time", str(c.max_time)),
                            ("content-type", "text/plain"), ("default-checked", "yes" if c.checked else "no")):
            element.setAttribute(name, value)
        root.appendChild(element)
    return document.toprettyxml()


@implements("host.get_system_status_capabilities")
def get_system_status_capabilities(ctx: Context, host: str) -> str:
    ctx.store.get("host", host)
    return capabilities_xml()


def chosen_entries(asked: str) -> tuple[list[str], list[str]]:
    """xen-bugtool's reading of ``--entries``: the known keys (verbosity suffixes dropped) and its warnings."""
    if not asked:
        return [c.key for c in CAPABILITIES if c.checked], []
    keys = [item.split(":")[0] for item in asked.split(",")]
    return [k for k in keys if k in KNOWN], [f"--entries={k} is not known!" for k in keys if k not in KNOWN]


def entry_text(key: str, hostname: str) -> bytes:
    """A made-up but plausible file for one capability: some lines naming the host, sized like a small one."""
    cap = KNOWN[key]
    size = max(256, min(cap.max_size if cap.max_size > 0 else 64 * KB, 256 * KB) // 8)
    line = f"{hostname} {key}: simulated xen-bugtool output\n".encode()
    return (line * (size // len(line) + 1))[:size]


class _Archive:
    """A tar (or tar.bz2) written straight to the socket, or a zip built in memory (xapi copies zips whole)."""

    def __init__(self, output: str, write: Any) -> None:
        self.output, self.write = output, write
        self.buffer = io.BytesIO()
        if output == "zip":
            self.zip: zipfile.ZipFile | None = zipfile.ZipFile(self.buffer, "w")
            self.tar: tarfile.TarFile | None = None
        else:
            self.zip = None
            sink: Any = _Sink(write)
            self.tar = tarfile.open(fileobj=sink, mode="w|bz2") if output == "tar.bz2" else \
                tarfile.open(fileobj=sink, mode="w|")

    def add(self, name: str, data: bytes) -> None:
        if self.zip is not None:
            self.zip.writestr(name, data)
            return
        assert self.tar is not None
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = len(data), int(time.time()), 0o644
        self.tar.addfile(info, io.BytesIO(data))

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
            self.write(self.buffer.getvalue())
        elif self.tar is not None:
            self.tar.close()


class _Sink:
    def __init__(self, write: Any) -> None:
        self.write = write


def _inventory(entries: dict[str, bytes], names: dict[str, str], hostname: str) -> bytes:
    document = getDOMImplementation().createDocument(None, "system-status-inventory", None)
    root = document.documentElement
    assert root is not None
    summary = document.createElement("system-summary")
    for name, value in (("date", time.strftime("%c")), ("hostname", hostname), ("uname", f"Linux {hostname}"),
                        ("uptime", "up 3 days")):
        summary.setAttribute(name, value)
    root.appendChild(summary)
    for key, data in entries.items():
        element = document.createElement("inventory-entry")
        element.setAttribute("capability", key)
        element.setAttribute("filename", names[key])
        element.setAttribute("md5sum", hashlib.md5(data).hexdigest())  # noqa: S324 - xen-bugtool's checksum
        root.appendChild(element)
    return document.toprettyxml().encode()


def _hold(request: Any, ctx: Context) -> None:
    """The test's stall after the first entry: until the task is cancelled or the faults are cleared."""
    faults = request.api.faults
    if not faults.plan(STREAM_HOLD).stall:
        return
    while not faults.released.wait(HOLD_POLL_SECONDS):
        record = ctx.store.records["task"].get(ctx.task or "", {})
        if record.get("status") != "pending":
            return


@route("GET", "/system-status")
def system_status(request: Any) -> None:
    if "list" in request.query:
        request.send_body(200, "application/xml", capabilities_xml().encode())
        return
    ctx = begin(request, "Retrieving system status", "http/get_system_status", REPORT_ROLES)
    if ctx is None:
        return
    task = ctx.task or ""
    output = request.query.get("output", "tar")
    output = output if output in ("tar", "tar.bz2", "zip") else "tar"
    keys, warnings = chosen_entries(request.query.get("entries", ""))
    started = []

    def work(ctx: Context) -> None:
        hostname = str(ctx.store.get("host", ctx.host).get("hostname") or ctx.store.get("host", ctx.host)["name_label"])
        folder = f"bug-report-{time.strftime('%Y%m%d%H%M%S')}"
        start_stream(request, task, "application/zip" if output == "zip" else "application/x-tar")
        started.append(True)
        archive = _Archive(output, request.wfile.write)
        files: dict[str, bytes] = {}
        names = {key: f"{folder}/{key}.out" for key in keys}
        try:
            for number, key in enumerate(keys):
                ctx.check_cancelled()
                files[key] = entry_text(key, hostname)
                archive.add(names[key], files[key])
                request.wfile.flush()
                ctx.store.update("task", task, {"progress": round((number + 1) / (len(keys) + 1), 3)})
                if number == 0:
                    _hold(request, ctx)
            ctx.check_cancelled()
            archive.add(f"{folder}/inventory.xml", _inventory(files, names, hostname))
            archive.add(f"{folder}/bugtool.log", "".join(f"WARNING: {w}\n" for w in warnings).encode())
            archive.close()
            request.wfile.flush()
        except OSError as e:  # the client went away: xen-bugtool fails writing to the socket
            raise XapiError("SYSTEM_STATUS_RETRIEVAL_FAILED", f"xen-bugtool failed: {e}") from None

    run_task(ctx, work, [])
    if not started:
        refuse(request, task)
