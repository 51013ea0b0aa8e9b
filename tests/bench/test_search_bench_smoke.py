"""Smoke test of the search benchmark's code (not of its figures): a small run prints a sane JSON line."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_a_small_run_times_every_search():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "search.py"), "--hosts", "2", "--vms", "60",
                          "--runs", "3", "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert (result["hosts"], result["vms"], result["runs"]) == (2, 60, 3)
    names = [s["search"] for s in result["searches"]]
    assert names[0] == "VMs and Snapshots" and len(names) == 3
    for s in result["searches"]:
        assert 0 < s["min_ms"] <= s["median_ms"] <= s["max_ms"]
    by_os = result["searches"][2]
    assert by_os["objects"] == 60  # every VM of the pool, once
