"""Export and import throughput over loopback HTTPS against the simulator, ours against curl of the same URL.

    python bench/transfer.py [--mib 256] [--runs 5] [--json]

A simulator (one host, no VMs) gets a VM with one disk of ``--mib`` MiB of random bytes (so every chunk travels),
imported from an XVA written here with ``tarfile``. Then, alternating, ``--runs`` times each:

- export: ``vm.export``'s own work (``ExportVMCommand.work_for``: ``GET /export`` under a task polled for its
  progress, into ``.part``, checked, renamed; progress goes nowhere, there is no window) and ``curl -k -o FILE https://.../export?session_id=..&ref=..``;
- import: ``vm.import``'s upload (``xenapi.transfer.upload`` of the file under a task, as the command does) and
  ``curl -k -T FILE https://.../import?session_id=..&sr_id=..``.

MiB/s is the XVA's size over the wall time; medians are reported with the ratio ours / curl (the floor: curl is
C and does nothing but copy). Memory: this process's peak RSS grows by ``rss_growth_mib`` over all transfers
(streamed: one chunk at a time, never the disk).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sim_process import PASSWORD, USER  # noqa: E402
from xencenter.commands import transfer as transfer_command  # noqa: E402
from xencenter.commands.transfer import ExportVMCommand  # noqa: E402
from xencenter.model.xva import file_chunks  # noqa: E402
from xencenter.sim.process import SimProcess  # noqa: E402
from xencenter.xenapi.session import Session  # noqa: E402
from xencenter.xenapi.transfer import upload  # noqa: E402

MIB = 1 << 20


def write_xva(path: Path, mib: int) -> None:
    """An XVA of one halted VM with one disk of ``mib`` MiB of random bytes, written chunk by chunk."""
    header = (
        "<value><struct><member><name>version</name><value><struct>"
        "<member><name>export_vsn</name><value>2</value></member></struct></value></member>"
        "<member><name>objects</name><value><array><data>"
        "<value><struct><member><name>class</name><value>VM</value></member><member><name>id</name><value>Ref:0"
        "</value></member><member><name>snapshot</name><value><struct><member><name>name_label</name><value>bench"
        "</value></member><member><name>VBDs</name><value><array><data><value>Ref:1</value></data></array></value>"
        "</member></struct></value></member></struct></value>"
        "<value><struct><member><name>class</name><value>VBD</value></member><member><name>id</name><value>Ref:1"
        "</value></member><member><name>snapshot</name><value><struct><member><name>VM</name><value>Ref:0</value>"
        "</member><member><name>VDI</name><value>Ref:2</value></member><member><name>userdevice</name><value>0"
        "</value></member><member><name>type</name><value>Disk</value></member><member><name>mode</name><value>RW"
        "</value></member></struct></value></member></struct></value>"
        "<value><struct><member><name>class</name><value>VDI</value></member><member><name>id</name><value>Ref:2"
        "</value></member><member><name>snapshot</name><value><struct><member><name>name_label</name><value>bench"
        f" disk</value></member><member><name>virtual_size</name><value>{mib * MIB}</value></member><member><name>"
        "type</name><value>user</value></member><member><name>sharable</name><value><boolean>0</boolean></value>"
        "</member><member><name>read_only</name><value><boolean>0</boolean></value></member></struct></value>"
        "</member></struct></value></data></array></value></member></struct></value>"
    ).encode()
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as archive:
        def add(name: str, data: bytes) -> None:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))

        add("ova.xml", header)
        for number in range(mib):
            chunk = os.urandom(MIB)
            add(f"Ref:2/{number:08d}", chunk)
            add(f"Ref:2/{number:08d}.checksum", hashlib.sha1(chunk).hexdigest().encode())


def _upload(session: Session, path: Path, sr: str) -> str:
    task = session.call("task.create", "put_import_task", str(path))
    (vm,) = upload(session, task, "/import", {"sr_id": sr}, file_chunks(str(path)), path.stat().st_size)
    return str(vm)


def _curl(args: list[str]) -> None:
    subprocess.run(["curl", "-sS", "-k", "--fail", *args], check=True, capture_output=True)


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _clean(session: Session, keep: str) -> None:
    """Remove the VMs (and their disks) the import runs made, so the simulator stays small."""
    for vm in session.call("VM.get_all"):
        if vm == keep or session.call("VM.get_is_control_domain", vm):
            continue
        vdis = [session.call("VBD.get_VDI", b) for b in session.call("VM.get_VBDs", vm)]
        session.call("VM.destroy", vm)
        for vdi in vdis:
            if vdi != "OpaqueRef:NULL":
                session.call("VDI.destroy", vdi)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=256, help="the disk's size in MiB (all of it random data)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="one JSON line instead of the table")
    args = parser.parse_args()
    sim = SimProcess.start(["--hosts", "1", "--vms", "0", "--port", "0", "--op-seconds", "0"])
    work = Path(tempfile.mkdtemp(prefix="transfer-bench-"))
    try:
        session = Session(sim.url, fingerprint=sim.fingerprint, timeout=600)
        session.login_with_password(USER, PASSWORD)
        pool = session.call("pool.get_all")[0]
        sr = session.call("pool.get_default_SR", pool)
        source = work / "source.xva"
        write_xva(source, args.mib)
        size_mib = source.stat().st_size / MIB
        vm = _upload(session, source, sr)
        query = f"session_id={session.ref}"
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        times: dict[str, list[float]] = {"export ours": [], "export curl": [], "import ours": [], "import curl": []}
        transfer_command.report_progress = lambda fraction, text="": None  # no window here to show it
        export = ExportVMCommand.work_for(vm, "bench", str(work / "ours.xva"))
        op = type("Op", (), {"cancel_event": threading.Event()})()
        for _ in range(args.runs):
            for name in ("ours.xva", "curl.xva"):
                (work / name).unlink(missing_ok=True)
            times["export ours"].append(_timed(lambda: export(session, op)))
            times["export curl"].append(_timed(lambda: _curl(
                ["-o", str(work / "curl.xva"), f"{sim.url}/export?{query}&ref={vm}"])))
            times["import ours"].append(_timed(lambda: _upload(session, source, sr)))
            times["import curl"].append(_timed(lambda: _curl(
                ["-T", str(source), "-o", os.devnull, f"{sim.url}/import?{query}&sr_id={sr}"])))
            _clean(session, vm)
        assert (work / "ours.xva").stat().st_size == (work / "curl.xva").stat().st_size
        rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
        session.logout()
        session.close()
    finally:
        sim.stop()
        for path in work.iterdir():
            path.unlink()
        work.rmdir()
    rates = {k: statistics.median(size_mib / t for t in v) for k, v in times.items()}
    result = {
        "mib": args.mib, "xva_mib": round(size_mib, 1), "runs": args.runs,
        "mib_per_s": {k: round(v, 1) for k, v in rates.items()},
        "ratio": {way: round(rates[f"{way} ours"] / rates[f"{way} curl"], 2) for way in ("export", "import")},
        "rss_growth_mib": round(rss_growth, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"XVA of {result['xva_mib']} MiB, {args.runs} runs each, medians")
    print("| transfer | ours MiB/s | curl MiB/s | ours / curl |\n|---|---:|---:|---:|")
    for way in ("export", "import"):
        print(f"| {way} | {rates[f'{way} ours']:.1f} | {rates[f'{way} curl']:.1f} | {result['ratio'][way]:.2f} |")
    print(f"peak RSS: {result['peak_rss_mib']} MiB, grown by {result['rss_growth_mib']} MiB over all transfers")


if __name__ == "__main__":
    main()
