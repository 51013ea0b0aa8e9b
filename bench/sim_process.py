"""Start and stop the benchmark's simulator (``scale_sim.py``) as a separate process over real sockets."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
_LISTEN = re.compile(r"listening on (?P<url>https?://127\.0\.0\.1:\d+)(?: sha256=(?P<fp>[0-9A-Fa-f:]+))?")

USER, PASSWORD = "root", "xenroot"


@dataclass
class SimProcess:
    url: str
    fingerprint: str | None
    process: subprocess.Popen
    started_in_s: float

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def start_sim(hosts: int, vms: int, timeout: float = 600.0) -> SimProcess:
    """A synthetic pool of ``hosts``/``vms`` served over HTTPS on a free loopback port."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, str(BENCH / "scale_sim.py"), "--hosts", str(hosts), "--vms", str(vms), "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=BENCH.parent,
    )
    assert proc.stdout is not None
    deadline = started + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the simulator exited with {proc.wait()} before listening")
        m = _LISTEN.search(line)
        if m:
            return SimProcess(m["url"], m["fp"], proc, time.monotonic() - started)
    proc.kill()
    raise RuntimeError("the simulator did not start in time")
