"""The benchmark's simulator (``scale_sim.py``: the simulator plus ``sim.churn``) as a separate process."""

from __future__ import annotations

import sys
from pathlib import Path

from xencenter.sim.process import SimProcess

BENCH = Path(__file__).resolve().parent

USER, PASSWORD = "root", "xenroot"

__all__ = ["PASSWORD", "USER", "SimProcess", "start_sim"]


def start_sim(hosts: int, vms: int, timeout: float = 600.0) -> SimProcess:
    """A synthetic pool of ``hosts``/``vms`` served over HTTPS on a free loopback port."""
    return SimProcess.start(["--hosts", str(hosts), "--vms", str(vms), "--port", "0"],
                            command=[sys.executable, str(BENCH / "scale_sim.py")], timeout=timeout)
