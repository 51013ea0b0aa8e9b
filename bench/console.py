"""Console benchmark: full-screen 1024x768 frames per second and bytes per frame, per encoding, from TigerVNC's
Xvnc and from QEMU, for our RFB client and for plain asyncvnc 1.3.0 in the same run.

    python bench/console.py [--seconds 3] [--runs 1] [--only TEXT] [--json]

Each measurement connects, takes one warm-up frame, then for ``--seconds`` repeatedly asks for a
non-incremental update of the whole screen and waits until it has been decoded completely (the screen does
not change, so every frame is a full re-encode by the server). Reported per frame: wire bytes received, client
CPU time (this process) and server CPU time (the server process, from /proc). With ``--runs N`` every line is
measured N times, interleaved (run 1 of every line, then run 2...), and the medians are printed. See
bench/README.md ("Console").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import asyncvnc  # noqa: E402

from tests.console.bootsector import PATTERN, write_disk  # noqa: E402
from tests.console.conftest import (  # noqa: E402
    free_port,
    free_vnc_display,
    wait_for_path,
    wait_for_port,
)
from tests.console.x11 import draw_scene  # noqa: E402
from xencenter.console.protocol import Encoding, jpeg_quality  # noqa: E402
from xencenter.console.rfb import open_client  # noqa: E402

PSEUDO = (Encoding.DESKTOP_SIZE, Encoding.LAST_RECT)
#: What our client asks for, by name: one real encoding, or Tight with JPEG at a quality level.
CONFIGS: dict[str, tuple[int, ...]] = {
    "Raw": (Encoding.RAW,),
    "Hextile": (Encoding.HEXTILE,),
    "ZRLE": (Encoding.ZRLE,),
    "Tight": (Encoding.TIGHT,),
    "Tight+JPEG q9": (Encoding.TIGHT, jpeg_quality(9)),
    "Tight+JPEG q8": (Encoding.TIGHT, jpeg_quality(8)),
    "Tight+JPEG q6": (Encoding.TIGHT, jpeg_quality(6)),
}
ASYNCVNC = "asyncvnc 1.3.0"


class CountingReader:
    """A StreamReader proxy counting the bytes handed to the client (both clients read through it)."""

    def __init__(self, reader: asyncio.StreamReader):
        self._reader = reader
        self.count = 0

    async def readexactly(self, n: int) -> bytes:
        data = await self._reader.readexactly(n)
        self.count += len(data)
        return data

    async def read(self, n: int = -1) -> bytes:
        data = await self._reader.read(n)
        self.count += len(data)
        return data

    async def readline(self) -> bytes:
        data = await self._reader.readline()
        self.count += len(data)
        return data

    def __getattr__(self, name: str):
        return getattr(self._reader, name)


@dataclass
class Result:
    server: str
    client: str
    encoding: str
    frames: int
    fps: float
    kb_per_frame: float
    client_cpu_ms_per_frame: float
    server_cpu_ms_per_frame: float


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _measure(frame: Callable[[], Awaitable[object]], reader: CountingReader, server_pid: int,
                   seconds: float) -> tuple[int, float, float, float, float]:
    await frame()  # warm-up: connection set-up and the first frame are not counted
    start_bytes, start_cpu, start_server = reader.count, time.process_time(), _cpu_seconds(server_pid)
    start = time.perf_counter()
    frames = 0
    while time.perf_counter() - start < seconds:
        await frame()
        frames += 1
    elapsed = time.perf_counter() - start
    return (frames, elapsed, reader.count - start_bytes, time.process_time() - start_cpu,
            _cpu_seconds(server_pid) - start_server)


async def measure(server: str, port: int, server_pid: int, client: str, config: str | None,
                  seconds: float) -> Result:
    readers: list[CountingReader] = []

    async def opener(host: str, port_: int):
        reader, writer = await asyncio.open_connection(host, port_)
        readers.append(CountingReader(reader))
        return readers[-1], writer

    if config is not None:
        rfb = await open_client("127.0.0.1", port, opener=opener, encodings=(*CONFIGS[config], *PSEUDO))
        try:
            figures = await _measure(lambda: rfb.screenshot(timeout=60), readers[0], server_pid, seconds)
            used = rfb.last_encoding
        finally:
            await rfb.close()
        label = config if used == CONFIGS[config][0] else f"{config} (got {used})"
    else:
        async with asyncvnc.connect("127.0.0.1", port, opener=opener) as vnc:
            figures = await _measure(vnc.screenshot, readers[0], server_pid, seconds)
        label = "ZLib offered (Xvnc: Raw)"
    frames, elapsed, received, client_cpu, server_cpu = figures
    return Result(server, client, label, frames, round(frames / elapsed, 2), round(received / frames / 1024, 1),
                  round(client_cpu / frames * 1000, 1), round(server_cpu / frames * 1000, 1))


def start_xvnc(procs: list[subprocess.Popen]) -> tuple[int, int]:
    display, port = free_vnc_display(), free_port()
    proc = subprocess.Popen(["Xvnc", f":{display}", "-rfbport", str(port), "-interface", "127.0.0.1", "-geometry",
                             "1024x768", "-depth", "24", "-SecurityTypes", "None", "-nolisten", "tcp",
                             "-FrameRate", "1000"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    procs.append(proc)
    wait_for_port(port, proc)
    wait_for_path(Path(f"/tmp/.X11-unix/X{display}"), proc)
    draw_scene(display)
    return port, proc.pid


def start_qemu(procs: list[subprocess.Popen], workdir: Path, vnc_options: str = "") -> tuple[int, int]:
    """QEMU drawing the pattern; ``vnc_options`` e.g. ``,lossy=on`` (QEMU sends JPEG only with it)."""
    display = free_vnc_display()
    workdir.mkdir(exist_ok=True)
    serial = workdir / "serial"
    disk = write_disk(workdir / "pattern.img", PATTERN)
    proc = subprocess.Popen(["qemu-system-x86_64", "-display", "none", "-vnc", f"127.0.0.1:{display}{vnc_options}",
                             "-nodefaults",
                             "-vga", "std", "-m", "64", "-serial", f"file:{serial}", "-drive",
                             f"file={disk},format=raw,if=floppy", "-boot", "a"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    procs.append(proc)
    wait_for_port(5900 + display, proc)
    deadline = time.monotonic() + 30
    while not (serial.exists() and serial.read_bytes().endswith(b"D")):
        if time.monotonic() > deadline:
            raise RuntimeError("the pattern guest did not finish drawing")
        time.sleep(0.1)
    return 5900 + display, proc.pid


def median(results: list[Result]) -> Result:
    """The line's median figures over its runs (frames summed)."""
    first = results[0]
    middle = {name: statistics.median(getattr(r, name) for r in results) for name in
              ("fps", "kb_per_frame", "client_cpu_ms_per_frame", "server_cpu_ms_per_frame")}
    return Result(first.server, first.client, first.encoding, sum(r.frames for r in results),
                  **{k: round(v, 2 if k == "fps" else 1) for k, v in middle.items()})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="measuring time per client and encoding")
    parser.add_argument("--runs", type=int, default=1, help="measurements per line (medians are printed)")
    parser.add_argument("--only", metavar="TEXT", help="only the lines whose encoding name contains TEXT")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON list at the end")
    args = parser.parse_args()
    procs: list[subprocess.Popen] = []
    results: list[Result] = []
    lines = [("ours", name) for name in CONFIGS] + [(ASYNCVNC, None)]
    if args.only:
        lines = [(client, config) for client, config in lines if config and args.only in config]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            servers = {"Xvnc (TigerVNC 1.12)": start_xvnc(procs),
                       "QEMU 7.2 (-vga std)": start_qemu(procs, Path(tmp) / "default"),
                       "QEMU 7.2 (-vga std, lossy=on)": start_qemu(procs, Path(tmp) / "lossy", ",lossy=on"),
                       "QEMU 7.2 (lossy=on,non-adaptive=on)": start_qemu(procs, Path(tmp) / "na", ",lossy=on,non-adaptive=on")}
            measured: dict[tuple[str, str, str | None], list[Result]] = {}
            for _run in range(args.runs):
                for name, (port, pid) in servers.items():
                    for client, config in lines:
                        r = asyncio.run(measure(name, port, pid, client, config, args.seconds))
                        measured.setdefault((name, client, config), []).append(r)
            print("| server | client | encoding | frames/s | KiB/frame | client CPU ms/frame | server CPU ms/frame |")
            print("|---|---|---|---:|---:|---:|---:|")
            for runs in measured.values():
                r = median(runs)
                results.append(r)
                print(f"| {r.server} | {r.client} | {r.encoding} | {r.fps} | {r.kb_per_frame} | "
                      f"{r.client_cpu_ms_per_frame} | {r.server_cpu_ms_per_frame} |", flush=True)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(3)
            except subprocess.TimeoutExpired:
                proc.kill()
    if args.json:
        print(json.dumps([asdict(r) for r in results]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
